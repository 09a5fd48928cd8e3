// The one path from sheet values to tables (core/alur.ts) is the read, the scoring and the table
// builders composed: the columns detected once, the options not given taken from the model.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { alurLapkin, bacaRentang, olahBacaan } from '../../core/alur';
import { bacaLembar } from '../../core/baca-lembar';
import { petaKolomOtomatis } from '../../core/kolom';
import type { RentangBaca, Sel } from '../../core/model';
import { SKEMA_BAWAAN } from '../../core/skema';
import { opsiBawaan, skorModel } from '../../core/skor';
import { bangunTabel } from '../../core/tabel/index';
import { TABEL_5 } from './lembar-contoh';

const rentang = (nilai: Sel[][], barisAwal = 1, kolomAwal = 1): RentangBaca => ({ lembar: 'Data', nilai, barisAwal, kolomAwal });

describe('alurLapkin', () => {
  it('reads, scores and builds as the three steps do by hand', () => {
    const r = rentang(TABEL_5, 3, 2);
    const hasil = alurLapkin(r);
    const deteksi = petaKolomOtomatis(TABEL_5);
    const baca = bacaLembar(TABEL_5, deteksi, { barisAwal: 3, kolomAwal: 2 });
    const skor = skorModel(baca.model!, opsiBawaan(baca.model!));
    expect(hasil.deteksi).toEqual(deteksi);
    expect(hasil.model).toEqual(baca.model);
    expect(hasil.masalah).toEqual(baca.masalah);
    expect(hasil.skor).toEqual(skor);
    expect({ tabel: hasil.tabel, dilewati: hasil.dilewati }).toEqual(bangunTabel(skor));
    expect(hasil.model!.barisHeader).toBe(6);
  });

  it('takes the options asked for, the model defaults for the rest, and builds only the tables asked for', () => {
    const hasil = alurLapkin(rentang(TABEL_5), { skema: SKEMA_BAWAAN['BPOM-2019'], periode: 'TW3', tabel: ['pencapaian-iku', 'tidak-ada'] });
    expect(hasil.skor!.opsi).toEqual({ skema: SKEMA_BAWAAN['BPOM-2019'], tingkat: opsiBawaan(hasil.model!).tingkat, periode: 'TW3' });
    expect(hasil.tabel.map((t) => t.id)).toEqual(['pencapaian-iku']);
    expect(hasil.dilewati.map((d) => d.id)).toEqual(['tidak-ada']);
    expect(alurLapkin(rentang(TABEL_5), { tabel: [] }).tabel).toEqual([]);
  });

  it('stops at the read when there is no indicator table, with the reason', () => {
    const hasil = alurLapkin(rentang([['Catatan rapat'], ['Tanggal', 'Peserta'], [1, 2]]));
    expect(hasil).toMatchObject({ deteksi: null, model: null, skor: null, tabel: [], dilewati: [] });
    expect(hasil.masalah).toHaveLength(1);
    expect(hasil.masalah[0]!.baris).toBe(0);
  });

  it('uses a detection it is given instead of detecting again, and the mapping the planner chose', () => {
    const deteksi = petaKolomOtomatis(TABEL_5)!;
    const peta = { ...deteksi.peta, peran: { ...deteksi.peta.peran, satuan: undefined } };
    delete (peta.peran as Record<string, unknown>).satuan;
    const hasil = bacaRentang(rentang(TABEL_5), { deteksi, peta });
    expect(hasil.deteksi).toBe(deteksi);
    expect(hasil.model!.peta).toBe(peta);
    expect(hasil.model!.indikator.every((i) => i.satuan === '')).toBe(true);
  });

  it('over any grid: never throws, and is bacaRentang then olahBacaan', () => {
    const kata = fc.constantFrom(
      'No',
      'Sasaran',
      'Indikator Kinerja',
      'Target',
      'Realisasi',
      'Capaian',
      'Bobot',
      'IKU',
      'Perspektif',
      '-',
      '85,20',
      'WTP',
    );
    const sel = fc.oneof(kata, fc.integer({ min: -5, max: 500 }), fc.constant(null), fc.string({ maxLength: 6 }));
    fc.assert(
      fc.property(fc.array(fc.array(sel, { maxLength: 8 }), { maxLength: 16 }), fc.integer({ min: 1, max: 50 }), (grid, awal) => {
        const r = rentang(grid, awal, awal);
        const hasil = alurLapkin(r);
        expect(hasil).toEqual(olahBacaan(bacaRentang(r)));
        if (hasil.model === null) expect(hasil.masalah.length).toBeGreaterThan(0);
        else expect(hasil.tabel.length + hasil.dilewati.length).toBe(10);
      }),
      { numRuns: 200 },
    );
  });
});
