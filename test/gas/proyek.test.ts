import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { DIST, muatProyek, polos } from './muat';
import { BukuData } from './palsu';

// The built project as Apps Script sees it: top-level functions in global.js, the Lapkin bundle,
// the sidebar page, evaluated together in one vm with the fake services.

const metadata = JSON.parse(readFileSync(path.resolve(__dirname, '../../dist/addin/functions.json'), 'utf8')) as {
  functions: { name: string; description: string; parameters: { name: string; description: string; optional?: boolean }[] }[];
};
const globalJs = readFileSync(path.join(DIST, 'global.js'), 'utf8');

describe('custom-function stubs', () => {
  it('has one documented top-level stub per function of the Excel metadata', () => {
    expect(metadata.functions.length).toBeGreaterThanOrEqual(8);
    for (const f of metadata.functions) {
      const param = f.parameters.map((p) => p.name);
      const m = new RegExp(
        `/\\*\\*\\n((?: \\*.*\\n)+?) \\*/\\nfunction ${f.name}\\((.*)\\) \\{\\n  return Lapkin\\.${f.name}\\((.*)\\);\\n\\}`,
      ).exec(globalJs);
      expect(m, f.name).not.toBeNull();
      const [, dok, arg, terus] = m as RegExpExecArray;
      expect(arg).toBe(param.join(', '));
      expect(terus).toBe(param.join(', '));
      expect(dok).toContain(` * ${f.description}\n`);
      expect(dok).toContain(' * @customfunction\n');
      expect(dok).toMatch(/ \* @return \{[^}]+\} \S/);
      for (const p of f.parameters) {
        expect(dok).toContain(` * @param {`);
        expect(dok).toMatch(new RegExp(`@param \\{[^}]+\\} ${p.name} ${p.description.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}`));
      }
    }
  });

  it('declares every top-level function plainly, so Apps Script and google.script.run see it', () => {
    const { global } = muatProyek();
    const nama = [...globalJs.matchAll(/^function (\w+)\(/gm)].map((m) => m[1]);
    for (const n of [
      'onOpen',
      'lapkinBukaPanel',
      'lapkinIsiTabel',
      'lapkinPeriksa',
      'lapkinBuatTemplat',
      'lapkinDaftarLembar',
      'lapkinLembarAktif',
      'lapkinBacaLembar',
      'lapkinBacaRentang',
      'lapkinTulisTabel',
      'lapkinTandaiTemuan',
      'lapkinPilihSel',
    ]) {
      expect(nama).toContain(n);
    }
    for (const n of nama) expect(typeof global[n!], n).toBe('function');
    expect(readFileSync(path.join(DIST, 'lapkin.js'), 'utf8')).toMatch(/^"use strict";\s*var Lapkin = \(\(\) => \{/);
  });
});

describe('menu and sidebar', () => {
  it('onOpen adds the Lapkin menu whose items call top-level functions', () => {
    const { global, buku } = muatProyek();
    global.onOpen!({});
    expect(buku.menu).toEqual([
      {
        judul: 'Lapkin',
        item: [
          ['Buka panel', 'lapkinBukaPanel'],
          ['Isi tabel', 'lapkinIsiTabel'],
          ['Periksa', 'lapkinPeriksa'],
          ['Buat templat', 'lapkinBuatTemplat'],
        ],
      },
    ]);
    for (const [, fungsi] of buku.menu[0]!.item) expect(typeof global[fungsi]).toBe('function');
  });

  it('inlines the panel into one page whose script and style end only where they should', () => {
    const html = readFileSync(path.join(DIST, 'sidebar.html'), 'utf8');
    expect(html.match(/<\/script/gi)).toEqual(['</script']);
    expect(html.match(/<\/style/gi)).toEqual(['</style']);
    expect(html).not.toMatch(/<script[^>]*\ssrc=|<link[^>]*stylesheet/i);
    expect(html).toContain('<div id="lapkin"></div>');
  });

  it('Buka panel shows sidebar.html titled Lapkin', () => {
    const { global, buku } = muatProyek();
    global.lapkinBukaPanel!();
    expect(buku.sidebar).toEqual([{ judul: 'Lapkin', isi: readFileSync(path.join(DIST, 'sidebar.html'), 'utf8') }]);
  });

  it('answers the sidebar calls through the top-level functions', () => {
    const { global } = muatProyek(
      new BukuData({
        Indikator: [
          ['Sasaran', 'Target'],
          ['S1', 85],
        ],
        Skema: [
          [0, 'Kurang'],
          [80, 'Baik'],
        ],
      }),
    );
    expect(polos(global.lapkinDaftarLembar!())).toEqual(['Indikator', 'Skema']);
    expect(global.lapkinLembarAktif!()).toBe('Indikator');
    expect(polos(global.lapkinBacaRentang!('Skema!A1:B2'))).toEqual({
      lembar: 'Skema',
      nilai: [
        [0, 'Kurang'],
        [80, 'Baik'],
      ],
      barisAwal: 1,
      kolomAwal: 1,
    });
    expect(() => global.lapkinBacaLembar!('Hilang')).toThrow('Lembar "Hilang" tidak ditemukan.');
  });

  it('reads rows hidden by hand and merges through the advanced service; a copy without it says so once', () => {
    const buku = () => {
      const b = new BukuData({
        Indikator: [
          ['Indikator', 'Target', 'Realisasi'],
          ['A', 80, 80],
          ['B', 80, 40],
        ],
      });
      b.lembar[0]!.barisTersembunyi.add(3);
      b.lembar[0]!.gabung.push({ baris: 1, kolom: 2, barisN: 1, kolomN: 2 });
      return b;
    };
    const dengan = polos(muatProyek(buku()).global.lapkinBacaLembar!('Indikator')) as Record<string, unknown>;
    expect(dengan.barisTersembunyi).toEqual([2]);
    expect(dengan.gabungan).toEqual([{ r1: 0, c1: 1, r2: 0, c2: 2 }]);
    expect(dengan.catatan).toBeUndefined();
    const tanpa = polos(muatProyek(buku(), { sheetsApi: false }).global.lapkinBacaLembar!('Indikator')) as Record<string, unknown>;
    expect(tanpa.barisTersembunyi).toBeUndefined();
    expect(tanpa.gabungan).toBeUndefined();
    expect(tanpa.catatan).toEqual([expect.stringMatching(/^Layanan lanjutan Google Sheets API tidak aktif/)]);
  });
});
