// A plain-text table for the terminal: columns padded to their widest cell, long text cut with '…'.

export interface KolomTeks {
  readonly judul: string;
  readonly kanan?: boolean;
  /** Longest text kept before cutting. */
  readonly maks?: number;
}

const potong = (t: string, maks = Infinity) => (t.length > maks ? `${t.slice(0, maks - 1)}…` : t);

/**
 * The table's lines, made as they are read: the widths come from one pass over the rows, then each
 * line is built alone (100,000 indicators as one string and its copies were some 100 MB).
 */
export function* barisTabelTeks(kolom: readonly KolomTeks[], baris: readonly (readonly string[])[]): Generator<string> {
  const lebar = kolom.map((k) => Math.min(k.judul.length, k.maks ?? Infinity));
  for (const b of baris) {
    for (let i = 0; i < kolom.length; i++) lebar[i] = Math.max(lebar[i]!, Math.min((b[i] ?? '').length, kolom[i]!.maks ?? Infinity));
  }
  const baca = (b: readonly string[]) =>
    kolom
      .map((k, i) => {
        const t = potong(b[i] ?? '', k.maks);
        return k.kanan ? t.padStart(lebar[i]!) : t.padEnd(lebar[i]!);
      })
      .join('  ')
      .trimEnd();
  yield baca(kolom.map((k) => k.judul));
  yield lebar
    .map((w) => '-'.repeat(w))
    .join('  ')
    .trimEnd();
  for (const b of baris) yield baca(b);
}

export function tabelTeks(kolom: readonly KolomTeks[], baris: readonly (readonly string[])[]): string {
  return [...barisTabelTeks(kolom, baris)].join('\n');
}
