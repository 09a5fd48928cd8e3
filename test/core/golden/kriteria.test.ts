import { describe, expect, it } from 'vitest';
import { KRITERIA } from '../../../core/fungsi';
import { cariPita } from '../../../core/kriteria';
import { SKEMA_BAWAAN, WARNA } from '../../../core/skema';
import { emas, type EmasKriteria } from './emas';

const data = emas<EmasKriteria>('kriteria');

describe('golden kriteria', () => {
  it.each(data.kasus.map((k) => [`${k.skema} ${k.nilai}`, k] as const))('%s', (_, k) => {
    expect(cariPita(k.nilai, SKEMA_BAWAAN[k.skema as keyof typeof SKEMA_BAWAAN])?.label).toBe(k.label);
    expect(KRITERIA(k.nilai, k.skema)).toBe(k.label);
  });

  it('a whole column of one scheme in one call', () => {
    for (const kode of Object.keys(data.skema)) {
      const kasus = data.kasus.filter((k) => k.skema === kode);
      expect(
        KRITERIA(
          kasus.map((k) => [k.nilai]),
          kode,
        ),
      ).toEqual(kasus.map((k) => [k.label]));
    }
  });

  it.each(Object.entries(data.skema))('band definitions of %s match the built-in scheme', (kode, skema) => {
    const bawaan = SKEMA_BAWAAN[kode as keyof typeof SKEMA_BAWAAN].pita.map((p) => ({
      label: p.label,
      bawah: p.bawah,
      bawahTermasuk: p.bawahTermasuk,
      atas: p.atas,
      atasTermasuk: p.atasTermasuk,
      warna: p.warna,
      efektivitas: p.efektivitas,
    }));
    const diharapkan = skema.pita.map((p) => ({
      label: p.label,
      bawah: p.bawah,
      bawahTermasuk: p.bawah_termasuk ?? p.bawah !== null,
      atas: p.atas,
      atasTermasuk: p.atas_termasuk ?? false,
      warna: p.warna === undefined ? undefined : WARNA[p.warna],
      efektivitas: p.efektivitas,
    }));
    expect(bawaan).toEqual(diharapkan);
  });
});
