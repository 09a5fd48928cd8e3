// A cell's address as the sheet reader parses it (every <c r="...">): the same answer as the
// pattern it is defined by, on any text.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { uraiAlamat } from '../../xlsx/lembar-xml';

/** The definition: an optional $, one to three capitals, an optional $, one to seven digits, inside the grid. */
function menurutPola(alamat: string): { baris: number; kolom: number } | null {
  const m = /^(\$?)([A-Z]{1,3})(\$?)(\d{1,7})$/.exec(alamat);
  if (m === null) return null;
  let kolom = 0;
  for (const h of m[2]!) kolom = kolom * 26 + (h.charCodeAt(0) - 64);
  const baris = Number(m[4]);
  return baris < 1 || baris > 1048576 || kolom > 16384 ? null : { baris, kolom };
}

describe('uraiAlamat', () => {
  it('reads the addresses of the grid and nothing else', () => {
    expect(uraiAlamat('A1')).toEqual({ baris: 1, kolom: 1 });
    expect(uraiAlamat('$B$7')).toEqual({ baris: 7, kolom: 2 });
    expect(uraiAlamat('XFD1048576')).toEqual({ baris: 1048576, kolom: 16384 });
    expect(uraiAlamat('AA010')).toEqual({ baris: 10, kolom: 27 });
    for (const salah of ['', 'A', '1', 'A0', 'XFE1', 'A1048577', 'AAAA1', 'a1', 'A1$', '$$A1', 'A$$1', 'A 1', 'A12345678', 'A1.5', '$', 'A-1'])
      expect(uraiAlamat(salah)).toBeNull();
  });

  it('any text: the same answer as the pattern', () => {
    const huruf = fc.constantFrom(...'ABCXYZ$019a .-'.split(''));
    fc.assert(
      fc.property(
        fc.oneof(
          fc.string(),
          fc.array(huruf, { maxLength: 12 }).map((a) => a.join('')),
        ),
        (alamat) => {
          expect(uraiAlamat(alamat)).toEqual(menurutPola(alamat));
        },
      ),
      { numRuns: 5000 },
    );
  });
});
