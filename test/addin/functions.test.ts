// The built dist/addin/functions.js run as Excel runs it: a script in a context that has a
// CustomFunctions object, each function called with what Excel passes (2D arrays for the
// matrix parameters, null for a blank cell or an omitted argument).
import { readFileSync } from 'node:fs';
import path from 'node:path';
import vm from 'node:vm';
import { beforeAll, describe, expect, it } from 'vitest';
import { bulat } from '../../core/bulat';
import { emas as bacaEmas } from '../core/golden/emas';

const DIST = path.resolve(__dirname, '../../dist/addin');
// eslint-disable-next-line @typescript-eslint/no-explicit-any
const emas = (nama: string): any => bacaEmas(nama);

/** The contract stored in users' workbooks: never change these. */
const ID_TETAP = ['CAPAIAN', 'NPS', 'KRITERIA', 'EFISIENSI', 'SERAPAN', 'TARGET_TW', 'IKM', 'ANGKA'];

interface Metadata {
  functions: {
    id: string;
    name: string;
    description?: string;
    parameters: { name: string; description?: string; dimensionality?: string }[];
    result?: { dimensionality?: string };
  }[];
}

class ErrorExcel {
  constructor(
    readonly code: string,
    readonly message?: string,
  ) {}
}

type Fungsi = (...a: unknown[]) => unknown;
let metadata: Metadata;
const fungsi = new Map<string, Fungsi>();

beforeAll(() => {
  metadata = JSON.parse(readFileSync(path.join(DIST, 'functions.json'), 'utf8'));
  const CustomFunctions = {
    associate: (id: string, f: Fungsi) => {
      if (fungsi.has(id)) throw new Error(`${id} associated twice`);
      fungsi.set(id, f);
    },
    Error: ErrorExcel,
    ErrorCode: { invalidValue: '#VALUE!', notAvailable: '#N/A' },
  };
  vm.runInNewContext(readFileSync(path.join(DIST, 'functions.js'), 'utf8'), { CustomFunctions });
});

/** Calls a function by the id functions.json gives it. */
function panggil(id: string, ...argumen: unknown[]): unknown {
  const meta = metadata.functions.find((f) => f.id === id);
  if (!meta) throw new Error(`${id} is not in functions.json`);
  const f = fungsi.get(meta.id);
  if (!f) throw new Error(`${id} was not associated`);
  // Excel passes every declared parameter; an omitted optional one arrives as null
  while (argumen.length < meta.parameters.length) argumen.push(null);
  return f(...argumen);
}

const sel = (x: unknown) => [[x]];
const kolom = (xs: readonly unknown[]) => xs.map((x) => [x]);
const tunggal = (hasil: unknown) => {
  expect(Array.isArray(hasil) && hasil.length === 1 && (hasil as unknown[][])[0]!.length === 1).toBe(true);
  return (hasil as unknown[][])[0]![0];
};
const dua = (x: unknown) => (typeof x === 'number' ? bulat(x, 2) : x);

describe('functions.json', () => {
  it('keeps the ids, names and order that workbooks store', () => {
    expect(metadata.functions.map((f) => f.id)).toEqual(ID_TETAP);
    expect(metadata.functions.map((f) => f.name)).toEqual(ID_TETAP);
    expect([...fungsi.keys()].sort()).toEqual([...ID_TETAP].sort());
  });

  it('describes every function and every parameter', () => {
    for (const f of metadata.functions) {
      expect(f.description, f.id).toMatch(/\S{3}/);
      for (const p of f.parameters) expect(p.description, `${f.id}(${p.name})`).toMatch(/\S{3}/);
    }
  });

  it('takes ranges for the data parameters, so one call scores a column', () => {
    const dimensi = Object.fromEntries(metadata.functions.map((f) => [f.id, f.parameters[0]!.dimensionality]));
    expect(dimensi).toEqual(Object.fromEntries(ID_TETAP.map((id) => [id, 'matrix'])));
  });
});

describe('functions.js answers the golden cases', () => {
  it('CAPAIAN, one cell at a time and as one range', () => {
    const { kasus, kualitatif } = emas('capaian');
    for (const k of kasus) expect(dua(tunggal(panggil('CAPAIAN', sel(k.realisasi), sel(k.target)))), k.indikator).toBe(k.capaian);
    const semua = panggil(
      'CAPAIAN',
      kolom(kasus.map((k: { realisasi: number }) => k.realisasi)),
      kolom(kasus.map((k: { target: number }) => k.target)),
    ) as number[][];
    expect(semua.map((b) => dua(b[0]))).toEqual(kasus.map((k: { capaian: number }) => k.capaian));
    for (const k of kualitatif) expect(tunggal(panggil('CAPAIAN', sel(k.realisasi), sel(k.target)))).toBe(k.capaian);
  });

  it('ANGKA reads the printed realisasi', () => {
    const dicetak = emas('capaian').kasus.filter((k: { realisasi_tercetak?: string }) => k.realisasi_tercetak);
    expect(dicetak.length).toBeGreaterThan(0);
    for (const k of dicetak) expect(tunggal(panggil('ANGKA', sel(k.realisasi_tercetak)))).toBe(Number(k.realisasi_tercetak.replace(',', '.')));
  });

  it('NPS over a range with weights, blanks left out', () => {
    for (const k of emas('nps').kasus) {
      expect(dua(panggil('NPS', kolom(k.capaian), kolom(k.bobot))), k.sasaran).toBe(k.nps);
    }
  });

  it('KRITERIA per value and per range, for each scheme', () => {
    const { kasus } = emas('kriteria');
    for (const k of kasus) expect(tunggal(panggil('KRITERIA', sel(k.nilai), sel(k.skema))), `${k.skema} ${k.nilai}`).toBe(k.label);
    for (const skema of new Set<string>(kasus.map((k: { skema: string }) => k.skema))) {
      const daftar = kasus.filter((k: { skema: string }) => k.skema === skema);
      const hasil = panggil('KRITERIA', kolom(daftar.map((k: { nilai: number }) => k.nilai)), sel(skema)) as string[][];
      expect(hasil.map((b) => b[0])).toEqual(daftar.map((k: { label: string }) => k.label));
    }
  });

  it('EFISIENSI: IE, TE and kategori; nothing spent is an error with a reason, never Infinity', () => {
    const { kasus, tak_terhitung } = emas('efisiensi');
    for (const k of kasus) {
      expect(dua(tunggal(panggil('EFISIENSI', sel(k.output), sel(k.input)))), k.sasaran).toBe(k.IE);
      expect(dua(tunggal(panggil('EFISIENSI', sel(k.output), sel(k.input), 'TE'))), k.sasaran).toBe(k.TE);
      expect(tunggal(panggil('EFISIENSI', sel(k.output), sel(k.input), 'kategori')), k.sasaran).toBe(k.kategori);
    }
    const ie = panggil(
      'EFISIENSI',
      kolom(kasus.map((k: { output: number }) => k.output)),
      kolom(kasus.map((k: { input: number }) => k.input)),
    ) as number[][];
    expect(ie.map((b) => dua(b[0]))).toEqual(kasus.map((k: { IE: number }) => k.IE));
    for (const k of tak_terhitung) {
      const input = tunggal(panggil('SERAPAN', sel(k.input_realisasi), sel(k.input_pagu)));
      const hasil = tunggal(panggil('EFISIENSI', sel(k.output_pct), sel(input)));
      expect(hasil).toBeInstanceOf(ErrorExcel);
      expect((hasil as ErrorExcel).message).toMatch(/\S/);
    }
  });

  it('SERAPAN per row and over a column', () => {
    const { kasus } = emas('anggaran');
    for (const k of kasus) expect(dua(tunggal(panggil('SERAPAN', sel(k.realisasi), sel(k.pagu)))), k.baris).toBe(k.persen);
    const semua = panggil(
      'SERAPAN',
      kolom(kasus.map((k: { realisasi: number }) => k.realisasi)),
      kolom(kasus.map((k: { pagu: number }) => k.pagu)),
    ) as number[][];
    expect(semua.map((b) => dua(b[0]))).toEqual(kasus.map((k: { persen: number }) => k.persen));
  });

  it('TARGET_TW from a row of monthly targets and for several indicators at once', () => {
    const { kasus } = emas('periode');
    const tw = ['TW I', 'TW II', 'TW III', 'TW IV'];
    for (const k of kasus) {
      tw.forEach((t, i) => expect(tunggal(panggil('TARGET_TW', [k.bulanan], i + 1)), `${k.indikator} ${t}`).toBe(k.target_tw[t] ?? ''));
    }
    const semua = panggil(
      'TARGET_TW',
      kasus.map((k: { bulanan: unknown[] }) => k.bulanan),
      'TW III',
    ) as unknown[][];
    expect(semua.map((b) => b[0])).toEqual(kasus.map((k: { target_tw: Record<string, number | null> }) => k.target_tw['TW III'] ?? ''));
  });
});

describe('functions.js at the edges Excel sends', () => {
  it('answers a blank cell with "" and keeps the shape of a range with blanks', () => {
    expect(panggil('CAPAIAN', sel(null), sel(100))).toEqual([['']]);
    expect(panggil('CAPAIAN', [[50], [null], ['-']], [[100], [100], [100]])).toEqual([[50], [''], ['']]);
  });

  it('turns a bad cell into #VALUE! with an Indonesian message, without blanking its neighbours', () => {
    const hasil = panggil('CAPAIAN', [[50], [80]], [[100], [0]]) as unknown[][];
    expect(hasil[0]![0]).toBe(50);
    expect(hasil[1]![0]).toBeInstanceOf(ErrorExcel);
    expect((hasil[1]![0] as ErrorExcel).code).toMatch(/^#(VALUE!|N\/A)$/);
    expect((hasil[1]![0] as ErrorExcel).message).toMatch(/target/i);
    const teks = tunggal(panggil('ANGKA', sel('sekitar delapan'))) as ErrorExcel;
    expect(teks).toBeInstanceOf(ErrorExcel);
    expect(teks.code).toBe('#VALUE!');
  });
});
