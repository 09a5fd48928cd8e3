// The LAPKIN.* functions of Excel: the JSDoc below is what custom-functions-metadata turns into
// functions.json (ids are fixed: they are stored in users' workbooks). Each body only hands its
// arguments to core and turns a core error value into Excel's error with its Indonesian message.
// Parameters are `any[][]` so one call scores a whole column, and blank cells arrive as blanks.
import { type Galat, isGalat } from '../core/index';
import * as F from '../core/index';

type Hasil = number | string | Galat;

function keSel(h: Hasil): number | string | CustomFunctions.Error {
  if (!isGalat(h)) return h;
  const kode = h.kode === 'na' ? CustomFunctions.ErrorCode.notAvailable : CustomFunctions.ErrorCode.invalidValue;
  return new CustomFunctions.Error(kode, h.pesan);
}

/** Excel shows a returned array as it is and a 1×1 array as a single cell. */
function keExcel(h: Hasil | Hasil[][]): any[][] {
  return Array.isArray(h) ? h.map((baris) => baris.map(keSel)) : [[keSel(h)]];
}

/**
 * Capaian kinerja dalam persen: realisasi / target × 100 (polaritas positif), presisi penuh.
 * @customfunction CAPAIAN CAPAIAN
 * @param realisasi Realisasi: satu sel atau satu kolom (boleh teks seperti "85,20" atau "70 %").
 * @param target Target: sel atau kolom seukuran realisasi. Target 0 atau tanpa angka tidak dapat dihitung.
 * @param [polaritas] "positif" (bawaan), "negatif" ((2×target − realisasi)/target) atau "negatif-rasio" (target/realisasi).
 * @param [batas_atas] Batas atas capaian, misalnya 120. Kosong: tanpa batas.
 * @returns Capaian (%) seukuran masukan; kosong bila belum ada angka.
 */
function CAPAIAN(realisasi: any[][], target: any[][], polaritas?: any[][], batas_atas?: any): any[][] {
  return keExcel(F.CAPAIAN(realisasi, target, polaritas, batas_atas));
}

/**
 * Nilai Pencapaian Sasaran: rata-rata capaian tertimbang (Σ bobot × capaian / Σ bobot); indikator tanpa angka tidak dihitung.
 * @customfunction NPS NPS
 * @param capaian Capaian indikator (%) dalam satu rentang.
 * @param [bobot] Bobot tiap indikator, seukuran capaian. Kosong: semua bobot 1.
 * @returns Satu angka NPS.
 */
function NPS(capaian: any[][], bobot?: any[][]): any {
  return keSel(F.NPS(capaian, bobot));
}

/**
 * Kriteria capaian menurut skema, dari nilai yang tampil (2 desimal).
 * @customfunction KRITERIA KRITERIA
 * @param nilai Capaian atau nilai: satu sel atau satu kolom.
 * @param [skema] Kode skema bawaan ("KEPKA-128-2022", "BPOM-2019", "IKM", "IPP", "AKIP", "Efisiensi") atau rentang pita sendiri (batas bawah, label, warna).
 * @param [keluaran] "label" (bawaan), "warna", "efektivitas" atau "kode".
 * @returns Kriteria seukuran nilai.
 */
function KRITERIA(nilai: any[][], skema?: any[][], keluaran?: any): any[][] {
  return keExcel(F.KRITERIA(nilai, skema, keluaran));
}

/**
 * Efisiensi: IE = capaian output / capaian input (serapan anggaran); efisien bila IE ≥ 1.
 * @customfunction EFISIENSI EFISIENSI
 * @param capaian_output Capaian output (%) sasaran atau indikator.
 * @param capaian_input Capaian input (%): realisasi anggaran terhadap pagu.
 * @param [keluaran] "IE" (bawaan), "TE", "SE" atau "kategori".
 * @returns Nilai efisiensi seukuran masukan.
 */
function EFISIENSI(capaian_output: any[][], capaian_input: any[][], keluaran?: any): any[][] {
  return keExcel(F.EFISIENSI(capaian_output, capaian_input, keluaran));
}

/**
 * Serapan anggaran dalam persen: realisasi anggaran / pagu × 100.
 * @customfunction SERAPAN SERAPAN
 * @param realisasi_anggaran Realisasi anggaran (Rp).
 * @param pagu Pagu anggaran (Rp), seukuran realisasi.
 * @returns Serapan (%) seukuran masukan.
 */
function SERAPAN(realisasi_anggaran: any[][], pagu: any[][]): any[][] {
  return keExcel(F.SERAPAN(realisasi_anggaran, pagu));
}

/**
 * Target triwulan dari target bulanan kumulatif: target bulan terakhir triwulan itu (Mar, Jun, Sep, Des).
 * @customfunction TARGET_TW TARGET_TW
 * @param target_bulanan Target Jan..Des (12 sel sebaris atau sekolom; n baris × 12 kolom untuk n indikator), atau 4 target TW.
 * @param triwulan Triwulan: 1 sampai 4, atau "TW III".
 * @returns Target triwulan, satu per indikator.
 */
function TARGET_TW(target_bulanan: any[][], triwulan: any): any[][] {
  return keExcel(F.TARGET_TW(target_bulanan, triwulan));
}

/**
 * Indeks Kepuasan Masyarakat: rata-rata (tertimbang) nilai unsur skala 1-4 dikali 25.
 * @customfunction IKM IKM
 * @param nilai_unsur Nilai rata-rata tiap unsur pelayanan (skala 1-4).
 * @param [bobot] Bobot tiap unsur, seukuran nilai_unsur. Kosong: sama rata.
 * @returns Satu angka IKM (skala 25-100).
 */
function IKM(nilai_unsur: any[][], bobot?: any[][]): any {
  return keSel(F.IKM(nilai_unsur, bobot));
}

/**
 * Angka dari teks seperti yang diketik perencana: "85,20", "1.234.567,89", "Rp359.611.361.000,-", "70 %".
 * @customfunction ANGKA ANGKA
 * @param teks Sel atau rentang berisi angka atau teks.
 * @returns Angka seukuran masukan; kosong untuk "-" atau "Akhir Tahun".
 */
function ANGKA(teks: any[][]): any[][] {
  return keExcel(F.ANGKA(teks));
}

// The task pane page loads this too; outside Excel's runtime there is nothing to register with.
if (typeof CustomFunctions !== 'undefined') {
  CustomFunctions.associate('CAPAIAN', CAPAIAN);
  CustomFunctions.associate('NPS', NPS);
  CustomFunctions.associate('KRITERIA', KRITERIA);
  CustomFunctions.associate('EFISIENSI', EFISIENSI);
  CustomFunctions.associate('SERAPAN', SERAPAN);
  CustomFunctions.associate('TARGET_TW', TARGET_TW);
  CustomFunctions.associate('IKM', IKM);
  CustomFunctions.associate('ANGKA', ANGKA);
}
