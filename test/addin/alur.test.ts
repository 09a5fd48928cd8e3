// The panel's actions (ui/alur.ts) end to end over the Excel host and the fake workbook: read the
// indicator sheet, score, build every table, write; audit a filled table and mark it.
import { describe, expect, it } from 'vitest';
import { buatHostExcel } from '../../addin/excel-host';
import { SKEMA_BAWAAN } from '../../core/skema';
import { opsiBawaan } from '../../core/skor';
import { DAFTAR_TABEL } from '../../core/tabel/index';
import { deteksi, isiTabel, periksa } from '../../ui/alur';
import { lembarEmas } from '../core/periksa/periksa-emas';
import { FakeWorkbook } from './fake-excel';

const PERSPEKTIF = ['Stakeholder Perspective', 'Customer Perspective', 'Internal Process Perspective', 'Learning and Growth Perspective'];

/** An indicator sheet of n rows: a title, four perspectives, four indicators per sasaran. */
function lembarIndikator(n: number): (string | number | null)[][] {
  const baris: (string | number | null)[][] = [
    ['PENGUKURAN KINERJA 2024'],
    ['Perspektif', 'Sasaran', 'No', 'Indikator Kinerja', 'Satuan', 'Target', 'Realisasi', 'Bobot', 'Pagu', 'Realisasi Anggaran'],
  ];
  for (let i = 0; i < n; i++) {
    const awalSasaran = i % 4 === 0;
    baris.push([
      i % Math.ceil(n / 4) === 0 ? PERSPEKTIF[Math.floor((i * 4) / n)]! : null,
      awalSasaran ? `Sasaran ${i / 4 + 1}` : null,
      i + 1,
      `Indikator ${i + 1}`,
      '%',
      80 + (i % 20),
      i % 13 === 5 ? '-' : `${70 + (i % 50)},${i % 10}5`,
      i % 4 === 0 ? 2 : 1,
      awalSasaran ? 1_000_000 * (i + 1) : null,
      awalSasaran ? 950_000 * (i + 1) : null,
    ]);
  }
  return baris;
}

describe('filling the tables from an indicator sheet through the Excel host', () => {
  it('takes the same number of context.sync() calls for 10 and 5,000 indicators', async () => {
    const isi = async (n: number) => {
      const book = new FakeWorkbook(['Data IKU']);
      book.put('Data IKU', 'A1', lembarIndikator(n));
      const host = buatHostExcel(book.run);
      const d = await deteksi(host, 'Data IKU');
      expect(d.hasil.model?.indikator).toHaveLength(n);
      const hasil = await isiTabel(host, d, opsiBawaan(d.hasil.model!), Object.keys(DAFTAR_TABEL));
      return { book, syncs: book.syncs, lembar: hasil.lembar };
    };
    const kecil = await isi(10);
    const besar = await isi(5000);
    console.log(
      `context.sync() untuk membaca lembar indikator dan mengisi ${kecil.lembar.length} tabel: ` +
        `10 indikator = ${kecil.syncs}, 5.000 indikator = ${besar.syncs}`,
    );
    expect(besar.lembar).toEqual(kecil.lembar);
    expect(besar.syncs).toBe(kecil.syncs);
    // one read, two to find the add-in's own sheets, one per table
    expect(kecil.syncs).toBe(1 + 2 + kecil.lembar.length);
    expect(kecil.lembar).toEqual(expect.arrayContaining(['Pencapaian IKU', 'Pencapaian Sasaran', 'Realisasi Anggaran', 'Efisiensi']));
    expect(besar.book.grid('Pencapaian IKU').length).toBeGreaterThan(5000);
    // the indicator sheet itself is as it was
    expect(besar.book.grid('Data IKU')).toEqual(
      lembarIndikator(5000).map((b) => [...b, ...Array(10 - b.length).fill(null)].map((v) => v ?? '')),
    );
  });
});

describe('Periksa through the Excel host', () => {
  for (const emas of lembarEmas()) {
    it(`marks exactly the cells the golden audit lists (${emas.kasus.sumber})`, async () => {
      const book = new FakeWorkbook(['Catatan', emas.nama]);
      // the table starts at B3, under a title, as pasted into a report workbook
      book.put(emas.nama, 'A1', [['Tabel hasil pengukuran']]);
      book.put(emas.nama, 'B3', emas.nilai);
      book.put('Catatan', 'A1', [['jangan diubah']]);
      const nilai = JSON.stringify(book.grid(emas.nama));

      const { temuan } = await periksa(buatHostExcel(book.run), emas.nama, SKEMA_BAWAAN[emas.skema as keyof typeof SKEMA_BAWAAN]);

      const diharapkan = emas.kasus.temuan.map((t) => emas.sel(t.label, t.kolom, 3, 2)).sort();
      expect(temuan.map((t) => t.sel).sort()).toEqual(diharapkan);
      const bertanda = [...book.sheet(emas.nama).cells]
        .filter(([, c]) => c.fill === 'FFC7CE')
        .map(([k]) => {
          const [r, c] = k.split(',').map(Number);
          return `${String.fromCharCode(65 + c!)}${r! + 1}`;
        });
      expect(bertanda.sort()).toEqual(diharapkan);
      expect(book.sheet(emas.nama).comments.map((c) => c.content.startsWith('Lapkin: seharusnya '))).toEqual(diharapkan.map(() => true));
      expect(JSON.stringify(book.grid(emas.nama))).toBe(nilai);
      expect(book.grid('Catatan')).toEqual([['jangan diubah']]);
      expect(book.syncs).toBe(1 + 3);
    });
  }
});
