// Reading workbooks back with exceljs to compare the page's downloads with `lapkin isi`.
import ExcelJS from 'exceljs';

export async function bukaXlsx(berkas: string): Promise<ExcelJS.Workbook> {
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.readFile(berkas);
  return wb;
}

export interface SelBanding {
  nilai: unknown;
  format?: string;
  isi?: string;
  tebal?: boolean;
}

/** Every non-empty cell of a sheet by address, plus its merges. */
export function isiLembar(ws: ExcelJS.Worksheet, gaya: boolean): { sel: Record<string, SelBanding>; gabung: string[] } {
  const sel: Record<string, SelBanding> = {};
  ws.eachRow({ includeEmpty: false }, (row) => {
    row.eachCell({ includeEmpty: false }, (c) => {
      if (c.isMerged && c.master !== c) return;
      const v = c.value as unknown;
      const nilai = v !== null && typeof v === 'object' && 'result' in (v as object) ? (v as { result: unknown }).result : v;
      if (nilai === null || nilai === undefined || nilai === '') return;
      sel[c.address] = gaya
        ? {
            nilai,
            format: c.numFmt || undefined,
            isi: (c.fill as { fgColor?: { argb?: string } } | undefined)?.fgColor?.argb,
            tebal: c.font?.bold || undefined,
          }
        : { nilai };
    });
  });
  const gabung = [...((ws.model as { merges?: string[] }).merges ?? [])].sort();
  return { sel, gabung };
}

/** Cells carrying the audit's mark (pink fill), as "Lembar!A1". */
export function selBertanda(wb: ExcelJS.Workbook): string[] {
  const hasil: string[] = [];
  for (const ws of wb.worksheets) {
    ws.eachRow({ includeEmpty: false }, (row) => {
      row.eachCell({ includeEmpty: true }, (c) => {
        const argb = (c.fill as { fgColor?: { argb?: string } } | undefined)?.fgColor?.argb;
        if (argb?.toUpperCase() === 'FFFFC7CE') hasil.push(`${ws.name}!${c.address}`);
      });
    });
  }
  return hasil;
}

/** A cell's note as plain text (exceljs reads a note with formatting as rich text). */
export function teksCatatan(c: ExcelJS.Cell): string | undefined {
  const n = c.note as string | { texts?: { text: string }[] } | undefined;
  return typeof n === 'string' ? n : n?.texts?.map((t) => t.text).join('');
}
