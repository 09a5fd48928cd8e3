import { describe, expect, it } from 'vitest';
import { CAPAIAN } from '../../core';

// A range argument is looked at a bounded number of times per cell: measuring its size per cell
// made one CAPAIAN over a 5,000-row column quadratic (seconds in Apps Script).
function dihitung(rows: (number | string)[][]): { range: (number | string)[][]; reads: () => number } {
  let reads = 0;
  const range = new Proxy(rows, {
    get(target, key, receiver) {
      if (typeof key === 'string' && /^\d+$/.test(key)) reads++;
      return Reflect.get(target, key, receiver);
    },
  });
  return { range, reads: () => reads };
}

describe('ranges are read in linear time', () => {
  it('CAPAIAN reads each row of a 2,000-row range a few times, not once per other row', () => {
    const n = 2000;
    const realisasi = dihitung(Array.from({ length: n }, (_, i) => [80 + (i % 40)]));
    const target = dihitung(Array.from({ length: n }, () => [100]));
    const hasil = CAPAIAN(realisasi.range, target.range) as number[][];
    expect(hasil.length).toBe(n);
    expect(hasil[0]![0]).toBe(80);
    expect(realisasi.reads()).toBeLessThanOrEqual(4 * n);
    expect(target.reads()).toBeLessThanOrEqual(4 * n);
  });
});
