// A large JSON answer written in pieces: `lapkin hitung --json` on 100,000 indicators is 40 MB of
// text, which as one string (and its copy on the way to stdout) took more memory than the whole read.
// The text is exactly JSON.stringify(nilai, null, 2); each top-level list (an array or any other
// iterable, made lazily) is turned into text one item at a time.

/** Pieces at least this long are handed to `tulis` (fewer writes; a piece never holds more than one list item beyond). */
const UKURAN_POTONGAN = 64 * 1024;

/** An array, or an object of its own that is iterable (a list made lazily; a Map, Set or typed array is no list in JSON). */
const daftar = (x: unknown): x is Iterable<unknown> =>
  Array.isArray(x) || (typeof x === 'object' && x !== null && Object.hasOwn(x, Symbol.iterator));

/** The pieces of JSON.stringify(nilai, null, 2) for an object, its top-level lists streamed (a lazy iterable reads as an array). */
export function* jsonBertahap(nilai: Readonly<Record<string, unknown>>): Generator<string> {
  const kunci = Object.keys(nilai).filter((k) => nilai[k] !== undefined && typeof nilai[k] !== 'function' && typeof nilai[k] !== 'symbol');
  if (kunci.length === 0) {
    yield '{}';
    return;
  }
  for (const [i, k] of kunci.entries()) {
    const v = nilai[k];
    yield `${i === 0 ? '{' : ','}\n  ${JSON.stringify(k)}: `;
    if (!daftar(v)) {
      yield lekuk(JSON.stringify(v, null, 2), '  ');
      continue;
    }
    let ada = false;
    for (const x of v) {
      // as in an array: undefined, a function or a symbol is null
      yield `${ada ? ',' : '['}\n    ${lekuk(JSON.stringify(x, null, 2) ?? 'null', '    ')}`;
      ada = true;
    }
    yield ada ? '\n  ]' : '[]';
  }
  yield '\n}';
}

// a JSON text has no raw line break inside a string, so every line break is a line of the layout
const lekuk = (teks: string, spasi: string) => teks.replace(/\n/g, `\n${spasi}`);

/** Hands the pieces to `tulis` in chunks of about UKURAN_POTONGAN characters, then `akhir`. */
export function tulisBertahap(potongan: Iterable<string>, tulis: (teks: string) => void, akhir = ''): void {
  let kumpul = '';
  for (const p of potongan) {
    kumpul += p;
    if (kumpul.length >= UKURAN_POTONGAN) {
      tulis(kumpul);
      kumpul = '';
    }
  }
  tulis(kumpul + akhir);
}
