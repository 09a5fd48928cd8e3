import fc from 'fast-check';
import { beforeAll, describe, expect, it } from 'vitest';
import { emas } from '../core/golden/emas';
import { muatProyek, polos, type ProyekGas } from './muat';

// The custom functions as Google Sheets calls them, through the generated top-level stubs of the
// built project: a single cell arrives as a value, a range as a 2D array with '' for blank cells.
// A Galat is a thrown Error for a single cell and '#GALAT: <pesan>' text inside a range.

// eslint-disable-next-line @typescript-eslint/no-explicit-any
const golden = (nama: string): any => emas(nama);

let g: ProyekGas['global'];
beforeAll(() => {
  g = muatProyek().global;
});

/** Same to the 2 decimals the reports print. */
function dekat(x: unknown, harapan: number): void {
  expect(typeof x).toBe('number');
  expect(Math.abs((x as number) - harapan)).toBeLessThanOrEqual(0.005 + 1e-9);
}
const kolom = <T>(xs: T[]): T[][] => xs.map((x) => [x]);
const satu = (x: unknown): unknown => (Array.isArray(x) ? x[0][0] : x);

describe('CAPAIAN', () => {
  const { kasus, kualitatif } = golden('capaian');

  it('answers every golden case for single cells', () => {
    for (const k of [...kasus, ...kualitatif]) dekat(g.CAPAIAN!(k.realisasi, k.target), k.capaian);
  });

  it('answers a whole column in one call, blank in giving blank out', () => {
    const realisasi = kolom<unknown>(kasus.map((k: { realisasi: number }) => k.realisasi));
    const target = kolom<unknown>(kasus.map((k: { target: number }) => k.target));
    realisasi.splice(3, 0, ['']);
    target.splice(3, 0, ['']);
    const hasil = polos(g.CAPAIAN!(realisasi, target)) as unknown[][];
    expect(hasil).toHaveLength(kasus.length + 1);
    expect(hasil[3]).toEqual(['']);
    const tanpaKosong = hasil.filter((_, i) => i !== 3);
    kasus.forEach((k: { capaian: number }, i: number) => dekat(tanpaKosong[i]![0], k.capaian));
  });

  it('throws one Indonesian message for a bad single cell, and marks only the bad row of a range', () => {
    expect(() => g.CAPAIAN!(50, 0)).toThrow(/^Target 0/);
    let pesan = '';
    try {
      g.CAPAIAN!(50, 0);
    } catch (e) {
      pesan = (e as Error).message;
    }
    const hasil = polos(g.CAPAIAN!([[50], [90], ['85,20']], [[0], [100], [100]])) as unknown[][];
    expect(hasil[0]).toEqual([`#GALAT: ${pesan}`]);
    dekat(hasil[1]![0], 90);
    dekat(hasil[2]![0], 85.2);
  });
});

describe('NPS', () => {
  it('answers every golden case from ranges of capaian and bobot', () => {
    for (const k of golden('nps').kasus) dekat(satu(g.NPS!(kolom(k.capaian), kolom(k.bobot))), k.nps);
  });
});

describe('KRITERIA', () => {
  it('answers every golden case, singly and as a range', () => {
    const { kasus } = golden('kriteria');
    for (const k of kasus) expect(satu(g.KRITERIA!(k.nilai, k.skema))).toBe(k.label);
    for (const skema of new Set<string>(kasus.map((k: { skema: string }) => k.skema))) {
      const milik = kasus.filter((k: { skema: string }) => k.skema === skema);
      const hasil = polos(g.KRITERIA!(kolom(milik.map((k: { nilai: number }) => k.nilai)), skema));
      expect(hasil).toEqual(kolom(milik.map((k: { label: string }) => k.label)));
    }
  });
});

describe('EFISIENSI', () => {
  const { kasus, tak_terhitung } = golden('efisiensi');

  it('answers IE, TE and kategori of every golden case', () => {
    for (const k of kasus) {
      dekat(satu(g.EFISIENSI!(k.output, k.input, 'IE')), k.IE);
      dekat(satu(g.EFISIENSI!(k.output, k.input, 'TE')), k.TE);
      expect(satu(g.EFISIENSI!(k.output, k.input, 'kategori'))).toBe(k.kategori);
    }
    const ie = polos(
      g.EFISIENSI!(kolom(kasus.map((k: { output: number }) => k.output)), kolom(kasus.map((k: { input: number }) => k.input)), 'IE'),
    ) as number[][];
    kasus.forEach((k: { IE: number }, i: number) => dekat(ie[i]![0], k.IE));
  });

  it('refuses input 0 % with a reason, never #DIV/0!', () => {
    for (const k of tak_terhitung) {
      const input = (k.input_realisasi / k.input_pagu) * 100;
      expect(() => g.EFISIENSI!(k.output_pct, input, 'IE')).toThrow(/\S/);
      const [[teks]] = polos(g.EFISIENSI!([[k.output_pct]], [[input]], 'IE')) as [[string]];
      expect(teks).toMatch(/^#GALAT: /);
      expect(teks).not.toMatch(/DIV|Infinity|NaN/);
    }
  });
});

describe('SERAPAN', () => {
  it('answers every golden budget row', () => {
    const { kasus } = golden('anggaran');
    for (const k of kasus) dekat(satu(g.SERAPAN!(k.realisasi, k.pagu)), k.persen);
  });
});

describe('TARGET_TW', () => {
  it('takes the target of the quarter from 12 monthly cells, blank where a month has none', () => {
    for (const k of golden('periode').kasus) {
      const bulanan = [k.bulanan.map((x: number | null) => x ?? '-')];
      for (const [tw, harapan] of Object.entries(k.target_tw) as [string, number | null][]) {
        const hasil = satu(g.TARGET_TW!(bulanan, tw));
        if (harapan === null) expect(hasil).toBe('');
        else dekat(hasil, harapan);
      }
    }
  });
});

describe('IKM and ANGKA', () => {
  it('IKM is the mean of the element scores times 25', () => {
    dekat(satu(g.IKM!([[3.2, 3.4, 3.1, 3.5]])), ((3.2 + 3.4 + 3.1 + 3.5) / 4) * 25);
  });

  it('ANGKA reads numbers as planners type them, and leaves "no figure" blank', () => {
    const hasil = polos(g.ANGKA!([['85,20'], ['1.234.567,89'], ['Rp359.611.361.000,-'], ['70 %'], ['-'], ['']])) as unknown[][];
    expect(hasil).toEqual([[85.2], [1234567.89], [359611361000], [70], [''], ['']]);
  });
});

describe('any input, as Sheets may pass it', () => {
  // what a cell can hold: numbers, text as typed, blanks, booleans, dates (no NaN or Infinity in a cell)
  const sel = fc.oneof(
    fc.double({ noNaN: true, noDefaultInfinity: true }),
    fc.integer({ min: -1000, max: 1000 }),
    fc.constantFrom('', '-', '85,20', '1.234.567,89', 'Rp359.611.361.000,-', '70 %', 'Akhir Tahun', 'WTP', 'TW III', 'x'),
    fc.string(),
    fc.boolean(),
    fc.date({ noInvalidDate: true }),
  );
  const kolomAcak = (m: number) => fc.array(fc.tuple(sel), { minLength: m, maxLength: m });
  const duaKolom = fc.integer({ min: 2, max: 12 }).chain((m) => fc.tuple(kolomAcak(m), kolomAcak(m)));

  it('a range in gives the same shape out, each cell a finite number or a text, never a throw', () => {
    fc.assert(
      fc.property(duaKolom, fc.constantFrom('CAPAIAN', 'SERAPAN', 'EFISIENSI'), ([a, b], nama) => {
        const hasil = polos(g[nama]!(a, b)) as unknown[][];
        expect(hasil.map((r) => r.length)).toEqual(a.map(() => 1));
        for (const [x] of hasil) {
          if (typeof x === 'number') expect(Number.isFinite(x)).toBe(true);
          else expect(x === '' || /^#GALAT: \S/.test(x as string)).toBe(true);
        }
      }),
    );
  });

  it('a single bad cell throws one Indonesian sentence, never a stack trace or a JavaScript error', () => {
    fc.assert(
      fc.property(sel, sel, (a, b) => {
        let hasil: unknown;
        try {
          hasil = g.CAPAIAN!(a, b);
        } catch (e) {
          const pesan = (e as Error).message;
          expect(pesan).not.toMatch(/\n\s+at |undefined|Cannot read|is not a function/);
          expect(pesan.length).toBeGreaterThan(5);
          return;
        }
        expect(typeof hasil === 'number' ? Number.isFinite(hasil) : hasil === '').toBe(true);
      }),
    );
  });
});
