// The layout corpus read by core straight from RentangBaca (what every host hands over).
import { describe, expect, it } from 'vitest';
import { hitungJson } from '../../../cli/json-hitung';
import { bacaRentang } from '../../../core/index';
import { periksaRentang } from '../../../core/periksa/index';
import { SKEMA_BAWAAN } from '../../../core/skema';
import { opsiBawaan, skorModel } from '../../../core/skor';
import { cekHitung } from '../../fixtures/tata-letak/cek';
import { KASUS, rentangKasus } from '../../fixtures/tata-letak/korpus';

const skema = SKEMA_BAWAAN['KEPKA-128-2022'];

describe('layout corpus through core', () => {
  it('has at least 12 sheets', () => expect(KASUS.length).toBeGreaterThanOrEqual(12));
  for (const k of KASUS) {
    it(`${k.nama}: ${k.fitur}`, () => {
      const { model, masalah } = bacaRentang(rentangKasus(k));
      expect(model).not.toBeNull();
      cekHitung(k, hitungJson(skorModel(model!, opsiBawaan(model!)), k.nama, masalah));
    });
    it(`${k.nama}: the audit finds nothing on the right table and every planted misprint`, () => {
      const bersih = periksaRentang(rentangKasus(k), { skema });
      expect(bersih.temuan.map((t) => `${t.sel} ${t.alasan}`)).toEqual([]);
      expect(bersih.masalah.filter((m) => !m.catatan)).toEqual([]);
      const salah = periksaRentang(rentangKasus(k, true), { skema });
      expect(salah.temuan.map((t) => t.sel)).toEqual(k.salah.map((s) => s.sel));
      salah.temuan.forEach((t, i) => expect(t.seharusnya as number).toBeCloseTo(k.salah[i]!.seharusnya, 9));
    });
  }
});
