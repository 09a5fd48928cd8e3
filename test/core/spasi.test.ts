// rapiSpasi is replace(/\s+/g, ' ').trim() on any text, every kind of whitespace included.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { rapiSpasi } from '../../core/spasi';

const SPASI = [
  ' ',
  '\t',
  '\n',
  '\v',
  '\f',
  '\r',
  '\u00a0',
  '\u1680',
  '\u2000',
  '\u2005',
  '\u200a',
  '\u2028',
  '\u2029',
  '\u202f',
  '\u205f',
  '\u3000',
  '\ufeff',
];
// characters next to the whitespace ranges, which are not whitespace
const BUKAN = [
  'a',
  'Z',
  '1',
  '\u0008',
  '\u000e',
  '\u001f',
  '\u009f',
  '\u00a1',
  '\u1fff',
  '\u200b',
  '\u2027',
  '\u202a',
  '\u3001',
  '\ufefe',
  '\uffff',
];

describe('rapiSpasi', () => {
  it('examples', () => {
    expect(rapiSpasi('')).toBe('');
    expect(rapiSpasi(' ')).toBe('');
    expect(rapiSpasi('Indikator kinerja')).toBe('Indikator kinerja');
    expect(rapiSpasi('  Indikator \n\u00a0 kinerja\t')).toBe('Indikator kinerja');
    expect(rapiSpasi('a  b')).toBe('a b');
  });

  it('any text: the same as replace + trim', () => {
    const huruf = fc.constantFrom(...SPASI, ...BUKAN);
    fc.assert(
      fc.property(
        fc.oneof(
          fc.string({ unit: 'grapheme' }),
          fc.array(huruf, { maxLength: 12 }).map((a) => a.join('')),
        ),
        (t) => {
          expect(rapiSpasi(t)).toBe(t.replace(/\s+/g, ' ').trim());
        },
      ),
      { numRuns: 5000 },
    );
  });

  it('every UTF-16 unit alone and between letters', () => {
    for (let c = 0; c < 0x10000; c++) {
      const t = `a${String.fromCharCode(c)}b`;
      if (rapiSpasi(t) !== t.replace(/\s+/g, ' ').trim()) throw new Error(`U+${c.toString(16)}`);
    }
  });
});
