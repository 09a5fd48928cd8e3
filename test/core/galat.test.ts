import { describe, expect, it } from 'vitest';
import { galat, isGalat } from '../../core/galat';

describe('galat', () => {
  it('is a value that carries its kind and message', () => {
    const g = galat('nilai', 'Target 0: capaian tidak dapat dihitung');
    expect(g).toEqual({ galat: true, kode: 'nilai', pesan: 'Target 0: capaian tidak dapat dihitung' });
    expect(isGalat(g)).toBe(true);
    expect(isGalat({ kode: 'nilai' })).toBe(false);
    expect(isGalat(null)).toBe(false);
  });
});
