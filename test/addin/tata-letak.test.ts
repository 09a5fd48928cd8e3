// The layout corpus through the Excel host over the fake: values with number formats, hidden
// rows and columns and merges, read in one sync whatever the sheet's size.
import { describe, expect, it } from 'vitest';
import { buatHostExcel } from '../../addin/excel-host';
import { hitungJson } from '../../cli/json-hitung';
import { bacaRentang } from '../../core/index';
import { periksaRentang } from '../../core/periksa/index';
import { SKEMA_BAWAAN } from '../../core/skema';
import { opsiBawaan, skorModel } from '../../core/skor';
import { FakeWorkbook } from './fake-excel';
import { cekHitung } from '../fixtures/tata-letak/cek';
import { KASUS, type Kasus, rentangKasus, rumusDi } from '../fixtures/tata-letak/korpus';

/** The case as an Excel sheet: values (formulas keep their cached result), formats, hidden rows/columns, merges. */
function bukuKasus(k: Kasus, salah = false): FakeWorkbook {
  const book = new FakeWorkbook([k.nama]);
  const s = book.sheet(k.nama);
  const r = rentangKasus(k, salah);
  r.nilai.forEach((baris, i) =>
    baris.forEach((v, j) => {
      const f = r.format?.[i]?.[j];
      if ((v === null || v === '') && f === undefined) return;
      const cell = s.edit(i, j);
      if (v !== null && v !== undefined && v !== '') cell.value = v as number | string;
      const rumus = rumusDi(k, i, j);
      if (rumus !== undefined && !salah) cell.formula = rumus;
      if (f !== undefined) cell.numberFormat = f;
    }),
  );
  for (const g of k.gabungan ?? []) s.merges.push(g);
  for (const i of r.barisTersembunyi ?? []) s.hiddenRows.add(i);
  for (const j of r.kolomTersembunyi ?? []) s.hiddenCols.add(j);
  return book;
}

describe('layout corpus through the Excel host', () => {
  for (const k of KASUS) {
    it(`${k.nama}: read in one sync as the planner sees it, audited with every misprint found`, async () => {
      const book = bukuKasus(k);
      const rentang = await buatHostExcel(book.run).bacaLembar(k.nama);
      expect(book.syncs).toBe(1);
      const { model, masalah } = bacaRentang(rentang);
      cekHitung(k, hitungJson(skorModel(model!, opsiBawaan(model!)), k.nama, masalah));
      const skema = SKEMA_BAWAAN['KEPKA-128-2022'];
      expect(periksaRentang(rentang, { skema }).temuan).toEqual([]);
      const salah = periksaRentang(await buatHostExcel(bukuKasus(k, true).run).bacaLembar(k.nama), { skema }).temuan;
      expect(salah.map((t) => t.sel)).toEqual(k.salah.map((x) => x.sel));
      salah.forEach((t, i) => expect(t.seharusnya as number).toBeCloseTo(k.salah[i]!.seharusnya, 9));
    });
  }

  it('one sync for 10 and for 5,000 rows, hidden rows and formats included', async () => {
    const syncs = async (n: number) => {
      const book = new FakeWorkbook(['Data']);
      book.put('Data', 'A1', [['Indikator', 'Target', 'Realisasi'], ...Array.from({ length: n }, (_, i) => [`I${i}`, 80, 0.85])]);
      const s = book.sheet('Data');
      for (let i = 1; i <= n; i++) s.edit(i, 2).numberFormat = '0.00%';
      for (let i = 2; i <= n; i += 3) s.hiddenRows.add(i);
      const r = await buatHostExcel(book.run).bacaLembar('Data');
      expect(r.barisTersembunyi).toHaveLength(Math.floor((n + 1) / 3));
      return book.syncs;
    };
    const kecil = await syncs(10);
    const besar = await syncs(5000);
    console.log(`context.sync() per pembacaan lembar: 10 baris = ${kecil}, 5.000 baris = ${besar}`);
    expect(besar).toBe(kecil);
    expect(kecil).toBe(1);
  });
});
