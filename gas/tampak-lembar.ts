// What of a sheet the planner does not see (hidden rows and columns) and which cells are merged,
// in calls that do not grow with the rows. The Sheets API (the advanced service "Sheets", enabled
// in appsscript.json) answers all of it in one spreadsheets.get limited to the read range and to
// these fields: rows hidden by hand or by a filter, hidden columns, merges. SpreadsheetApp alone
// has no bounded call for rows hidden by hand (isRowHiddenByUser is one call per row) nor for
// merges; without the service (a copy of the script that lacks it) the old way stays: hidden
// columns one call each, rows hidden by the sheet's filter from its criteria, and one notice.
import type { Gabungan, Sel } from '../core/index';
import { PESAN_GAS } from './pesan';

type Sheet = GoogleAppsScript.Spreadsheet.Sheet;
type Range = GoogleAppsScript.Spreadsheet.Range;
export type LayananSheets = Pick<GoogleAppsScript.Sheets, 'Spreadsheets'>;

export interface Tampak {
  /** 0-based indices into the values read (which start at A1). */
  readonly barisTersembunyi: number[];
  readonly kolomTersembunyi: number[];
  readonly gabungan: Gabungan[];
  readonly catatan: string[];
}

/** The field mask: only what is asked comes back (merges are per sheet, hidden flags per row and column). */
export const FIELDS =
  'sheets(data(startRow,startColumn,rowMetadata(hiddenByUser,hiddenByFilter),columnMetadata(hiddenByUser,hiddenByFilter)),merges)';

/** The advanced service when the project enables it; a copy without it has no global `Sheets`. */
export function layananSheets(): LayananSheets | undefined {
  return typeof Sheets === 'undefined' ? undefined : Sheets;
}

/** Columns looked at one by one when the API is not there: an indicator table is narrower than this. */
const KOLOM_MAKS = 100;

export function tampakLembar(
  ss: GoogleAppsScript.Spreadsheet.Spreadsheet,
  sheet: Sheet,
  nama: string,
  range: Range,
  nilai: readonly (readonly Sel[])[],
  api: LayananSheets | undefined,
): Tampak {
  if (api !== undefined) {
    try {
      return dariApi(api, ss.getId(), nama, range, nilai);
    } catch {
      // the scope not granted, the API switched off for the project: read as without it
    }
  }
  return { ...tanpaApi(sheet, nilai), catatan: [PESAN_GAS.tanpaSheetsApi] };
}

function dariApi(api: LayananSheets, id: string, nama: string, range: Range, nilai: readonly (readonly Sel[])[]): Tampak {
  const a1 = `'${nama.replace(/'/g, "''")}'!${range.getA1Notation()}`;
  const jawab = api.Spreadsheets.get(id, { ranges: [a1], fields: FIELDS });
  const lembar = jawab.sheets?.[0];
  const data = lembar?.data?.[0];
  const tinggi = nilai.length;
  const lebar = Math.max(0, ...nilai.map((b) => b.length));
  // indices relative to A1, where the values start; a field at its default (0, false) is left out of the answer
  const tersembunyi = (daftar: GoogleAppsScript.Sheets.Schema.DimensionProperties[] | undefined, awal: number, batas: number) =>
    (daftar ?? []).flatMap((d, i) => ((d.hiddenByUser === true || d.hiddenByFilter === true) && awal + i < batas ? [awal + i] : []));
  const gabungan: Gabungan[] = [];
  for (const g of lembar?.merges ?? []) {
    const r1 = g.startRowIndex ?? 0;
    const c1 = g.startColumnIndex ?? 0;
    const r2 = Math.min((g.endRowIndex ?? tinggi) - 1, tinggi - 1);
    const c2 = Math.min((g.endColumnIndex ?? lebar) - 1, lebar - 1);
    if (r1 <= r2 && c1 <= c2 && (r1 < r2 || c1 < c2)) gabungan.push({ r1, c1, r2, c2 });
  }
  return {
    barisTersembunyi: tersembunyi(data?.rowMetadata, data?.startRow ?? 0, tinggi),
    kolomTersembunyi: tersembunyi(data?.columnMetadata, data?.startColumn ?? 0, lebar),
    gabungan,
    catatan: [],
  };
}

/** Hidden columns one call per column, rows the sheet's filter hides from its criteria; no merges. */
function tanpaApi(sheet: Sheet, nilai: readonly (readonly Sel[])[]): Omit<Tampak, 'catatan'> {
  const lebar = Math.min(nilai[0]?.length ?? 0, KOLOM_MAKS);
  const kolomTersembunyi: number[] = [];
  for (let j = 0; j < lebar; j++) if (sheet.isColumnHiddenByUser(j + 1)) kolomTersembunyi.push(j);
  return { barisTersembunyi: barisTersaring(sheet, nilai), kolomTersembunyi, gabungan: [] };
}

/** Rows (0-based in nilai, which starts at A1) the sheet's filter hides. */
function barisTersaring(sheet: Sheet, nilai: readonly (readonly Sel[])[]): number[] {
  const filter = sheet.getFilter();
  if (filter === null) return [];
  const r = filter.getRange();
  const [baris, kolom, n, m] = [r.getRow(), r.getColumn(), r.getNumRows(), Math.min(r.getNumColumns(), KOLOM_MAKS)];
  const sembunyi: { j: number; nilai: Set<string> }[] = [];
  for (let j = kolom; j < kolom + m; j++) {
    const hidden = filter.getColumnFilterCriteria(j)?.getHiddenValues() ?? [];
    if (hidden.length > 0) sembunyi.push({ j: j - 1, nilai: new Set(hidden) });
  }
  const hasil: number[] = [];
  // the filter's first row is its header
  for (let i = baris; i < baris + n - 1 && i < nilai.length; i++) {
    if (sembunyi.some(({ j, nilai: h }) => h.has(String(nilai[i]?.[j] ?? '')))) hasil.push(i);
  }
  return hasil;
}
