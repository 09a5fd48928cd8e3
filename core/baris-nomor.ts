// A column-number row under a header: (1) (2) (3) ..., 1 2 3 ..., or letters a | b | c | d |
// e=(d/c x 100). Reports number their columns so formulas can refer to them; such a row is never
// data (the letters c and d would otherwise read as audit opinions or grades).
import type { Sel } from './model';
import { rapiSpasi } from './spasi';

const NOMOR = /^\(?(\d{1,2})\)?(?:\s*=.*)?$/;
const HURUF = /^\(?([a-z])\)?(?:\s*=.*)?$/i;

/** Whether every filled cell of the row numbers or letters its column, in order (at least 3); an absent row is not. */
export function adalahBarisNomor(baris: readonly Sel[] = []): boolean {
  let n = 0;
  let sebelum = -Infinity;
  for (const sel of baris) {
    if (sel === null || sel === undefined) continue;
    const t = rapiSpasi(String(sel));
    if (t === '') continue;
    const m = NOMOR.exec(t) ?? HURUF.exec(t);
    if (m === null) return false;
    const [, tanda = ''] = m;
    const urut = /\d/.test(tanda) ? Number(tanda) : tanda.toLowerCase().charCodeAt(0) - 96;
    // each column's mark follows the one to its left ('3' after '2', 'e' after 'd'; a merged or
    // hidden column may skip one or two): a data row's figures (2 | 80 | 90) do not
    if (sebelum !== -Infinity && (urut <= sebelum || urut - sebelum > 3)) return false;
    sebelum = urut;
    n++;
  }
  return n >= 3;
}
