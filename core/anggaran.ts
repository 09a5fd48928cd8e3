// Serapan anggaran: realisasi / pagu × 100 and the sisa (pagu − realisasi). Realisasi may exceed pagu.
import { galat, type Galat } from './galat';
import { PESAN } from './pesan';

export interface Serapan {
  readonly persen: number;
  readonly sisa: number;
}

export function hitungSerapan(realisasi: number, pagu: number): Serapan | Galat {
  if (pagu === 0) return galat('na', PESAN.paguNol);
  const persen = (realisasi / pagu) * 100;
  if (!Number.isFinite(persen)) return galat('na', PESAN.hasilTakHingga);
  return { persen, sisa: pagu - realisasi };
}
