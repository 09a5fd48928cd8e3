import { bacaAngka } from '../angka';
import { dariAngka, perSel, type HasilFungsi, type Masukan } from './rentang';
import type { MetaFungsi } from './meta';

export const METADATA = {
  id: 'ANGKA',
  keterangan: 'Angka dari teks seperti yang diketik perencana: "85,20", "1.234.567,89", "Rp359.611.361.000,-", "70 %".',
  parameter: [{ nama: 'teks', keterangan: 'Sel atau rentang berisi angka atau teks.', dimensi: 'matrix' }],
  hasil: { dimensi: 'matrix', keterangan: 'Angka seukuran masukan; kosong untuk "-" atau "Akhir Tahun".' },
} as const satisfies MetaFungsi;

/** ANGKA(teks): the number a planner typed ('85,20', 'Rp1.234.000,-', '70 %'); '' for no figure. */
export function ANGKA(teks: Masukan): HasilFungsi {
  return perSel([['teks', teks]], ([t]) => dariAngka(bacaAngka(t)));
}
