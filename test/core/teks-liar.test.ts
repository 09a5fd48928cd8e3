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

/**
 * Work of the regular expressions `f` runs: every exec (replace, test and split call it once
 * RegExp.prototype.exec is replaced) counts the characters it searches, from lastIndex to the match's
 * end for a global or sticky one, the whole text for any other. A reader that searched again from
 * each character, or ran one expression per character, counts the square of the length.
 */
function kerjaRegex(f: () => void): { panggilan: number; karakter: number } {
  const asli = RegExp.prototype.exec;
  const kerja = { panggilan: 0, karakter: 0 };
  RegExp.prototype.exec = function (this: RegExp, teks: string) {
    const berjalan = this.global || this.sticky;
    const dari = berjalan ? this.lastIndex : 0;
    const m = asli.call(this, teks);
    const sampai = m !== null && berjalan ? this.lastIndex : String(teks).length;
    kerja.panggilan++;
    kerja.karakter += Math.max(1, sampai - dari);
    return m;
  };
  try {
    f();
  } finally {
    RegExp.prototype.exec = asli;
  }
  return kerja;
}

describe('the number reader on 100,000-character texts', () => {
  // each of these took time growing with the square of the length (or worse) before
  it.each([
    ['(', '('.repeat(100_000)],
    ['>=', '>='.repeat(50_000) + 'x'],
    ['1.', '1.'.repeat(50_000) + 'x'],
    ['rp ', 'rp '.repeat(33_000) + 'x'],
    ['(a', '(a'.repeat(50_000)],
  ])('a run of "%s" is a galat quoting 60 characters and the length, read in a bounded number of passes', (_, teks) => {
    let a: ReturnType<typeof bacaAngka> | undefined;
    const kerja = kerjaRegex(() => (a = bacaAngka(teks)));
    expect(a?.jenis).toBe('galat');
    const pesan = (a as { pesan: string }).pesan;
    expect(pesan.length).toBeLessThan(200);
    expect(pesan).toContain(`karakter)`);
    // about 13 passes over the text (one per expression tried), never one per character
    expect(kerja.karakter).toBeLessThanOrEqual(20 * teks.length);
    expect(kerja.panggilan).toBeLessThanOrEqual(teks.length);
  });

  it('the work counter sees a search started again at every character', () => {
    const teks = 'a'.repeat(2_000);
    const kerja = kerjaRegex(() => {
      for (let i = 0; i < teks.length; i++) /b/.exec(teks.slice(i));
    });
    expect(kerja.karakter).toBeGreaterThan(20 * teks.length);
  });
});

describe('kutipPendek', () => {
  it('quotes short texts whole, long ones as 60 characters and the length', () => {
    expect(kutipPendek('abc')).toBe('"abc"');
    expect(kutipPendek('x'.repeat(32767))).toBe(`"${'x'.repeat(60)}…" (32.767 karakter)`);
  });
});
