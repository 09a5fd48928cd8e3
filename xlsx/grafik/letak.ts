// Where a table's chart goes: under the table, one blank row between, as wide as the table up to
// about 26 cm, so it prints with the table (fit to the page width) and never covers a cell.
/** Characters of column width the chart spans at most, and at least. */
const LEBAR_MAKS = 150;
const LEBAR_MIN = 60;
/** Rows the chart is high (default 15 pt rows: about 10 cm). */
const TINGGI = 20;

export function letakGrafik(
  jumlahBaris: number,
  lebarKolom: readonly number[],
): { baris: number; kolom: number; lebarKolom: number; tinggiBaris: number } {
  let lebar = 0;
  let kolom = 0;
  while (kolom < lebarKolom.length && lebar < LEBAR_MAKS) lebar += lebarKolom[kolom++] ?? 0;
  // a narrow table: the chart runs on past its columns at the default width (9 characters)
  while (lebar < LEBAR_MIN) {
    lebar += 9;
    kolom++;
  }
  return { baris: jumlahBaris + 1, kolom: 0, lebarKolom: kolom, tinggiBaris: TINGGI };
}
