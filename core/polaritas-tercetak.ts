// Polarity without a Polaritas column. When the sheet prints a capaian, the polarity whose formula
// reproduces it within the printed rounding is the one the planner used; without that evidence the
// indicator stays positif, but names that read lower-is-better are worth a second look.
import { capaianAngka } from './capaian';
import type { Angka, Polaritas } from './model';

const URUTAN: readonly Polaritas[] = ['positif', 'negatif', 'negatif-rasio'];

/** Half a unit of the printed figure's last decimal (at most 2 decimals are trusted), plus float noise. */
function toleransi(tercetak: number): number {
  const desimal = Math.min(2, (String(tercetak).split('.')[1] ?? '').length);
  return 0.5 * 10 ** -desimal + 1e-9;
}

/** Whether x shows as the printed figure: exactly, or after rounding to its decimals (inputs may be rounded too). */
function cocok(x: number, tercetak: number, target: number, realisasi: number): boolean {
  // a realisasi printed with 2 decimals moves capaian by up to 0,005 / |target| × 100
  const dariMasukan = (0.005 / Math.max(Math.abs(target), Math.abs(realisasi), 1e-9)) * 100;
  return Math.abs(x - tercetak) <= toleransi(tercetak) + Math.min(dariMasukan, 0.01);
}

/**
 * The polarities whose capaian shows as the printed figure (positif first), or null when there is
 * nothing to compare (no printed figure, a target or realisasi that is not a number).
 */
export function polaritasSesuai(target: Angka, realisasi: Angka, tercetak: Angka | undefined): Polaritas[] | null {
  if (tercetak?.jenis !== 'angka' || target.jenis !== 'angka' || realisasi.jenis !== 'angka') return null;
  return URUTAN.filter((p) => {
    const c = capaianAngka(realisasi.nilai, target.nilai, p);
    return typeof c === 'number' && cocok(c, tercetak.nilai, target.nilai, realisasi.nilai);
  });
}

/** The polarity the printed capaian shows when positif does not fit it (negatif first), else null. */
export function polaritasBukanPositif(sesuai: readonly Polaritas[] | null): Polaritas | null {
  const [pertama] = sesuai ?? [];
  return pertama !== undefined && !sesuai?.includes('positif') ? pertama : null;
}

const TURUN_BAIK =
  /\b(penurunan|menurunnya|berkurangnya|waktu rata-?rata|rata-?rata waktu|lama(nya)? waktu|tingkat kesalahan|kesalahan|uji ulang|pengujian ulang|keluhan|pengaduan|komplain|temuan|keterlambatan|pelanggaran|angka kematian|prevalensi|tunggakan)\b/i;

const DITANGANI = /\b(ditindaklanjuti|tindak lanjut|diselesaikan|terselesaikan|dijawab|ditangani|direspon|dikelola)\b/i;

/** Whether an indicator's name reads lower-is-better (penurunan, waktu rata-rata, keluhan, temuan ...). */
export function namaTurunBaik(nama: string): boolean {
  // complaints answered, findings followed up: more is better
  return TURUN_BAIK.test(nama) && !DITANGANI.test(nama);
}
