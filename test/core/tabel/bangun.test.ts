import { describe, expect, it } from 'vitest';
import { DAFTAR_TABEL, bangunTabel } from '../../../core/tabel';
import { IND, angka, contohHasil } from './contoh';

describe('bangunTabel', () => {
  it('builds the tables in report order, skipping those the sheet lacks columns for', () => {
    const { tabel, dilewati } = bangunTabel(contohHasil());
    expect(tabel.map((t) => t.id)).toEqual([
      'perjanjian-kinerja',
      'pencapaian-iku',
      'pencapaian-sasaran',
      'realisasi-anggaran',
      'efisiensi',
      'rekap-kriteria',
      'legenda-kriteria',
    ]);
    expect(dilewati.map((d) => d.id)).toEqual(['capaian-triwulan', 'rencana-aksi', 'perbandingan-tahun']);
    for (const t of tabel) expect(t.namaLembar).toBe(DAFTAR_TABEL[t.id as keyof typeof DAFTAR_TABEL]);
  });

  it('builds only the tables asked for, in report order; an unknown id is skipped with the choices', () => {
    const { tabel, dilewati } = bangunTabel(contohHasil(), { tabel: ['legenda-kriteria', ' Pencapaian-IKU', 'grafik'] });
    expect(tabel.map((t) => t.id)).toEqual(['pencapaian-iku', 'legenda-kriteria']);
    expect(dilewati).toEqual([{ id: 'grafik', alasan: `Tabel "grafik" tidak dikenal. Pilihan: ${Object.keys(DAFTAR_TABEL).join(', ')}` }]);
  });

  it('a sheet without indicators gives only the legend', () => {
    const h = contohHasil();
    const kosong = { ...h, indikator: [], sasaran: [], perspektif: [], unit: { nps: null, kriteria: null } };
    const { tabel, dilewati } = bangunTabel(kosong);
    expect(tabel.map((t) => t.id)).toEqual(['legenda-kriteria']);
    expect(new Set(dilewati.map((d) => d.alasan))).toEqual(new Set(['Lembar tidak berisi indikator']));
  });

  it("an interim period shows the quarter's realisasi the capaian was computed from", () => {
    const h = contohHasil({ periode: 'TW2' });
    const juni = angka(70);
    const x = { ...h.indikator[2]!, realisasi: juni };
    const hasil = {
      ...h,
      indikator: h.indikator.map((s) => (s === h.indikator[2] ? x : s)),
      sasaran: h.sasaran.map((s) => ({ ...s, indikator: s.indikator.map((i) => (i === h.indikator[2] ? x : i)) })),
    };
    const [iku] = bangunTabel(hasil, { tabel: ['pencapaian-iku'] }).tabel;
    const baris = iku!.sel.find((b) => b[3]!.nilai === IND[2]!.nama)!;
    expect(baris[7]!.nilai).toBe(70);
    expect(iku!.sel[1]![7]!.nilai).toBe('Realisasi TW II');
  });
});
