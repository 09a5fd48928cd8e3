// How much room a text needs in a cell, estimated from Calibri 11's glyph widths in units of
// Excel's column width (the width of '0'). Excel does not grow rows for wrapped text when it opens
// a file, and never for merged cells, so the writer sets row heights from these estimates.

const SEMPIT = new Set([...'iljI.,:;|!\'']);
const AGAK_SEMPIT = new Set([...'ftr()[]-/ "']);
const LEBAR = new Set([...'mwMW@%']);
/** The cell's inner padding, in the same units. */
const TEPI = 0.8;

/** Width of a text on one line; bold glyphs are about 5 % wider. */
export function lebarTeks(teks: string, tebal = false): number {
  let w = 0;
  for (const ch of teks) {
    if (SEMPIT.has(ch)) w += 0.45;
    else if (AGAK_SEMPIT.has(ch)) w += 0.65;
    else if (LEBAR.has(ch)) w += 1.55;
    else if (ch >= 'A' && ch <= 'Z') w += 1.15;
    else w += 0.95;
  }
  return tebal ? w * 1.05 : w;
}

/** Lines a text takes when wrapped at spaces in a cell `lebar` column-width units wide. */
export function jumlahBarisTeks(teks: string, lebar: number, tebal = false): number {
  const muat = Math.max(1, lebar - TEPI);
  // no glyph is wider than 1.55 (bold 1.63): a short text fits without measuring it
  if (teks.length * 1.65 <= muat && !teks.includes('\n')) return 1;
  const spasi = lebarTeks(' ', tebal);
  let total = 0;
  for (const paragraf of teks.split('\n')) {
    let baris = 1;
    let isi = 0;
    for (const kata of paragraf.split(' ')) {
      const w = lebarTeks(kata, tebal);
      if (isi === 0) isi = w;
      else if (isi + spasi + w <= muat) isi += spasi + w;
      else {
        baris++;
        isi = w;
      }
      // a word longer than the cell breaks inside itself
      while (isi > muat) {
        baris++;
        isi -= muat;
      }
    }
    total += baris;
  }
  return total;
}
