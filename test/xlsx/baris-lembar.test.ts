import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { Sel } from '../../core/index';
import { PenyusunBaris } from '../../xlsx/baris-lembar';

const sel = fc.record({
  r: fc.integer({ min: 1, max: 6 }),
  c: fc.integer({ min: 1, max: 12 }),
  nilai: fc.oneof(fc.constant(null), fc.integer(), fc.string({ maxLength: 3 })),
  format: fc.option(fc.constantFrom('0%', '0.00'), { nil: undefined }),
  rumus: fc.option(fc.constant('A1+1'), { nil: undefined }),
});

/** Each row from column kolomMin on, as the reader lays it out. */
function rata(p: PenyusunBaris) {
  const hasil = new Map<number, { nilai: Sel[]; format: (string | undefined)[]; rumus: string[] }>();
  for (const [r, b] of p.baris()) {
    const geser = b.awal - p.kolomMin;
    const format: (string | undefined)[] = [];
    b.format?.forEach((f, i) => (format[i + geser] = f));
    hasil.set(r, {
      nilai: [...new Array<Sel>(geser).fill(null), ...b.nilai],
      format,
      rumus: (b.rumus ?? []).map((x) => `${x.kolom}:${x.rumus}`),
    });
  }
  return hasil;
}

describe('PenyusunBaris', () => {
  it('keeps every row as its cells in order give it: later cells replace earlier ones, formats only where given', () => {
    fc.assert(
      fc.property(fc.array(sel, { maxLength: 40 }), fc.array(fc.nat(), { maxLength: 10 }), (daftar, ujung) => {
        const p = new PenyusunBaris(1_000_000, () => new Error('lebar'));
        const model = new Map<number, { nilai: Map<number, Sel>; format: Map<number, string>; rumus: string[] }>();
        daftar.forEach((s, i) => {
          p.tambah(s.r, s.c, s.nilai, s.format, s.rumus);
          // a row element may end anywhere
          if (ujung.includes(i)) p.simpan();
          const m = model.get(s.r) ?? { nilai: new Map<number, Sel>(), format: new Map<number, string>(), rumus: [] as string[] };
          m.nilai.set(s.c, s.nilai);
          if (s.format !== undefined) m.format.set(s.c, s.format);
          if (s.rumus !== undefined) m.rumus.push(`${s.c}:${s.rumus}`);
          model.set(s.r, m);
        });
        p.simpan();
        const cMin = Math.min(...daftar.map((s) => s.c));
        if (daftar.length > 0) expect(p.kolomMin).toBe(cMin);
        const harap = new Map(
          [...model].map(([r, m]) => {
            const akhir = Math.max(...m.nilai.keys());
            const nilai = Array.from({ length: akhir - cMin + 1 }, (_, j) => m.nilai.get(j + cMin) ?? null);
            const format: (string | undefined)[] = [];
            for (const [c, f] of m.format) format[c - cMin] = f;
            return [r, { nilai, format, rumus: m.rumus }];
          }),
        );
        expect(rata(p)).toStrictEqual(harap);
        expect([...p.baris()].map(([r]) => r)).toEqual([...model.keys()].sort((a, b) => a - b));
      }),
    );
  });

  it('stops as soon as the rows kept need more slots than allowed', () => {
    const p = new PenyusunBaris(102, () => new Error('terlalu lebar'));
    p.tambah(1, 1, 1, undefined);
    p.tambah(1, 60, 1, undefined);
    p.simpan();
    p.tambah(2, 1, 1, undefined);
    p.tambah(3, 40, 1, undefined);
    p.simpan();
    p.tambah(4, 2, 1, undefined);
    // 60 + 1 + 40 + 2 slots
    expect(() => p.simpan()).toThrow('terlalu lebar');
  });
});
