// A chart category label wrapped to its room: whole words, each line within the room, cut only when
// it cannot fit.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { bungkusLabel, lebarTeksPx } from '../../../core/index';

const kata = fc.stringMatching(/^[A-Za-z()%0-9.,-]{1,14}$/);
const teks = fc.array(kata, { minLength: 1, maxLength: 8 }).map((k) => k.join(' '));

describe('bungkusLabel', () => {
  it('wraps "Tidak Dapat Disimpulkan" to whole words under a narrow bar, and leaves a label that fits on one line', () => {
    expect(bungkusLabel('Tidak Dapat Disimpulkan', 100, 11, 3)).toEqual(['Tidak Dapat', 'Disimpulkan']);
    expect(bungkusLabel('Tidak Dapat Disimpulkan', 120, 11, 3)).toEqual(['Tidak Dapat Disimpulkan']);
    expect(bungkusLabel('Cukup (Dengan Catatan)', 80, 11, 3)).toEqual(['Cukup (Dengan', 'Catatan)']);
    expect(bungkusLabel('  Baik  ', 80, 11, 3)).toEqual(['Baik']);
    expect(bungkusLabel('', 80, 11, 3)).toEqual([]);
  });

  it('cuts with "…" only a word wider than the room or words beyond the last line', () => {
    expect(bungkusLabel('Tidak Dapat Disimpulkan', 100, 11, 1)).toEqual(['Tidak Dapat Disimp…']);
    expect(bungkusLabel('Disimpulkan', 30, 11, 3)).toEqual(['Disi…']);
    expect(bungkusLabel('Disimpulkan', 3, 11, 3)).toEqual([]);
    // a cell of any length costs its length
    expect(bungkusLabel('x'.repeat(200_000), 50, 11, 3)).toHaveLength(1);
  });

  it('any text, room and line count: lines within the room, at most that many, every word whole and in order unless a line ends in "…"', () => {
    fc.assert(
      fc.property(teks, fc.double({ min: 10, max: 400, noNaN: true }), fc.integer({ min: 1, max: 4 }), (t, ruang, maks) => {
        const baris = bungkusLabel(t, ruang, 11, maks);
        expect(baris.length).toBeLessThanOrEqual(maks);
        for (const b of baris) expect(lebarTeksPx(b, 11)).toBeLessThanOrEqual(ruang);
        if (!baris.some((b) => b.endsWith('…'))) expect(baris.join(' ')).toBe(t);
        // cut or not, each line is the next piece of the label, in order
        let dari = 0;
        for (const b of baris) {
          const i = t.indexOf(b.replace(/…$/, ''), dari);
          expect(i).toBeGreaterThanOrEqual(dari);
          dari = i + b.length - (b.endsWith('…') ? 1 : 0);
        }
        // what fits on one line stays on one line
        if (lebarTeksPx(t, 11) <= ruang) expect(baris).toEqual([t]);
      }),
    );
  });
});
