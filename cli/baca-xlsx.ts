// An exceljs worksheet as the sheet the core reads (RentangBaca, what Excel's Range.values and
// numberFormat give): a merged block's value only in its top-left cell, a formula as its cached
// result, rich text and hyperlinks as their text, dates as Date; with each cell's number format,
// the hidden rows and columns, and the merged blocks.
import type { Cell, CellValue, Worksheet } from 'exceljs';
import type { Gabungan, RentangBaca, Sel } from '../core/index';

export interface NilaiLembar extends RentangBaca {
  readonly nilai: Sel[][];
}

export function bacaNilaiLembar(ws: Worksheet): NilaiLembar {
  const nilai: Sel[][] = [];
  const format: (string | undefined)[][] = [];
  const barisTersembunyi: number[] = [];
  let lebar = 0;
  ws.eachRow({ includeEmpty: true }, (row, r) => {
    const baris: Sel[] = [];
    const fmt: (string | undefined)[] = [];
    row.eachCell({ includeEmpty: false }, (cell, c) => {
      const v = nilaiSel(cell);
      if (v !== null) baris[c - 1] = v;
      if (typeof v === 'number' && cell.numFmt) fmt[c - 1] = cell.numFmt;
    });
    nilai[r - 1] = baris;
    if (fmt.length > 0) format[r - 1] = fmt;
    if (row.hidden) barisTersembunyi.push(r - 1);
    lebar = Math.max(lebar, baris.length);
  });
  // a rectangle with null for blanks, as hosts return ranges
  for (let r = 0; r < nilai.length; r++) {
    const baris = nilai[r] ?? [];
    for (let c = 0; c < lebar; c++) if (baris[c] === undefined) baris[c] = null;
    nilai[r] = baris;
  }
  const kolomTersembunyi: number[] = [];
  for (let c = 1; c <= lebar; c++) if (ws.getColumn(c).hidden) kolomTersembunyi.push(c - 1);
  return { lembar: ws.name, nilai, barisAwal: 1, kolomAwal: 1, format, barisTersembunyi, kolomTersembunyi, gabungan: gabunganLembar(ws) };
}

/** The sheet's merged blocks, 0-based (exceljs keeps them by their top-left address). */
function gabunganLembar(ws: Worksheet): Gabungan[] {
  const merges =
    (ws as unknown as { _merges?: Record<string, { model?: { top: number; left: number; bottom: number; right: number } }> })._merges ?? {};
  return Object.values(merges).flatMap((m) =>
    m?.model ? [{ r1: m.model.top - 1, c1: m.model.left - 1, r2: m.model.bottom - 1, c2: m.model.right - 1 }] : [],
  );
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
