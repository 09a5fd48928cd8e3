// Runs the built `lapkin` command as a child process, the way users run it. Asynchronously: a test
// file of synchronous runs would hold the worker's event loop for minutes and vitest's own calls
// to the worker would time out.
import { spawn } from 'node:child_process';
import { createHash } from 'node:crypto';
import { mkdtempSync, readFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';

const BIN = path.resolve(process.cwd(), 'bin/lapkin.mjs');

export interface Hasil {
  kode: number | null;
  keluar: string;
  galat: string;
}

export function lapkin(...args: string[]): Promise<Hasil> {
  return new Promise((selesai, gagal) => {
    const anak = spawn(process.execPath, [BIN, ...args], { stdio: ['ignore', 'pipe', 'pipe'] });
    let keluar = '';
    let galat = '';
    anak.stdout.setEncoding('utf8').on('data', (d: string) => (keluar += d));
    anak.stderr.setEncoding('utf8').on('data', (d: string) => (galat += d));
    anak.on('error', gagal);
    anak.on('close', (kode) => selesai({ kode, keluar, galat }));
  });
}

export function folderSementara(): string {
  return mkdtempSync(path.join(os.tmpdir(), 'lapkin-uji-'));
}

export function sha256(berkas: string): string {
  return createHash('sha256').update(readFileSync(berkas)).digest('hex');
}
