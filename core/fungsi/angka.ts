import { bacaAngka } from '../angka';
import { dariAngka, perSel, type HasilFungsi, type Masukan } from './rentang';

/** ANGKA(teks): the number a planner typed ('85,20', 'Rp1.234.000,-', '70 %'); '' for no figure. */
export function ANGKA(teks: Masukan): HasilFungsi {
  return perSel([['teks', teks]], ([t]) => dariAngka(bacaAngka(t)));
}
