import { describe, expect, it } from 'vitest';
import type { HasilSkor } from '../../../core/model';
import { bangunTabel } from '../../../core/tabel';
import type { TabelSpec } from '../../../core/tabel/spec';
import { IND, PETA_ANGGARAN, angka, contohHasil, nilaiTabel } from './contoh';

const satu = (id: string, hasil = contohHasil()): TabelSpec => {
  const t = bangunTabel(hasil, { tabel: [id] }).tabel[0];
  if (!t) throw new Error(`${id} tidak dibangun`);
  return t;
};
const PAGU_NOL = 'Pagu 0: serapan anggaran tidak dapat dihitung';
const NPS_KOSONG = 'Belum ada indikator dengan angka: NPS tidak dapat dihitung';
const [s1, s2, s3] = contohHasil().sasaran.map((s) => s.sasaran.nama);

describe('realisasi-anggaran', () => {
  it('sasaran rows sum their indicators, indicators listed when more than one has a budget, a total row', () => {
    const t = satu('realisasi-anggaran');
    const porsi = (p: number) => (p / 3_500_000) * 100;
    expect(nilaiTabel(t.sel)).toEqual([
      ['Realisasi Anggaran', ...Array(7).fill(null)],
      ['No', 'Sasaran / Indikator Kinerja', 'Pagu (Rp)', 'Realisasi (Rp)', 'Realisasi (%)', 'Sisa (Rp)', 'Porsi Pagu (%)', 'Keterangan'],
      [1, s1, 1_500_000, 1_400_000, (1_400_000 / 1_500_000) * 100, 100_000, porsi(1_500_000), null],
      ['1.1', IND[0]!.nama, 1_000_000, 900_000, 90, 100_000, porsi(1_000_000), null],
      ['1.2', IND[1]!.nama, 500_000, 500_000, 100, 0, porsi(500_000), null],
      [2, s2, 2_000_000, 1_500_000, 75, 500_000, porsi(2_000_000), null],
      [3, s3, 0, 0, null, null, 0, PAGU_NOL],
      ['Jumlah', null, 3_500_000, 2_900_000, (2_900_000 / 3_500_000) * 100, 600_000, 100, null],
    ]);
    // bold where a row is the subtotal of indicator rows under it
    expect(t.sel[2]![1]).toMatchObject({ tebal: true });
    expect(t.sel[3]![1]!.tebal).toBeUndefined();
    expect(t.sel[5]![1]!.tebal).toBeUndefined();
    expect(t.sel[2]!.map((s) => s.format)).toEqual([undefined, undefined, '#,##0', '#,##0', '0.00', '#,##0', '0.00', undefined]);
    expect(t.sel[7]![2]).toMatchObject({ tebal: true, isi: 'F2F2F2' });
    expect(t.gabung).toContainEqual({ baris: 7, kolom: 0, barisAkhir: 7, kolomAkhir: 1 });
  });

  it('is skipped, naming the column, when the sheet has no Pagu or no Realisasi Anggaran', () => {
    const tanpaPagu = contohHasil({}, { peran: { indikator: 3, target: 5 }, tahunLalu: [] });
    const tanpaRealisasi = contohHasil({}, { peran: { ...PETA_ANGGARAN.peran, realisasiAnggaran: undefined }, tahunLalu: [] });
    for (const id of ['realisasi-anggaran', 'efisiensi']) {
      expect(bangunTabel(tanpaPagu, { tabel: [id] }).dilewati).toEqual([{ id, alasan: 'Lembar tidak memiliki kolom "Pagu"' }]);
      expect(bangunTabel(tanpaRealisasi, { tabel: [id] }).dilewati).toEqual([
        { id, alasan: 'Lembar tidak memiliki kolom "Realisasi Anggaran"' },
      ]);
    }
  });
});

describe('efisiensi', () => {
  it('input = serapan of the sasaran budget, output = its NPS, IE/SE/TE/kategori, and the Jumlah row', () => {
    const t = satu('efisiensi');
    const h = contohHasil();
    const in1 = (1_400_000 / 1_500_000) * 100;
    const inJumlah = (2_900_000 / 3_500_000) * 100;
    const unit = h.unit.nps as number;
    expect(nilaiTabel(t.sel)).toEqual([
      ['Efisiensi', ...Array(8).fill(null)],
      ['No', 'Sasaran', 'Input: Realisasi Anggaran (%)', 'Output: Capaian Sasaran (%)', 'IE', 'SE', 'TE', 'Kategori', 'Keterangan'],
      [1, s1, in1, 320 / 3, 320 / 3 / in1, 1, 320 / 3 / in1 - 1, 'Efisien', null],
      [2, s2, 75, 80, 80 / 75, 1, 80 / 75 - 1, 'Efisien', null],
      [3, s3, null, null, null, null, null, null, `${PAGU_NOL}; ${NPS_KOSONG}`],
      ['Jumlah', null, inJumlah, unit, unit / inJumlah, 1, unit / inJumlah - 1, 'Efisien', null],
    ]);
    expect(t.sel[2]!.slice(2, 7).every((s) => s.format === '0.00')).toBe(true);
  });

  it('nothing spent yet: blank with the reason, never #DIV/0!', () => {
    const h = contohHasil();
    const tanpaBelanja = (x: HasilSkor['indikator'][number]) =>
      x.indikator === IND[2] ? { ...x, indikator: { ...x.indikator, realisasiAnggaran: angka(0) } } : x;
    const hasil: HasilSkor = {
      ...h,
      sasaran: h.sasaran.map((s) => ({ ...s, indikator: s.indikator.map(tanpaBelanja) })),
    };
    const baris = satu('efisiensi', hasil).sel[3];
    expect(baris!.map((s) => s.nilai)).toEqual([
      2,
      s2,
      0,
      80,
      null,
      null,
      null,
      null,
      'Capaian input (serapan anggaran) 0%: efisiensi tidak dapat dihitung',
    ]);
  });
});
