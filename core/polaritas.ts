// Polaritas as people write it in a sheet or a formula argument.
import { galat, type Galat } from './galat';
import type { Polaritas, Sel } from './model';
import { PESAN } from './pesan';

const SEBUTAN: Readonly<Record<string, Polaritas>> = {
  positif: 'positif',
  positive: 'positif',
  '+': 'positif',
  maximize: 'positif',
  maksimal: 'positif',
  max: 'positif',
  naik: 'positif',
  negatif: 'negatif',
  negative: 'negatif',
  // in a polaritas column a sign is the polarity, not "no figure"
  '-': 'negatif',
  '−': 'negatif',
  minimize: 'negatif',
  minimal: 'negatif',
  min: 'negatif',
  turun: 'negatif',
  'negatif-rasio': 'negatif-rasio',
  'negatif rasio': 'negatif-rasio',
  'negatif (rasio)': 'negatif-rasio',
  'negative-ratio': 'negatif-rasio',
  rasio: 'negatif-rasio',
};

/** Blank = 'positif' (the default, and every indicator in both reference reports). */
export function bacaPolaritas(sel: Sel): Polaritas | Galat {
  if (sel === null || sel === undefined) return 'positif';
  const teks = String(sel).trim();
  if (teks === '') return 'positif';
  return SEBUTAN[teks.toLowerCase().replace(/\s+/g, ' ')] ?? galat('nilai', PESAN.polaritasTakDikenal(teks));
}
