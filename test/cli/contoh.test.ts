// The example workbook, the demo command on it, the template round trip, periods, the progress
// line on large workbooks.
import ExcelJS from 'exceljs';
import path from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { bangunTemplat } from '../../core/tabel/templat';
import { buatBukuContoh } from '../../scripts/buat-contoh.mjs';
import { folderSementara, lapkin, sha256 } from './jalankan';

const CONTOH = path.resolve('examples/contoh-lapkin.xlsx');
let folder: string;
beforeAll(() => {
  folder = folderSementara();
});

async function baca(berkas: string): Promise<ExcelJS.Workbook> {
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.readFile(berkas);
  return wb;
}
const nilaiLembar = (ws: ExcelJS.Worksheet) => ws.getSheetValues().map((r) => (Array.isArray(r) ? [...r] : r));

describe('examples/contoh-lapkin.xlsx', () => {
  it('is what scripts/buat-contoh.mjs writes', async () => {
    const tersimpan = await baca(CONTOH);
    const dibuat = buatBukuContoh();
    expect(tersimpan.worksheets.map((w) => w.name)).toEqual(dibuat.worksheets.map((w) => w.name));
    for (const ws of dibuat.worksheets) expect(nilaiLembar(tersimpan.getWorksheet(ws.name)!)).toEqual(nilaiLembar(ws));
  });

  it('the demo fills it: a summary per kriteria, the unit NPS, the output path; the input untouched', async () => {
    const keluar = path.join(folder, 'contoh-lapkin-lapkin.xlsx');
    const sebelum = sha256(CONTOH);
    const r = await lapkin('isi', CONTOH, '--keluar', keluar);
    expect(r.kode).toBe(0);
    expect(sha256(CONTOH)).toBe(sebelum);
    const hitung = JSON.parse((await lapkin('hitung', CONTOH, '--json')).keluar);
    const per = (k: string | null) => hitung.indikator.filter((i: { kriteria: string | null }) => i.kriteria === k).length;
    const baris = r.keluar.trimEnd().split('\n');
    expect(baris[0]).toBe(`Lembar "Pengukuran Kinerja", skema KEPKA-128-2022: ${hitung.indikator.length} indikator`);
    expect(r.keluar).toMatch(new RegExp(`^Memenuhi Ekspektasi +${per('Memenuhi Ekspektasi')}$`, 'm'));
    expect(r.keluar).toMatch(new RegExp(`^Belum Memenuhi Ekspektasi +${per('Belum Memenuhi Ekspektasi')}$`, 'm'));
    expect(r.keluar).toMatch(new RegExp(`^tanpa angka +${per(null)}$`, 'm'));
    expect(baris.at(-2)).toMatch(/^NPS unit: \d+,\d\d \(Memenuhi Ekspektasi\)$/);
    expect(baris.at(-1)).toBe(`Ditulis: ${keluar}`);
    // the messy cells were read as planners meant them
    const ind = (nama: string) => hitung.indikator.find((i: { indikator: string }) => i.indikator.startsWith(nama));
    expect(ind('Persentase makanan').realisasi).toBe(85.2);
    expect(ind('Jumlah UMKM').target).toBe(1234);
    expect(ind('Persentase sarana produksi obat').target).toBe(70);
    expect(ind('Jumlah negara mitra').target).toBe(1);
    expect(ind('Opini atas laporan').capaian).toBe(100);
    expect(ind('Persentase parameter uji').capaian).toBeNull();
    expect(ind('Nilai Akuntabilitas').capaian).toBeNull();
    expect(ind('Nilai Akuntabilitas').keterangan).toContain('Akhir Tahun');

    const asli = await baca(CONTOH);
    const hasil = await baca(keluar);
    expect(hasil.worksheets.map((w) => w.name)).toEqual([
      'Petunjuk',
      'Pengukuran Kinerja',
      'Perjanjian Kinerja',
      'Pencapaian IKU',
      'Pencapaian Sasaran',
      'Rencana Aksi',
      'Perbandingan Antar Tahun',
      'Realisasi Anggaran',
      'Efisiensi',
      'Rekap Kriteria',
      'Legenda Kriteria',
      // the charts' 100 % line values, very hidden (test/cli/grafik.test.ts)
      'Lapkin Acuan Grafik',
    ]);
    for (const ws of asli.worksheets) {
      expect(nilaiLembar(hasil.getWorksheet(ws.name)!)).toEqual(nilaiLembar(ws));
      expect(hasil.getWorksheet(ws.name)!.model.merges).toEqual(ws.model.merges);
    }
    expect(r.galat).toContain('Tabel capaian-triwulan dilewati: ');
  });

  it('a quarter period adds the Capaian Triwulan table', async () => {
    const keluar = path.join(folder, 'tw2.xlsx');
    const r = await lapkin('isi', CONTOH, '--keluar', keluar, '--periode', 'tw2', '--tabel', 'capaian-triwulan,pencapaian-sasaran');
    expect(r.kode).toBe(0);
    expect(r.galat).toBe('');
    expect((await baca(keluar)).worksheets.map((w) => w.name).slice(2)).toEqual([
      'Pencapaian Sasaran',
      'Capaian Triwulan',
      'Lapkin Acuan Grafik',
    ]);
  });

  it('an output sheet named like an input sheet gets a fresh name', async () => {
    const masukan = path.join(folder, 'bentrok.xlsx');
    const wb = buatBukuContoh();
    wb.addWorksheet('Pencapaian IKU').getCell('A1').value = 'catatan saya';
    await wb.xlsx.writeFile(masukan);
    expect((await lapkin('isi', masukan, '--tabel', 'pencapaian-iku')).kode).toBe(0);
    const hasil = await baca(path.join(folder, 'bentrok-lapkin.xlsx'));
    expect(hasil.worksheets.map((w) => w.name)).toEqual([
      'Petunjuk',
      'Pengukuran Kinerja',
      'Pencapaian IKU',
      'Pencapaian IKU (2)',
      'Lapkin Acuan Grafik',
    ]);
    expect(hasil.getWorksheet('Pencapaian IKU')!.getCell('A1').value).toBe('catatan saya');
  });
});

describe('lapkin templat', () => {
  it('writes a template with dropdowns that hitung and isi read without a problem', async () => {
    const berkas = path.join(folder, 'templat.xlsx');
    const t = await lapkin('templat', berkas);
    expect(t).toEqual({
      kode: 0,
      keluar: `Templat ditulis: ${berkas}. Isi baris indikator, lalu jalankan "lapkin isi ${berkas}".\n`,
      galat: '',
    });
    const spec = bangunTemplat();
    const ws = (await baca(berkas)).getWorksheet(spec.namaLembar)!;
    let dropdown = 0;
    spec.sel.forEach((baris, r) =>
      baris.forEach((s, k) => {
        if (s.daftar === undefined) return;
        expect(ws.getCell(r + 1, k + 1).dataValidation).toMatchObject({ type: 'list', formulae: [`"${s.daftar.join(',')}"`] });
        dropdown++;
      }),
    );
    expect(dropdown).toBeGreaterThan(0);
    const h = await lapkin('hitung', berkas, '--json');
    expect(h.galat).toBe('');
    expect(h.kode).toBe(0);
    expect(JSON.parse(h.keluar).indikator.length).toBeGreaterThan(0);
    expect((await lapkin('isi', berkas)).kode).toBe(0);
  });
});

describe('large workbooks', () => {
  it('report progress on stderr and keep --json on stdout clean', async () => {
    const berkas = path.join(folder, 'besar.xlsx');
    await buatBukuContoh({ jumlahIndikator: 1000 }).xlsx.writeFile(berkas);
    const r = await lapkin('hitung', berkas, '--json');
    expect(r.kode).toBe(0);
    expect(r.galat).toMatch(/^Menghitung \d+ baris lembar "Pengukuran Kinerja" \.\.\.\n$/);
    expect(JSON.parse(r.keluar).indikator).toHaveLength(1000);
  });
});
