// A chapter table's column widths: shares of the text width, one column fitted to its longest text.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { lebarKolom } from '../../docx/lebar-kolom';
import { lebarTeksTwip } from '../../core/laporan/lebar-teks';

const TEKS = 11906 - 2 * 1417;

describe('lebarKolom', () => {
  it('the indicator table under KEPKA-128-2022: the kriteria column takes what its longest label needs, the others share the rest', () => {
    const w = lebarKolom([6, 31, 9, 11, 11, 11, 21], TEKS, 10, {
      indeks: 6,
      teks: [{ isi: 'Kriteria', tebal: true }, { isi: 'Belum Memenuhi Ekspektasi' }],
    });
    expect(w.reduce((a, x) => a + x, 0)).toBe(TEKS);
    expect(w[6]).toBe(Math.round(lebarTeksTwip('Belum Memenuhi Ekspektasi', 10) + 220));
    // it wrapped in 21 % (1,905 twips) before
    expect(w[6]).toBeGreaterThan(Math.round(TEKS * 0.21));
  });

  it('Calibri 10 pt: "Belum Memenuhi Ekspektasi" is 2,350 twips wide (24,060 / 2,048 em × 200), bold a little wider', () => {
    expect(Math.round(lebarTeksTwip('Belum Memenuhi Ekspektasi', 10))).toBe(2350);
    expect(lebarTeksTwip('Kriteria', 10, true)).toBeGreaterThan(lebarTeksTwip('Kriteria', 10));
  });

  it('any shares and texts: whole twips adding up to the width, the fitted column at least its need (up to 40 %), the others in proportion', () => {
    fc.assert(
      fc.property(
        fc.array(fc.integer({ min: 1, max: 60 }), { minLength: 2, maxLength: 9 }),
        fc.nat(),
        fc.array(fc.string({ maxLength: 40 }), { maxLength: 6 }),
        (persen, i, teks) => {
          const indeks = i % persen.length;
          const w = lebarKolom(persen, TEKS, 10, { indeks, teks: teks.map((isi) => ({ isi })) });
          expect(w).toHaveLength(persen.length);
          expect(w.every((x) => Number.isInteger(x) && x > 0)).toBe(true);
          expect(w.reduce((a, x) => a + x, 0)).toBe(TEKS);
          const perlu = Math.max(0, ...teks.map((t) => lebarTeksTwip(t, 10))) + 220;
          const jumlah = persen.reduce((a, p) => a + p, 0);
          expect(w[indeks]).toBeGreaterThanOrEqual(Math.min(perlu, TEKS * 0.4, Math.max(perlu, (TEKS * persen[indeks]!) / jumlah)) - 2);
          expect(w[indeks]).toBeLessThanOrEqual(Math.max(TEKS * 0.4, (TEKS * persen[indeks]!) / jumlah) + 2);
        },
      ),
    );
  });
});
