// How much room a text needs in a cell, estimated from Calibri 11's glyph widths in units of
// Excel's column width (the width of '0'). Excel does not grow rows for wrapped text when it opens
// a file, and never for merged cells, so the writer sets row heights from these estimates.

/** Glyph widths of the ASCII characters; every other character counts 0.95. */
const LEBAR_ASCII = (() => {
  const lebar = new Float64Array(128).fill(0.95);
  for (let k = 65; k <= 90; k++) lebar[k] = 1.15;
  // later groups win: 'I' is narrow, 'M' and 'W' are wide
  for (const ch of 'mwMW@%') lebar[ch.charCodeAt(0)] = 1.55;
  for (const ch of 'ftr()[]-/ "') lebar[ch.charCodeAt(0)] = 0.65;
  for (const ch of "iljI.,:;|!'") lebar[ch.charCodeAt(0)] = 0.45;
  return lebar;
})();
/** The cell's inner padding, in the same units. */
const TEPI = 0.8;

/** Width of a text on one line; bold glyphs are about 5 % wider. */
export function lebarTeks(teks: string, tebal = false): number {
  let w = 0;
  for (let i = 0; i < teks.length; i++) {
    const k = teks.charCodeAt(i);
    // past the ASCII table: 0.95
    w += LEBAR_ASCII[k] ?? 0.95;
    // a character outside the BMP is one glyph in two code units
    if (k >= 0xd800 && k <= 0xdbff && i + 1 < teks.length) {
      const l = teks.charCodeAt(i + 1);
      if (l >= 0xdc00 && l <= 0xdfff) i++;
    }
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
