// The compact cells (core/tabel/sel-rapat.ts) hold exactly the grid the row arrays held: any run
// of appended rows, replaced cells and merges down gives the same cells through `TabelSpec.sel` and
// through bacaSel, cell by cell, as arrays of cell objects built the same way.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { bacaSel } from '../../../core/index';
import { KOSONG, tertutup } from '../../../core/tabel/gaya';
import { Kisi, selesai } from '../../../core/tabel/kisi';
import type { SelTabel, TabelSpec } from '../../../core/tabel/spec';

/** The grid as arrays of cell objects: how Kisi kept it before its cells were compact. */
class KisiAcuan {
  readonly sel: SelTabel[][] = [];
  constructor(readonly jumlahKolom: number) {}
  tambah(isi: readonly (SelTabel | undefined)[]): void {
    this.sel.push(Array.from({ length: this.jumlahKolom }, (_, k) => isi[k] ?? KOSONG));
  }
  ganti(r: number, c: number, s: SelTabel): void {
    const baris = this.sel[r];
    if (baris !== undefined && c < this.jumlahKolom) baris[c] = s;
  }
  gabungTurun(awal: number, akhir: number, kolom: readonly number[]): void {
    const atas = this.sel[awal];
    if (akhir <= awal || atas === undefined) return;
    for (const k of kolom) for (const baris of this.sel.slice(awal + 1, akhir + 1)) baris[k] = tertutup(atas[k] ?? KOSONG);
  }
}

const warna = fc.constantFrom('D9E1F2', 'C00000', 'FFFFFF');
const sel: fc.Arbitrary<SelTabel> = fc.record(
  {
    nilai: fc.oneof(fc.constant(null), fc.integer(), fc.double({ noNaN: true }), fc.constantFrom('', 'WTP', 'Sasaran 1', ' spasi ')),
    format: fc.constantFrom('0.00', '#,##0', '#,##0.00', 'General'),
    isi: warna,
    warnaHuruf: warna,
    tebal: fc.boolean(),
    miring: fc.boolean(),
    rata: fc.constantFrom('kiri' as const, 'tengah' as const, 'kanan' as const),
    bungkus: fc.boolean(),
    garis: fc.boolean(),
    catatan: fc.constantFrom('Realisasi belum ada', 'NPS tidak dapat dihitung'),
    daftar: fc.constantFrom(['positif', 'negatif'], ['A', 'B', 'C']),
    daftarKetat: fc.boolean(),
  },
  { requiredKeys: ['nilai'] },
);
const langkah = fc.oneof(
  fc.record({ jenis: fc.constant('tambah' as const), isi: fc.array(fc.option(sel, { nil: undefined }), { maxLength: 6 }) }),
  fc.record({ jenis: fc.constant('ganti' as const), r: fc.nat(12), c: fc.nat(5), s: sel }),
  fc.record({ jenis: fc.constant('gabung' as const), awal: fc.nat(12), panjang: fc.nat(4), kolom: fc.uniqueArray(fc.nat(4), { maxLength: 3 }) }),
);

describe('compact cells', () => {
  it('hold the same grid as arrays of cell objects, read whole or cell by cell', () => {
    fc.assert(
      fc.property(fc.integer({ min: 1, max: 5 }), fc.array(langkah, { maxLength: 30 }), (lebar, daftar) => {
        const kisi = new Kisi(lebar);
        const acuan = new KisiAcuan(lebar);
        for (const l of daftar) {
          if (l.jenis === 'tambah') {
            kisi.tambah(l.isi);
            acuan.tambah(l.isi);
          } else if (l.jenis === 'ganti') {
            if (l.c >= lebar) continue;
            kisi.sel.ganti(l.r, l.c, l.s);
            acuan.ganti(l.r, l.c, l.s);
          } else {
            const kolom = l.kolom.filter((k) => k < lebar);
            kisi.gabungTurun(l.awal, l.awal + l.panjang, kolom);
            acuan.gabungTurun(l.awal, l.awal + l.panjang, kolom);
          }
        }
        const spec = selesai('uji', 'Uji', { kisi, judul: 'Uji' });
        const baca = bacaSel(spec);
        expect(baca.jumlahBaris).toBe(acuan.sel.length);
        expect(baca.jumlahKolom).toBe(lebar);
        for (let r = -1; r <= acuan.sel.length; r++) {
          for (let c = -1; c <= lebar; c++) {
            const s = acuan.sel[r]?.[c];
            expect(baca.sel(r, c)).toEqual(s);
            expect(baca.nilai(r, c)).toBe(s?.nilai ?? null);
            // the look: every property but the value
            expect(baca.tampil(r, c) === undefined ? undefined : { ...baca.tampil(r, c), nilai: s?.nilai }).toEqual(s);
          }
        }
        expect(spec.sel).toEqual(acuan.sel);
        // read once, the grid stays the same object
        expect(spec.sel).toBe(spec.sel);
      }),
      { numRuns: 300 },
    );
  });

  it('bacaSel reads a table made by hand from its rows: rows shorter than the widths, none past them', () => {
    const a: SelTabel = { nilai: 1, format: '0.00' };
    const spec: TabelSpec = {
      id: 'x',
      namaLembar: 'X',
      judul: 'X',
      sel: [[a], [a, { nilai: 'b' }]],
      gabung: [],
      lebarKolom: [9, 9, 9],
      barisBeku: 0,
    };
    const baca = bacaSel(spec);
    expect([baca.jumlahBaris, baca.jumlahKolom]).toEqual([2, 3]);
    expect([baca.sel(0, 0), baca.sel(0, 1), baca.nilai(1, 1), baca.nilai(2, 0), baca.tampil(1, 0)]).toEqual([a, undefined, 'b', null, a]);
  });
});
