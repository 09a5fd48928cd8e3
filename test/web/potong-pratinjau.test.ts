// The worker's half of the row preview: which rows and columns around a cell, the header as the
// reader detects it (both rows of a two-row header, merged groups spanning), values as shown.
import { readFileSync } from 'node:fs';
import path from 'node:path';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { RentangBaca, Sel } from '../../core/index';
import { potongPratinjau } from '../../web/potong-pratinjau';
import { bukaBuku } from '../../xlsx/index';

const AKAR = path.resolve(__dirname, '../..');
const teks = (b: { sel: readonly { teks: string }[] }) => b.sel.map((s) => s.teks);

describe('potongPratinjau', () => {
  it('shows a row of the two-row example under its three header rows, the groups over their years', async () => {
    const buku = await bukaBuku(new Uint8Array(readFileSync(path.join(AKAR, 'examples/contoh-capaian-dua-baris.xlsx'))), 'contoh.xlsx');
    const p = potongPratinjau(buku.bacaLembar('Capaian Kinerja'), 8, 7);
    expect(p.kolom).toEqual([1, 2, 3, 4, 5, 6, 7, 8, 9]);
    expect(p.judul.map((b) => b.nomor)).toEqual([4, 5, 6]);
    expect(teks(p.judul[0]!)).toEqual(['No', 'Sasaran / Indikator Kinerja', 'Satuan', 'Target', '', 'Realisasi', '', 'Capaian (%)', '']);
    expect(p.judul[0]!.sel.map((s) => s.lebar)).toEqual([1, 1, 1, 2, 0, 2, 0, 2, 0]);
    expect(teks(p.judul[1]!)).toEqual(['', '', '', '2023', '2024', '2023', '2024', '2023', '2024']);
    // the sub-header row is never a data row: the rows shown start at the first data row
    expect(p.baris.map((b) => b.nomor)).toEqual([7, 8, 9, 10]);
    expect(teks(p.baris[1]!)).toEqual([
      '1',
      'Persentase obat yang memenuhi syarat',
      '%',
      '90,00 %',
      '92,00 %',
      '91,20 %',
      '93,45 %',
      '101,33 %',
      '101,58 %',
    ]);
    expect(p.ini).toEqual({ baris: 8, kolom: 7 });
  });

  it('takes the row with most text above as the header of a sheet without an indicator header', () => {
    const r: RentangBaca = {
      lembar: 'Anggaran',
      barisAwal: 1,
      kolomAwal: 1,
      nilai: [['Realisasi Anggaran'], ['Kode', 'Uraian', 'Pagu'], ...Array.from({ length: 8 }, (_, i) => [`K${i}`, `Kegiatan ${i}`, 1000 * i])],
      format: [[], [], ...Array.from({ length: 8 }, () => [undefined, undefined, '#,##0'])],
    };
    const p = potongPratinjau(r, 7, 3);
    expect(p.judul.map((b) => [b.nomor, ...teks(b)])).toEqual([[2, 'Kode', 'Uraian', 'Pagu']]);
    expect(p.baris.map((b) => [b.nomor, ...teks(b)])).toEqual([
      [5, 'K2', 'Kegiatan 2', '2.000'],
      [6, 'K3', 'Kegiatan 3', '3.000'],
      [7, 'K4', 'Kegiatan 4', '4.000'],
      [8, 'K5', 'Kegiatan 5', '5.000'],
      [9, 'K6', 'Kegiatan 6', '6.000'],
    ]);
  });

  it('keeps its shape for any sheet and any cell: the cell shown, headers above it, spans adding up, texts short', () => {
    const sel: fc.Arbitrary<Sel> = fc.oneof(
      fc.constantFrom('Indikator Kinerja', 'Target', 'Realisasi', 'Capaian', 'Sasaran', '2023', 'x'.repeat(300)),
      fc.double({ noNaN: true, min: -1e9, max: 1e9 }),
      fc.integer({ min: -5, max: 3000 }),
      fc.constant(null),
    );
    const lembar = fc
      .record({
        nilai: fc.array(fc.array(sel, { minLength: 1, maxLength: 40 }), { minLength: 1, maxLength: 30 }),
        barisAwal: fc.integer({ min: 1, max: 20 }),
        kolomAwal: fc.integer({ min: 1, max: 5 }),
        persen: fc.boolean(),
        gabung: fc.array(fc.tuple(fc.nat(29), fc.nat(39), fc.integer({ min: 1, max: 4 })), { maxLength: 5 }),
      })
      .chain((r) => fc.record({ r: fc.constant(r), i: fc.nat(r.nilai.length - 1), j: fc.nat(39) }));
    fc.assert(
      fc.property(lembar, ({ r: { nilai, barisAwal, kolomAwal, persen, gabung }, i, j }) => {
        // at most one merge per row, so merges never overlap
        const perBaris = new Map(gabung.map(([b, c, n]) => [b, { r1: b, c1: c, r2: b, c2: c + n }]));
        const r: RentangBaca = {
          lembar: 'L',
          nilai,
          barisAwal,
          kolomAwal,
          gabungan: [...perBaris.values()],
          ...(persen ? { format: nilai.map((b) => b.map(() => '0.00%')) } : {}),
        };
        const baris = barisAwal + i;
        const kolom = kolomAwal + Math.min(j, nilai[i]!.length - 1);
        const p = potongPratinjau(r, baris, kolom);
        expect(p.kolom).toContain(kolom);
        expect(p.kolom.every((k, n) => n === 0 || k === p.kolom[n - 1]! + 1)).toBe(true);
        expect(p.baris.map((b) => b.nomor)).toContain(baris);
        const nomor = [...p.judul, ...p.baris].map((b) => b.nomor);
        expect(nomor).toEqual([...nomor].sort((a, b) => a - b));
        expect(new Set(nomor).size).toBe(nomor.length);
        for (const b of [...p.judul, ...p.baris]) {
          expect(b.sel).toHaveLength(p.kolom.length);
          expect(b.sel.reduce((n, s) => n + s.lebar, 0)).toBe(p.kolom.length);
          for (const s of b.sel) {
            expect(s.teks.length).toBeLessThanOrEqual(200);
            expect(s.teks).not.toMatch(/NaN|Infinity|undefined/);
          }
        }
      }),
      { numRuns: 300 },
    );
  });
});
