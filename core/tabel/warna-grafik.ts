// The bar colour of each kriteria in a chart. A scheme with colours keeps them. A scheme without
// any (BPOM-2019, IKM, IPP, AKIP, Efisiensi, a custom one) would draw every bar in the series
// blue, so its bands get a fixed ordered palette by rank, best to worst: blue through teal and
// gold to red, each at least 3:1 against white (WCAG's contrast for graphics) and ordered along
// the blue-orange axis that red-green colour blindness keeps apart. A band that concludes nothing
// ("Tidak Dapat Disimpulkan") is grey, as KEPKA-128-2022 colours it.
import type { Skema } from '../model';

/** Best to worst; a scheme of n graded bands takes n colours spread evenly over it. */
export const PALET_PERINGKAT = ['08519C', '196E94', '2A8C8C', '71894C', 'B8860B', 'C8720C', 'D95F0E', 'BF3712', 'A50F15'] as const;
export const WARNA_TAK_TERSIMPUL = '808080';

const TAK_TERSIMPUL = /tidak dapat disimpulkan/i;

/** Kriteria label → bar colour (6-digit hex). Bands come in ascending order of their bounds and a
 *  higher value is better (capaian, NPS, indices): the last graded band is the best. */
export function warnaKriteriaGrafik(skema: Skema): Readonly<Record<string, string>> {
  // no prototype: a label named __proto__ is a key like any other, not the object's prototype
  const hasil: Record<string, string> = Object.create(null) as Record<string, string>;
  const ada = (label: string) => Object.prototype.hasOwnProperty.call(hasil, label);
  if (skema.pita.some((p) => p.warna)) {
    for (const p of skema.pita) if (p.warna && !ada(p.label)) hasil[p.label] = p.warna;
    return hasil;
  }
  const bertingkat = skema.pita.filter((p) => !TAK_TERSIMPUL.test(p.label)).reverse();
  const akhir = PALET_PERINGKAT.length - 1;
  bertingkat.forEach((p, i) => {
    const posisi = bertingkat.length === 1 ? 0 : Math.round((i * akhir) / (bertingkat.length - 1));
    const warna = PALET_PERINGKAT[posisi];
    if (warna !== undefined && !ada(p.label)) hasil[p.label] = warna;
  });
  for (const p of skema.pita) if (TAK_TERSIMPUL.test(p.label) && !ada(p.label)) hasil[p.label] = WARNA_TAK_TERSIMPUL;
  return hasil;
}
