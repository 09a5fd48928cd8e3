import { describe, expect, it } from 'vitest';
import { SKEMA_BAWAAN } from '../../../core/skema';
import { bangunTabel } from '../../../core/tabel';
import type { TabelSpec } from '../../../core/tabel/spec';
import { contohHasil, nilaiTabel } from './contoh';

const satu = (id: string, hasil = contohHasil()): TabelSpec => {
  const t = bangunTabel(hasil, { tabel: [id] }).tabel[0];
  if (!t) throw new Error(`${id} tidak dibangun`);
  return t;
};
const BAIK = 'Memenuhi Ekspektasi';
const BELUM = 'Belum Memenuhi Ekspektasi';

describe('pencapaian-sasaran', () => {
  const t = satu('pencapaian-sasaran');
  const [s1, s2, s3] = contohHasil().sasaran.map((s) => s.sasaran.nama);

  it('perspective rows (letter), sasaran rows (number), the unit last, with kriteria and efektivitas', () => {
    expect(nilaiTabel(t.sel)).toEqual([
      ['Pencapaian Sasaran', null, null, null, null],
      ['No', 'Perspektif / Sasaran', 'NPS', 'Kriteria', 'Efektivitas'],
      ['A', 'Stakeholder Perspective', 320 / 3, BAIK, 'Efektif'],
      [1, s1, 320 / 3, BAIK, 'Efektif'],
      ['B', 'Internal Process Perspective', 80, BELUM, 'Kurang Efektif'],
      [2, s2, 80, BELUM, 'Kurang Efektif'],
      [3, s3, null, null, null],
      ['NPS Unit (rata-rata perspektif)', null, (320 / 3 + 80) / 2, BELUM, 'Kurang Efektif'],
    ]);
    expect(t.gabung).toEqual([
      { baris: 0, kolom: 0, barisAkhir: 0, kolomAkhir: 4 },
      { baris: 7, kolom: 0, barisAkhir: 7, kolomAkhir: 1 },
    ]);
    expect(t.sel[2]![1]).toMatchObject({ tebal: true, isi: 'EDEDED' });
    expect(t.sel[3]![3]).toMatchObject({ isi: '00B050', rata: 'tengah' });
    expect(t.sel[4]![3]).toMatchObject({ isi: 'FFFF00', tebal: true });
    expect(t.sel[3]![2]).toMatchObject({ format: '0.00' });
    expect(t.sel[6]![2]!.catatan).toBe('Belum ada indikator dengan angka: NPS tidak dapat dihitung');
  });

  it('a dark band gets white text; a scheme without efektivitas has no such column', () => {
    const hasil = contohHasil({ skema: SKEMA_BAWAAN['BPOM-2019'] });
    const tanpa = satu('pencapaian-sasaran', hasil);
    expect(tanpa.sel[1]!.map((s) => s.nilai)).toEqual(['No', 'Perspektif / Sasaran', 'NPS', 'Kriteria']);
    const gelap = { ...SKEMA_BAWAAN['KEPKA-128-2022'], pita: SKEMA_BAWAAN['KEPKA-128-2022'].pita.map((p) => ({ ...p, warna: '7030A0' })) };
    expect(satu('pencapaian-sasaran', contohHasil({ skema: gelap })).sel[3]![3]).toMatchObject({ isi: '7030A0', warnaHuruf: 'FFFFFF' });
  });
});

describe('rekap-kriteria', () => {
  it('counts indicators and sasaran per band, those without kriteria, and the totals', () => {
    const t = satu('rekap-kriteria');
    expect(nilaiTabel(t.sel)).toEqual([
      ['Rekap Kriteria', ...Array(6).fill(null)],
      ['No', 'Kriteria', 'Rentang Nilai', 'Jumlah Indikator', 'Indikator (%)', 'Jumlah Sasaran', 'Sasaran (%)'],
      [1, 'Tidak Memenuhi Ekspektasi', 'x < 80', 0, 0, 0, 0],
      [2, BELUM, '80 ≤ x < 100', 1, 20, 1, (1 / 3) * 100],
      [3, BAIK, '100 ≤ x ≤ 120', 2, 40, 1, (1 / 3) * 100],
      [4, 'Tidak Dapat Disimpulkan', 'x > 120', 0, 0, 0, 0],
      [5, 'Tanpa kriteria', null, 2, 40, 1, (1 / 3) * 100],
      ['Jumlah', null, null, 5, 100, 3, 100],
    ]);
    expect(t.sel[2]![1]).toMatchObject({ isi: 'FF0000', warnaHuruf: 'FFFFFF' });
    expect(t.sel[5]![1]).toMatchObject({ isi: '808080' });
    expect(t.sel[2]![3]!.format).toBe('#,##0');
    expect(t.sel[3]![6]!.format).toBe('0.00');
  });
});

describe('legenda-kriteria', () => {
  it('lists the bands with range, colour and efektivitas, and the scheme under the table', () => {
    const t = satu('legenda-kriteria');
    expect(nilaiTabel(t.sel)).toEqual([
      ['Legenda Kriteria: KEPKA-128-2022', null, null, null],
      ['No', 'Kriteria', 'Rentang Nilai', 'Efektivitas'],
      [1, 'Tidak Memenuhi Ekspektasi', 'x < 80', 'Tidak Efektif'],
      [2, BELUM, '80 ≤ x < 100', 'Kurang Efektif'],
      [3, BAIK, '100 ≤ x ≤ 120', 'Efektif'],
      [4, 'Tidak Dapat Disimpulkan', 'x > 120', null],
      [`Skema KEPKA-128-2022: ${SKEMA_BAWAAN['KEPKA-128-2022'].nama}`, null, null, null],
    ]);
    expect(t.sel[6]![0]).toMatchObject({ miring: true });
    expect(t.sel[6]![0]!.garis).toBeUndefined();
  });

  it('prints the BPOM-2019 note on exactly 120 and the grades of schemes that have them', () => {
    const bpom = satu('legenda-kriteria', contohHasil({ skema: SKEMA_BAWAAN['BPOM-2019'] }));
    expect(bpom.sel.at(-1)?.[0]!.nilai).toBe(SKEMA_BAWAAN['BPOM-2019'].catatan);
    expect(bpom.sel[6]!.map((s) => s.nilai)).toEqual([5, 'Sangat Baik', '110 ≤ x ≤ 120']);
    const ikm = satu('legenda-kriteria', contohHasil({ skema: SKEMA_BAWAAN.IKM }));
    expect(ikm.sel[1]!.map((s) => s.nilai)).toEqual(['No', 'Kriteria', 'Rentang Nilai', 'Kode']);
    expect(ikm.sel[2]!.map((s) => s.nilai)).toEqual([1, 'Tidak Baik', '25 ≤ x ≤ 64,99', 'D']);
  });
});
