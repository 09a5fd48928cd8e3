// Laying out a table's text: the grid's width, which cells must wrap and each row's height in text
// lines (from the glyph-width estimates in ukuran-teks.ts). Shared by the exceljs template writer
// and the file host's sheet writer.
import { bacaSel, type BacaSel, type Gabung, type TabelSpec } from '../core/index';
import { jumlahBarisTeks } from './ukuran-teks';

/** Columns of the grid: the widest row or the width list, whichever is wider. */
export function lebarKisi(spec: TabelSpec): number {
  return bacaSel(spec).jumlahKolom;
}

// Row heights from the lines each text needs (see ukuran-teks.ts). A text too long for its cell
// or merged block is wrapped even when the spec did not ask: clipped words are lost on paper.
export function tataTeks(spec: TabelSpec, baca: BacaSel = bacaSel(spec)): { bungkus: Uint8Array; tinggi: number[] } {
  const kolom = baca.jumlahKolom;
  const lebar = (c: number) => spec.lebarKolom[c] ?? 9;
  const gabungDi = new Map<number, Gabung>();
  for (const g of spec.gabung) gabungDi.set(g.baris * kolom + g.kolom, g);
  const bungkus = new Uint8Array(baca.jumlahBaris * kolom);
  const tinggi: number[] = Array.from({ length: baca.jumlahBaris }, () => 1);
  const tegak: { g: Gabung; baris: number }[] = [];
  for (let r = 0; r < baca.jumlahBaris; r++) {
    for (let c = 0; c < kolom; c++) {
      const nilai = baca.nilai(r, c);
      if (typeof nilai !== 'string' || nilai === '') continue;
      const s = baca.tampil(r, c)!;
      const g = gabungDi.get(r * kolom + c);
      let w = 0;
      for (let k = c; k <= (g?.kolomAkhir ?? c); k++) w += lebar(k);
      const n = jumlahBarisTeks(nilai, w, s.tebal);
      if (n === 1) continue;
      if (!s.bungkus) bungkus[r * kolom + c] = 1;
      if (g !== undefined && g.barisAkhir > g.baris) tegak.push({ g, baris: n });
      else tinggi[r] = Math.max(tinggi[r] ?? 1, n);
    }
  }
  for (const { g, baris } of tegak) {
    let ada = 0;
    for (let r = g.baris; r <= g.barisAkhir; r++) ada += tinggi[r] ?? 0;
    if (ada < baris) tinggi[g.barisAkhir] = (tinggi[g.barisAkhir] ?? 0) + baris - ada;
  }
  return { bungkus, tinggi };
}
