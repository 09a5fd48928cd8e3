// An interim period on the example workbook: an indicator whose quarter has no realisasi yet
// (measured only at year end) shows none, never the annual figure.
import ExcelJS from 'exceljs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { folderSementara, lapkin } from './jalankan';

const CONTOH = path.resolve('examples/contoh-lapkin.xlsx');
const AKHIR_TAHUN = ['Indeks kesadaran masyarakat terhadap obat dan makanan aman', 'Indeks Profesionalitas ASN'];

describe('lapkin --periode TW3 on examples/contoh-lapkin.xlsx', () => {
  it('hitung: no realisasi TW III means no realisasi and no capaian, not the annual figure', async () => {
    const r = await lapkin('hitung', CONTOH, '--periode', 'TW3', '--json');
    expect(r.kode).toBe(0);
    type Baris = { indikator: string; realisasi: unknown; capaian: unknown; kriteria: unknown; keterangan: string };
    const indikator: Baris[] = JSON.parse(r.keluar).indikator;
    const akhir = indikator.filter((i) => AKHIR_TAHUN.includes(i.indikator));
    expect(akhir.map((i) => [i.indikator, i.realisasi, i.capaian, i.kriteria])).toEqual(AKHIR_TAHUN.map((n) => [n, null, null, null]));
    // the reason: one short sentence naming what is missing
    expect(akhir.map((i) => i.keterangan)).toEqual(AKHIR_TAHUN.map(() => 'Target September dan realisasi TW III belum ada ("-")'));
    expect(indikator.find((i) => i.indikator.startsWith('Persentase parameter uji'))?.keterangan).toBe('Realisasi TW III belum ada ("-")');
    // a quarter with its figure keeps it
    expect(indikator.find((i) => i.indikator === 'Persentase obat yang memenuhi syarat')?.realisasi).toBe(94.23);
  });

  it('isi: the Capaian Triwulan row leaves Realisasi TW III and both capaian blank', async () => {
    const keluar = path.join(folderSementara(), 'tw3.xlsx');
    expect((await lapkin('isi', CONTOH, '--keluar', keluar, '--periode', 'TW3', '--tabel', 'capaian-triwulan')).kode).toBe(0);
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.readFile(keluar);
    const ws = wb.getWorksheet('Capaian Triwulan')!;
    const kepala = (ws.getRow(2).values as unknown[]).map(String);
    const kolom = (judul: string) => kepala.indexOf(judul);
    const baris = ws.getRows(3, ws.rowCount - 2)!.find((b) => b.getCell(kolom('Indikator Kinerja')).value === AKHIR_TAHUN[0])!;
    expect(
      ['Target TW III', 'Realisasi TW III', 'Capaian TW III (%)', 'Target Tahunan', 'Capaian thd Target Tahunan (%)'].map(
        (j) => baris.getCell(kolom(j)).value,
      ),
    ).toEqual([null, null, null, 73, null]);
  });
});
