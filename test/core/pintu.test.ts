// One front door: the hosts (cli/, addin/, gas/, ui/, the file-host folders xlsx/, web/ and the
// Word writer docx/) reach the engine only through core/index.ts, so what core keeps internal can change without them.
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import path from 'node:path';
import ts from 'typescript';
import { describe, expect, it } from 'vitest';

const AKAR = path.resolve(__dirname, '../..');
const HOST = ['cli', 'addin', 'gas', 'ui', 'xlsx', 'web', 'docx'];
const CORE = path.join(AKAR, 'core');
const PINTU = path.join(CORE, 'index.ts');

function berkasTs(dir: string): string[] {
  if (!existsSync(dir)) return [];
  return readdirSync(dir).flatMap((n) => {
    const p = path.join(dir, n);
    if (statSync(p).isDirectory()) return berkasTs(p);
    return /\.(m|c)?tsx?$/.test(n) && !n.endsWith('.d.ts') ? [p] : [];
  });
}

/** Every module a file names: imports, re-exports, dynamic import() and import('...') types. */
export function impor(teks: string): string[] {
  const info = ts.preProcessFile(teks, true, true);
  const tipe = [...teks.matchAll(/import\(\s*['"]([^'"]+)['"]\s*\)/g)].map((m) => m[1]!);
  return [...new Set([...info.importedFiles.map((f) => f.fileName), ...tipe])];
}

/** Where a relative import lands, as core's index would be resolved ('../core' and '../core/index' alike). */
export function tujuan(dari: string, spesifier: string): string | null {
  if (!spesifier.startsWith('.')) return null;
  const p = path.resolve(path.dirname(dari), spesifier);
  for (const calon of [p, `${p}.ts`, path.join(p, 'index.ts')]) {
    if (existsSync(calon) && statSync(calon).isFile()) return calon;
  }
  return p;
}

/** The imports of a host file that reach into core/ other than through core/index.ts. */
export function pelanggaran(berkas: string, teks: string): string[] {
  return impor(teks).filter((s) => {
    const t = tujuan(berkas, s);
    if (t === null) return false;
    const dalamCore = t === CORE || t.startsWith(CORE + path.sep);
    return dalamCore && t !== PINTU;
  });
}

describe('hosts import the engine only through core/index.ts', () => {
  const semua = HOST.flatMap((h) => berkasTs(path.join(AKAR, h)));

  it('reads the host folders', () => {
    expect(semua.length).toBeGreaterThan(30);
    expect(semua.some((f) => f.endsWith(path.join('ui', 'alur.ts')))).toBe(true);
  });

  it('finds no import of a core/ path other than core/index.ts', () => {
    const salah = semua.flatMap((f) => pelanggaran(f, readFileSync(f, 'utf8')).map((s) => `${path.relative(AKAR, f)}: ${s}`));
    expect(salah).toEqual([]);
  });

  it('catches every form of import into core internals, and only those', () => {
    const f = path.join(AKAR, 'cli', 'contoh.ts');
    expect(
      pelanggaran(
        f,
        [
          "import { a } from '../core/index';",
          "import type { B } from '../core';",
          "import { c } from '../core/kolom';",
          "import type { D } from '../core/tabel/spec';",
          "export { e } from '../core/skor';",
          "export * from '../core/periksa/index';",
          "const f = await import('../core/bulat');",
          "type G = import('../core/model').Sel;",
          "import x from 'exceljs';",
          "import { y } from './pesan';",
        ].join('\n'),
      ),
    ).toEqual(['../core/kolom', '../core/tabel/spec', '../core/skor', '../core/periksa/index', '../core/bulat', '../core/model']);
  });
});
