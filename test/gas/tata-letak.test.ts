// The layout corpus through the Sheets host over the fake: values and number formats in one
// batch, rows hidden by hand or by a filter, hidden columns and merges in one Sheets API call;
// call counts that do not grow with the rows; without the advanced service, the old bounded reading.
import { describe, expect, it } from 'vitest';
import { hitungJson } from '../../cli/json-hitung';
import { bacaRentang } from '../../core/index';
import { periksaRentang } from '../../core/periksa/index';
import { SKEMA_BAWAAN } from '../../core/skema';
import { opsiBawaan, skorModel } from '../../core/skor';
import { PESAN_GAS } from '../../gas/pesan';
import { bacaLembar } from '../../gas/sheets-host';
import { cekHitung } from '../fixtures/tata-letak/cek';
import { KASUS, type Kasus, rentangKasus } from '../fixtures/tata-letak/korpus';
import { BukuData, ID_BUKU, layananPalsu } from './palsu';
import { sheetsApiPalsu } from './palsu-sheets-api';

/** The case as a Google sheet: its hidden rows hidden by hand, its merges merged. */
function bukuKasus(k: Kasus, salah = false) {
  const r = rentangKasus(k, salah);
  const nilai = r.nilai.map((b) => b.map((v) => (v === null || v === undefined ? '' : (v as string | number))));
  const buku = new BukuData({ [k.nama]: nilai });
  const l = buku.cari(k.nama)!;
  r.format?.forEach((b, i) => b?.forEach((f, j) => f !== undefined && l.ubah(i + 1, j + 1, (s) => (s.format = f))));
  for (const j of r.kolomTersembunyi ?? []) l.kolomTersembunyi.add(j + 1);
  for (const i of r.barisTersembunyi ?? []) l.barisTersembunyi.add(i + 1);
  for (const g of r.gabungan ?? []) l.gabung.push({ baris: g.r1 + 1, kolom: g.c1 + 1, barisN: g.r2 - g.r1 + 1, kolomN: g.c2 - g.c1 + 1 });
  const layanan = layananPalsu(buku, {});
  return { ss: layanan.SpreadsheetApp.getActiveSpreadsheet(), layanan, buku, Sheets: sheetsApiPalsu(buku, ID_BUKU, layanan.hitung) };
}

describe('layout corpus through the Sheets host', () => {
  for (const k of KASUS) {
    it(`${k.nama}: read as the planner sees it, audited with every misprint found`, () => {
      const { ss, Sheets, layanan } = bukuKasus(k);
      layanan.hitung.reset();
      const rentang = bacaLembar(ss, k.nama, Sheets);
      expect(layanan.hitung.per.get('Sheets.Spreadsheets.get')).toBe(1);
      expect(rentang.gabungan ?? []).toEqual(rentangKasus(k).gabungan);
      expect(rentang.catatan).toBeUndefined();
      const { model, masalah } = bacaRentang(rentang);
      cekHitung(k, hitungJson(skorModel(model!, opsiBawaan(model!)), k.nama, masalah));
      const skema = SKEMA_BAWAAN['KEPKA-128-2022'];
      expect(periksaRentang(rentang, { skema }).temuan).toEqual([]);
      const b = bukuKasus(k, true);
      const salah = periksaRentang(bacaLembar(b.ss, k.nama, b.Sheets), { skema }).temuan;
      expect(salah.map((t) => t.sel)).toEqual(k.salah.map((x) => x.sel));
      salah.forEach((t, i) => expect(t.seharusnya as number).toBeCloseTo(k.salah[i]!.seharusnya, 9));
    });
  }

  it('the same calls for 10 and 5,000 rows, formats, rows hidden by hand and by a filter, hidden columns and merges included', () => {
    const panggilan = (n: number) => {
      const nilai = [['Indikator', 'Target', 'Realisasi'], ...Array.from({ length: n }, (_, i) => [`I${i}`, 80, 0.85])];
      const buku = new BukuData({ Data: nilai });
      const l = buku.cari('Data')!;
      for (let i = 2; i <= n + 1; i++) l.ubah(i, 3, (s) => (s.format = '0.00%'));
      l.kolomTersembunyi.add(2);
      for (let i = 4; i <= n + 1; i += 3) l.barisTersembunyi.add(i);
      l.filter = { baris: 1, kolom: 1, barisN: n + 1, kolomN: 3, sembunyi: new Map([[1, ['I1']]]) };
      l.gabung.push({ baris: 1, kolom: 2, barisN: 1, kolomN: 2 });
      const layanan = layananPalsu(buku, {});
      const ss = layanan.SpreadsheetApp.getActiveSpreadsheet();
      const Sheets = sheetsApiPalsu(buku, ID_BUKU, layanan.hitung);
      layanan.hitung.reset();
      const r = bacaLembar(ss, 'Data', Sheets);
      // the filter hides row 3 ('I1'), index 2; rows hidden by hand are 4, 7, 10 ..., indices 3, 6, 9 ...
      const tangan = [...l.barisTersembunyi].map((b) => b - 1);
      expect(r.barisTersembunyi).toEqual([2, ...tangan]);
      expect(r.kolomTersembunyi).toEqual([1]);
      expect(r.gabungan).toEqual([{ r1: 0, c1: 1, r2: 0, c2: 2 }]);
      expect(layanan.hitung.per.get('Sheets.Spreadsheets.get')).toBe(1);
      return layanan.hitung.total;
    };
    const kecil = panggilan(10);
    const besar = panggilan(5000);
    console.log(`panggilan Apps Script per pembacaan lembar: 10 baris = ${kecil}, 5.000 baris = ${besar}`);
    expect(besar).toBe(kecil);
  });

  it('without the advanced service: the old bounded calls, rows hidden by hand read, one notice', () => {
    const k = KASUS.find((x) => x.nama === 'Baris tersembunyi')!;
    const { ss, layanan } = bukuKasus(k);
    const panggilan = (n: number) => {
      const buku = new BukuData({ Data: [['Indikator', 'Target', 'Realisasi'], ...Array.from({ length: n }, (_, i) => [`I${i}`, 80, 85])] });
      buku.cari('Data')!.kolomTersembunyi.add(2);
      const lay = layananPalsu(buku, {});
      lay.hitung.reset();
      const r = bacaLembar(lay.SpreadsheetApp.getActiveSpreadsheet(), 'Data', undefined);
      expect(r.kolomTersembunyi).toEqual([1]);
      return lay.hitung.total;
    };
    expect(panggilan(5000)).toBe(panggilan(10));
    layanan.hitung.reset();
    const r = bacaLembar(ss, k.nama, undefined);
    expect(layanan.hitung.per.has('Sheets.Spreadsheets.get')).toBe(false);
    expect(r.barisTersembunyi).toBeUndefined();
    const { masalah } = bacaRentang(r);
    expect(masalah.filter((m) => m.catatan).map((m) => m.alasan)).toEqual([PESAN_GAS.tanpaSheetsApi]);
  });

  it('a failing Sheets API call (scope not granted) reads as without the service, with the notice', () => {
    const k = KASUS.find((x) => x.nama === 'Baris tersembunyi')!;
    const { ss } = bukuKasus(k);
    const gagal = {
      Spreadsheets: {
        get: () => {
          throw new Error('Request had insufficient authentication scopes.');
        },
      },
    } as unknown as GoogleAppsScript.Sheets;
    const r = bacaLembar(ss, k.nama, gagal);
    expect(r.barisTersembunyi).toBeUndefined();
    expect(r.catatan).toEqual([PESAN_GAS.tanpaSheetsApi]);
  });
});
