// What a RangeAreas address ("Data!A1:C3,Data!A5:C9", "'Sheet, 1'!B2") tells the host: the areas
// as 0-based boxes, then which rows and columns of the read range no visible area covers, and the
// merged blocks relative to the range.
import type { Gabungan } from '../core/index';

export interface Kotak {
  readonly r1: number;
  readonly c1: number;
  readonly r2: number;
  readonly c2: number;
}

function kolom(huruf: string): number {
  let n = 0;
  for (const ch of huruf) n = n * 26 + ch.charCodeAt(0) - 64;
  return n - 1;
}

/** Every area of an address list; a sheet name in quotes may hold commas and '!'. */
export function kotakArea(alamat: string): Kotak[] {
  const hasil: Kotak[] = [];
  // each area: an optional sheet part, '!', then A1 or A1:C3 (with $ allowed)
  const pola = /(?:'(?:[^']|'')*'|[^',!]+)?!?\$?([A-Z]{1,3})\$?(\d+)(?::\$?([A-Z]{1,3})\$?(\d+))?(?=,|$)/g;
  for (const m of alamat.matchAll(pola)) {
    const [, huruf1 = '', angka1, huruf2, angka2] = m;
    const r1 = Number(angka1) - 1;
    const c1 = kolom(huruf1);
    hasil.push({ r1, c1, r2: angka2 ? Number(angka2) - 1 : r1, c2: huruf2 ? kolom(huruf2) : c1 });
  }
  return hasil;
}

/** Rows and columns of a range (0-based from its top-left) that no visible area covers. */
export function tersembunyi(
  tampak: readonly Kotak[],
  awal: { baris: number; kolom: number },
  ukuran: { baris: number; kolom: number },
): { baris: number[]; kolom: number[] } {
  const barisTampak = new Uint8Array(ukuran.baris);
  const kolomTampak = new Uint8Array(ukuran.kolom);
  for (const k of tampak) {
    for (let r = Math.max(k.r1, awal.baris); r <= Math.min(k.r2, awal.baris + ukuran.baris - 1); r++) barisTampak[r - awal.baris] = 1;
    for (let c = Math.max(k.c1, awal.kolom); c <= Math.min(k.c2, awal.kolom + ukuran.kolom - 1); c++) kolomTampak[c - awal.kolom] = 1;
  }
  const tidak = (a: Uint8Array) => [...a.keys()].filter((i) => a[i] === 0);
  return { baris: tidak(barisTampak), kolom: tidak(kolomTampak) };
}

/** Merged blocks relative to the range's top-left. */
export function gabunganRelatif(kotak: readonly Kotak[], awal: { baris: number; kolom: number }): Gabungan[] {
  return kotak.map((k) => ({ r1: k.r1 - awal.baris, c1: k.c1 - awal.kolom, r2: k.r2 - awal.baris, c2: k.c2 - awal.kolom }));
}
