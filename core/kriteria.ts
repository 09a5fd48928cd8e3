// Which band of a scheme a value falls in, decided on the value as shown (2 decimals, Excel's
// ROUND), so the label always agrees with the number on the page (79,995 shows 80,00: the band
// from 80), and schemes with printed gaps (IKM 64,99 / 65,00; IPP 1,00 / 1,01) have none.
import { bulat } from './bulat';
import type { Pita, Skema } from './model';

export function cariPita(nilai: number, skema: Skema): Pita | null {
  const i = cariIndeksPita(nilai, skema);
  return skema.pita[i] ?? null;
}

/** The band's position in skema.pita, -1 when none. */
export function cariIndeksPita(nilai: number, skema: Skema): number {
  return pencariPita(skema)(nilai);
}

const SIAP = new WeakMap<Skema, (nilai: number) => number>();

/** More than half a unit of the second decimal, with room for the 15-digit step of bulat. */
const DEKAT = 0.006;

/**
 * The band finder of a scheme, its bounds laid out once in typed arrays (open bounds as
 * ±Infinity); the scoring loop takes it once and calls it per indicator.
 */
export function pencariPita(skema: Skema): (nilai: number) => number {
  const ada = SIAP.get(skema);
  if (ada) return ada;
  const n = skema.pita.length;
  const bawah = Float64Array.from(skema.pita, (p) => p.bawah ?? -Infinity);
  const atas = Float64Array.from(skema.pita, (p) => p.atas ?? Infinity);
  const bawahTermasuk = Uint8Array.from(skema.pita, (p) => (p.bawahTermasuk ? 1 : 0));
  const atasTermasuk = Uint8Array.from(skema.pita, (p) => (p.atasTermasuk ? 1 : 0));
  const diBulatkan = (nilai: number): number => {
    const v = bulat(nilai, 2);
    if (!Number.isFinite(v)) return -1;
    for (let i = 0; i < n; i++) {
      // i < n: both are there; an absent bound would never match
      const b = bawah[i] ?? Infinity;
      const a = atas[i] ?? -Infinity;
      if (v < b || (v === b && bawahTermasuk[i] === 0)) continue;
      if (v > a || (v === a && atasTermasuk[i] === 0)) continue;
      return i;
    }
    return -1;
  };
  // Rounding to 2 decimals moves a value by at most DEKAT: a band it is farther than that outside
  // cannot take it, one it is farther than that inside takes it as shown too. Only a value near a
  // bound (or not finite) pays for the rounding; bands are still tried in order, first match wins.
  const cari = (nilai: number): number => {
    for (let i = 0; i < n; i++) {
      const b = bawah[i] ?? Infinity;
      const a = atas[i] ?? -Infinity;
      if (b - nilai > DEKAT || nilai - a > DEKAT) continue;
      if (nilai - b > DEKAT && a - nilai > DEKAT) return i;
      break;
    }
    return diBulatkan(nilai);
  };
  SIAP.set(skema, cari);
  return cari;
}
