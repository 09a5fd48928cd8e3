// The project stands on its own: no file (tests, scripts, config, docs) names a path outside it.
import { readdirSync, readFileSync, statSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { cariJalurKeluar } from './jalur-keluar';

const AKAR = path.resolve(__dirname, '../..');
/** Installed, built or version-control folders: not the project's own text. */
const LEWATI = new Set(['node_modules', 'dist', '.git']);

function* berkas(folder: string): Generator<string> {
  for (const e of readdirSync(folder, { withFileTypes: true })) {
    if (LEWATI.has(e.name)) continue;
    const p = path.join(folder, e.name);
    if (e.isDirectory()) yield* berkas(p);
    else if (e.isFile()) yield p;
  }
}

describe('the project is self-contained', () => {
  it('no file names a path outside the project root', () => {
    const induk = path.dirname(AKAR);
    const akarLain = induk === path.parse(induk).root ? [] : [`${induk}/`];
    const temuan: string[] = [];
    let dibaca = 0;
    for (const f of berkas(AKAR)) {
      if (statSync(f).size > 5_000_000) continue;
      const isi = readFileSync(f);
      if (isi.includes(0)) continue; // binary: workbooks, images
      dibaca++;
      const relatif = path.relative(AKAR, f);
      const kedalaman = relatif.split(path.sep).length - 1;
      for (const t of cariJalurKeluar(isi.toString('utf8'), kedalaman, akarLain)) temuan.push(`${relatif}:${t.baris}: ${t.alasan}: ${t.teks}`);
    }
    expect(dibaca).toBeGreaterThan(50);
    expect(temuan).toEqual([]);
  });
});

describe('cariJalurKeluar', () => {
  const atas = ['..', '..', ''].join('/');
  it('flags the sibling data folder, machine paths and climbs above the root', () => {
    const teks = [
      `const A = path.resolve(process.cwd(), '${['..', 'shared'].join('/')}/golden');`,
      `const B = '${['', 'work', 'main', 'x'].join('/')}';`,
      `import x from '${atas}${atas}core/model';`,
      `const C = path.join(__dirname, ${Array(3).fill("'..'").join(', ')});`,
      `const D = '/tmp/klon/x';`,
    ].join('\n');
    expect(cariJalurKeluar(teks, 2, ['/tmp/klon/']).map((t) => [t.baris, t.alasan])).toEqual([
      [1, `menyebut ${['..', 'shared'].join('/')}`],
      [2, 'jalur mutlak mesin pengembang'],
      [3, 'naik 4 folder dari kedalaman 2'],
      [4, 'naik 3 folder dari kedalaman 2'],
      [5, 'jalur mutlak /tmp/klon/'],
    ]);
  });

  it('accepts climbs that stay inside, URLs and spread syntax', () => {
    const teks = [
      `import { bulat } from '${atas}core/bulat';`,
      `const AKAR = path.resolve(__dirname, '..', '..');`,
      `// see https://example.org/work/items`,
      `const xs = [...a, .../x/];`,
    ].join('\n');
    expect(cariJalurKeluar(teks, 2, [['', 'work', ''].join('/')])).toEqual([]);
  });
});
