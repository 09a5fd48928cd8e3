// A recomputed figure with the range its inputs allow. A report's printed figures are rounded to
// two decimals, so a figure recomputed from them is known only within a range: the printed
// 86,05 of a realisasi that was 37/43 gives a capaian of 96,69 where the report, computing from
// 37/43, rightly prints 96,68. A printed figure is wrong only when no value in that range shows as it.
import { bulat } from '../bulat';
import { rataTertimbang } from '../nps';

export interface Perkiraan {
  readonly nilai: number;
  readonly bawah: number;
  readonly atas: number;
}

/** Half a unit of the second decimal: how far a printed two-decimal figure may be from its value. */
const SETENGAH_SEN = 0.005;
/** Float noise allowed at the edges of a range, relative to the figure's size. */
const DERAU = 1e-9;
const DERAU_RELATIF = 1e-12;

export function pasti(x: number): Perkiraan {
  return { nilai: x, bawah: x, atas: x };
}

/** A number read from a table: with at most two decimals it may have been rounded for print. */
export function dariTercetak(x: number): Perkiraan {
  return bulat(x, 2) === x ? { nilai: x, bawah: x - SETENGAH_SEN, atas: x + SETENGAH_SEN } : pasti(x);
}

/** The figure a function gives over a range of one input (the function is monotonic in it). */
export function petakan(masukan: Perkiraan, f: (x: number) => number | null): Perkiraan | null {
  const nilai = f(masukan.nilai);
  if (nilai === null) return null;
  const ujung = [f(masukan.bawah), f(masukan.atas)].map((v) => v ?? nilai);
  return { nilai, bawah: Math.min(nilai, ...ujung), atas: Math.max(nilai, ...ujung) };
}

/** Weighted mean over the entries that have a figure (null = left out with its weight). */
export function rataPerkiraan(daftar: readonly (Perkiraan | null)[], bobot?: readonly number[]): Perkiraan | null {
  const nilai = rataTertimbang(daftar.map((p) => p?.nilai ?? null), bobot);
  if (nilai === null) return null;
  return {
    nilai,
    bawah: rataTertimbang(daftar.map((p) => p?.bawah ?? null), bobot) ?? nilai,
    atas: rataTertimbang(daftar.map((p) => p?.atas ?? null), bobot) ?? nilai,
  };
}

/**
 * Whether a printed two-decimal figure contradicts the recomputed one: from exact inputs when it
 * differs from the recomputed figure rounded like Excel's ROUND; from rounded inputs when no value
 * in the range rounds to it.
 */
export function bertentangan(p: Perkiraan, tercetak: number): boolean {
  const t = bulat(tercetak, 2);
  if (p.bawah === p.atas) return Math.abs(bulat(p.nilai, 2) - t) >= SETENGAH_SEN;
  const batas = SETENGAH_SEN + DERAU + Math.abs(t) * DERAU_RELATIF;
  return p.atas < t - batas || p.bawah > t + batas;
}
