// Display rounding exactly like Excel's ROUND: half away from zero, on the value taken at 15
// significant digits. Binary floats make (104.47+100)/2 = 102.23499999...; Excel (and the reports)
// show 102,24, toFixed(2) shows 102,23.

const PANGKAT_10 = [1, 1e1, 1e2, 1e3, 1e4, 1e5, 1e6, 1e7, 1e8, 1e9, 1e10, 1e11, 1e12, 1e13, 1e14, 1e15];
/** Beyond 2^52 a double has no fractional part left to round. */
const TANPA_PECAHAN = 4503599627370496;

/** Excel's ROUND(x, digit); digit is clamped to -15..15. Non-finite x is returned as it is. */
export function bulat(x: number, digit = 2): number {
  if (!Number.isFinite(x) || x === 0) return x;
  const d = digit === 2 ? 2 : Math.max(-15, Math.min(15, Math.trunc(digit) || 0));
  const a = x < 0 ? -x : x;
  // d is clamped to -15..15, so the table always has the power
  const p = PANGKAT_10[Math.abs(d)] ?? 10 ** Math.abs(d);
  const skala = d >= 0 ? a * p : a / p;
  if (skala >= TANPA_PECAHAN) return x;
  const bawah = Math.floor(skala);
  const sisa = skala - bawah;
  // Fast path: the 15-digit value lies on the same side of .5 as the double does unless the
  // remainder is within the error of taking 15 digits (relative 5e-15, with margin).
  let r: number;
  if (Math.abs(sisa - 0.5) > skala * 1e-14 + 1e-12) {
    const n = sisa < 0.5 ? bawah : bawah + 1;
    r = d >= 0 ? n / p : n * p;
  } else {
    r = bulatLewatDesimal(a, d);
  }
  return x < 0 ? -r : r;
}

/** The slow exact path: shift the 15-digit decimal text, round, shift back (no float drift). */
function bulatLewatDesimal(a: number, d: number): number {
  const [mantisa, eksponen] = a.toPrecision(15).split('e');
  const geser = Number(`${mantisa}e${Number(eksponen ?? 0) + d}`);
  return Number(`${Math.round(geser)}e${-d}`);
}

/** Indonesian display of a number: bulat(x, digit), decimal comma, dot thousands ('1.234,57'). */
export function formatAngka(x: number, digit = 2): string {
  if (!Number.isFinite(x)) return '';
  const d = Math.max(0, Math.min(15, Math.trunc(digit) || 0));
  const r = bulat(x, d);
  const mutlak = Math.abs(r);
  if (mutlak >= 1e21) return String(r);
  const [utuh = '', pecahan] = mutlak.toFixed(d).split('.');
  const tanda = r < 0 ? '-' : '';
  const berkelompok = utuh.replace(/\B(?=(\d{3})+(?!\d))/g, '.');
  return pecahan === undefined ? tanda + berkelompok : `${tanda}${berkelompok},${pecahan}`;
}
