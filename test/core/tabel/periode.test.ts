// Tables that need more than the annual figures: quarterly capaian and the monthly plan (monthly
// target columns), the comparison across years (prior-year columns). Built from a sheet through
// the real reader and scoring.
import { describe, expect, it } from 'vitest';
import { bacaLembar } from '../baca';
import type { Periode, Sel } from '../../../core/model';
import { SKEMA_BAWAAN } from '../../../core/skema';
import { skorModel } from '../../../core/skor';
import { bangunTabel } from '../../../core/tabel';
import type { TabelSpec } from '../../../core/tabel/spec';
import { nilaiTabel } from './contoh';

const BULAN = ['Jan', 'Feb', 'Mar', 'Apr', 'Mei', 'Jun', 'Jul', 'Ags', 'Sep', 'Okt', 'Nov', 'Des'];
const SASARAN = 'Meningkatnya efektivitas pengujian';
const I1 = 'Persentase sampel yang diuji sesuai standar';
const I2 = 'Indeks kepuasan pelaku usaha';
const BULANAN_1 = [8, 16, 25, 33, 41, 50, 58, 66, 75, 83, 91, 100];

function lembar(realisasiBulanan = false): Sel[][] {
  const ekstra = realisasiBulanan ? ['Realisasi Mar', 'Realisasi Jun'] : [];
  return [
    [
      'Sasaran',
      'No',
      'Indikator Kinerja',
      'Satuan',
      'Target 2024',
      'Realisasi 2024',
      ...BULAN,
      'Target 2023',
      'Realisasi 2023',
      'Target Akhir Renstra',
      ...ekstra,
    ],
    [SASARAN, 1, I1, '%', 100, 45, ...BULANAN_1, 90, 99, 120, ...(realisasiBulanan ? [20, 45] : [])],
    [null, 2, I2, 'Indeks', 85, '-', ...Array(11).fill('-'), 85, 80, 84, 90, ...(realisasiBulanan ? ['-', '-'] : [])],
  ];
}

function tabel(id: string, periode: Periode, realisasiBulanan = false): TabelSpec {
  const { model, masalah } = bacaLembar(lembar(realisasiBulanan));
  expect(masalah).toEqual([]);
  if (!model) throw new Error('lembar tidak terbaca');
  const hasil = skorModel(model, { skema: SKEMA_BAWAAN['KEPKA-128-2022'], tingkat: 'sasaran', periode });
  const {
    tabel: [t],
    dilewati,
  } = bangunTabel(hasil, { tabel: [id] });
  expect(dilewati).toEqual([]);
  return t!;
}

describe('capaian-triwulan', () => {
  it("against the quarter's target (June's cumulative target) and the annual target", () => {
    const t = tabel('capaian-triwulan', 'TW2');
    expect(t.judul).toBe('Capaian Kinerja Triwulan II');
    expect(t.namaLembar).toBe('Capaian Triwulan');
    const nilai = nilaiTabel(t.sel);
    expect(nilai.slice(1, 3)).toEqual([
      [
        'No',
        'Sasaran',
        'No',
        'Indikator Kinerja',
        'Target TW II',
        'Realisasi TW II',
        'Capaian TW II (%)',
        'Target Tahunan',
        'Capaian thd Target Tahunan (%)',
        'Kriteria Capaian TW II',
        'Keterangan',
      ],
      [1, SASARAN, 1, I1, 50, 45, 90, 100, 45, 'Belum Memenuhi Ekspektasi', null],
    ]);
    // June has no target: no capaian, the reason in Keterangan
    expect(nilai[3]!.slice(0, 10)).toEqual([null, null, 2, I2, null, null, null, 85, null, null]);
    expect(nilai[3]![10]).toMatch(/Juni/);
    expect(t.sel[2]![9]).toMatchObject({ isi: 'FFFF00' });
    expect(t.gabung).toContainEqual({ baris: 2, kolom: 1, barisAkhir: 3, kolomAkhir: 1 });
  });

  it('is skipped for an annual period, and without monthly targets', () => {
    const { model } = bacaLembar(lembar());
    const hasil = skorModel(model!, { skema: SKEMA_BAWAAN['KEPKA-128-2022'], tingkat: 'sasaran', periode: 'tahunan' });
    expect(bangunTabel(hasil, { tabel: ['capaian-triwulan'] }).dilewati).toEqual([
      { id: 'capaian-triwulan', alasan: 'Periode tahunan: tabel capaian triwulan hanya untuk periode TW1..TW4' },
    ]);
    const tanpaBulan = bacaLembar(lembar().map((b) => [...b.slice(0, 6), ...b.slice(18)])).model!;
    const tw = skorModel(tanpaBulan, { ...hasil.opsi, periode: 'TW3' });
    expect(bangunTabel(tw, { tabel: ['capaian-triwulan', 'rencana-aksi'] }).dilewati).toEqual([
      { id: 'capaian-triwulan', alasan: 'Lembar tidak memiliki kolom target bulanan (Jan..Des)' },
      { id: 'rencana-aksi', alasan: 'Lembar tidak memiliki kolom target bulanan (Jan..Des)' },
    ]);
  });
});

describe('rencana-aksi', () => {
  it('annual target and the cumulative monthly targets, a month without target blank', () => {
    const t = tabel('rencana-aksi', 'tahunan');
    expect(nilaiTabel(t.sel).slice(1)).toEqual([
      ['No', 'Sasaran', 'No', 'Indikator Kinerja', 'Target Tahunan', ...BULAN],
      [1, SASARAN, 1, I1, 100, ...BULANAN_1],
      [null, null, 2, I2, 85, ...Array(11).fill(null), 85],
    ]);
  });

  it('with monthly realisasi: a Realisasi row under each Target row, the indicator merged over both', () => {
    const t = tabel('rencana-aksi', 'tahunan', true);
    expect(nilaiTabel(t.sel).slice(1, 4)).toEqual([
      ['No', 'Sasaran', 'No', 'Indikator Kinerja', 'Target Tahunan', 'Uraian', ...BULAN],
      [1, SASARAN, 1, I1, 100, 'Target', ...BULANAN_1],
      [null, null, null, null, null, 'Realisasi', null, null, 20, null, null, 45, ...Array(6).fill(null)],
    ]);
    for (const kolom of [2, 3, 4]) expect(t.gabung).toContainEqual({ baris: 2, kolom, barisAkhir: 3, kolomAkhir: kolom });
    expect(t.gabung).toContainEqual({ baris: 2, kolom: 0, barisAkhir: 5, kolomAkhir: 0 });
  });
});

describe('perbandingan-tahun', () => {
  it('this year against the Renstra target and each prior year, under a two-row header', () => {
    const t = tabel('perbandingan-tahun', 'tahunan');
    expect(t.barisBeku).toBe(3);
    expect(nilaiTabel(t.sel).slice(1)).toEqual([
      ['No', 'Sasaran', 'No', 'Indikator Kinerja', 'Target Akhir Renstra', 'Tahun Berjalan', null, null, null, '2023', null, null],
      [null, null, null, null, null, 'T', 'R', '%', '% thd Renstra', 'T', 'R', '%'],
      [1, SASARAN, 1, I1, 120, 100, 45, 45, (45 / 120) * 100, 90, 99, (99 / 90) * 100],
      [null, null, 2, I2, 90, 85, null, null, null, 80, 84, (84 / 80) * 100],
    ]);
    for (let k = 0; k < 5; k++) expect(t.gabung).toContainEqual({ baris: 1, kolom: k, barisAkhir: 2, kolomAkhir: k });
    expect(t.gabung).toContainEqual({ baris: 1, kolom: 5, barisAkhir: 1, kolomAkhir: 8 });
    expect(t.gabung).toContainEqual({ baris: 1, kolom: 9, barisAkhir: 1, kolomAkhir: 11 });
  });

  it("in an interim period: this year's realisasi so far (the quarter's month) against the annual and Renstra targets", () => {
    const t = tabel('perbandingan-tahun', 'TW1', true);
    expect(nilaiTabel(t.sel)[3]!.slice(4, 9)).toEqual([120, 100, 20, 20, (20 / 120) * 100]);
  });

  it('is skipped without prior-year columns', () => {
    const { model } = bacaLembar(lembar().map((b) => b.slice(0, 18)));
    const hasil = skorModel(model!, { skema: SKEMA_BAWAAN['KEPKA-128-2022'], tingkat: 'sasaran', periode: 'tahunan' });
    expect(bangunTabel(hasil, { tabel: ['perbandingan-tahun'] }).dilewati).toEqual([
      { id: 'perbandingan-tahun', alasan: 'Lembar tidak memiliki kolom tahun sebelumnya (mis. "Target 2023", "Realisasi 2023")' },
    ]);
  });
});
