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

/** The figure a function gives over the ranges of its inputs (monotonic in each: the extremes lie at the corners). */
export function petakan(masukan: readonly Perkiraan[], f: (...x: number[]) => number | null): Perkiraan | null {
  const nilai = f(...masukan.map((m) => m.nilai));
  if (nilai === null) return null;
  let bawah = nilai;
  let atas = nilai;
  for (let sudut = 0; sudut < 1 << masukan.length; sudut++) {
    const v = f(...masukan.map((m, i) => (sudut & (1 << i) ? m.atas : m.bawah)));
    if (v === null) continue;
    bawah = Math.min(bawah, v);
    atas = Math.max(atas, v);
  }
  return { nilai, bawah, atas };
}

/** Weighted mean over the entries that have a figure (null = left out with its weight). */
export function rataPerkiraan(daftar: readonly (Perkiraan | null)[], bobot?: readonly number[]): Perkiraan | null {
  const nilai = rataTertimbang(
    daftar.map((p) => p?.nilai ?? null),
    bobot,
  );
  if (nilai === null) return null;
  return {
    nilai,
    bawah:
      rataTertimbang(
        daftar.map((p) => p?.bawah ?? null),
        bobot,
      ) ?? nilai,
    atas:
      rataTertimbang(
        daftar.map((p) => p?.atas ?? null),
        bobot,
      ) ?? nilai,
  };
}

/**
 * Whether a printed two-decimal figure contradicts the recomputed one: from exact inputs when it
 * differs from the recomputed figure rounded like Excel's ROUND; from rounded inputs when no value
 * in the range rounds to it.
 */
export function bertentangan(p: Perkiraan, tercetak: number): boolean {
  const t = bulat(tercetak, 2);
  // beyond about 1e11 a double has no second decimal left: only a difference above float noise counts
  const derau = DERAU + Math.abs(t) * DERAU_RELATIF;
  if (p.bawah === p.atas) return Math.abs(bulat(p.nilai, 2) - t) >= SETENGAH_SEN && Math.abs(p.nilai - tercetak) > derau;
  return p.atas < t - SETENGAH_SEN - derau || p.bawah > t + SETENGAH_SEN + derau;
}
