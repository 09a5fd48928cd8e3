// Tables whose cells go into the file as XML (what `lapkin isi` does) read back exactly like the
// same tables written cell by cell through exceljs: values, looks, merges, heights, widths, notes,
// dropdowns, data bars, frozen rows, print setup.
import ExcelJS from 'exceljs';
import path from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { simpanBuku } from '../../cli/buku';
import type { SelXml } from '../../cli/sel-xml';
import { tulisTabel } from '../../cli/tulis-xlsx';
import { bacaLembar } from '../core/baca';
import { opsiBawaan, skorModel } from '../../core/skor';
import { bangunTabel } from '../../core/tabel/index';
import type { TabelSpec } from '../../core/tabel/spec';
import { bukaBuku } from '../../xlsx/index';
import { buatBukuContoh } from '../../scripts/buat-contoh.mjs';
import { folderSementara } from './jalankan';

let folder: string;
beforeAll(() => {
  folder = folderSementara();
});

/** Writes the tables one way, saves with simpanBuku, reads the file back. */
async function tulisBaca(tabel: readonly TabelSpec[], selXml: boolean, nama: string): Promise<ExcelJS.Workbook> {
  const wb = new ExcelJS.Workbook();
  wb.addWorksheet('Masukan').getCell('B2').value = 'sheet sebelum tabel';
  const daftar: SelXml[] = [];
  for (const spec of tabel) {
    const hasil = tulisTabel(wb, spec, { selXml });
    expect(hasil.selXml !== undefined).toBe(selXml);
    if (hasil.selXml) daftar.push(hasil.selXml);
  }
  const berkas = path.join(folder, nama);
  await simpanBuku(wb, berkas, daftar);
  const dibaca = new ExcelJS.Workbook();
  await dibaca.xlsx.readFile(berkas);
  return dibaca;
}

/** What a sheet holds, as exceljs reads it: cells with their looks and notes, rows, merges, the rest. */
function isiLembar(ws: ExcelJS.Worksheet) {
  type Model = ExcelJS.WorksheetModel & {
    rows: { number: number; height?: number; cells: unknown[] }[];
    dimensions: unknown;
    conditionalFormattings: { ref: string; rules: { x14Id?: string }[] }[];
  };
  const { rows, merges, dimensions, conditionalFormattings, ...lain } = ws.model as Model;
  return {
    ...lain,
    dimensions: String(dimensions),
    merges: [...merges].sort(),
    rows: rows.map((r) => ({ number: r.number, height: r.height, cells: r.cells })),
    // a data bar's id is a fresh GUID on every save
    conditionalFormattings: conditionalFormattings.map((cf) => ({ ...cf, rules: cf.rules.map(({ x14Id: _, ...aturan }) => aturan) })),
  };
}

async function bandingkan(tabel: readonly TabelSpec[], nama: string): Promise<void> {
  const lewatExceljs = await tulisBaca(tabel, false, `${nama}-exceljs.xlsx`);
  const lewatXml = await tulisBaca(tabel, true, `${nama}-xml.xlsx`);
  expect(lewatXml.worksheets.map((w) => w.name)).toEqual(lewatExceljs.worksheets.map((w) => w.name));
  for (const ws of lewatExceljs.worksheets) expect(isiLembar(lewatXml.getWorksheet(ws.name)!)).toEqual(isiLembar(ws));
}

async function tabelContoh(jumlahIndikator?: number, periode: 'tahunan' | 'TW3' = 'tahunan'): Promise<TabelSpec[]> {
  const wb = buatBukuContoh(jumlahIndikator === undefined ? {} : { jumlahIndikator });
  const data = new Uint8Array(await wb.xlsx.writeBuffer());
  const { nilai, barisAwal, kolomAwal } = (await bukaBuku(data, 'contoh.xlsx')).bacaLembar('Pengukuran Kinerja');
  const { model } = bacaLembar(nilai, { barisAwal, kolomAwal });
  return bangunTabel(skorModel(model!, { ...opsiBawaan(model!), periode })).tabel;
}

describe('cells written as XML', () => {
  it('read back like cells written through exceljs: every table of the example workbook', async () => {
    await bandingkan(await tabelContoh(), 'contoh');
  });

  it('the same for a quarter and for a workbook of 120 indicators', async () => {
    await bandingkan(await tabelContoh(undefined, 'TW3'), 'tw3');
    await bandingkan(await tabelContoh(120), 'besar');
  });

  it('the same for texts XML must escape, spaces at the ends, formulas, notes, dropdowns, merges past a short row', async () => {
    const spec: TabelSpec = {
      id: 'uji',
      namaLembar: 'Uji',
      judul: 'A & B <C> "D" $& $1',
      sel: [
        [{ nilai: 'A & B <C> "D" $& $1', tebal: true, rata: 'tengah' }, { nilai: null }, { nilai: null }],
        [
          { nilai: '  spasi di depan', garis: true, catatan: 'catatan & <tanda>' },
          { nilai: 'baris\nkedua', bungkus: true, garis: true },
          { nilai: 'positif', daftar: ['positif', 'negatif'], garis: true },
        ],
        [{ nilai: 12.5, format: '0.00', garis: true }, { nilai: 'teks', garis: true }, { nilai: null }],
        [
          { nilai: 'kendali\u0001 dibuang', isi: '1F4E78', warnaHuruf: 'FFFFFF' },
          { nilai: -0.005, format: '#,##0' },
        ],
        [{ nilai: 'gabung melewati baris pendek', miring: true }],
      ],
      gabung: [
        { baris: 0, kolom: 0, barisAkhir: 0, kolomAkhir: 2 },
        { baris: 4, kolom: 0, barisAkhir: 4, kolomAkhir: 2 },
      ],
      lebarKolom: [10, 12, 14],
      barisBeku: 2,
      grafik: { jenis: 'batang', judul: 'Uji', kolomLabel: 0, kolomNilai: 1, barisAwal: 3, barisAkhir: 3 },
    };
    await bandingkan([spec], 'khusus');
    const ws = (await tulisBaca([spec], true, 'khusus-2.xlsx')).getWorksheet('Uji')!;
    expect(ws.getCell('A1').value).toBe('A & B <C> "D" $& $1');
    expect(ws.getCell('A2').value).toBe('  spasi di depan');
    expect(ws.getCell('B2').value).toBe('baris\nkedua');
    expect(ws.getCell('A4').value).toBe('kendali dibuang');
    expect(ws.getCell('B3').value).toBe('teks');
  });
});
