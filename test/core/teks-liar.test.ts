// Hostile text in core: option and scheme names are looked up as own properties only, the number
// reader stays linear on long texts, messages quote a cell's text cut to 60 characters.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { bacaAngka } from '../../core/angka';
import { EFISIENSI, KRITERIA } from '../../core/fungsi';
import { isGalat } from '../../core/galat';
import { milik } from '../../core/milik';
import { kutipPendek } from '../../core/potong-teks';
import { bangunTabel } from '../../core/tabel/index';
import type { HasilSkor } from '../../core/model';

const NAMA_WARISAN = ['__proto__', 'constructor', 'toString', 'hasOwnProperty', 'valueOf'];

describe('own-property lookups', () => {
  it.each(NAMA_WARISAN)('KRITERIA(85;;"%s") and EFISIENSI(100;100;"%s") say the output is unknown', (nama) => {
    for (const hasil of [KRITERIA(85, undefined, nama), EFISIENSI(100, 100, nama)]) {
      expect(isGalat(hasil)).toBe(true);
      expect(String((hasil as { pesan: string }).pesan)).toContain(nama);
    }
  });

  it.each(NAMA_WARISAN)('scheme "%s" is an unknown scheme', (nama) => {
    expect(isGalat(KRITERIA(85, nama))).toBe(true);
  });

  it.each(NAMA_WARISAN)('table id "%s" is skipped as unknown', (nama) => {
    const kosong = { indikator: [], sasaran: [], perspektif: [] } as unknown as HasilSkor;
    expect(bangunTabel(kosong, { tabel: [nama] }).dilewati[0]).toMatchObject({ id: nama.toLowerCase() });
  });

  it('milik: only own entries, for any name (property)', () => {
    const tabel: Record<string, number> = { a: 1 };
    fc.assert(
      fc.property(fc.oneof(fc.string(), fc.constantFrom(...NAMA_WARISAN)), (n) => {
        expect(milik(tabel, n)).toBe(n === 'a' ? 1 : undefined);
      }),
    );
  });
});

describe('the number reader on 100,000-character texts', () => {
  // each of these took time growing with the square of the length (or worse) before; the test
  // finishes within vitest's default limit only when the reader is linear
  it.each([
    ['(', '('.repeat(100_000)],
    ['>=', '>='.repeat(50_000) + 'x'],
    ['1.', '1.'.repeat(50_000) + 'x'],
    ['rp ', 'rp '.repeat(33_000) + 'x'],
    ['(a', '(a'.repeat(50_000)],
  ])('a run of "%s" is a galat quoting 60 characters and the length', (_, teks) => {
    const a = bacaAngka(teks);
    expect(a.jenis).toBe('galat');
    const pesan = (a as { pesan: string }).pesan;
    expect(pesan.length).toBeLessThan(200);
    expect(pesan).toContain(`karakter)`);
  });
});

describe('kutipPendek', () => {
  it('quotes short texts whole, long ones as 60 characters and the length', () => {
    expect(kutipPendek('abc')).toBe('"abc"');
    expect(kutipPendek('x'.repeat(32767))).toBe(`"${'x'.repeat(60)}…" (32.767 karakter)`);
  });
});
