// The audit of budget and efisiensi tables: report 000's Tabel 19 and 20 as printed, and copies
// with one figure changed.
import { describe, expect, it } from 'vitest';
import type { Sel } from '../../../core/model';
import { periksaLembar } from '../../../core/periksa';
import { SKEMA_BAWAAN } from '../../../core/skema';
import { bangunTabel } from '../../../core/tabel';
import { contohHasil, nilaiTabel } from '../tabel/contoh';
import { tabelTercetak } from '../tabel/laporan-000';

const opsi = { skema: SKEMA_BAWAAN['BPOM-2019'] };
const ubah = (t: Sel[][], r: number, k: number, v: Sel) => t.map((b, i) => (i === r ? b.map((s, j) => (j === k ? v : s)) : b));

describe('periksa: budget tables', () => {
  const t19 = tabelTercetak(19);

  it("report 000's Tabel 19 as printed adds up: program rows are the sums of their sasaran", () => {
    expect(t19[0]).toEqual(['Program/Sasaran Program', 'Target (Rp)', 'Realisasi (Rp)', '%']);
    expect(periksaLembar('Tabel 19', t19, opsi)).toEqual({ temuan: [], masalah: [] });
  });

  it('a program total copied wrong is flagged with the sum of its rows', () => {
    const program = t19.findIndex((b) => b[0]!.startsWith('A. Program'));
    const salah = ubah(t19, program, 1, '313.704.297.000');
    const { temuan } = periksaLembar('Tabel 19', salah, opsi);
    expect(temuan.map((t) => [t.sel, t.tercetak, t.seharusnya])).toEqual([[`B${program + 1}`, '313.704.297.000', 313_704_279_000]]);
    expect(temuan[0]!.alasan).toBe('Jumlah dari 12 baris di bawahnya = 313.704.279.000');
  });

  it('a percentage that its own row does not give is flagged', () => {
    const salah = ubah(t19, 2, 3, '97,53%');
    const { temuan } = periksaLembar('Tabel 19', salah, opsi);
    expect(temuan.map((t) => [t.sel, t.tercetak])).toEqual([['D3', '97,53%']]);
    expect(temuan[0]!.alasan).toMatch(/^Realisasi \(%\) = realisasi \/ pagu × 100 = 97,35$/);
  });

  it('numbered rows (1, 1.1), sisa, porsi and the Jumlah row', () => {
    const tabel: Sel[][] = [
      ['No', 'Uraian', 'Pagu (Rp)', 'Realisasi (Rp)', 'Realisasi (%)', 'Sisa (Rp)', 'Porsi Pagu (%)'],
      [1, 'Sasaran satu', 300, 240, 80, 60, 75],
      ['1.1', 'Indikator a', 200, 160, 80, 40, 50],
      ['1.2', 'Indikator b', 100, 80, 80, 20, 25],
      [2, 'Sasaran dua', 100, 0, 0, 100, 25],
      ['', 'Jumlah', 400, 240, 60, 160, 100],
    ];
    expect(periksaLembar('L', tabel, opsi).temuan).toEqual([]);
    const salah = ubah(ubah(tabel, 1, 3, 250), 5, 5, 150);
    expect(periksaLembar('L', salah, opsi).temuan.map((t) => [t.sel, t.seharusnya])).toEqual([
      ['D2', 240],
      ['E2', (250 / 300) * 100],
      ['F2', 50],
      ['F6', 160],
    ]);
  });

  it('sasaran numbered past 9999 keep their rows under them (10000.1 under 10000), as lapkin writes a large unit', () => {
    const tabel: Sel[][] = [
      ['No', 'Sasaran / Indikator Kinerja', 'Pagu (Rp)', 'Realisasi (Rp)'],
      ['9999', 'Sasaran 9999', 300, 240],
      ['9999.1', 'Indikator a', 300, 240],
      ['10000', 'Sasaran 10000', 300, 200],
      ['10000.1', 'Indikator b', 100, 80],
      ['10000.2', 'Indikator c', 200, 120],
      ['123456.1', 'Indikator d, no sasaran 123456 above it', 100, 100],
      ['Jumlah', '', 700, 540],
    ];
    expect(periksaLembar('L', tabel, opsi).temuan).toEqual([]);
    // an indicator of sasaran 10000 changed: its sasaran and the Jumlah (summed from the bottom rows up) no longer add up
    const { temuan } = periksaLembar('L', ubah(tabel, 4, 2, 150), opsi);
    expect(temuan.map((t) => [t.sel, t.tercetak, t.seharusnya, t.alasan])).toEqual([
      ['C4', 300, 350, 'Jumlah dari 2 baris di bawahnya = 350'],
      ['C8', 700, 750, 'Jumlah dari 3 baris di bawahnya = 750'],
    ]);
  });
});

describe('periksa: efisiensi tables', () => {
  const t20 = tabelTercetak(20);

  it("report 000's Tabel 20 as printed is consistent: IE, TE and kategori of every row and the Jumlah", () => {
    expect(t20[0]).toEqual(['No', 'SASARAN', 'INPUT', 'OUTPUT', 'IE', 'SE', 'TE', 'KATEGORI']);
    expect(periksaLembar('Tabel 20', t20, opsi)).toEqual({ temuan: [], masalah: [] });
  });

  it('an IE its input and output do not give, and a kategori its IE does not give, are flagged', () => {
    const r = t20.findIndex((b) => b[0] === '3');
    const salah = ubah(ubah(t20, r, 4, '1,53'), r + 1, 7, 'Tidak Efisien');
    const { temuan } = periksaLembar('Tabel 20', salah, opsi);
    expect(temuan.map((t) => [t.sel, t.tercetak])).toEqual([
      [`E${r + 1}`, '1,53'],
      [`H${r + 2}`, 'Tidak Efisien'],
    ]);
    expect(temuan[1]!.seharusnya).toBe('Efisien');
  });

  it("nothing spent yet: #DIV/0! (report 002's three rows) should be blank with the reason", () => {
    const tabel: Sel[][] = [
      ['No', 'Indikator', 'Input (%)', 'Output (%)', 'IE', 'TE'],
      [7, 'Indeks kepuasan', 0, 0, '#DIV/0!', '#DIV/0!'],
    ];
    const { temuan } = periksaLembar('L', tabel, opsi);
    expect(temuan.map((t) => [t.sel, t.seharusnya])).toEqual([
      ['E2', ''],
      ['F2', ''],
    ]);
    expect(temuan[0]!.alasan).toBe(
      'Tidak dapat dihitung (Capaian input (serapan anggaran) 0%: efisiensi tidak dapat dihitung): sel ini seharusnya kosong dengan alasan di keterangan',
    );
  });
});

describe('periksa: the budget and efisiensi tables Lapkin builds', () => {
  it('pass their own audit', () => {
    const hasil = contohHasil();
    const { tabel } = bangunTabel(hasil, { tabel: ['realisasi-anggaran', 'efisiensi'] });
    expect(tabel).toHaveLength(2);
    for (const t of tabel) expect(periksaLembar(t.namaLembar, nilaiTabel(t.sel), hasil.opsi)).toEqual({ temuan: [], masalah: [] });
  });
});
