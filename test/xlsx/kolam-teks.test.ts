import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { KolamTeks, teksLepas } from '../../xlsx/kolam-teks';

describe('teksLepas', () => {
  it('gives the same text back', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'grapheme', maxLength: 200 }), (s) => {
        expect(teksLepas(s)).toBe(s);
      }),
    );
  });
});

describe('KolamTeks', () => {
  it('keeps every text as it is, equal short texts as one entry', () => {
    fc.assert(
      fc.property(fc.array(fc.constantFrom('%', 'positif', 'Belum Memenuhi Ekspektasi', 'x'.repeat(33), '')), (daftar) => {
        const kolam = new KolamTeks();
        expect(daftar.map((s) => kolam.simpan(s))).toEqual(daftar);
      }),
    );
  });
});
