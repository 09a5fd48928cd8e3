// What a spreadsheet function declares about itself, once, beside its body: the build turns it into
// Excel's functions.json (through the JSDoc custom-functions-metadata reads), the Apps Script
// stubs and the help page. The id is stored in users' workbooks: it never changes.

/** One cell, or a whole range (2D array): a matrix parameter takes a column, a matrix result has its shape. */
export type Dimensi = 'scalar' | 'matrix';

/** What a cell may hold; 'any' lets a blank arrive as a blank. */
export type JenisNilai = 'any' | 'number' | 'string' | 'boolean';

export interface ParameterFungsi {
  /** A plain identifier (Apps Script takes it as a JavaScript parameter name). */
  readonly nama: string;
  /** Indonesian, one sentence or two: shown in Excel's formula help and the Sheets autocomplete. */
  readonly keterangan: string;
  readonly dimensi: Dimensi;
  readonly jenis?: JenisNilai;
  readonly opsional?: boolean;
}

export interface MetaFungsi {
  /** Also the function's name: LAPKIN.<id> in Excel, <id> in Sheets. */
  readonly id: string;
  readonly keterangan: string;
  readonly parameter: readonly ParameterFungsi[];
  readonly hasil: { readonly dimensi: Dimensi; readonly jenis?: JenisNilai; readonly keterangan: string };
}
