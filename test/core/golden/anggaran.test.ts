import { describe, expect, it } from 'vitest';
import { hitungSerapan } from '../../../core/anggaran';
import { bulat } from '../../../core/bulat';
import { SERAPAN } from '../../../core/fungsi';
import { isGalat } from '../../../core/galat';
import { emas, type EmasAnggaran } from './emas';

const data = emas<EmasAnggaran>('anggaran');

describe('golden serapan anggaran', () => {
  it.each(data.kasus.map((k) => [k.baris, k] as const))('%s', (_, k) => {
    const s = hitungSerapan(k.realisasi, k.pagu);
    if (isGalat(s)) throw new Error(s.pesan);
    expect(bulat(s.persen, 2)).toBe(k.persen);
    expect(s.sisa).toBe(k.sisa);
    expect(bulat(SERAPAN(k.realisasi, k.pagu) as number, 2)).toBe(k.persen);
  });

  it('amounts typed as rupiah text, a whole column in one call', () => {
    const rupiah = (n: number) => `Rp${n.toLocaleString('id-ID')},-`;
    const hasil = SERAPAN(
      data.kasus.map((k) => [rupiah(k.realisasi)]),
      data.kasus.map((k) => [rupiah(k.pagu)]),
    ) as number[][];
    expect(hasil.map((b) => bulat(b[0]!, 2))).toEqual(data.kasus.map((k) => k.persen));
  });
});
