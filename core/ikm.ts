// Composite values planners compute: IKM (PermenPANRB 14/2017) and published weighted sums.
import { rataTertimbang } from './nps';

/**
 * IKM on the 25-100 scale: the (weighted) mean of the element scores on the 1-4 scale, times 25.
 * The mean is not rounded first. null when there are no scores (or the weights sum to 0).
 */
export function hitungIkm(nilaiUnsur: readonly number[], bobot?: readonly number[]): number | null {
  const rata = rataTertimbang(nilaiUnsur, bobot);
  return rata === null ? null : rata * 25;
}

/**
 * Σ nilai × bobot% / 100: Nilai AKIP from component scores and weights 30/25/15/10/20, Nilai
 * Kinerja Anggaran as 60 % EKA + 40 % IKPA, staged progress (1 for a completed stage × its weight).
 */
export function jumlahTertimbang(nilai: readonly number[], bobotPersen: readonly number[]): number {
  let jumlah = 0;
  // a value without a weight counts nothing
  for (const [i, v] of nilai.entries()) jumlah += v * (bobotPersen[i] ?? 0);
  return jumlah / 100;
}
