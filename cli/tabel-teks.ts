// A plain-text table for the terminal: columns padded to their widest cell, long text cut with '…'.

export interface KolomTeks {
  readonly judul: string;
  readonly kanan?: boolean;
  /** Longest text kept before cutting. */
  readonly maks?: number;
}

export function tabelTeks(kolom: readonly KolomTeks[], baris: readonly (readonly string[])[]): string {
  const potong = (t: string, maks = Infinity) => (t.length > maks ? `${t.slice(0, maks - 1)}…` : t);
  const isi = [kolom.map((k) => k.judul), ...baris].map((b) => b.map((t, i) => potong(t, kolom[i]?.maks)));
  const lebar = kolom.map((_, i) => Math.max(...isi.map((b) => (b[i] ?? '').length)));
  const garis = lebar.map((w) => '-'.repeat(w));
  const [judul = [], ...badan] = isi;
  return [judul, garis, ...badan]
    .map((b) =>
      lebar
        .map((w, i) => (kolom[i]?.kanan ? (b[i] ?? '').padStart(w) : (b[i] ?? '').padEnd(w)))
        .join('  ')
        .trimEnd(),
    )
    .join('\n');
}
