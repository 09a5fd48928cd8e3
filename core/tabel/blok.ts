// A table spec seen as the blocks a host writes in one call each: the cells hidden under a merge,
// the rectangles that share a property, and the runs of equal column widths. Host-free: the Excel
// and Sheets writers both batch through these.
import { alamatSel } from '../kolom';
import type { Gabung } from './spec';

/** Cells inside a merge other than its top-left ('r,c', 0-based): written blank so nothing hides there. */
export function selTertutup(gabung: readonly Gabung[]): Set<string> {
  const tertutup = new Set<string>();
  for (const g of gabung) {
    for (let r = g.baris; r <= g.barisAkhir; r++) {
      for (let c = g.kolom; c <= g.kolomAkhir; c++) if (r !== g.baris || c !== g.kolom) tertutup.add(`${r},${c}`);
    }
  }
  return tertutup;
}

/**
 * The cells whose key is k, as A1 rectangles: runs along each row, extended downwards while the
 * next row has the same run (a column of kriteria fills becomes a few tall blocks).
 */
export function kotak(kunci: readonly (readonly string[])[], k: string): string[] {
  const hasil: string[] = [];
  let terbuka = new Map<string, number>();
  const tutup = (run: string, dari: number, sampai: number) => {
    const [c0 = 0, c1 = c0] = run.split(':').map(Number);
    const a = alamatSel(dari + 1, c0);
    const b = alamatSel(sampai + 1, c1);
    hasil.push(a === b ? a : `${a}:${b}`);
  };
  kunci.forEach((b, r) => {
    const lanjut = new Map<string, number>();
    for (let c = 0; c < b.length; c++) {
      if (b[c] !== k) continue;
      const c0 = c;
      while (b[c + 1] === k) c++;
      const run = `${c0}:${c}`;
      lanjut.set(run, terbuka.get(run) ?? r);
      terbuka.delete(run);
    }
    for (const [run, dari] of terbuka) tutup(run, dari, r - 1);
    terbuka = lanjut;
  });
  for (const [run, dari] of terbuka) tutup(run, dari, kunci.length - 1);
  return hasil;
}

/** Runs of equal column width: [first column, last column, width], 0-based. */
export function deretLebar(lebar: readonly number[]): [number, number, number][] {
  const deret: [number, number, number][] = [];
  lebar.forEach((l, i) => {
    const akhir = deret[deret.length - 1];
    if (akhir && akhir[2] === l) akhir[1] = i;
    else deret.push([i, i, l]);
  });
  return deret;
}

/** SelTabel.rata in the hosts' own words (xlsx and Sheets; Office JS writes them capitalised). */
export const RATA_HOST = { kiri: 'left', tengah: 'center', kanan: 'right' } as const;

/** A merge as an A1 range. */
export function alamatGabung(g: Gabung): string {
  return `${alamatSel(g.baris + 1, g.kolom)}:${alamatSel(g.barisAkhir + 1, g.kolomAkhir)}`;
}
