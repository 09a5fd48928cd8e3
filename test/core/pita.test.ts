// The band finder's shortcut (no rounding for a value well inside or outside a band) must give
// exactly what rounding every value to two decimals first and taking the first band that holds it
// gives, for any scheme (overlapping and open bands included) and any value, bounds and their
// rounding neighbourhood most of all.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { bulat } from '../../core/bulat';
import { cariIndeksPita } from '../../core/kriteria';
import type { Skema } from '../../core/model';

function rujukan(nilai: number, skema: Skema): number {
  const v = bulat(nilai, 2);
  if (!Number.isFinite(v)) return -1;
  return skema.pita.findIndex(
    (p) =>
      !(p.bawah !== null && (v < p.bawah || (v === p.bawah && !p.bawahTermasuk))) &&
      !(p.atas !== null && (v > p.atas || (v === p.atas && !p.atasTermasuk))),
  );
}

const batas = fc.option(
  fc.integer({ min: -2000, max: 2000 }).map((x) => x / 10),
  { nil: null },
);
const pita = fc.record({ label: fc.string(), bawah: batas, bawahTermasuk: fc.boolean(), atas: batas, atasTermasuk: fc.boolean() });

describe('pencariPita', () => {
  it('equals rounding first, near every bound and anywhere else', () => {
    fc.assert(
      fc.property(
        fc.array(pita, { minLength: 1, maxLength: 6 }),
        fc.array(fc.double({ min: -0.01, max: 0.01, noNaN: true }), { maxLength: 8 }),
        fc.double(),
        (p, geser, lain) => {
          const skema: Skema = { kode: 'X', nama: 'X', pita: p };
          const dekat = p.flatMap((b) => [b.bawah, b.atas]).flatMap((b) => (b === null ? [] : [b, ...geser.map((g) => b + g)]));
          for (const x of [...dekat, lain, 0.005, -0.005, 100.005, 99.995]) expect(cariIndeksPita(x, skema), String(x)).toBe(rujukan(x, skema));
        },
      ),
      { numRuns: 500 },
    );
  });

  it('a value within half a hundredth of a bound takes the band its rounded value shows', () => {
    const skema: Skema = {
      kode: 'X',
      nama: 'X',
      pita: [
        { label: 'Kurang', bawah: null, bawahTermasuk: false, atas: 100, atasTermasuk: false },
        { label: 'Baik', bawah: 100, bawahTermasuk: true, atas: null, atasTermasuk: false },
      ],
    };
    expect([99.994, 99.995, 99.9949999, 100.004, 99.99].map((x) => cariIndeksPita(x, skema))).toEqual([0, 1, 0, 1, 0]);
  });
});
