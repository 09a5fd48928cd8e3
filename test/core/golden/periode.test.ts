import { describe, expect, it } from 'vitest';
import { bacaAngka } from '../../../core/angka';
import { TARGET_TW } from '../../../core/fungsi';
import { realisasiTriwulan, targetTriwulan } from '../../../core/periode';
import { emas, TW, type EmasPeriode } from './emas';

const data = emas<EmasPeriode>('periode');

describe('golden target triwulan', () => {
  it.each(data.kasus.map((k) => [k.indikator, k] as const))('%s', (_, k) => {
    const bulanan = k.bulanan.map((b) => bacaAngka(b === null ? '-' : b));
    for (const [nama, harapan] of Object.entries(k.target_tw)) {
      const t = targetTriwulan(bulanan, TW[nama]!);
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

describe('realisasi triwulan', () => {
  const angka = (nilai: number) => ({ jenis: 'angka', nilai }) as const;

  it('from 4 quarterly figures takes the quarter its own, as the target does', () => {
    const triwulanan = [angka(10), angka(20), angka(30), angka(40)];
    expect(realisasiTriwulan(triwulanan, 1)).toEqual(angka(10));
    expect(realisasiTriwulan(triwulanan, 2)).toEqual(angka(20));
    expect(realisasiTriwulan(triwulanan, 4)).toEqual(angka(40));
  });

  it('from 12 monthly figures takes the last month of the quarter', () => {
    const bulanan = Array.from({ length: 12 }, (_, i) => angka(i + 1));
    expect(realisasiTriwulan(bulanan, 1)).toEqual(angka(3));
    expect(realisasiTriwulan(bulanan, 3)).toEqual(angka(9));
  });

  it('a list of another size has no figure for the quarter (no crash)', () => {
    expect(realisasiTriwulan([angka(5)], 2)).toEqual({ jenis: 'kosong', nama: 'Realisasi TW II', alasan: 'sel kosong' });
  });
});
