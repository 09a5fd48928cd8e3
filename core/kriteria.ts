// Which band of a scheme a value falls in, decided on the value as shown (2 decimals, Excel's
// ROUND), so the label always agrees with the number on the page (79,995 shows 80,00: the band
// from 80), and schemes with printed gaps (IKM 64,99 / 65,00; IPP 1,00 / 1,01) have none.
import { bulat } from './bulat';
import type { Pita, Skema } from './model';

export function cariPita(nilai: number, skema: Skema): Pita | null {
  const v = bulat(nilai, 2);
  if (!Number.isFinite(v)) return null;
  const daftar = skema.pita;
  for (let i = 0; i < daftar.length; i++) {
    const p = daftar[i];
    if (p.bawah !== null && (p.bawahTermasuk ? v < p.bawah : v <= p.bawah)) continue;
    if (p.atas !== null && (p.atasTermasuk ? v > p.atas : v >= p.atas)) continue;
    return p;
  }
  return null;
}
