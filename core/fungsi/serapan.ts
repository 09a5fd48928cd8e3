import { bacaAngka } from '../angka';
import { hitungSerapan } from '../anggaran';
import { isGalat } from '../galat';
import { duaAngka } from './dua-angka';
import { perSel, type HasilFungsi, type Masukan } from './rentang';
import type { MetaFungsi } from './meta';

export const METADATA = {
  id: 'SERAPAN',
  keterangan: 'Serapan anggaran dalam persen: realisasi anggaran / pagu × 100.',
  parameter: [
    { nama: 'realisasi_anggaran', keterangan: 'Realisasi anggaran (Rp).', dimensi: 'matrix' },
    { nama: 'pagu', keterangan: 'Pagu anggaran (Rp), seukuran realisasi.', dimensi: 'matrix' },
  ],
  hasil: { dimensi: 'matrix', keterangan: 'Serapan (%) seukuran masukan.' },
} as const satisfies MetaFungsi;

/** SERAPAN(realisasi_anggaran, pagu): budget realisation in % (realisasi / pagu × 100). */
export function SERAPAN(realisasi_anggaran: Masukan, pagu: Masukan): HasilFungsi {
  return perSel(
    [
      ['realisasi_anggaran', realisasi_anggaran],
      ['pagu', pagu],
    ],
    ([r, p]) => {
      const ab = duaAngka(bacaAngka(r), bacaAngka(p));
      if (ab === null || isGalat(ab)) return ab ?? '';
      const s = hitungSerapan(ab[0], ab[1]);
      return isGalat(s) ? s : s.persen;
    },
  );
}
