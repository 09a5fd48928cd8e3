// A large JSON answer written in pieces: `lapkin hitung --json` on 100,000 indicators is 40 MB of
// text, which as one string (and its copy on the way to stdout) took more memory than the whole read.
// The text is exactly JSON.stringify(nilai, null, 2); each top-level list (an array or any other
// iterable, made lazily) is turned into text one item at a time.

import type { Io } from './perintah/perintah';

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
      yield dalam(JSON.stringify([v], null, 2), 1);
      continue;
    }
    let ada = false;
    for (const x of v) {
      // as in an array: undefined, a function or a symbol is null
      yield `${ada ? ',' : '['}\n    ${dalam(JSON.stringify([[x]], null, 2), 2)}`;
      ada = true;
    }
    yield ada ? '\n  ]' : '[]';
  }
  yield '\n}';
}

/**
 * A value's text at the depth it has in the answer: JSON.stringify of it wrapped in `tingkat`
 * arrays indents it as it would sit there, and the wrappers' brackets are cut off (cheaper than
 * indenting each line of its text again, which was a tenth of writing 100,000 indicators).
 */
function dalam(teks: string, tingkat: number): string {
  // wrapper d (1..tingkat) opens with '[\n' and 2d spaces, and closes with '\n', 2(d-1) spaces and ']'
  return teks.slice(tingkat * (tingkat + 3), teks.length - tingkat * (tingkat + 1));
}

/** Hands the pieces to `io.tulis` in chunks of about UKURAN_POTONGAN characters, then `akhir`, waiting for each chunk to go out. */
export async function tulisBertahap(potongan: Iterable<string>, io: Pick<Io, 'tulis' | 'lega'>, akhir = ''): Promise<void> {
  let kumpul = '';
  for (const p of potongan) {
    kumpul += p;
    if (kumpul.length >= UKURAN_POTONGAN) {
      io.tulis(kumpul);
      kumpul = '';
      await io.lega?.();
    }
  }
  io.tulis(kumpul + akhir);
  await io.lega?.();
}
