import { describe, expect, it } from 'vitest';
import { bacaAngka } from '../../../core/angka';
import { TARGET_TW } from '../../../core/fungsi';
import { targetTriwulan } from '../../../core/periode';
import { emas, TW, type EmasPeriode } from './emas';

const data = emas<EmasPeriode>('periode');

describe('golden target triwulan', () => {
  it.each(data.kasus.map((k) => [k.indikator, k] as const))('%s', (_, k) => {
    const bulanan = k.bulanan.map((b) => bacaAngka(b === null ? '-' : b));
    for (const [nama, harapan] of Object.entries(k.target_tw)) {
      const t = targetTriwulan(bulanan, TW[nama]);
      expect(t.jenis === 'angka' ? t.nilai : null).toBe(harapan);
      // function layer: a row of 12, a column of 12, the quarter written as text or a number
      const keluar = harapan === null ? '' : harapan;
      expect(TARGET_TW([k.bulanan.map((b) => b ?? '-')], nama)).toEqual([[keluar]]);
      expect(
        TARGET_TW(
          k.bulanan.map((b) => [b ?? '']),
          TW[nama],
        ),
      ).toEqual([[keluar]]);
    }
  });

  it('n rows × 12 months give n×1, one per indicator', () => {
    const rentang = data.kasus.map((k) => k.bulanan.map((b) => b ?? '-'));
    for (const [nama, tw] of Object.entries(TW)) {
      expect(TARGET_TW(rentang, nama)).toEqual(data.kasus.map((k) => [k.target_tw[nama] ?? '']));
      expect(TARGET_TW(rentang, tw)).toEqual(data.kasus.map((k) => [k.target_tw[nama] ?? '']));
    }
  });

  it('TW IV is the annual target', () => {
    for (const k of data.kasus) expect(k.target_tw['TW IV']).toBe(k.target_tahunan);
  });
});
