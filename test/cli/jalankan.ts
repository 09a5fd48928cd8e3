// Runs the built `lapkin` command as a child process, the way users run it.
import { spawnSync } from 'node:child_process';
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

export function lapkin(...args: string[]): Hasil {
  const r = spawnSync(process.execPath, [BIN, ...args], { encoding: 'utf8', maxBuffer: 64 * 1024 * 1024 });
  return { kode: r.status, keluar: r.stdout, galat: r.stderr };
}

export function folderSementara(): string {
  return mkdtempSync(path.join(os.tmpdir(), 'lapkin-uji-'));
}

export function sha256(berkas: string): string {
  return createHash('sha256').update(readFileSync(berkas)).digest('hex');
}
