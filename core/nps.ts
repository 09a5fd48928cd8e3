// NPS roll-up: indikator → sasaran (weighted mean over the indicators that have a figure) →
// perspektif (plain mean of its sasaran) → unit (plain mean of perspektif or of sasaran).
// Always from unrounded capaians.

/**
 * Σ bobot×nilai / Σ bobot over the entries that have a figure (null = no figure, left out with
 * its weight). Without bobot every weight is 1. null when nothing has a figure or the weights of
 * those that do sum to 0.
 */
export function rataTertimbang(nilai: readonly (number | null)[], bobot?: readonly number[]): number | null {
  let jumlah = 0;
  let jumlahBobot = 0;
  for (let i = 0; i < nilai.length; i++) {
    const v = nilai[i];
    if (v === null) continue;
    const b = bobot === undefined ? 1 : bobot[i];
    jumlah += b * v;
    jumlahBobot += b;
  }
  return jumlahBobot > 0 ? jumlah / jumlahBobot : null;
}

/** Plain mean of the entries that have a figure (perspektif and unit NPS). */
export function rataRata(nilai: readonly (number | null)[]): number | null {
  return rataTertimbang(nilai);
}
