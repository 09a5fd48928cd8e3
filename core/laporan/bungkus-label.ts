// A chart's category label in the room under its bar: whole words on up to a few lines, each no
// wider than the room in the chart's font (Carlito's widths), so "Tidak Dapat Disimpulkan" reads
// "Tidak Dapat" over "Disimpulkan" instead of being cut. Only what cannot fit (a word wider than
// the room, words beyond the last line) is cut, and its line ends in "…".
import { lebarTeksPx } from './lebar-teks';

const ELIPSIS = '…';

/** The lines of `teks` at `ukuran` px, each at most `lebarMaks` px wide, at most `barisMaks` lines. */
export function bungkusLabel(teks: string, lebarMaks: number, ukuran: number, barisMaks: number): string[] {
  const kata = teks.split(/\s+/).filter((k) => k !== '');
  const muat = (s: string) => lebarTeksPx(s, ukuran) <= lebarMaks;
  const baris: string[] = [];
  let i = 0;
  while (i < kata.length && baris.length < Math.max(0, Math.floor(barisMaks))) {
    let b = kata[i++]!;
    while (i < kata.length && muat(`${b} ${kata[i]}`)) b += ` ${kata[i++]}`;
    baris.push(b);
  }
  // words left over go onto the last line, which is cut to its room
  if (i < kata.length && baris.length > 0) baris[baris.length - 1] = `${baris[baris.length - 1]} ${kata.slice(i).join(' ')}`;
  return baris.map((b) => (muat(b) ? b : potong(b, lebarMaks, ukuran))).filter((b) => b !== '');
}

/** The longest start of `b` that fits with "…" after it ("" when not even "…" fits); one pass,
 *  a cell of any length costs its length. */
function potong(b: string, lebarMaks: number, ukuran: number): string {
  let lebar = lebarTeksPx(ELIPSIS, ukuran);
  if (lebar > lebarMaks) return '';
  let awal = '';
  for (const h of b) {
    lebar += lebarTeksPx(h, ukuran);
    if (lebar > lebarMaks) break;
    awal += h;
  }
  return `${awal.trimEnd()}${ELIPSIS}`;
}
