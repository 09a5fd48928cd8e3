// Every way a command can fail: one Indonesian line on stderr naming the file or cell, exit 1,
// nothing on stdout, no stack trace, the input untouched and no output left behind.
import ExcelJS from 'exceljs';
import { existsSync, mkdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { BANTUAN, BANTUAN_UMUM } from '../../cli/pesan';
import { folderSementara, lapkin, sha256 } from './jalankan';

let folder: string;
const f = (nama: string) => path.join(folder, nama);

async function buku(nama: string, baris: unknown[][]): Promise<string> {
  const wb = new ExcelJS.Workbook();
  const ws = wb.addWorksheet('Data');
  baris.forEach((b, i) => (ws.getRow(i + 1).values = b as ExcelJS.CellValue[]));
  await wb.xlsx.writeFile(f(nama));
  return f(nama);
}

beforeAll(async () => {
  folder = folderSementara();
  await buku('baik.xlsx', [
    ['Sasaran', 'Indikator', 'Target', 'Realisasi'],
    ['S1', 'I1', 80, '85,20'],
  ]);
  await buku('tanpa-judul.xlsx', [['Catatan rapat'], ['tidak ada tabel']]);
  await buku('tanpa-realisasi.xlsx', [
    ['Sasaran', 'Indikator', 'Target'],
    ['S1', 'I1', 80],
  ]);
  await buku('sel-rusak.xlsx', [
    ['Sasaran', 'Indikator', 'Target', 'Realisasi'],
    ['S1', 'I1', 80, 'delapan puluh'],
    ['S1', 'I2', 'abc', 70],
  ]);
  writeFileSync(f('teks.xlsx'), 'ini bukan buku kerja');
  writeFileSync(f('data.csv'), 'Indikator;Target;Realisasi\nI1;80;85\n');
  mkdirSync(f('folder.xlsx'));
});

/** Runs a failing command: exactly `pesan` on stderr, exit 1, no stdout, inputs unchanged. */
async function gagal(args: string[], pesan: string, kode = 1): Promise<void> {
  const masukan = args.filter((a) => a.startsWith(folder) && existsSync(a) && a.endsWith('.xlsx') && !a.endsWith('folder.xlsx'));
  const sebelum = masukan.map(sha256);
  const r = await lapkin(...args);
  expect(r.galat).toBe(`lapkin: ${pesan}\n`);
  expect(r.kode).toBe(kode);
  expect(r.keluar).toBe('');
  expect(masukan.map(sha256)).toEqual(sebelum);
}

describe('lapkin errors', () => {
  it('a missing file, a folder, a file that is not .xlsx', async () => {
    await gagal(['hitung', f('tidak-ada.xlsx')], `Berkas tidak ditemukan: ${f('tidak-ada.xlsx')}`);
    await gagal(['isi', f('folder.xlsx')], `${f('folder.xlsx')} adalah folder, bukan berkas .xlsx.`);
    for (const b of [f('teks.xlsx'), f('data.csv')]) {
      await gagal(['hitung', b], `${b} bukan berkas .xlsx yang dapat dibaca (simpan dari Excel sebagai "Buku Kerja Excel (*.xlsx)").`);
    }
    await gagal(
      ['periksa', f('teks.xlsx')],
      `${f('teks.xlsx')} bukan berkas .xlsx yang dapat dibaca (simpan dari Excel sebagai "Buku Kerja Excel (*.xlsx)").`,
    );
  });

  it('no indicator header, a required column missing, an unreadable cell', async () => {
    await gagal(
      ['hitung', f('tanpa-judul.xlsx')],
      `Baris judul kolom indikator (Indikator Kinerja, Target, Realisasi) tidak ditemukan di lembar mana pun di ${f('tanpa-judul.xlsx')}.`,
    );
    await gagal(
      ['isi', f('tanpa-judul.xlsx'), '--lembar', 'Data'],
      `${f('tanpa-judul.xlsx')}, lembar "Data": Baris judul tabel indikator tidak ditemukan: perlu kolom "Indikator Kinerja" dan kolom "Target", "Realisasi" atau bulan`,
    );
    await gagal(
      ['hitung', f('tanpa-realisasi.xlsx'), '--json'],
      `${f('tanpa-realisasi.xlsx')}, lembar "Data": kolom Realisasi tidak ditemukan di baris judul kolom (baris 1).`,
    );
    await gagal(
      ['isi', f('sel-rusak.xlsx'), '--ketat'],
      `${f('sel-rusak.xlsx')}, lembar "Data", sel D2: Realisasi: Teks "delapan puluh" tidak dapat dibaca sebagai angka (dan 1 masalah lain)`,
    );
    expect(existsSync(f('sel-rusak-lapkin.xlsx'))).toBe(false);
    await gagal(['hitung', f('baik.xlsx'), '--lembar', 'Capaian'], `Lembar "Capaian" tidak ada di ${f('baik.xlsx')}. Lembar yang ada: Data.`);
    await gagal(['periksa', f('baik.xlsx'), '--lembar', 'Capaian'], `Lembar "Capaian" tidak ada di ${f('baik.xlsx')}. Lembar yang ada: Data.`);
  });

  it('without --ketat an unreadable cell leaves its rows out: the others are scored, every problem listed, exit 2', async () => {
    const r = await lapkin('hitung', f('sel-rusak.xlsx'), '--json');
    expect(r.kode).toBe(2);
    expect(r.galat).toBe(
      `${f('sel-rusak.xlsx')}, lembar "Data", sel D2: Realisasi: Teks "delapan puluh" tidak dapat dibaca sebagai angka\n` +
        `${f('sel-rusak.xlsx')}, lembar "Data", sel C3: Target: Teks "abc" tidak dapat dibaca sebagai angka\n`,
    );
    const json = JSON.parse(r.keluar);
    expect(json.indikator.map((i: { capaian: number | null }) => i.capaian)).toEqual([null, null]);
    expect(json.masalah).toHaveLength(2);
  });

  it('unknown scheme, table, period, level, option or command', async () => {
    await gagal(
      ['hitung', f('baik.xlsx'), '--skema', 'BPOM-2020'],
      'Skema "BPOM-2020" tidak dikenal. Pilihan: BPOM-2019, KEPKA-128-2022, IKM, IPP, AKIP, Efisiensi, atau rentang pita sendiri',
    );
    await gagal(
      ['isi', f('baik.xlsx'), '--tabel', 'pencapaian-iku,grafik'],
      'Tabel "grafik" tidak dikenal. Pilihan: perjanjian-kinerja, pencapaian-iku, pencapaian-sasaran, capaian-triwulan, rencana-aksi, perbandingan-tahun, realisasi-anggaran, efisiensi, rekap-kriteria, legenda-kriteria',
    );
    await gagal(['isi', f('baik.xlsx'), '--periode', 'TW5'], 'Periode tidak dikenal: TW5. Pilihan: tahunan, TW1, TW2, TW3, TW4.');
    await gagal(['hitung', f('baik.xlsx'), '--tingkat', 'unit'], 'Tingkat tidak dikenal: unit. Pilihan: perspektif, sasaran, indikator.');
    await gagal(['hitung', f('baik.xlsx'), '--warna'], 'Opsi tidak dikenal: --warna. Lihat "lapkin hitung --help".');
    await gagal(['periksa', f('baik.xlsx'), '--timpa'], 'Opsi tidak dikenal: --timpa. Lihat "lapkin periksa --help".');
    await gagal(['hitung', f('baik.xlsx'), '--skema'], 'Opsi --skema memerlukan nilai.');
    await gagal(['hitung', f('baik.xlsx'), '--json=ya'], 'Opsi --json tidak memakai nilai.');
    await gagal(['hitung'], 'Sebutkan satu berkas .xlsx, mis. "lapkin hitung laporan.xlsx".');
    await gagal(
      ['isi', f('baik.xlsx'), f('tanpa-judul.xlsx')],
      `"lapkin isi" menerima satu berkas, bukan 2: ${f('baik.xlsx')}, ${f('tanpa-judul.xlsx')}.`,
    );
    await gagal(['cetak', f('baik.xlsx')], 'Perintah tidak dikenal: cetak. Pilihan: isi, hitung, periksa, templat (lihat "lapkin --help").');
  });

  it('never replaces a file without --timpa, never writes over the input', async () => {
    const keluar = f('sudah-ada.xlsx');
    writeFileSync(keluar, 'berkas lama');
    const lama = sha256(keluar);
    await gagal(['isi', f('baik.xlsx'), '--keluar', keluar], `${keluar} sudah ada. Tambahkan --timpa untuk menggantinya.`);
    await gagal(['templat', keluar], `${keluar} sudah ada. Tambahkan --timpa untuk menggantinya.`);
    expect(sha256(keluar)).toBe(lama);
    await gagal(
      ['isi', f('baik.xlsx'), '--keluar', f('baik.xlsx'), '--timpa'],
      `Berkas keluaran sama dengan masukan (${f('baik.xlsx')}); masukan tidak pernah diubah. Pilih nama lain dengan --keluar.`,
    );
    await gagal(['isi', f('baik.xlsx'), '--keluar', f('hasil.ods')], `Nama berkas keluaran harus berakhiran .xlsx: ${f('hasil.ods')}`);
    await gagal(['isi', f('baik.xlsx'), '--keluar', f('tidak/ada/hasil.xlsx')], `Folder tujuan tidak ada: ${f('tidak/ada')}`);
    const r = await lapkin('isi', f('baik.xlsx'), '--keluar', keluar, '--timpa');
    expect(r.kode).toBe(0);
    expect(sha256(keluar)).not.toBe(lama);
  });
});

describe('lapkin --help', () => {
  it('prints the Indonesian help, globally and per command', async () => {
    expect(await lapkin('--help')).toEqual({ kode: 0, keluar: BANTUAN_UMUM, galat: '' });
    expect(await lapkin()).toEqual({ kode: 1, keluar: '', galat: BANTUAN_UMUM });
    for (const perintah of ['isi', 'hitung', 'periksa', 'templat']) {
      expect(await lapkin(perintah, '--help')).toEqual({ kode: 0, keluar: BANTUAN[perintah], galat: '' });
      expect((await lapkin(perintah, 'x.xlsx', '-h')).keluar).toBe(BANTUAN[perintah]);
    }
    expect(BANTUAN_UMUM).toContain('lapkin isi <masukan.xlsx>');
  });
});
