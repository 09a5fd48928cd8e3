// The second example workbook (two-row header, percent formats, formulas with cached values,
// a budget table below): read and audited by the public command as it is committed.
import { describe, expect, it } from 'vitest';
import type { HitungJson } from '../../cli/json-hitung';
import { lapkin } from './jalankan';

const CONTOH = 'examples/contoh-capaian-dua-baris.xlsx';

describe('examples/contoh-capaian-dua-baris.xlsx', () => {
  it('hitung: five indicators of 2024, the sasaran typed in the Indikator column, polarity from the printed formula', async () => {
    const r = await lapkin('hitung', CONTOH, '--json');
    expect(r.kode).toBe(0);
    const json = JSON.parse(r.keluar) as HitungJson;
    expect(json.indikator.map((i) => [i.baris, i.target, i.realisasi, i.capaian])).toEqual([
      [8, 92, 93.45, (93.45 / 92) * 100],
      [9, 86, 84.7, (84.7 / 86) * 100],
      [10, 10, 8.5, ((2 * 10 - 8.5) / 10) * 100],
      [13, 3.3, 3.42, (3.42 / 3.3) * 100],
      [14, 96, 100, (100 / 96) * 100],
    ]);
    expect(json.masalah?.map((m) => [m.baris, m.kolom, m.teks, m.alasan, m.catatan])).toEqual([
      [10, 'I', '115', 'polaritas negatif (dari capaian tercetak)', true],
    ]);
    expect(json.sasaran.map((s) => s.nama)).toEqual([
      'Sasaran 1: Meningkatnya efektivitas pengawasan obat dan makanan',
      'Sasaran 2: Meningkatnya kepuasan pemangku kepentingan',
    ]);
    expect(json.unit.nps).toBeCloseTo(((93.45 / 92 + 84.7 / 86 + 1.15) / 3 + (3.42 / 3.3 + 100 / 96) / 2) * 50, 9);
  });

  it('periksa: every printed figure agrees (exit 0)', async () => {
    const r = await lapkin('periksa', CONTOH, '--json');
    expect(JSON.parse(r.keluar)).toEqual({ temuan: [] });
    expect(r.kode).toBe(0);
  });
});
