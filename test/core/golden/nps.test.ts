import { describe, expect, it } from 'vitest';
import { bulat } from '../../../core/bulat';
import { NPS } from '../../../core/fungsi';
import { rataTertimbang } from '../../../core/nps';
import { emas, type EmasNps } from './emas';

const data = emas<EmasNps>('nps');

describe('golden NPS', () => {
  it.each(data.kasus.map((k) => [k.sasaran, k] as const))('%s', (_, k) => {
    expect(bulat(rataTertimbang(k.capaian, k.bobot) as number, 2)).toBe(k.nps);
    // function layer: a column of capaian (no figure = blank cell) and its weights
    const kolom = k.capaian.map((c) => [c === null ? '' : c]);
    expect(
      bulat(
        NPS(
          kolom,
          k.bobot.map((b) => [b]),
        ) as number,
        2,
      ),
    ).toBe(k.nps);
    // the same as a row, and with '-' for no figure
    expect(bulat(NPS([k.capaian.map((c) => (c === null ? '-' : c))], [k.bobot]) as number, 2)).toBe(k.nps);
  });
});
