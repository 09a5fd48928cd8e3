import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { jsonBertahap, tulisBertahap } from '../../cli/json-bertahap';

const gabung = (nilai: Record<string, unknown>) => [...jsonBertahap(nilai)].join('');

describe('jsonBertahap', () => {
  it('is JSON.stringify(nilai, null, 2) for any JSON object, its lists included', () => {
    fc.assert(
      fc.property(fc.dictionary(fc.string(), fc.jsonValue()), (nilai) => {
        expect(gabung(nilai)).toBe(JSON.stringify(nilai, null, 2));
      }),
    );
  });

  it('writes a lazy list as an array, one item made at a time', () => {
    const dibuat: number[] = [];
    const daftar = {
      *[Symbol.iterator]() {
        for (const i of [1, 2]) {
          dibuat.push(i);
          yield { no: i, teks: 'a\nb' };
        }
      },
    };
    const potongan = jsonBertahap({ skema: 'X', daftar, kosong: [], hilang: undefined });
    expect(potongan.next().value).toBe('{\n  "skema": ');
    expect(dibuat).toEqual([]);
    expect([...potongan].join('')).toBe(
      '"X",\n  "daftar": [\n    {\n      "no": 1,\n      "teks": "a\\nb"\n    },\n    {\n      "no": 2,\n      "teks": "a\\nb"\n    }\n  ],\n  "kosong": []\n}',
    );
    expect(gabung({})).toBe('{}');
  });

  it('tulisBertahap hands over the text in a few large pieces, then the ending', async () => {
    const tulis: string[] = [];
    const daftar = Array.from({ length: 20_000 }, (_, i) => ({ i }));
    await tulisBertahap(jsonBertahap({ daftar }), { tulis: (t) => tulis.push(t) }, '\n');
    expect(tulis.join('')).toBe(`${JSON.stringify({ daftar }, null, 2)}\n`);
    expect(tulis.length).toBeGreaterThan(1);
    expect(tulis.length).toBeLessThan(20);
  });

  it('tulisBertahap makes no next piece before the last one has gone out (a slow pipe)', async () => {
    const kejadian: string[] = [];
    let lepas = () => {};
    const io = {
      tulis: (t: string) => kejadian.push(`tulis ${t.length}`),
      lega: () => {
        kejadian.push('tunggu');
        return new Promise<void>((r) => (lepas = r));
      },
    };
    const potongan = (function* () {
      for (let i = 0; i < 3; i++) {
        kejadian.push(`buat ${i}`);
        yield 'x'.repeat(64 * 1024);
      }
    })();
    const selesai = tulisBertahap(potongan, io, '\n');
    await new Promise((r) => setTimeout(r, 10));
    expect(kejadian).toEqual(['buat 0', `tulis ${64 * 1024}`, 'tunggu']);
    lepas();
    await new Promise((r) => setTimeout(r, 10));
    expect(kejadian.slice(3)).toEqual(['buat 1', `tulis ${64 * 1024}`, 'tunggu']);
    lepas();
    await new Promise((r) => setTimeout(r, 10));
    lepas();
    await new Promise((r) => setTimeout(r, 10));
    lepas();
    await selesai;
    expect(kejadian.slice(6)).toEqual(['buat 2', `tulis ${64 * 1024}`, 'tunggu', 'tulis 1', 'tunggu']);
  });
});
