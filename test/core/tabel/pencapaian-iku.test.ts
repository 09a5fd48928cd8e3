import { describe, expect, it } from 'vitest';
import { bangunTabel } from '../../../core/tabel';
import type { TabelSpec } from '../../../core/tabel/spec';
import { IND, contohHasil, kolomBerjudul, nilaiTabel } from './contoh';

const satu = (id: string, hasil = contohHasil()): TabelSpec => {
  const t = bangunTabel(hasil, { tabel: [id] }).tabel[0];
  if (!t) throw new Error(`${id} tidak dibangun`);
  return t;
};

const KET_AKHIR = 'Realisasi belum ada ("Akhir Tahun")';
const KET_NOL = 'Target 0: capaian tidak dapat dihitung (pembagian dengan nol)';
const BAIK = 'Memenuhi Ekspektasi';
const BELUM = 'Belum Memenuhi Ekspektasi';

describe('pencapaian-iku', () => {
  const t = satu('pencapaian-iku');
  const [s1, s2, s3] = contohHasil().sasaran.map((s) => s.sasaran.nama);

  it('has the title, the header, perspective rows, indicators, NPS and the unit row, values at full precision', () => {
    expect(t.namaLembar).toBe('Pencapaian IKU');
    expect(t.judul).toBe('Pencapaian IKU');
    expect(nilaiTabel(t.sel)).toEqual([
      ['Pencapaian IKU', ...Array(12).fill(null)],
      [
        'No',
        'Sasaran',
        'No',
        'Indikator Kinerja',
        'Satuan',
        'Bobot',
        'Target',
        'Realisasi',
        'Capaian (%)',
        'Kriteria',
        'NPS',
        'Kriteria Sasaran',
        'Keterangan',
      ],
      ['A. Stakeholder Perspective', ...Array(9).fill(null), 320 / 3, BAIK, null],
      [1, s1, 1, IND[0]!.nama, 'Indeks', 2, 80, 88, 110, BAIK, 320 / 3, BAIK, null],
      [null, null, 2, IND[1]!.nama, '-', 1, 'WTP', 'WTP', 100, BAIK, null, null, null],
      ['B. Internal Process Perspective', ...Array(9).fill(null), 80, BELUM, null],
      [2, s2, 3, IND[2]!.nama, '%', 1, 75, 60, 80, BELUM, 80, BELUM, null],
      [null, null, 4, IND[3]!.nama, '%', 1, 100, null, null, null, null, null, KET_AKHIR],
      [3, s3, 5, IND[4]!.nama, '%', 1, 0, 2, null, null, null, null, KET_NOL],
      ['NPS Unit (rata-rata perspektif)', ...Array(9).fill(null), (320 / 3 + 80) / 2, BELUM, null],
    ]);
  });

  it('merges the title, perspective and unit labels, and the sasaran cells and NPS over their indicators', () => {
    expect(t.gabung).toEqual([
      { baris: 0, kolom: 0, barisAkhir: 0, kolomAkhir: 12 },
      { baris: 2, kolom: 0, barisAkhir: 2, kolomAkhir: 9 },
      { baris: 3, kolom: 0, barisAkhir: 4, kolomAkhir: 0 },
      { baris: 3, kolom: 1, barisAkhir: 4, kolomAkhir: 1 },
      { baris: 3, kolom: 10, barisAkhir: 4, kolomAkhir: 10 },
      { baris: 3, kolom: 11, barisAkhir: 4, kolomAkhir: 11 },
      { baris: 5, kolom: 0, barisAkhir: 5, kolomAkhir: 9 },
      { baris: 6, kolom: 0, barisAkhir: 7, kolomAkhir: 0 },
      { baris: 6, kolom: 1, barisAkhir: 7, kolomAkhir: 1 },
      { baris: 6, kolom: 10, barisAkhir: 7, kolomAkhir: 10 },
      { baris: 6, kolom: 11, barisAkhir: 7, kolomAkhir: 11 },
      { baris: 9, kolom: 0, barisAkhir: 9, kolomAkhir: 9 },
    ]);
    expect(t.barisBeku).toBe(2);
  });

  it('styles: bold filled centred wrapped header, 2-decimal figures, kriteria in the scheme colours, borders', () => {
    for (const s of t.sel[1]!) expect(s).toMatchObject({ tebal: true, isi: 'D9E1F2', rata: 'tengah', bungkus: true, garis: true });
    expect(t.sel[0]![0]).toMatchObject({ tebal: true, rata: 'tengah' });
    const capaian = kolomBerjudul(t, 'Capaian (%)');
    expect(t.sel[3]![capaian]).toEqual({ nilai: 110, format: '0.00', rata: 'kanan', garis: true });
    expect(t.sel[3]![kolomBerjudul(t, 'Target')]).toEqual({ nilai: 80, format: '#,##0.00', rata: 'kanan', garis: true });
    // KEPKA-128-2022: green (black text), yellow (black text)
    expect(t.sel[3]![kolomBerjudul(t, 'Kriteria')]).toMatchObject({ nilai: BAIK, isi: '00B050' });
    expect(t.sel[3]![kolomBerjudul(t, 'Kriteria')]!.warnaHuruf).toBeUndefined();
    expect(t.sel[6]![kolomBerjudul(t, 'Kriteria Sasaran')]).toMatchObject({ nilai: BELUM, isi: 'FFFF00' });
    // the covered cell of a merged kriteria keeps the fill, so hosts that only box merges show one block
    expect(t.sel[7]![kolomBerjudul(t, 'Kriteria Sasaran')]).toMatchObject({ nilai: null, isi: 'FFFF00' });
    expect(t.sel[2]![0]).toMatchObject({ tebal: true, isi: 'EDEDED' });
    expect(t.sel[9]![kolomBerjudul(t, 'NPS')]).toMatchObject({ tebal: true, format: '0.00' });
    // no figure: blank, the reason in a note / Keterangan, never 0
    expect(t.sel[8]![kolomBerjudul(t, 'NPS')]).toMatchObject({
      nilai: null,
      catatan: 'Belum ada indikator dengan angka: NPS tidak dapat dihitung',
    });
    expect(t.sel.flat().every((s) => s.nilai !== 0 || s.format === '#,##0.00')).toBe(true);
    for (const b of t.sel.slice(1)) for (const s of b) expect(s.garis).toBe(true);
  });

  it('sizes columns to content: long names wrap at 45, short ones stay narrow', () => {
    expect(t.lebarKolom).toHaveLength(13);
    expect(t.lebarKolom[1]).toBe(Math.max(...[s1, s2, s3].map((s) => s!.length)) + 2);
    expect(t.lebarKolom[kolomBerjudul(t, 'Keterangan')]).toBe(45);
    expect(t.sel[8]![kolomBerjudul(t, 'Keterangan')]!.bungkus).toBe(true);
    expect(t.lebarKolom[kolomBerjudul(t, 'Bobot')]).toBe(7);
  });

  it('draws the capaian chart over the indicator rows with the 100 line, bars in the kriteria colours', () => {
    const baris = t.sel.flatMap((b, r) => (r >= 2 && typeof b[3]!.nilai === 'string' && b[3]!.nilai !== '' && b[2]!.nilai !== null ? [r] : []));
    expect(t.grafik).toEqual({
      jenis: 'batang',
      judul: 'Capaian Indikator Kinerja (%)',
      kolomLabel: 2,
      kolomNilai: 8,
      barisAwal: 2,
      barisAkhir: 8,
      garisAcuan: 100,
      baris,
      seri: [
        {
          nama: 'Capaian (%)',
          kolom: 8,
          warna: '4472C4',
          kolomWarna: 9,
          // KEPKA-128-2022's own colours (a scheme without colours gets the ranked palette)
          warnaLabel: {
            'Tidak Memenuhi Ekspektasi': 'FF0000',
            'Belum Memenuhi Ekspektasi': 'FFFF00',
            'Memenuhi Ekspektasi': '00B050',
            'Tidak Dapat Disimpulkan': '808080',
          },
        },
      ],
      judulKategori: 'No indikator',
      judulNilai: 'Capaian (%)',
    });
    expect(baris.every((r) => t.sel[r]![2]!.nilai !== null && t.sel[r]![8]!.format === '0.00')).toBe(true);
  });

  it('shows Polaritas only when an indicator is not positif, and the period in title and headers', () => {
    const hasil = contohHasil({ periode: 'TW3' });
    const ind = { ...hasil.indikator[2]!, indikator: { ...hasil.indikator[2]!.indikator, polaritas: 'negatif' as const } };
    const tw = satu('pencapaian-iku', { ...hasil, indikator: hasil.indikator.map((x, i) => (i === 2 ? ind : x)) });
    expect(tw.judul).toBe('Pencapaian IKU Triwulan III');
    expect(tw.sel[1]!.map((s) => s.nilai)).toContain('Polaritas');
    expect(tw.sel[1]!.map((s) => s.nilai)).toContain('Target TW III');
    expect(t.sel[1]!.map((s) => s.nilai)).not.toContain('Polaritas');
  });
});

describe('perjanjian-kinerja', () => {
  const t = satu('perjanjian-kinerja');
  it('lists each sasaran with its indicators and annual targets, the budget per sasaran and its total', () => {
    const [s1, s2, s3] = contohHasil().sasaran.map((s) => s.sasaran.nama);
    expect(nilaiTabel(t.sel)).toEqual([
      ['Perjanjian Kinerja', ...Array(6).fill(null)],
      ['No', 'Sasaran', 'No', 'Indikator Kinerja', 'Satuan', 'Target', 'Anggaran (Rp)'],
      ['A. Stakeholder Perspective', ...Array(6).fill(null)],
      [1, s1, 1, IND[0]!.nama, 'Indeks', 80, 1_500_000],
      [null, null, 2, IND[1]!.nama, '-', 'WTP', null],
      ['B. Internal Process Perspective', ...Array(6).fill(null)],
      [2, s2, 3, IND[2]!.nama, '%', 75, 2_000_000],
      [null, null, 4, IND[3]!.nama, '%', 100, null],
      [3, s3, 5, IND[4]!.nama, '%', 0, 0],
      ['Jumlah', ...Array(5).fill(null), 3_500_000],
    ]);
    expect(t.sel[3]![6]).toMatchObject({ format: '#,##0' });
    expect(t.gabung).toContainEqual({ baris: 3, kolom: 6, barisAkhir: 4, kolomAkhir: 6 });
    expect(t.gabung).toContainEqual({ baris: 9, kolom: 0, barisAkhir: 9, kolomAkhir: 5 });
  });

  it('has no budget column when the sheet has no Pagu', () => {
    const tanpa = satu('perjanjian-kinerja', contohHasil({}, { peran: { indikator: 3, target: 5 }, tahunLalu: [] }));
    expect(tanpa.sel[1]!.map((s) => s.nilai)).toEqual(['No', 'Sasaran', 'No', 'Indikator Kinerja', 'Satuan', 'Target']);
    expect(tanpa.sel).toHaveLength(9);
  });
});
