// Reading a sheet as the planner sees it, and the small readers behind the layout corpus.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { gabunganRelatif, kotakArea, tersembunyi } from '../../addin/area';
import { adalahRingkasan } from '../../core/baris-ringkasan';
import { adalahBarisNomor } from '../../core/baris-nomor';
import { namaTurunBaik, polaritasSesuai } from '../../core/polaritas-tercetak';
import { formatPersen, kaliSeratus, tampakRentang } from '../../core/tampak';

const angka = (nilai: number) => ({ jenis: 'angka', nilai }) as const;

describe('tampakRentang', () => {
  it('percent formats × 100, quoted or escaped % not; hidden rows and columns blank with one notice', () => {
    expect(['0.00%', '0%', '#,##0.0 %', '0.00"%"', '0.00\\%', 'General', undefined].map(formatPersen)).toEqual([
      true,
      true,
      true,
      false,
      false,
      false,
      false,
    ]);
    const t = tampakRentang({
      lembar: 'L',
      nilai: [
        ['Indikator', 'Target', 'Bantu'],
        ['A', 0.8535, 1],
        ['B', 0.5, 2],
      ],
      barisAwal: 3,
      kolomAwal: 2,
      format: [[], [undefined, '0.00%'], [undefined, '0.00%']],
      barisTersembunyi: [2],
      kolomTersembunyi: [2],
    });
    expect(t.nilai).toEqual([
      ['Indikator', 'Target', null],
      ['A', 85.35, null],
      [null, null, null],
    ]);
    expect(t.masalah).toEqual([
      {
        baris: 0,
        kolom: '',
        teks: '',
        alasan: '1 baris tersembunyi (5) dan 1 kolom tersembunyi (D) dilewati, seperti yang tampak di lembar',
        catatan: true,
      },
    ]);
  });

  it('a merged header whose first column is hidden shows in the first visible one', () => {
    const t = tampakRentang({
      lembar: 'L',
      nilai: [
        ['Target', '', ''],
        [1, 2, 3],
      ],
      barisAwal: 1,
      kolomAwal: 1,
      kolomTersembunyi: [0],
      gabungan: [{ r1: 0, c1: 0, r2: 0, c2: 2 }],
    });
    expect(t.nilai[0]).toEqual([null, 'Target', '']);
  });

  it('property: without formats or hidden cells the values come back as they are; × 100 has no float noise at 4 decimals', () => {
    fc.assert(
      fc.property(fc.array(fc.array(fc.oneof(fc.integer(), fc.string(), fc.constant(null)), { maxLength: 5 }), { maxLength: 6 }), (nilai) => {
        expect(tampakRentang({ lembar: 'L', nilai, barisAwal: 1, kolomAwal: 1 }).nilai).toBe(nilai);
      }),
    );
    fc.assert(
      fc.property(fc.integer({ min: -1e6, max: 1e6 }), (n) => {
        expect(kaliSeratus(n / 10000)).toBe(n / 100);
      }),
    );
  });
});

describe('column-number rows, summary labels, polarity evidence', () => {
  it('numbers and letters in order are column marks; a data row is not', () => {
    expect(adalahBarisNomor(['(1)', '(2)', '(3)', '(4)'])).toBe(true);
    expect(adalahBarisNomor([1, 2, 3, '', 5])).toBe(true);
    expect(adalahBarisNomor(['a', 'b', 'c', 'd', 'e=(d/c x 100)'])).toBe(true);
    expect(adalahBarisNomor([2, '', '', 80, 90])).toBe(false);
    expect(adalahBarisNomor([1, 'Indeks kepuasan', 80, 85])).toBe(false);
    fc.assert(
      fc.property(fc.integer({ min: 1, max: 20 }), fc.integer({ min: 3, max: 12 }), (awal, n) => {
        expect(adalahBarisNomor(Array.from({ length: n }, (_, i) => `(${awal + i})`))).toBe(true);
        expect(adalahBarisNomor(Array.from({ length: n }, (_, i) => awal + n - i))).toBe(false);
      }),
    );
  });

  it('summary labels: bare in the Indikator column, any form elsewhere', () => {
    expect(['Rata-rata', 'Jumlah', 'Total', 'NPS', 'NPS Sasaran', 'Nilai Pencapaian Unit'].map((t) => adalahRingkasan(t, true))).toEqual([
      true,
      true,
      true,
      true,
      true,
      true,
    ]);
    expect(adalahRingkasan('Jumlah sekolah terakreditasi', true)).toBe(false);
    expect(adalahRingkasan('Jumlah sekolah terakreditasi', false)).toBe(true);
  });

  it('the polarity the printed capaian shows, and lower-is-better names', () => {
    expect(polaritasSesuai(angka(10), angka(8), angka(120))).toEqual(['negatif']);
    expect(polaritasSesuai(angka(10), angka(8), angka(80))).toEqual(['positif']);
    expect(polaritasSesuai(angka(10), angka(8), { jenis: 'kosong', alasan: 'sel kosong' })).toBeNull();
    expect(namaTurunBaik('Waktu rata-rata penyelesaian izin')).toBe(true);
    expect(namaTurunBaik('Persentase pengaduan yang ditindaklanjuti')).toBe(false);
    fc.assert(
      fc.property(fc.integer({ min: 1, max: 10000 }), fc.integer({ min: 1, max: 10000 }), (t, r) => {
        // a capaian printed from r / t × 100 never reads as another polarity
        expect(polaritasSesuai(angka(t), angka(r), angka(Math.round((r / t) * 10000) / 100))).toContain('positif');
      }),
    );
  });
});

describe('Excel RangeAreas addresses', () => {
  it('areas of a visible-cells address give the hidden rows and columns; merges relative to the range', () => {
    const area = kotakArea("'Data, 1'!A1:C2,'Data, 1'!A4:C6,'Data, 1'!E1:E2,'Data, 1'!E4:E6");
    expect(tersembunyi(area, { baris: 0, kolom: 0 }, { baris: 6, kolom: 5 })).toEqual({ baris: [2], kolom: [3] });
    expect(gabunganRelatif(kotakArea('Data!$D$4:$E$4'), { baris: 3, kolom: 3 })).toEqual([{ r1: 0, c1: 0, r2: 0, c2: 1 }]);
    expect(kotakArea('Data!B7')).toEqual([{ r1: 6, c1: 1, r2: 6, c2: 1 }]);
  });
});
