// Properties of every spreadsheet function over arbitrary cells: never an exception, never NaN or
// Infinity, the same shape out as in (NPS and IKM reduce to one value; TARGET_TW gives a row each).
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { adalahAngka, bacaAngka } from '../../core/angka';
import { hitungCapaian } from '../../core/capaian';
import { bacaLembar } from './baca';
import { bulat, formatAngka } from '../../core/bulat';
import { ANGKA, CAPAIAN, EFISIENSI, FUNGSI, IKM, KRITERIA, NPS, SERAPAN, TARGET_TW, type HasilFungsi, type Keluaran } from '../../core/fungsi';
import { isGalat } from '../../core/galat';
import type { Sel } from '../../core/model';

const TEKS_KHAS = [
  '85,20',
  '85.20',
  '1.234.567,89',
  'Rp359.611.361.000,-',
  '70 %',
  'Min 1 negara',
  '3 kawasan',
  '90 (Efisien)',
  'WTP',
  'WDP',
  'TMP',
  '-',
  '',
  ' ',
  'Akhir Tahun',
  'Dimulai TW III',
  'Progress 49,43%',
  'belum diukur',
  'xyz',
  '#DIV/0!',
  'TW III',
  '1.2.3',
  '−5',
  '0',
  '0,00',
  '1e308',
  '9'.repeat(400),
  'negatif',
  'IKM',
  'warna',
];

const sel: fc.Arbitrary<Sel> = fc.oneof(
  fc.double(), // includes NaN, ±Infinity, -0
  fc.integer({ min: -1000, max: 1000 }),
  fc.double({ min: -1e6, max: 1e6, noNaN: true }),
  fc.constantFrom(...TEKS_KHAS),
  fc.string({ maxLength: 12 }),
  fc.boolean(),
  fc.constantFrom(null, undefined),
  fc.date(),
);

const ukuran = fc.tuple(fc.integer({ min: 1, max: 7 }), fc.integer({ min: 1, max: 5 }));
const rentang = (m: number, n: number) => fc.array(fc.array(sel, { minLength: n, maxLength: n }), { minLength: m, maxLength: m });
/** k ranges of one random size. */
const rentangSama = (k: number) => ukuran.chain(([m, n]) => fc.tuple(...Array.from({ length: k }, () => rentang(m, n))));

function selSah(x: unknown): boolean {
  if (typeof x === 'number') return Number.isFinite(x) && !Object.is(x, -0);
  if (typeof x === 'string') return true;
  return isGalat(x) && typeof x.pesan === 'string' && x.pesan.length > 0;
}

function bentukSama(hasil: HasilFungsi, m: number, n: number): boolean {
  return Array.isArray(hasil) && hasil.length === m && hasil.every((b) => b.length === n && b.every(selSah));
}

const ukuranDari = (r: readonly (readonly Sel[])[]) => [r.length, r[0]!.length] as const;

describe('function layer properties', () => {
  it('covers every function', () => {
    expect([...FUNGSI].sort()).toEqual(['ANGKA', 'CAPAIAN', 'EFISIENSI', 'IKM', 'KRITERIA', 'NPS', 'SERAPAN', 'TARGET_TW']);
  });

  it('CAPAIAN: same shape, valid cells, for any realisasi/target/polaritas/batas', () => {
    fc.assert(fc.property(rentangSama(4), ([r, t, p, b]) => bentukSama(CAPAIAN(r, t, p, b), ...ukuranDari(r!))));
    fc.assert(fc.property(sel, sel, sel, sel, (r, t, p, b) => selSah(CAPAIAN(r, t, p, b))));
  });

  it('CAPAIAN: a single value broadcasts over a range', () => {
    fc.assert(
      fc.property(
        ukuran.chain(([m, n]) => rentang(m, n)),
        sel,
        (r, t) => bentukSama(CAPAIAN(r, t), ...ukuranDari(r)),
      ),
    );
  });

  it('KRITERIA: same shape for any scheme code, custom range and output', () => {
    const skema = fc.oneof(
      fc.constantFrom('BPOM-2019', 'KEPKA-128-2022', 'IKM', 'IPP', 'AKIP', 'Efisiensi', 'kepka 128 2022', '', 'xyz'),
      fc.constant(undefined),
      ukuran.chain(([m, n]) => rentang(m, n)),
    );
    const keluaran = fc.oneof(fc.constantFrom('label', 'warna', 'efektivitas', 'kode', 'WARNA', ''), sel);
    fc.assert(
      fc.property(
        ukuran.chain(([m, n]) => rentang(m, n)),
        skema,
        keluaran,
        (v, s, k) => bentukSama(KRITERIA(v, s, k), ...ukuranDari(v)),
      ),
    );
    fc.assert(fc.property(sel, skema, keluaran, (v, s, k) => selSah(KRITERIA(v, s, k))));
  });

  it('EFISIENSI, SERAPAN, ANGKA: same shape, valid cells', () => {
    const keluaran = fc.oneof(fc.constantFrom('IE', 'TE', 'SE', 'kategori', 'ie'), sel);
    fc.assert(fc.property(rentangSama(2), keluaran, ([o, i], k) => bentukSama(EFISIENSI(o, i, k), ...ukuranDari(o!))));
    fc.assert(fc.property(rentangSama(2), ([r, p]) => bentukSama(SERAPAN(r, p), ...ukuranDari(r!))));
    fc.assert(fc.property(rentangSama(1), ([t]) => bentukSama(ANGKA(t), ...ukuranDari(t!))));
    fc.assert(fc.property(sel, sel, sel, (a, b, k) => [EFISIENSI(a, b, k), SERAPAN(a, b), ANGKA(a)].every(selSah)));
  });

  it('NPS and IKM reduce any range to one valid value', () => {
    fc.assert(fc.property(rentangSama(2), ([c, b]) => selSah(NPS(c, b)) && selSah(NPS(c)) && selSah(IKM(c, b)) && selSah(IKM(c))));
    fc.assert(fc.property(sel, sel, (c, b) => selSah(NPS(c, b)) && selSah(IKM(c, b))));
  });

  it('TARGET_TW: n rows of 12 months give n×1, any quarter argument', () => {
    const baris12 = fc.integer({ min: 1, max: 6 }).chain((m) => rentang(m, 12));
    fc.assert(fc.property(baris12, sel, (b, tw) => bentukSama(TARGET_TW(b, tw), b.length, 1)));
    fc.assert(
      fc.property(
        ukuran.chain(([m, n]) => rentang(m, n)),
        sel,
        (b, tw) => {
          const h = TARGET_TW(b, tw);
          return Array.isArray(h) ? h.every((x) => x.length === 1 && x.every(selSah)) : selSah(h);
        },
      ),
    );
  });

  it('big ranges: 5,000 rows in one call', () => {
    const r = Array.from({ length: 5000 }, (_, i) => [i % 7 === 0 ? '-' : `${80 + (i % 50)},${i % 100}`]);
    const t = Array.from({ length: 5000 }, (_, i) => [i % 11 === 0 ? 0 : 90]);
    const c = CAPAIAN(r, t);
    expect(bentukSama(c, 5000, 1)).toBe(true);
    expect(bentukSama(KRITERIA(c as Keluaran[][] as Sel[][]), 5000, 1)).toBe(true);
    expect(typeof NPS(c as Sel[][])).toBe('object'); // the target-0 rows make the NPS a Galat naming one
  });
});

describe('core properties', () => {
  it('bulat agrees with rounding the 15-digit decimal text half away from zero', () => {
    const acuan = (x: number, d: number) => {
      const t = Math.abs(x).toPrecision(15);
      const [m, e] = t.split('e');
      const r = Math.round(Number(`${m}e${Number(e ?? 0) + d}`));
      return Math.sign(x) * Number(`${r}e${-d}`);
    };
    fc.assert(
      fc.property(fc.double({ min: -1e9, max: 1e9, noNaN: true }), fc.integer({ min: 0, max: 6 }), (x, d) => {
        expect(bulat(x, d)).toBe(acuan(x, d));
      }),
    );
    // the values that sit on a .5 at 15 digits, where binary floats mislead
    fc.assert(
      fc.property(fc.integer({ min: -10_000_000, max: 10_000_000 }), (n) => {
        const x = (n + 0.5) / 100; // e.g. 79.995
        expect(bulat(x, 2)).toBe(acuan(x, 2));
        // half away from zero: 79.995 → 80, -79.995 → -80
        expect(bulat(x, 2)).toBe((n >= 0 ? n + 1 : n) / 100);
      }),
    );
  });

  it('formatAngka reads back through bacaAngka as the shown value', () => {
    fc.assert(
      fc.property(fc.double({ min: -1e12, max: 1e12, noNaN: true }), (x) => {
        const a = bacaAngka(formatAngka(x, 2));
        expect(a).toEqual({ jenis: 'angka', nilai: bulat(x, 2) || 0 });
        expect(bacaAngka(x.toFixed(2))).toEqual({ jenis: 'angka', nilai: Number(x.toFixed(2)) || 0 });
      }),
    );
  });

  it('bacaLembar never throws on any grid', () => {
    const kata = fc.constantFrom(
      'No',
      'Sasaran',
      'Indikator Kinerja',
      'Target',
      'Realisasi',
      'TW III',
      'Jan',
      'B3',
      'Perspektif',
      'IKU',
      'Bobot',
      'Polaritas',
      'A. Customer Perspective',
      '2023',
    );
    const isi = fc.oneof(sel, kata);
    fc.assert(
      fc.property(fc.array(fc.array(isi, { maxLength: 10 }), { maxLength: 25 }), (grid) => {
        const h = bacaLembar(grid);
        expect(Array.isArray(h.masalah)).toBe(true);
        if (h.model === null) expect(h.masalah.length).toBeGreaterThan(0);
      }),
      { numRuns: 300 },
    );
  });
});

describe('adalahAngka: a figure, qualitative ones included', () => {
  const kualitatif = fc
    .tuple(
      fc.constantFrom('Tersedia', 'Tidak Tersedia', 'Sesuai', 'Tidak Sesuai', 'WTP', 'Opini WTP', 'Baik', 'Tercapai'),
      fc.boolean(),
      fc.constantFrom('', ' ', '  '),
    )
    .map(([t, besar, spasi]) => `${spasi}${besar ? t.toUpperCase() : t.toLowerCase()}${spasi}`);

  it('is true for a number and a qualitative label in any case, whose capaian against itself is 100', () => {
    fc.assert(
      fc.property(kualitatif, (t) => {
        expect(adalahAngka(t)).toBe(true);
        expect(hitungCapaian(bacaAngka(t), bacaAngka(t), { polaritas: 'positif' })).toBe(100);
      }),
    );
    fc.assert(
      fc.property(fc.double({ noNaN: true, noDefaultInfinity: true }), (x) => {
        expect(adalahAngka(x)).toBe(true);
      }),
    );
  });

  it('is false for what is no figure: blank, a dash, a "not yet" text, an unreadable text, a column word', () => {
    for (const s of [null, undefined, '', ' ', '-', 'Akhir Tahun', 'belum diukur', 'sebelas kali', 'Pagu (Rp)', 'Serapan (%)', true]) {
      expect(adalahAngka(s as Sel)).toBe(false);
    }
  });
});
