// Numbers in a sentence, in Indonesian format: 105,25; 1.234.567; whole numbers without decimals.
import { bulat, formatAngka } from '../bulat';
import type { Angka } from '../model';

/** A figure: two decimals unless it is whole at two decimals. */
export function angkaTeks(x: number): string {
  return formatAngka(x, Number.isInteger(bulat(x, 2)) ? 0 : 2);
}

/** A percentage (capaian, NPS): always two decimals, as the tables show it. */
export function persenTeks(x: number): string {
  return formatAngka(x, 2);
}

/** A target or realisasi with its unit: '85,20 %', '3 dokumen', 'WTP'; null when it is no figure. */
export function nilaiTeks(a: Angka, satuan: string): string | null {
  if (a.jenis === 'kualitatif') return a.teks;
  if (a.jenis !== 'angka') return null;
  const s = satuan.trim();
  // '-' and '' are no unit; Indeks, Nilai ... say what the number is, not a unit to repeat
  const tanpa = s === '' || s === '-' || /^(indeks|nilai|skor|rasio)$/i.test(s);
  return tanpa ? angkaTeks(a.nilai) : `${angkaTeks(a.nilai)} ${s}`;
}
