// How wide a text is on one line in the chapter's font, for the Word tables' column widths that fit
// their longest label and the charts' category labels that wrap to their room. Calibri's advance widths (those of Carlito, its metric-compatible twin, which LibreOffice
// uses in its place) of the printable ASCII characters, in 1/2048 em; any other character counts as
// wide as 'M' minus a little (1,700), enough for the accented letters and dashes a label may hold.

/** Advance widths of the characters 32 to 126, regular and bold. */
const BIASA = [
  463, 667, 821, 1020, 1038, 1464, 1397, 452, 621, 621, 1020, 1020, 511, 627, 517, 791, 1038, 1038, 1038, 1038, 1038, 1038, 1038, 1038, 1038,
  1038, 548, 548, 1020, 1020, 1020, 949, 1831, 1185, 1114, 1092, 1260, 1000, 941, 1292, 1276, 516, 653, 1064, 861, 1751, 1322, 1356, 1058, 1378,
  1112, 941, 998, 1314, 1162, 1822, 1063, 998, 959, 628, 791, 628, 1020, 1020, 596, 981, 1076, 866, 1076, 1019, 625, 964, 1076, 470, 490, 931,
  470, 1636, 1076, 1080, 1076, 1076, 714, 801, 686, 1076, 925, 1464, 887, 927, 809, 644, 943, 644, 1020,
];
const TEBAL = [
  463, 667, 898, 1020, 1038, 1493, 1443, 478, 638, 638, 1020, 1020, 528, 627, 547, 880, 1038, 1038, 1038, 1038, 1038, 1038, 1038, 1038, 1038,
  1038, 565, 565, 1020, 1020, 1020, 949, 1840, 1241, 1148, 1084, 1291, 999, 940, 1305, 1292, 546, 678, 1120, 866, 1790, 1349, 1385, 1090, 1405,
  1153, 968, 1014, 1337, 1211, 1856, 1128, 1064, 979, 665, 880, 665, 1020, 1020, 615, 1011, 1099, 857, 1099, 1031, 648, 971, 1099, 503, 523, 983,
  503, 1666, 1099, 1101, 1099, 1099, 728, 817, 710, 1099, 969, 1526, 941, 970, 814, 704, 973, 704, 1020,
];
const LAIN = 1700;
const EM = 2048;

/** Width in twips (1/20 pt) of `teks` at `ukuranPt` points. */
export function lebarTeksTwip(teks: string, ukuranPt: number, tebal = false): number {
  return bagianEm(teks, tebal) * ukuranPt * 20;
}

/** Width in pixels of `teks` at a font size of `ukuranPx` pixels (an SVG's font-size). */
export function lebarTeksPx(teks: string, ukuranPx: number, tebal = false): number {
  return bagianEm(teks, tebal) * ukuranPx;
}

function bagianEm(teks: string, tebal: boolean): number {
  const lebar = tebal ? TEBAL : BIASA;
  let satuan = 0;
  for (const ch of teks) {
    const k = ch.codePointAt(0)!;
    satuan += (k >= 32 && k <= 126 ? lebar[k - 32] : undefined) ?? LAIN;
  }
  return satuan / EM;
}
