import { describe, expect, it } from 'vitest';
import { bacaAngka } from '../../../core/angka';
import { bulat } from '../../../core/bulat';
import { hitungCapaian } from '../../../core/capaian';
import { CAPAIAN } from '../../../core/fungsi';
import { emas, type EmasCapaian } from './emas';

const data = emas<EmasCapaian>('capaian');
const angka = (x: number | string) => bacaAngka(x);

describe('golden capaian (core)', () => {
  it.each(data.kasus.map((k) => [k.indikator, k] as const))('%s', (_, k) => {
    const c = hitungCapaian(angka(k.realisasi), angka(k.target));
    expect(typeof c).toBe('number');
    expect(bulat(c as number, 2)).toBe(k.capaian);
  });

  it.each(data.kualitatif.map((k) => [k.indikator, k] as const))('qualitative: %s', (_, k) => {
    expect(hitungCapaian(angka(k.realisasi), angka(k.target))).toBe(k.capaian);
  });

  it('the printed (rounded) realisasi gives another answer where the golden note says so', () => {
    const berbeda = data.kasus
      .filter((k) => k.realisasi_tercetak !== undefined)
      .filter((k) => {
        const c = hitungCapaian(angka(k.realisasi_tercetak as string), angka(k.target)) as number;
        return bulat(c, 2) !== k.capaian;
      });
    expect(berbeda.length).toBeGreaterThan(0);
  });
});

describe('golden capaian (function layer)', () => {
  it('one cell at a time', () => {
    for (const k of [...data.kasus, ...data.kualitatif]) {
      expect(bulat(CAPAIAN(k.realisasi, k.target) as number, 2)).toBe(k.capaian);
    }
  });

  it('whole columns in one call, same shape out', () => {
    const semua = [...data.kasus, ...data.kualitatif];
    const hasil = CAPAIAN(
      semua.map((k) => [k.realisasi]),
      semua.map((k) => [k.target]),
    ) as number[][];
    expect(hasil).toHaveLength(semua.length);
    expect(hasil.map((b) => bulat(b[0]!, 2))).toEqual(semua.map((k) => k.capaian));
  });

  it('targets typed as Indonesian text give the same', () => {
    const teks = (x: number | string) => (typeof x === 'number' ? String(x).replace('.', ',') : x);
    const hasil = CAPAIAN(
      data.kasus.map((k) => [k.realisasi]),
      data.kasus.map((k) => [teks(k.target)]),
    ) as number[][];
    expect(hasil.map((b) => bulat(b[0]!, 2))).toEqual(data.kasus.map((k) => k.capaian));
  });
});
