// The texts a sheet's reader keeps. saxes hands out slices of the chunk it is parsing, and V8 keeps a
// slice's whole parent alive: one kept cell text of 25 characters held a 64 KiB chunk, so a large
// sheet's texts held nearly all of its decoded XML. Every kept text is copied out of its chunk, and a
// short text repeated down a column ('%', 'positif', a kriteria label) is one string for all its cells.

/** Texts up to this long are shared between cells (a kriteria label; an indicator's name is rarely repeated). */
const PANJANG_BERSAMA = 32;
/** Distinct shared texts kept per sheet (beyond, texts are still copied, not shared): a column's repeated values are few. */
const MAKS_ENTRI = 4096;
/** V8 copies a slice shorter than this (SlicedString::kMinLength) instead of pointing into its parent. */
const SALIN_SENDIRI = 13;

/** The text on its own: a flat copy that does not keep the string it was cut from alive. */
export function teksLepas(teks: string): string {
  // slicing a concatenation flattens it into a new string first: the parent is then this copy
  return teks.length < SALIN_SENDIRI ? teks : ` ${teks}`.slice(1);
}

/** One per sheet read: equal short texts come back as one string. */
export class KolamTeks {
  private readonly peta = new Map<string, string>();

  simpan(teks: string): string {
    if (teks.length > PANJANG_BERSAMA) return teksLepas(teks);
    const ada = this.peta.get(teks);
    if (ada !== undefined) return ada;
    const baru = teksLepas(teks);
    if (this.peta.size < MAKS_ENTRI) this.peta.set(baru, baru);
    return baru;
  }
}
