// The layout corpus through the Sheets host over the fake: values and number formats in one
// batch, hidden columns per column, rows hidden by the sheet's filter; call counts that do not
// grow with the rows.
import { describe, expect, it } from 'vitest';
import { hitungJson } from '../../cli/json-hitung';
import { bacaRentang } from '../../core/index';
import { periksaRentang } from '../../core/periksa/index';
import { SKEMA_BAWAAN } from '../../core/skema';
import { opsiBawaan, skorModel } from '../../core/skor';
import { bacaLembar } from '../../gas/sheets-host';
import { cekHitung } from '../fixtures/tata-letak/cek';
import { KASUS, type Kasus, rentangKasus } from '../fixtures/tata-letak/korpus';
import { BukuData, layananPalsu } from './palsu';

/** The case as a Google sheet; its hidden rows are hidden by a filter on a column that names them. */
function bukuKasus(k: Kasus, salah = false): { ss: GoogleAppsScript.Spreadsheet.Spreadsheet; layanan: ReturnType<typeof layananPalsu> } {
  const r = rentangKasus(k, salah);
  const nilai = r.nilai.map((b) => b.map((v) => (v === null || v === undefined ? '' : (v as string | number))));
  const buku = new BukuData({ [k.nama]: nilai });
  const l = buku.cari(k.nama)!;
  r.format?.forEach((b, i) => b?.forEach((f, j) => f !== undefined && l.ubah(i + 1, j + 1, (s) => (s.format = f))));
  for (const j of r.kolomTersembunyi ?? []) l.kolomTersembunyi.add(j + 1);
  const tersembunyi = r.barisTersembunyi ?? [];
  if (tersembunyi.length > 0) {
    // the first column where the hidden row holds a name
    const j = nilai[tersembunyi[0]!]!.findIndex((v) => typeof v === 'string' && v.length > 3);
    l.filter = {
      baris: 1,
      kolom: 1,
      barisN: nilai.length,
      kolomN: nilai[0]!.length,
      sembunyi: new Map([[j + 1, tersembunyi.map((i) => String(nilai[i]![j]))]]),
    };
  }
  const layanan = layananPalsu(buku, {});
  return { ss: layanan.SpreadsheetApp.getActiveSpreadsheet(), layanan };
}

describe('layout corpus through the Sheets host', () => {
  for (const k of KASUS) {
    it(`${k.nama}: read as the planner sees it, audited with every misprint found`, () => {
      const { ss } = bukuKasus(k);
      const rentang = bacaLembar(ss, k.nama);
      const { model, masalah } = bacaRentang(rentang);
      cekHitung(k, hitungJson(skorModel(model!, opsiBawaan(model!)), k.nama, masalah));
      const skema = SKEMA_BAWAAN['KEPKA-128-2022'];
      expect(periksaRentang(rentang, { skema }).temuan).toEqual([]);
      const b = bukuKasus(k, true);
      const salah = periksaRentang(bacaLembar(b.ss, k.nama), { skema }).temuan;
      expect(salah.map((t) => t.sel)).toEqual(k.salah.map((x) => x.sel));
      salah.forEach((t, i) => expect(t.seharusnya as number).toBeCloseTo(k.salah[i]!.seharusnya, 9));
    });
  }

  it('the same calls for 10 and 5,000 rows, formats, hidden columns and a filter included', () => {
    const panggilan = (n: number) => {
      const nilai = [['Indikator', 'Target', 'Realisasi'], ...Array.from({ length: n }, (_, i) => [`I${i}`, 80, 0.85])];
      const buku = new BukuData({ Data: nilai });
      const l = buku.cari('Data')!;
      for (let i = 2; i <= n + 1; i++) l.ubah(i, 3, (s) => (s.format = '0.00%'));
      l.kolomTersembunyi.add(2);
      l.filter = { baris: 1, kolom: 1, barisN: n + 1, kolomN: 3, sembunyi: new Map([[1, ['I1']]]) };
      const layanan = layananPalsu(buku, {});
      const ss = layanan.SpreadsheetApp.getActiveSpreadsheet();
      layanan.hitung.reset();
      const r = bacaLembar(ss, 'Data');
      expect(r.barisTersembunyi).toEqual([2]);
      expect(r.kolomTersembunyi).toEqual([1]);
      return layanan.hitung.total;
    };
    const kecil = panggilan(10);
    const besar = panggilan(5000);
    console.log(`panggilan Apps Script per pembacaan lembar: 10 baris = ${kecil}, 5.000 baris = ${besar}`);
    expect(besar).toBe(kecil);
  });

  it('a row hidden by hand is read like a visible one (no bounded call tells it)', () => {
    const buku = new BukuData({
      Data: [
        ['Indikator', 'Target', 'Realisasi'],
        ['A', 80, 80],
        ['B', 80, 40],
      ],
    });
    buku.cari('Data')!.barisTersembunyi.add(3);
    const r = bacaLembar(layananPalsu(buku, {}).SpreadsheetApp.getActiveSpreadsheet(), 'Data');
    expect(r.barisTersembunyi).toBeUndefined();
  });
});
