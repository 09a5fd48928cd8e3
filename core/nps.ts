// NPS roll-up: indikator → sasaran (weighted mean over the indicators that have a figure) →
// perspektif (plain mean of its sasaran) → unit (plain mean of perspektif or of sasaran).
// Always from unrounded capaians.

/** Σ bobot×nilai and Σ bobot, entry by entry (the scoring loop adds as it goes, no arrays). */
export class PenjumlahTertimbang {
  private jumlah = 0;
  private jumlahBobot = 0;

  /** null, or NaN from a typed array, = no figure: left out with its weight. */
  tambah(nilai: number | null, bobot: number): void {
    if (nilai === null || nilai !== nilai) return;
    this.jumlah += bobot * nilai;
    this.jumlahBobot += bobot;
  }

  /** null when nothing had a figure or the weights of those that did sum to 0. */
  hasil(): number | null {
    return this.jumlahBobot > 0 ? this.jumlah / this.jumlahBobot : null;
  }

  mulaiLagi(): void {
    this.jumlah = 0;
    this.jumlahBobot = 0;
  }
}

/**
 * Σ bobot×nilai / Σ bobot over the entries that have a figure (null = no figure, left out with
 * its weight). Without bobot every weight is 1. null when nothing has a figure or the weights of
 * those that do sum to 0.
 */
export function rataTertimbang(nilai: ArrayLike<number | null>, bobot?: ArrayLike<number>): number | null {
  const p = new PenjumlahTertimbang();
  for (let i = 0; i < nilai.length; i++) p.tambah(nilai[i] ?? null, bobot === undefined ? 1 : (bobot[i] ?? 0));
  return p.hasil();
}

/** Plain mean of the entries that have a figure (perspektif and unit NPS). */
export function rataRata(nilai: ArrayLike<number | null>): number | null {
  return rataTertimbang(nilai);
}
