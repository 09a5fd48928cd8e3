// The exceljs edge of the command (a TabelSpec written as a worksheet, for the template) and the
// small pure helpers beside it.
import ExcelJS from 'exceljs';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { uraiArgumen } from '../../cli/argumen';
import { GalatCli } from '../../cli/galat-cli';
import { tulisTabel } from '../../cli/tulis-xlsx';
import { namaLembarBebas } from '../../core/nama-lembar';
import { jumlahBarisTeks, lebarTeks } from '../../cli/ukuran-teks';
import type { TabelSpec } from '../../core/tabel/spec';

/** Saves and reopens, so the tests see what a file holds, not exceljs's memory. */
async function bolakBalik(wb: ExcelJS.Workbook): Promise<ExcelJS.Workbook> {
  const hasil = new ExcelJS.Workbook();
  await hasil.xlsx.load(await wb.xlsx.writeBuffer());
  return hasil;
}

const spec: TabelSpec = {
  id: 'uji',
  namaLembar: 'Pencapaian IKU',
  judul: 'Pencapaian IKU',
  sel: [
    [{ nilai: 'Pencapaian IKU', tebal: true, rata: 'tengah' }, { nilai: null }, { nilai: null }],
    [
      { nilai: 'Indikator', tebal: true, isi: 'D9E1F2', garis: true },
      { nilai: 'Capaian (%)', tebal: true, isi: 'D9E1F2', garis: true, catatan: 'realisasi / target x 100' },
      { nilai: 'Polaritas', garis: true },
    ],
    [
      { nilai: 'Persentase obat yang memenuhi syarat di seluruh sarana yang diperiksa', bungkus: true, garis: true },
      { nilai: 102.4239, format: '0.00', rata: 'kanan', garis: true },
      { nilai: 'positif', daftar: ['positif', 'negatif'], garis: true },
    ],
    [
      { nilai: 'Indikator kedua', garis: true },
      { nilai: 98.25, format: '0.00', isi: 'FFFF00', warnaHuruf: 'C00000', miring: true, garis: true },
      { nilai: null, garis: true },
    ],
  ],
  gabung: [{ baris: 0, kolom: 0, barisAkhir: 0, kolomAkhir: 2 }],
  lebarKolom: [20, 12, 10],
  barisBeku: 2,
  grafik: { jenis: 'batang', judul: 'Capaian', kolomLabel: 0, kolomNilai: 1, barisAwal: 2, barisAkhir: 3, garisAcuan: 100 },
};

describe('tulisTabel', () => {
  it('writes values, formulas, formats, fills, fonts, borders, merges, widths, frozen rows, notes, dropdowns, print setup', async () => {
    const wb = new ExcelJS.Workbook();
    wb.addWorksheet('pencapaian iku');
    tulisTabel(wb, spec);
    const ws = (await bolakBalik(wb)).getWorksheet('Pencapaian IKU (2)')!;
    expect(ws.model.merges).toEqual(['A1:C1']);
    expect(ws.getCell('B3').value).toBe(102.4239);
    expect(ws.getCell('B3').numFmt).toBe('0.00');
    expect(ws.getCell('B3').alignment).toMatchObject({ horizontal: 'right' });
    expect(ws.getCell('A2').fill).toMatchObject({ type: 'pattern', pattern: 'solid', fgColor: { argb: 'FFD9E1F2' } });
    expect(ws.getCell('A2').font).toMatchObject({ bold: true });
    expect(ws.getCell('B4').font).toMatchObject({ italic: true, color: { argb: 'FFC00000' } });
    expect(ws.getCell('A3').border.bottom).toMatchObject({ style: 'thin' });
    expect(ws.getCell('A3').alignment).toMatchObject({ wrapText: true });
    // the long text in a 20-wide column needs more than one line: the row is made taller
    expect(ws.getRow(3).height).toBeGreaterThan(15);
    expect(ws.getCell('C3').dataValidation).toMatchObject({ type: 'list', formulae: ['"positif,negatif"'] });
    expect(ws.getCell('B2').note).toBe('realisasi / target x 100');
    expect(ws.getColumn(1).width).toBe(20);
    expect(ws.views[0]).toMatchObject({ state: 'frozen', ySplit: 2 });
    expect(ws.pageSetup).toMatchObject({ orientation: 'landscape', fitToPage: true, fitToWidth: 1, fitToHeight: 0, printTitlesRow: '1:2' });
    // the template writer draws no chart (lapkin isi writes them through xlsx/)
    expect((ws as unknown as { conditionalFormattings: unknown[] }).conditionalFormattings).toEqual([]);
  });

  it('wraps a text too long for its cell even when the spec did not ask', async () => {
    const wb = new ExcelJS.Workbook();
    tulisTabel(wb, {
      ...spec,
      grafik: undefined,
      sel: [spec.sel[0]!, spec.sel[1]!, spec.sel[2]!, [{ nilai: 'Teks panjang tanpa bungkus di sel sempit', garis: true }]],
    });
    const ws = (await bolakBalik(wb)).worksheets[0];
    expect(ws!.getCell('A4').alignment).toMatchObject({ wrapText: true });
    expect(ws!.getCell('A2').alignment?.wrapText).toBeUndefined();
  });
});

describe('tulisTabel dropdowns', () => {
  it('a strict list refuses other values with a message, a suggestion list takes them without one', async () => {
    const wb = new ExcelJS.Workbook();
    tulisTabel(wb, {
      id: 'templat',
      namaLembar: 'Templat',
      judul: 'Templat',
      gabung: [],
      lebarKolom: [12, 20],
      barisBeku: 1,
      sel: [
        [{ nilai: 'Polaritas' }, { nilai: 'Perspektif' }],
        [
          { nilai: 'positif', daftar: ['positif', 'negatif'], daftarKetat: true },
          { nilai: null, daftar: ['Customer', 'Internal'] },
        ],
      ],
    });
    const ws = (await bolakBalik(wb)).getWorksheet('Templat')!;
    expect(ws.getCell('A2').dataValidation).toEqual({
      type: 'list',
      allowBlank: true,
      formulae: ['"positif,negatif"'],
      showErrorMessage: true,
      errorTitle: 'Lapkin',
      error: 'Pilih salah satu: positif, negatif',
    });
    expect(ws.getCell('B2').dataValidation).toEqual({ type: 'list', allowBlank: true, formulae: ['"Customer,Internal"'] });
  });
});

describe('namaLembarBaru', () => {
  it('gives a name of at most 31 characters that no sheet has, ignoring case', () => {
    fc.assert(
      fc.property(
        fc.array(fc.string({ minLength: 1, maxLength: 40 }), { maxLength: 6 }),
        fc.string({ minLength: 1, maxLength: 40 }),
        (ada, nama) => {
          const wb = new ExcelJS.Workbook();
          const dipakai = new Set<string>();
          for (const n of ada) {
            const bersih = n.replace(/[[\]:*?/\\']/g, 'x').slice(0, 31);
            if (bersih.trim() === '' || dipakai.has(bersih.toLowerCase())) continue;
            dipakai.add(bersih.toLowerCase());
            wb.addWorksheet(bersih);
          }
          const baru = namaLembarBebas(
            nama,
            wb.worksheets.map((w) => w.name),
          );
          expect(baru.length).toBeLessThanOrEqual(31);
          expect(dipakai.has(baru.toLowerCase())).toBe(false);
        },
      ),
    );
  });
});

describe('jumlahBarisTeks', () => {
  it('is at least 1, never more in a wider column, and one line when the text fits', () => {
    fc.assert(
      fc.property(fc.string({ maxLength: 200 }), fc.integer({ min: 3, max: 80 }), fc.integer({ min: 0, max: 40 }), (teks, w, tambah) => {
        const n = jumlahBarisTeks(teks, w);
        expect(n).toBeGreaterThanOrEqual(1);
        expect(jumlahBarisTeks(teks, w + tambah)).toBeLessThanOrEqual(n);
        if (!teks.includes('\n') && lebarTeks(teks) <= w - 1) expect(n).toBe(1);
      }),
    );
  });
});

describe('uraiArgumen', () => {
  const opsi = { keluar: true, json: false };
  it('takes files, --opsi nilai, --opsi=nilai and flags', () => {
    expect(uraiArgumen('isi', ['a.xlsx', '--keluar', 'b.xlsx', '--json'], opsi)).toEqual({
      berkas: ['a.xlsx'],
      nilai: { keluar: 'b.xlsx' },
      bendera: new Set(['json']),
    });
    expect(uraiArgumen('isi', ['--keluar=c d.xlsx', 'a.xlsx'], opsi).nilai).toEqual({ keluar: 'c d.xlsx' });
  });
  it('refuses unknown options, a missing value, a value on a flag', () => {
    expect(() => uraiArgumen('isi', ['-x'], opsi)).toThrow(new GalatCli('Opsi tidak dikenal: -x. Lihat "lapkin isi --help".'));
    expect(() => uraiArgumen('isi', ['--keluar', '--json'], opsi)).toThrow(new GalatCli('Opsi --keluar memerlukan nilai.'));
    expect(() => uraiArgumen('isi', ['--json=1'], opsi)).toThrow(new GalatCli('Opsi --json tidak memakai nilai.'));
  });
});
