// `lapkin laporan`: the Word chapter of report 000 (headings, tables, analysis paragraphs, charts),
// opened by LibreOffice; the writer itself without a rasteriser (as a browser would call it).
import { strFromU8, unzipSync } from 'fflate';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { SaxesParser } from 'saxes';
import { beforeAll, describe, expect, it } from 'vitest';
import { SKEMA_BAWAAN, skorModel } from '../../core/index';
import { babLaporan } from '../../docx/bab';
import { lebarTeksTwip } from '../../core/laporan/lebar-teks';
import { bacaLembar } from '../core/baca';
import { lembar000 } from '../core/tabel/laporan-000';
import { folderSementara, lapkin, sha256 } from './jalankan';
import { kePdf, teksHalaman } from './libreoffice';
import { tulisLaporan000 } from './laporan-000';

const emas = JSON.parse(readFileSync(path.resolve('test/fixtures/laporan-000-paragraf.json'), 'utf8')) as { paragraf: Record<string, string> };

let folder: string;
let masukan: string;
let keluar: string;
let bagian: Record<string, Uint8Array>;
beforeAll(async () => {
  folder = folderSementara();
  masukan = path.join(folder, 'laporan-000.xlsx');
  await tulisLaporan000(masukan);
  keluar = path.join(folder, 'BAB3.docx');
  const sebelum = sha256(masukan);
  const r = await lapkin('laporan', masukan, '--keluar', keluar, '--skema', 'KEPKA-128-2022');
  expect(r.kode, r.galat).toBe(0);
  expect(r.keluar).toBe(`Bab laporan ditulis: ${keluar}\n`);
  expect(sha256(masukan)).toBe(sebelum);
  bagian = unzipSync(readFileSync(keluar));
});

const dokumen = () => strFromU8(bagian['word/document.xml']!);
/** Paragraph texts with their style id. */
function paragraf(): { gaya: string; teks: string }[] {
  return [...dokumen().matchAll(/<w:p>(.*?)<\/w:p>|<w:p [^>]*>(.*?)<\/w:p>/g)].map((m) => {
    const isi = m[1] ?? m[2];
    return {
      gaya: /<w:pStyle w:val="([^"]+)"/.exec(isi!)?.[1] ?? '',
      teks: [...isi!.matchAll(/<w:t(?: [^>]*)?>([^<]*)<\/w:t>/g)].map((t) => t[1]).join(''),
    };
  });
}

describe('lapkin laporan', () => {
  it('headings by perspective and sasaran (styles with outline levels), A4, well-formed parts', () => {
    const p = paragraf();
    expect(p.filter((x) => x.gaya === 'Heading1').map((x) => x.teks)).toEqual(['Akuntabilitas Kinerja']);
    const h2 = p.filter((x) => x.gaya === 'Heading2').map((x) => x.teks);
    expect(h2.slice(0, 3)).toEqual(['A. Customer Perspective', 'B. Internal Process Perspective', 'C. Learning and Growth Perspective']);
    expect(h2.slice(3)).toEqual(['Grafik Capaian', 'Ringkasan Capaian Unit', 'Legenda Kriteria']);
    const h3 = p.filter((x) => x.gaya === 'Heading3').map((x) => x.teks);
    expect(h3).toHaveLength(12);
    // the sheet's own number ("2. Terkelolanya ...") is not repeated
    expect(h3[1]).toBe('Sasaran 2: Terkelolanya sarana prasarana penunjang pengawasan BPOM dengan baik');
    const gaya = strFromU8(bagian['word/styles.xml']!);
    for (const [i, id] of ['Heading1', 'Heading2', 'Heading3'].entries()) {
      expect(gaya).toMatch(new RegExp(`w:styleId="${id}".*?<w:outlineLvl w:val="${i}"/>`));
    }
    expect(gaya).toContain('w:styleId="LapkinTabel"');
    expect(dokumen()).toContain('<w:pgSz w:w="11906" w:h="16838"');
    for (const [nama, data] of Object.entries(bagian)) {
      if (/\.(xml|rels)$/.test(nama)) new SaxesParser({ xmlns: true }).write(strFromU8(data)).close();
    }
  });

  it('each sasaran: its NPS, the table of its indicators (styled, kriteria in colour), a paragraph under each indicator', () => {
    const d = dokumen();
    expect((d.match(/<w:tblStyle w:val="LapkinTabel"\/>/g) ?? []).length).toBe(12 + 2);
    // Memenuhi Ekspektasi in green, Belum in yellow (KEPKA-128-2022)
    expect(d).toMatch(/<w:shd [^>]*w:fill="00B050"[^>]*\/>.*?Memenuhi Ekspektasi/);
    expect(d).toMatch(/<w:shd [^>]*w:fill="FFFF00"[^>]*\/>.*?Belum Memenuhi Ekspektasi/);
    const teks = paragraf().map((x) => x.teks);
    expect(teks).toContain('Nilai Pencapaian Sasaran (NPS) sebesar 107,58 %, kriteria Memenuhi Ekspektasi.');
    // the committed analysis of indicator 3, here under KEPKA-128-2022's label
    expect(teks).toContain(
      `Indikator 3. Nilai Pengelolaan BMN BPOM. ${emas.paragraf['3']!.replace('kriteria Baik', 'kriteria Memenuhi Ekspektasi')}`,
    );
    expect(teks.filter((t) => /^Indikator \d+\. /.test(t))).toHaveLength(17);
    // the unit summary's last row: label, NPS, kriteria (one paragraph per cell)
    const unit = teks.lastIndexOf('NPS Unit (rata-rata perspektif)');
    expect(teks.slice(unit, unit + 3)).toEqual(['NPS Unit (rata-rata perspektif)', '106,37', 'Memenuhi Ekspektasi']);
  });

  it('the charts as PNG images, and LibreOffice opens the document (PDF with the headings and figures)', () => {
    const gambar = Object.keys(bagian).filter((n) => n.startsWith('word/media/') && n.endsWith('.png'));
    // capaian, NPS per sasaran, per kriteria (report 000 has no prior-year columns)
    expect(gambar).toHaveLength(3);
    for (const g of gambar) expect([...bagian[g]!.subarray(1, 4)].map((c) => String.fromCharCode(c)).join('')).toBe('PNG');
    const pdf = kePdf(keluar, folder);
    const semua = teksHalaman(pdf).join('\n');
    expect(semua).toContain('Akuntabilitas Kinerja');
    expect(semua).toContain('107,58');
    expect(semua).toContain('Gambar 1. Capaian Indikator Kinerja (%)');
    // every kriteria label of the tables stands on one line (it wrapped in a fifth of the page): no
    // table cell, which the layout text sets apart by two or more spaces, holds a piece of one
    const sel = semua.split('\n').flatMap((b) => b.trim().split(/\s{2,}/));
    expect(sel).toContain('Belum Memenuhi Ekspektasi');
    expect(sel.filter((x) => ['Belum Memenuhi', 'Tidak Memenuhi', 'Memenuhi', 'Ekspektasi', 'Belum', 'Tidak'].includes(x))).toEqual([]);
    // LibreOffice on a shared machine: a generous limit, not a speed check
  }, 300_000);

  it('the tables keep their widths (fixed layout, A4 text width); the kriteria column fits its longest label at 10 pt', () => {
    const d = dokumen();
    const tabel = [...d.matchAll(/<w:tbl>(.*?)<\/w:tbl>/g)].map((m) => m[1]);
    expect(tabel).toHaveLength(14);
    const perlu = Math.max(...SKEMA_BAWAAN['KEPKA-128-2022'].pita.map((p) => lebarTeksTwip(p.label, 10))) + 160;
    for (const t of tabel) {
      expect(t).toContain('<w:tblLayout w:type="fixed"/>');
      const kolom = [...t!.matchAll(/<w:gridCol w:w="(\d+)"\/>/g)].map((m) => Number(m[1]));
      expect(kolom.reduce((a, w) => a + w, 0)).toBe(11906 - 2 * 1417);
      // the kriteria column: last in the indicator and summary tables, first in the legend
      const kriteria = kolom.length === 3 ? kolom[0] : kolom[kolom.length - 1];
      expect(kriteria).toBeGreaterThanOrEqual(perlu);
    }
  });

  it('refuses an output that is not .docx, or exists without --timpa; help in Indonesian', async () => {
    expect((await lapkin('laporan', masukan, '--keluar', path.join(folder, 'bab.xlsx'))).galat).toBe(
      `lapkin: Nama berkas keluaran harus berakhiran .docx: ${path.join(folder, 'bab.xlsx')}\n`,
    );
    expect((await lapkin('laporan', masukan, '--keluar', keluar)).kode).toBe(1);
    expect((await lapkin('laporan', '--help')).keluar).toMatch(/^lapkin laporan <masukan.xlsx> \[opsi\]\n\nMenulis bab "Akuntabilitas Kinerja"/);
    expect((await lapkin('--help')).keluar).toContain('lapkin laporan <masukan.xlsx>');
  });
});

describe('babLaporan (browser-safe writer)', () => {
  it('without a rasteriser: the same chapter without images', async () => {
    const hasil = skorModel(bacaLembar(lembar000()).model!, { skema: SKEMA_BAWAAN['BPOM-2019'], tingkat: 'perspektif', periode: 'tahunan' });
    const p = unzipSync(await babLaporan(hasil));
    expect(Object.keys(p).some((n) => n.startsWith('word/media/'))).toBe(false);
    expect(strFromU8(p['word/document.xml']!)).toContain(emas.paragraf['17']);
  });
});
