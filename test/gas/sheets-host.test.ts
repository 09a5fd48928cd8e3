import fc from 'fast-check';
import { beforeEach, describe, expect, it } from 'vitest';
import type { Gabung, SelTabel, TabelSpec } from '../../core/tabel/spec';
import { bacaLembar, bacaRentang, pilihSel, tandaiTemuan, tulisTabel } from '../../gas/sheets-host';
import { BukuData, ID_BUKU, layananPalsu, type LembarData } from './palsu';
import { sheetsApiPalsu } from './palsu-sheets-api';

// The Sheets host against the fake services, with table specs made here so every property the
// writer handles is seen. The same code runs inside the built bundle in host-vm.test.ts.

function spek(barisData: number, opsi: Partial<TabelSpec> = {}): TabelSpec {
  const sel: SelTabel[][] = [
    [{ nilai: 'Pencapaian IKU', tebal: true, rata: 'tengah' }],
    ['Sasaran', 'No', 'Indikator', 'Target', 'Capaian', 'Kriteria'].map((n) => ({
      nilai: n,
      tebal: true,
      garis: true,
      isi: 'D9D9D9',
      bungkus: true,
    })),
  ];
  const gabung: Gabung[] = [{ baris: 0, kolom: 0, barisAkhir: 0, kolomAkhir: 5 }];
  for (let i = 0; i < barisData; i++) {
    const r = sel.length;
    if (i % 3 === 0) gabung.push({ baris: r, kolom: 0, barisAkhir: Math.min(r + 2, 1 + barisData), kolomAkhir: 0 });
    sel.push([
      { nilai: i % 3 === 0 ? `S${i / 3 + 1}` : null, garis: true, bungkus: true },
      { nilai: `${i + 1}.1`, garis: true },
      { nilai: i === 1 ? '=HYPERLINK("x")' : `Indikator ${i + 1}`, garis: true },
      { nilai: 80 + (i % 7), format: '0.00', garis: true },
      { nilai: 99.5, format: '0.00', garis: true, rata: 'kanan' },
      { nilai: 'Baik', isi: '00B050', warnaHuruf: 'FFFFFF', garis: true, catatan: i === 0 ? 'Pita 90-<110' : undefined },
    ]);
  }
  sel.push([]);
  sel.push([
    { nilai: 'Legenda', miring: true, garis: true },
    { nilai: 'Baik', garis: true },
  ]);
  return {
    id: 'pencapaian-iku',
    namaLembar: 'Pencapaian IKU',
    judul: 'Pencapaian IKU',
    sel,
    gabung,
    lebarKolom: [30, 6, 40, 10, 10, 14],
    barisBeku: 2,
    ...opsi,
  };
}

const templat: TabelSpec = {
  id: 'templat',
  namaLembar: 'Templat',
  judul: 'Templat',
  sel: [
    [{ nilai: 'Polaritas' }, { nilai: 'Perspektif' }],
    [
      { nilai: 'positif', daftar: ['positif', 'negatif'], daftarKetat: true },
      { nilai: null, daftar: ['Customer', 'Internal'] },
    ],
    [
      { nilai: null, daftar: ['positif', 'negatif'], daftarKetat: true },
      { nilai: null, daftar: ['Customer', 'Internal'] },
    ],
  ],
  gabung: [],
  lebarKolom: [12, 20],
  barisBeku: 1,
};

let buku: BukuData;
let layanan: ReturnType<typeof layananPalsu>;
let ss: GoogleAppsScript.Spreadsheet.Spreadsheet;

beforeEach(() => {
  buku = new BukuData({
    Indikator: [
      ['Sasaran', 'Indikator', 'Target', 'Realisasi', 'Tanggal'],
      ['S1', 'Indeks <b>', 85.2, '85,20', new Date(2024, 11, 31)],
    ],
    'Pencapaian IKU': [['catatan pengguna', 42]],
  });
  layanan = layananPalsu(buku, {});
  (globalThis as Record<string, unknown>).SpreadsheetApp = layanan.SpreadsheetApp;
  // the advanced service as Apps Script gives it: a global the host looks up itself
  (globalThis as Record<string, unknown>).Sheets = sheetsApiPalsu(buku, ID_BUKU, layanan.hitung);
  ss = layanan.SpreadsheetApp.getActiveSpreadsheet();
  layanan.hitung.reset();
});

const lembar = (nama: string): LembarData => {
  const l = buku.cari(nama);
  if (!l) throw new Error(`tidak ada lembar ${nama}`);
  return l;
};

describe('tulisTabel', () => {
  it('writes values, formulas, formats and styles into a new sheet, keeping text as text', () => {
    const hasil = tulisTabel(ss, [spek(4)]);
    expect(hasil).toEqual({ lembar: ['Pencapaian IKU (2)'] });
    const l = lembar('Pencapaian IKU (2)');
    expect(l.nilai(1, 1, 4, 6)).toEqual([
      ['Pencapaian IKU', '', '', '', '', ''],
      ['Sasaran', 'No', 'Indikator', 'Target', 'Capaian', 'Kriteria'],
      ['S1', '1.1', 'Indikator 1', 80, 99.5, 'Baik'],
      ['', '2.1', '=HYPERLINK("x")', 81, 99.5, 'Baik'],
    ]);
    expect(l.ambil(3, 5)).toMatchObject({ nilai: 99.5, format: '0.00', rata: 'right' });
    expect(l.ambil(3, 5)?.rumus).toBeUndefined();
    expect(l.ambil(3, 3)?.rumus).toBeUndefined();
    expect(l.ambil(4, 3)?.rumus).toBeUndefined();
    expect(l.ambil(3, 4)?.format).toBe('0.00');
    expect(l.ambil(3, 6)).toMatchObject({ latar: '#00B050', warnaHuruf: '#FFFFFF', catatan: 'Pita 90-<110' });
    expect(l.ambil(2, 1)).toMatchObject({ tebal: 'bold', latar: '#D9D9D9', bungkus: true });
    expect(l.ambil(1, 1)).toMatchObject({ tebal: 'bold', rata: 'center' });
    expect(l.ambil(8, 1)).toMatchObject({ nilai: 'Legenda', gaya: 'italic' });
    expect(l.beku).toBe(2);
    expect([...l.lebarKolom.entries()]).toEqual([
      [1, 220],
      [2, 52],
      [3, 290],
      [4, 80],
      [5, 80],
      [6, 108],
    ]);
    expect([l.maxBaris, l.maxKolom]).toEqual([8 + 20, 6]);
    expect(l.metadata).toEqual([{ kunci: 'lapkin', nilai: 'pencapaian-iku' }]);
  });

  it('merges the title for real and draws each body merge as one box', () => {
    tulisTabel(ss, [spek(5)]);
    const l = lembar('Pencapaian IKU (2)');
    expect(l.gabung).toEqual([{ baris: 1, kolom: 1, barisN: 1, kolomN: 6 }]);
    expect(l.garis).toEqual([
      { a1: ['A2:F7', 'A9:B9'], sisi: [true, true, true, true, true, true] },
      { a1: ['A3:A5', 'A6:A7'], sisi: [true, true, true, true, false, false] },
    ]);
  });

  it('gives each distinct dropdown list one rule, on the cells that carry it; only a strict list refuses other values', () => {
    tulisTabel(ss, [templat]);
    const l = lembar('Templat');
    expect(l.ambil(2, 1)?.validasi).toEqual({ daftar: ['positif', 'negatif'], dropdown: true, bolehSalah: false });
    expect(l.ambil(3, 2)?.validasi).toEqual({ daftar: ['Customer', 'Internal'], dropdown: true, bolehSalah: true });
    expect(l.ambil(1, 1)?.validasi).toBeUndefined();
    expect(layanan.hitung.per.get('DataValidationBuilder.build')).toBe(2);
  });

  it('makes the same number of service calls whatever the number of rows', () => {
    const panggilan = (n: number) => {
      const b = new BukuData({ Lembar1: [] });
      const lay = layananPalsu(b, {});
      (globalThis as Record<string, unknown>).SpreadsheetApp = lay.SpreadsheetApp;
      const s = lay.SpreadsheetApp.getActiveSpreadsheet();
      lay.hitung.reset();
      tulisTabel(s, [spek(n), templat]);
      return lay.hitung.total;
    };
    const dasar = panggilan(10);
    expect(panggilan(5000)).toBe(dasar);
    fc.assert(
      fc.property(fc.integer({ min: 2, max: 400 }), (n) => panggilan(n) === dasar),
      { numRuns: 40 },
    );
  });

  it('draws the chart: a combo over hidden columns, bars per kriteria in its colour, the dashed 100 % line; a rerun replaces it; same calls for 10 and 5,000 rows', () => {
    const grafik = (n: number) => ({
      grafik: {
        jenis: 'batang' as const,
        judul: 'Capaian Indikator Kinerja (%)',
        kolomLabel: 1,
        kolomNilai: 4,
        barisAwal: 2,
        barisAkhir: 1 + n,
        garisAcuan: 100,
        seri: [{ nama: 'Capaian (%)', kolom: 4, warna: '4472C4', kolomWarna: 5 }],
      },
    });
    const tulis = (b: BukuData, n: number) => {
      const lay = layananPalsu(b, {});
      Object.assign(globalThis as Record<string, unknown>, { SpreadsheetApp: lay.SpreadsheetApp, Charts: lay.Charts });
      lay.hitung.reset();
      tulisTabel(lay.SpreadsheetApp.getActiveSpreadsheet(), [spek(n, grafik(n))]);
      return lay.hitung.total;
    };
    const b = new BukuData({ Lembar1: [] });
    const kecil = tulis(b, 10);
    expect(tulis(new BukuData({ Lembar1: [] }), 5000)).toBe(kecil);
    const l = b.lembar.find((x) => x.nama === 'Pencapaian IKU')!;
    // table in A..F, one blank column, the block in H..J: categories, the one kriteria, the line
    expect([...l.kolomTersembunyi]).toEqual([8, 9, 10]);
    expect(l.nilai(1, 8, 2, 3)).toEqual([
      ['', 'Baik', 'Target 100 %'],
      ['1.1', 99.5, 100],
    ]);
    expect(l.grafik).toEqual([
      {
        jenis: 'COMBO',
        range: ['H1:J11'],
        header: 1,
        tersembunyi: 'SHOW_BOTH',
        warna: ['#00B050', '#C00000'],
        judul: 'Capaian Indikator Kinerja (%)',
        legenda: 'BOTTOM',
        bertumpuk: true,
        opsi: { seriesType: 'bars', series: { 1: { type: 'line', lineDashStyle: [8, 5] } } },
        posisi: [16, 1, 0, 0],
      },
    ]);
    tulis(b, 4);
    expect(l.grafik).toHaveLength(1);
    expect(l.grafik[0]!.range).toEqual(['H1:J5']);
  });

  it("never writes into a user's sheet and leaves every user cell as it was", () => {
    const sebelum = buku.lembar.map((l) => [l.nama, l.isi()]);
    tulisTabel(ss, [spek(3), spek(2, { id: 'lain', namaLembar: 'Indikator' })]);
    expect(buku.lembar.map((l) => l.nama)).toEqual(['Indikator', 'Pencapaian IKU', 'Pencapaian IKU (2)', 'Indikator (2)']);
    expect(buku.lembar.slice(0, 2).map((l) => [l.nama, l.isi()])).toEqual(sebelum);
  });

  it('picks a free name whatever the case of the sheets there (Sheets refuses two names that differ in case)', () => {
    lembar('Pencapaian IKU').nama = 'pencapaian iku';
    expect(tulisTabel(ss, [spek(2)])).toEqual({ lembar: ['Pencapaian IKU (2)'] });
  });

  it('on a rerun replaces only the sheets it made, found by their mark even when renamed', () => {
    tulisTabel(ss, [spek(30), templat]);
    lembar('Pencapaian IKU (2)').nama = 'IKU saya';
    const sebelum = lembar('Pencapaian IKU').isi();
    const hasil = tulisTabel(ss, [spek(2), templat]);
    expect(hasil.lembar).toEqual(['IKU saya', 'Templat']);
    expect(buku.lembar.map((l) => l.nama)).toEqual(['Indikator', 'Pencapaian IKU', 'IKU saya', 'Templat']);
    expect(lembar('Pencapaian IKU').isi()).toEqual(sebelum);
    const l = lembar('IKU saya');
    expect(l.terakhir()).toEqual({ baris: 6, kolom: 6 });
    expect(l.maxBaris).toBe(6 + 20);
    expect(l.metadata).toHaveLength(1);
    expect(lembar('Templat').ambil(3, 1)?.validasi).toBeDefined();
  });
});

describe('tandaiTemuan', () => {
  it('fills and notes each finding, keeps values and other notes, and replaces its own note on a rerun', () => {
    const l = lembar('Indikator');
    l.ubah(2, 4, (s) => (s.catatan = 'cek lagi'));
    const nilai = l.nilai(1, 1, 2, 5);
    const temuan = [
      { lembar: 'Indikator', sel: 'D2', baris: 2, kolom: 'D', tercetak: '85,20', seharusnya: 97.94, alasan: 'NPS dihitung ulang.' },
      { lembar: 'Indikator', sel: 'B2', baris: 2, kolom: 'B', tercetak: 'x', seharusnya: 'Baik', alasan: 'Kriteria skema.' },
    ];
    tandaiTemuan(ss, temuan);
    tandaiTemuan(ss, temuan);
    expect(l.nilai(1, 1, 2, 5)).toEqual(nilai);
    expect(l.ambil(2, 4)).toMatchObject({ latar: '#FFC7CE', catatan: 'cek lagi\nLapkin: seharusnya 97,94. NPS dihitung ulang.' });
    expect(l.ambil(2, 2)).toMatchObject({ latar: '#FFC7CE', catatan: 'Lapkin: seharusnya Baik. Kriteria skema.' });
    expect(l.ambil(2, 3)?.latar).toBeUndefined();
  });

  it('takes off the marks of an earlier audit, putting back the fill each cell had', () => {
    const l = lembar('Indikator');
    l.ubah(2, 3, (s) => (s.latar = '#FFFF00'));
    const t = (sel: string, kolom: string) => ({
      lembar: 'Indikator',
      sel,
      baris: 2,
      kolom,
      tercetak: 1,
      seharusnya: 2,
      alasan: 'Dihitung ulang.',
    });
    tandaiTemuan(ss, [t('C2', 'C'), t('D2', 'D')], 'Indikator');
    expect([l.ambil(2, 3)?.latar, l.ambil(2, 4)?.latar]).toEqual(['#FFC7CE', '#FFC7CE']);
    tandaiTemuan(ss, [t('D2', 'D')], 'Indikator');
    expect([l.ambil(2, 3)?.latar, l.ambil(2, 3)?.catatan]).toEqual(['#FFFF00', undefined]);
    expect(l.ambil(2, 4)).toMatchObject({ latar: '#FFC7CE', catatan: 'Lapkin: seharusnya 2,00. Dihitung ulang.' });
    tandaiTemuan(ss, [], 'Indikator');
    expect([l.ambil(2, 3)?.latar, l.ambil(2, 4)?.latar, l.ambil(2, 4)?.catatan]).toEqual(['#FFFF00', undefined, undefined]);
    expect(l.metadata).toEqual([]);
  });

  it('names a missing sheet', () => {
    expect(() => tandaiTemuan(ss, [{ lembar: 'Hilang', sel: 'A1', baris: 1, kolom: 'A', tercetak: 1, seharusnya: 2, alasan: '' }])).toThrow(
      'Lembar "Hilang" tidak ditemukan.',
    );
  });
});

describe('reading', () => {
  it('reads the used range in one getValues, a date as the text shown', () => {
    const r = bacaLembar(ss, 'Indikator');
    expect(r).toEqual({
      lembar: 'Indikator',
      nilai: [
        ['Sasaran', 'Indikator', 'Target', 'Realisasi', 'Tanggal'],
        ['S1', 'Indeks <b>', 85.2, '85,20', '31/12/2024'],
      ],
      barisAwal: 1,
      kolomAwal: 1,
    });
    expect(layanan.hitung.per.get('Range.getValues')).toBe(1);
  });

  it('reads a named range with its position, and names a bad address', () => {
    expect(bacaRentang(ss, 'Indikator!C1:D2')).toEqual({
      lembar: 'Indikator',
      nilai: [
        ['Target', 'Realisasi'],
        [85.2, '85,20'],
      ],
      barisAwal: 1,
      kolomAwal: 3,
    });
    expect(() => bacaRentang(ss, 'Skema!A1:C5')).toThrow('Alamat rentang "Skema!A1:C5" tidak dikenal: tulis seperti Skema!A1:C5.');
    expect(() => bacaLembar(ss, 'Tidak ada')).toThrow('Lembar "Tidak ada" tidak ditemukan.');
  });

  it('selects a cell on its sheet', () => {
    pilihSel(ss, 'Pencapaian IKU', 'B2');
    expect(layanan.aktifSel()).toEqual({ lembar: 'Pencapaian IKU', a1: 'B2' });
    expect(buku.aktif).toBe(1);
  });
});
