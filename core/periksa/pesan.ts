// The audit's sentences (Indonesian): why a printed figure or label disagrees.
import { formatAngka } from '../bulat';
import type { Polaritas } from '../model';

const rupiah = (x: number): string => formatAngka(x, Number.isInteger(x) ? 0 : 2);

const RUMUS: Readonly<Record<Polaritas, string>> = {
  positif: 'realisasi / target × 100',
  negatif: '(2 × target − realisasi) / target × 100',
  'negatif-rasio': 'target / realisasi × 100',
};

export const PESAN_PERIKSA = {
  tataLetakTakDikenal: 'Tabel tidak dikenali: perlu baris judul dengan kolom "Capaian" atau "NPS" serta "Sasaran" atau "Indikator Kinerja"',
  tidakAdaYangDiperiksa:
    'Tabel dikenali, tetapi tidak ada angka yang dapat diperiksa: baris indikator perlu Target dan Realisasi di samping Capaian, atau NPS/Kriteria yang terisi',
  rentangPembulatan: (bawah: number, atas: number) =>
    `(angka masukan tercetak dibulatkan, jadi setiap nilai antara ${formatAngka(bawah, 4)} dan ${formatAngka(atas, 4)} diterima)`,
  capaian: (polaritas: Polaritas, nilai: number) => `Capaian = ${RUMUS[polaritas]} = ${formatAngka(nilai)}`,
  tidakDapatDihitung: (sebab: string) => `Tidak dapat dihitung (${sebab}): sel ini seharusnya kosong dengan alasan di keterangan`,
  kriteria: (nilai: number, skema: string, label: string) => `Kriteria untuk ${formatAngka(nilai)} pada skema ${skema} adalah ${label}`,
  npsSasaran: (n: number, nilai: number) => `NPS sasaran = rata-rata tertimbang capaian ${n} indikatornya yang berangka = ${formatAngka(nilai)}`,
  npsSasaranKosong: 'Tidak ada indikator sasaran ini yang berangka: NPS seharusnya kosong',
  npsPerspektif: (n: number, nilai: number) => `NPS perspektif = rata-rata NPS ${n} sasarannya = ${formatAngka(nilai)}`,
  npsUnit: (n: number, tingkat: string, nilai: number) => `NPS unit = rata-rata NPS ${n} ${tingkat} = ${formatAngka(nilai)}`,
  jumlahBaris: (n: number, nilai: number) => `Jumlah dari ${n} baris di bawahnya = ${rupiah(nilai)}`,
  serapan: (nilai: number) => `Realisasi (%) = realisasi / pagu × 100 = ${formatAngka(nilai)}`,
  sisa: (nilai: number) => `Sisa = pagu − realisasi = ${rupiah(nilai)}`,
  porsi: (nilai: number) => `Porsi = pagu / jumlah pagu × 100 = ${formatAngka(nilai)}`,
  ie: (nilai: number) => `IE = output / input = ${formatAngka(nilai)}`,
  te: (nilai: number) => `TE = (IE − SE) / SE = ${formatAngka(nilai)}`,
  kategori: (ie: number, label: string) => `Kategori untuk IE ${formatAngka(ie)} adalah ${label}`,
  /** The note on a marked cell, after the marks' prefix. */
  seharusnya: (nilai: string, alasan: string) => `seharusnya ${nilai}. ${alasan}`,
  selGalat: (teks: string) => `Sel berisi ${teks}: tabel tidak boleh memuat galat; tulis angkanya, atau kosongkan dan beri alasan di keterangan`,
} as const;
