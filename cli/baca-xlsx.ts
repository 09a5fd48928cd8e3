// An exceljs worksheet as the plain 2D values the core reads (what Excel's Range.values gives):
// a merged block's value only in its top-left cell, a formula as its cached result,
// rich text and hyperlinks as their text, dates as Date.
import type { Cell, CellValue, Worksheet } from 'exceljs';
import type { Sel } from '../core/index';

export interface NilaiLembar {
  readonly nilai: Sel[][];
  /** 1-based worksheet row and column of nilai[0][0]. */
  readonly barisAwal: number;
  readonly kolomAwal: number;
}

export function bacaNilaiLembar(ws: Worksheet): NilaiLembar {
  const nilai: Sel[][] = [];
  let lebar = 0;
  ws.eachRow({ includeEmpty: true }, (row, r) => {
    const baris: Sel[] = [];
    row.eachCell({ includeEmpty: false }, (cell, c) => {
      const v = nilaiSel(cell);
      if (v !== null) baris[c - 1] = v;
    });
    nilai[r - 1] = baris;
    lebar = Math.max(lebar, baris.length);
  });
  // a rectangle with null for blanks, as hosts return ranges
  for (let r = 0; r < nilai.length; r++) {
    const baris = nilai[r] ?? [];
    for (let c = 0; c < lebar; c++) if (baris[c] === undefined) baris[c] = null;
    nilai[r] = baris;
  }
  return { nilai, barisAwal: 1, kolomAwal: 1 };
}

function nilaiSel(cell: Cell): Sel {
  // a merged block's other cells read as blank, like Excel's values
  if (cell.isMerged && cell.master !== cell) return null;
  return polos(cell.value);
}

function polos(v: CellValue): Sel {
  if (v === null || v === undefined) return null;
  if (typeof v === 'number' || typeof v === 'string' || typeof v === 'boolean' || v instanceof Date) return v;
  if ('richText' in v) return v.richText.map((t) => t.text).join('');
  if ('hyperlink' in v) return polos(v.text as CellValue);
  if ('error' in v) return v.error;
  if ('formula' in v || 'sharedFormula' in v) {
    const hasil = (v as { result?: CellValue }).result;
    // no cached result (a file never opened in Excel): keep the formula so the reader names the cell
    if (hasil === undefined) return `=${'formula' in v ? v.formula : v.sharedFormula}`;
    return polos(hasil);
  }
  return null;
}
