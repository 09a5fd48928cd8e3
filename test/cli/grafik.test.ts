// Native charts in the .xlsx lapkin isi writes: the package parts, what LibreOffice draws of them
// (bar colours and the 100 % line found on the printed page), and reading the file back.
import ExcelJS from 'exceljs';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { unzipSync, strFromU8 } from 'fflate';
import { beforeAll, describe, expect, it } from 'vitest';
import { folderSementara, lapkin } from './jalankan';
import { hitungWarna, kePdf, pikselHalaman, teksHalaman } from './libreoffice';

/** LibreOffice on a shared machine: a generous limit, not a speed check. */
const LAMBAT = 300_000;

const JUDUL = {
  'Pencapaian IKU': 'Capaian Indikator Kinerja (%)',
  'Pencapaian Sasaran': 'NPS per Sasaran (%)',
  'Perbandingan Antar Tahun': 'Capaian Tahun Berjalan dan Tahun Sebelumnya (%)',
  'Rekap Kriteria': 'Jumlah Indikator per Kriteria',
} as const;

let folder: string;
let keluar: string;
let paket: Record<string, Uint8Array>;
beforeAll(async () => {
  folder = folderSementara();
  keluar = path.join(folder, 'contoh-lapkin.xlsx');
  const r = await lapkin('isi', path.resolve('examples/contoh-lapkin.xlsx'), '--keluar', keluar);
  expect(r.kode, r.galat).toBe(0);
  paket = unzipSync(readFileSync(keluar));
});

const teks = (nama: string) => strFromU8(paket[nama]!);

/** Sheet name → its part, from the workbook and its relationships. */
function bagianLembar(): Map<string, string> {
  const rels = new Map(
    [...teks('xl/_rels/workbook.xml.rels').matchAll(/<Relationship [^>]*Id="([^"]+)"[^>]*Target="([^"]+)"/g)].map((m) => [m[1], m[2]]),
  );
  const peta = new Map<string, string>();
  for (const m of teks('xl/workbook.xml').matchAll(/<sheet [^>]*name="([^"]+)"[^>]*r:id="([^"]+)"/g)) {
    peta.set(m[1]!, `xl/${rels.get(m[2])!.replace(/^\/?xl\//, '')}`);
  }
  return peta;
}

describe('lapkin isi: charts in the package', () => {
  it('adds one chart per chart table: drawing element, relationships, content types, the 100 % line from cells', () => {
    const lembar = bagianLembar();
    for (const [nama, judul] of Object.entries(JUDUL)) {
      const xml = teks(lembar.get(nama)!);
      const id = /<drawing r:id="([^"]+)"\/>/.exec(xml)![1];
      const relsLembar = lembar.get(nama)!.replace(/([^/]+)$/, '_rels/$1.rels');
      const drawing = new RegExp(`Id="${id}"[^>]*Target="../drawings/(drawing\\d+\\.xml)"`).exec(teks(relsLembar))![1];
      const chart = /Target="..\/charts\/(chart\d+\.xml)"/.exec(teks(`xl/drawings/_rels/${drawing}.rels`))![1];
      const c = teks(`xl/charts/${chart}`);
      expect(c).toContain(`<a:t>${judul}</a:t>`);
      expect(c).toContain('<c:barChart>');
      expect(teks('[Content_Types].xml')).toContain(
        `PartName="/xl/charts/${chart}" ContentType="application/vnd.openxmlformats-officedocument.drawingml.chart+xml"`,
      );
      expect(teks('[Content_Types].xml')).toContain(`PartName="/xl/drawings/${drawing}"`);
      // the drawing comes after the page setup, before the notes' legacy drawing
      expect(xml.indexOf('<drawing ')).toBeGreaterThan(xml.indexOf('<pageSetup'));
      if (xml.includes('<legacyDrawing')) expect(xml.indexOf('<drawing ')).toBeLessThan(xml.indexOf('<legacyDrawing'));
      if (nama !== 'Rekap Kriteria') {
        expect(c).toMatch(/<c:lineChart>.*<c:numRef><c:f>'Lapkin Acuan Grafik'!\$[A-Z]+\$1:\$[A-Z]+\$\d+<\/c:f>/);
        expect(c).toContain('<c:v>Target 100 %</c:v>');
      }
    }
    // Pencapaian IKU's bars: one point per indicator, coloured by kriteria (KEPKA: green, yellow)
    const iku = Object.keys(paket)
      .filter((p) => /^xl\/charts\/chart\d+\.xml$/.test(p))
      .map(teks)
      .find((c) => c.includes(JUDUL['Pencapaian IKU']))!;
    expect(/<c:ptCount val="(\d+)"\/>/.exec(iku)![1]).toBe('22');
    expect(iku).toContain('<a:srgbClr val="00B050"/>');
    expect(iku).toContain('<a:srgbClr val="FFFF00"/>');
  });

  it(
    'LibreOffice draws the four charts: kriteria-coloured bars and the red 100 % line on their pages',
    () => {
      const pdf = kePdf(keluar, folder);
      const teks = teksHalaman(pdf);
      const halaman = teks.map((_, i) => i + 1);
      for (const judul of Object.values(JUDUL)) {
        const h = halaman.find((n) => teks[n - 1]!.includes(judul));
        expect(h, judul).toBeDefined();
        const g = pikselHalaman(pdf, h!);
        if (judul === JUDUL['Perbandingan Antar Tahun']) {
          // series colours: this year blue, prior years grey and orange
          expect(hitungWarna(g, '4472C4'), judul).toBeGreaterThan(200);
          expect(hitungWarna(g, 'A5A5A5'), judul).toBeGreaterThan(200);
        } else {
          expect(hitungWarna(g, '00B050'), judul).toBeGreaterThan(300);
        }
        if (judul !== JUDUL['Rekap Kriteria']) expect(hitungWarna(g, 'C00000', 30), `${judul}: garis 100 %`).toBeGreaterThan(20);
        else expect(hitungWarna(g, 'FFFF00'), judul).toBeGreaterThan(100);
      }
      // a page without a chart has no bar colours: the check finds charts, not kriteria cells
      const pk = halaman.find((n) => teks[n - 1]!.includes('Perjanjian Kinerja'))!;
      expect(hitungWarna(pikselHalaman(pdf, pk), '00B050')).toBe(0);
    },
    LAMBAT,
  );

  it(
    "exceljs reads the file back (values, the hidden reference sheet); lapkin's rerun on its own output replaces its charts, once each",
    async () => {
      const wb = new ExcelJS.Workbook();
      await wb.xlsx.readFile(keluar);
      expect(wb.getWorksheet('Lapkin Acuan Grafik')!.state).toBe('veryHidden');
      expect(wb.getWorksheet('Lapkin Acuan Grafik')!.getCell('A1').value).toBe(100);
      expect(wb.getWorksheet('Pencapaian IKU')!.getCell('A1').value).toBe('Pencapaian IKU');
      // exceljs models no charts: a re-save through exceljs drops them (lapkin never re-saves through it)
      const ulang = unzipSync(new Uint8Array(await wb.xlsx.writeBuffer()));
      expect(Object.keys(ulang).some((p) => p.startsWith('xl/charts/'))).toBe(false);
      // lapkin's rerun keeps the package and replaces its own sheets, their charts and the hidden sheet
      const kedua = path.join(folder, 'kedua.xlsx');
      expect((await lapkin('isi', keluar, '--keluar', kedua, '--lembar', 'Pengukuran Kinerja')).kode).toBe(0);
      const p2 = unzipSync(readFileSync(kedua));
      const judul2 = Object.keys(p2)
        .filter((p) => /^xl\/charts\/chart\d+\.xml$/.test(p))
        .map((p) => /<a:t>([^<]+)<\/a:t>/.exec(strFromU8(p2[p]!))![1]);
      expect(judul2.sort()).toEqual(Object.values(JUDUL).slice().sort());
      expect(strFromU8(p2['xl/workbook.xml']!).match(/name="Lapkin Acuan Grafik"/g)).toHaveLength(1);
      expect(Object.keys(p2).sort()).toEqual(Object.keys(paket).sort());
    },
    LAMBAT,
  );
});
