// The widths of a chapter table's columns: each a share of the text width, except one column that
// must hold its longest text on one line (the kriteria: "Belum Memenuhi Ekspektasi" wrapped in a
// fifth of the page). That column gets the room it needs, up to a cap; the others share the rest in
// their proportions.
import { lebarTeksTwip } from '../core/index';

/** A table cell's left and right margins (the table style's 80 twips each) and a little slack for
 *  a renderer's rounding and kerning. */
const TEPI_SEL = 2 * 80 + 60;
/** The fitted column never takes more than this share of the width (a custom scheme's long label wraps). */
const BAGIAN_MAKS = 0.4;

export interface KolomPas {
  /** 0-based column. */
  readonly indeks: number;
  /** Texts it must hold on one line, at the table's size, and whether they are bold. */
  readonly teks: readonly { readonly isi: string; readonly tebal?: boolean }[];
}

/** Column widths in twips, adding up to `lebarTotal`. */
export function lebarKolom(persen: readonly number[], lebarTotal: number, ukuranPt: number, pas?: KolomPas): number[] {
  const jumlah = persen.reduce((a, p) => a + p, 0);
  if (!pas || pas.indeks < 0 || pas.indeks >= persen.length || persen.length < 2)
    return bulatkan(
      persen.map((p) => (lebarTotal * p) / jumlah),
      lebarTotal,
    );
  const perlu = Math.max(0, ...pas.teks.map((t) => lebarTeksTwip(t.isi, ukuranPt, t.tebal))) + TEPI_SEL;
  const bagian = persen[pas.indeks] ?? 0;
  const asal = (lebarTotal * bagian) / jumlah;
  const lebar = Math.min(Math.max(asal, perlu), lebarTotal * BAGIAN_MAKS);
  const sisa = jumlah - bagian;
  return bulatkan(
    persen.map((p, i) => (i === pas.indeks ? lebar : ((lebarTotal - lebar) * p) / sisa)),
    lebarTotal,
  );
}

/** Whole twips, the rounding error given to the widest column so the sum is exact. */
function bulatkan(lebar: readonly number[], total: number): number[] {
  const bulat = lebar.map((w) => Math.round(w));
  const terlebar = bulat.indexOf(Math.max(...bulat));
  const selisih = total - bulat.reduce((a, w) => a + w, 0);
  return bulat.map((w, i) => (i === terlebar ? w + selisih : w));
}
