import { describe, expect, it } from 'vitest';
import { bulat } from '../../../core/bulat';
import { hitungEfisiensi } from '../../../core/efisiensi';
import { hitungSerapan } from '../../../core/anggaran';
import { EFISIENSI, SERAPAN } from '../../../core/fungsi';
import { isGalat } from '../../../core/galat';
import { PESAN } from '../../../core/pesan';
import { emas, type EmasEfisiensi } from './emas';

const data = emas<EmasEfisiensi>('efisiensi');

describe('golden efisiensi', () => {
  it.each(data.kasus.map((k) => [k.sasaran, k] as const))('%s', (_, k) => {
    const e = hitungEfisiensi(k.output, k.input);
    if (isGalat(e)) throw new Error(e.pesan);
    expect([bulat(e.IE, 2), e.SE, bulat(e.TE, 2), e.kategori]).toEqual([k.IE, k.SE, k.TE, k.kategori]);
    expect(bulat(EFISIENSI(k.output, k.input) as number, 2)).toBe(k.IE);
    expect(bulat(EFISIENSI(k.output, k.input, 'TE') as number, 2)).toBe(k.TE);
    expect(EFISIENSI(k.output, k.input, 'kategori')).toBe(k.kategori);
  });

  it('a whole table in one call per output', () => {
    const out = data.kasus.map((k) => [k.output]);
    const inp = data.kasus.map((k) => [k.input]);
    expect((EFISIENSI(out, inp) as number[][]).map((b) => bulat(b[0]!, 2))).toEqual(data.kasus.map((k) => k.IE));
    expect(EFISIENSI(out, inp, 'kategori')).toEqual(data.kasus.map((k) => [k.kategori]));
  });

  it.each(data.tak_terhitung.map((k, i) => [i, k] as const))('input 0%% is not computable, with a reason (%s)', (_, k) => {
    const input = SERAPAN(k.input_realisasi, k.input_pagu) as number;
    expect(input).toBe(0);
    expect(hitungSerapan(k.input_realisasi, k.input_pagu)).toEqual({ persen: 0, sisa: k.input_pagu });
    const galat = { galat: true, kode: 'na', pesan: PESAN.inputNol };
    expect(hitungEfisiensi(k.output_pct, input)).toEqual(galat);
    expect(EFISIENSI(k.output_pct, input)).toEqual(galat);
    expect(EFISIENSI([[k.output_pct], [100]], [[input], [98]])).toEqual([[galat], [100 / 98]]);
  });
});
