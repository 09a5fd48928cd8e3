// The charts' kriteria colours: a scheme's own colours, or for a scheme without any (BPOM-2019) a
// fixed palette by rank, best to worst, that every chart writer draws from (dataGrafik, blokGrafik, SVG).
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  bangunTabel,
  blokGrafik,
  dataGrafik,
  PALET_PERINGKAT,
  SKEMA_BAWAAN,
  skorModel,
  svgGrafik,
  WARNA_GRAFIK,
  WARNA_TAK_TERSIMPUL,
  warnaKriteriaGrafik,
  type Skema,
} from '../../../core/index';
import { modelAcak } from './acak';

/** WCAG's contrast ratio of a colour against white. */
function kontrasPutih(hex: string): number {
  const [r, g, b] = [0, 2, 4].map((i) => {
    const c = parseInt(hex.slice(i, i + 2), 16) / 255;
    return c <= 0.03928 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4;
  });
  return 1.05 / (0.2126 * r! + 0.7152 * g! + 0.0722 * b! + 0.05);
}

const TANPA_WARNA = Object.values(SKEMA_BAWAAN).filter((s) => !s.pita.some((p) => p.warna));

describe('warnaKriteriaGrafik', () => {
  it('BPOM-2019 has no colours: best blue to worst red, the band that concludes nothing grey', () => {
    expect(warnaKriteriaGrafik(SKEMA_BAWAAN['BPOM-2019'])).toEqual({
      'Sangat Baik': '08519C',
      Baik: '2A8C8C',
      Cukup: 'B8860B',
      Kurang: 'D95F0E',
      'Sangat Kurang': 'A50F15',
      'Tidak Dapat Disimpulkan': WARNA_TAK_TERSIMPUL,
    });
    expect(warnaKriteriaGrafik(SKEMA_BAWAAN.Efisiensi)).toEqual({ Efisien: '08519C', 'Tidak Efisien': 'A50F15' });
  });

  it('a scheme with colours keeps its own', () => {
    expect(warnaKriteriaGrafik(SKEMA_BAWAAN['KEPKA-128-2022'])).toEqual({
      'Tidak Memenuhi Ekspektasi': 'FF0000',
      'Belum Memenuhi Ekspektasi': 'FFFF00',
      'Memenuhi Ekspektasi': '00B050',
      'Tidak Dapat Disimpulkan': '808080',
    });
  });

  it('a scheme whose labels are names every object has (__proto__, constructor) colours them like any label', () => {
    const pita = ['__proto__', 'constructor', 'toString'].map((label, i) => ({
      label,
      bawah: i,
      bawahTermasuk: true,
      atas: i + 1,
      atasTermasuk: false,
    }));
    const warna = warnaKriteriaGrafik({ kode: 'X', nama: 'X', pita });
    expect(Object.keys(warna)).toEqual(['toString', 'constructor', '__proto__']);
    expect([warna['__proto__'], warna['constructor'], warna['toString']]).toEqual(['A50F15', 'B8860B', '08519C']);
  });

  it('the palette and the grey stand out from a white page (3:1) and from each other', () => {
    for (const w of [...PALET_PERINGKAT, WARNA_TAK_TERSIMPUL]) expect(kontrasPutih(w), w).toBeGreaterThanOrEqual(3);
    expect(new Set([...PALET_PERINGKAT, WARNA_TAK_TERSIMPUL, WARNA_GRAFIK.batang]).size).toBe(PALET_PERINGKAT.length + 2);
  });

  it('any scheme without colours: every band coloured, distinct, ordered by rank from the best end of the palette', () => {
    const label = fc.string({ minLength: 1, maxLength: 12 });
    fc.assert(
      fc.property(fc.uniqueArray(label, { minLength: 1, maxLength: PALET_PERINGKAT.length }), fc.boolean(), (nama, tak) => {
        const pita = [...nama, ...(tak ? ['Tidak Dapat Disimpulkan'] : [])]
          .filter((n, i, a) => a.indexOf(n) === i)
          .map((n, i) => ({ label: n, bawah: i, bawahTermasuk: true, atas: i + 1, atasTermasuk: false }));
        const skema: Skema = { kode: 'X', nama: 'X', pita };
        const warna = warnaKriteriaGrafik(skema);
        expect(Object.keys(warna).sort()).toEqual(pita.map((p) => p.label).sort());
        const bertingkat = pita.filter((p) => !/tidak dapat disimpulkan/i.test(p.label));
        const urut = bertingkat.map((p) => PALET_PERINGKAT.indexOf(warna[p.label] as (typeof PALET_PERINGKAT)[number]));
        // the scheme lists its bands worst first: palette positions fall from the worst to the best, which is 0
        expect(urut.every((x, i) => x >= 0 && (i === 0 || x < urut[i - 1]!))).toBe(true);
        if (bertingkat.length) expect(urut[urut.length - 1]).toBe(0);
        if (bertingkat.length > 1) expect(urut[0]).toBe(PALET_PERINGKAT.length - 1);
      }),
    );
  });

  it('any unit scored with a scheme without colours: every bar with a kriteria takes its colour, in all chart writers', () => {
    fc.assert(
      fc.property(modelAcak(), fc.constantFrom(...TANPA_WARNA), ({ model, opsi }, skema) => {
        const warna = warnaKriteriaGrafik(skema);
        for (const t of bangunTabel(skorModel(model, { ...opsi, skema })).tabel) {
          if (!t.grafik) continue;
          const data = dataGrafik(t, t.grafik);
          for (const s of data.seri) {
            s.labelTitik.forEach((l, i) => {
              if (l !== null && l in warna) expect(s.warnaTitik[i]).toBe(warna[l]);
            });
          }
          const blok = blokGrafik(data);
          if (blok.bertumpuk) expect(blok.warna.every((w) => Object.values(warna).includes(w) || w === WARNA_GRAFIK.batang)).toBe(true);
        }
      }),
      { numRuns: 40 },
    );
  });

  it("the chapter's SVG chart draws BPOM-2019 bars in the palette and names each kriteria in its legend", () => {
    const model = fc.sample(modelAcak(), { numRuns: 1, seed: 7 })[0]!.model;
    const hasil = skorModel(model, { skema: SKEMA_BAWAAN['BPOM-2019'], tingkat: 'sasaran', periode: 'tahunan' });
    const t = bangunTabel(hasil, { tabel: ['pencapaian-iku'] }).tabel[0];
    const data = dataGrafik(t!, t!.grafik!);
    const svg = svgGrafik(data);
    const label = [...new Set(data.seri[0]!.labelTitik.filter((l): l is string => l !== null))];
    expect(label.length).toBeGreaterThan(0);
    for (const l of label) {
      expect(svg).toContain(`fill="#${warnaKriteriaGrafik(SKEMA_BAWAAN['BPOM-2019'])[l]}"`);
      expect(svg).toContain(`>${l}</text>`);
    }
  });
});
