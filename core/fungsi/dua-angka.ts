import { galat, type Galat } from '../galat';
import type { Angka } from '../model';
import { PESAN } from '../pesan';

/** Two cells that must both be numbers: null when either has no figure yet ('' out). */
export function duaAngka(a: Angka, b: Angka): readonly [number, number] | Galat | null {
  for (const x of [a, b]) {
    if (x.jenis === 'galat') return galat('nilai', x.pesan);
    if (x.jenis === 'kualitatif') return galat('nilai', PESAN.teksBukanNilai(x.teks));
  }
  if (a.jenis !== 'angka' || b.jenis !== 'angka') return null;
  return [a.nilai, b.nilai];
}
