// A small, honest fake of the advanced service "Sheets" (the Sheets API v4 as Apps Script exposes
// it), over the same workbook as the SpreadsheetApp fake. Only Spreadsheets.get is imitated, and
// only what the real call does with a field mask: the sheets the ranges name, their rows' and
// columns' hidden flags (by hand and by the basic filter) and their merges. Every call counts; a
// member the real service lacks, an unknown query parameter, a field the schema lacks, a spreadsheet
// or sheet that is not there, all throw. Like the real JSON, a field at its default (0, false) is
// left out of the answer.
import { anggotaSheetsApi } from './api-nyata';
import { bacaA1, type BukuData, bungkusNyata, type LembarData, type Penghitung } from './palsu';

type Skema = GoogleAppsScript.Sheets.Schema.Spreadsheet;

/** The query parameters of spreadsheets.get (REST reference), plus the standard `fields`. */
const PARAMETER = new Set(['ranges', 'includeGridData', 'excludeTablesInBandedRanges', 'fields']);

/** A parsed field mask: each field with the fields asked below it (empty: the whole field). */
type Mask = Map<string, Mask>;

/** 'a(b,c.d),e' → tree; every name checked against the schema type it sits in. */
export function bacaMask(teks: string, tipe = 'Spreadsheet'): Mask {
  let i = 0;
  const daftar = (jenis: string): Mask => {
    const hasil: Mask = new Map();
    for (;;) {
      const m = /^\s*([A-Za-z]\w*(?:\.[A-Za-z]\w*)*)\s*/.exec(teks.slice(i));
      if (!m) throw new Error(`Invalid field selection: ${teks}`);
      i += m[0].length;
      // a.b.c is a(b(c))
      let tempat = hasil;
      let t: string | null = jenis;
      const nama = m[1]!.split('.');
      nama.forEach((n, k) => {
        if (t === null) throw new Error(`Invalid field selection ${n}: a scalar has no fields`);
        const medan = anggotaSheetsApi(t);
        if (!medan.has(n)) throw new Error(`Cannot find field: ${n} in message ${t}`);
        const bawah: Mask = tempat.get(n) ?? new Map();
        tempat.set(n, bawah);
        t = medan.get(n) ?? null;
        if (k < nama.length - 1) tempat = bawah;
      });
      if (teks[i] === '(') {
        if (t === null) throw new Error(`Invalid field selection: ${m[1]} is a scalar`);
        i++;
        for (const [n, b] of daftar(t)) tempat.get(nama[nama.length - 1]!)!.set(n, b);
        if (teks[i] !== ')') throw new Error(`Invalid field selection: ${teks}`);
        i++;
      }
      while (teks[i] === ' ') i++;
      if (teks[i] !== ',') return hasil;
      i++;
    }
  };
  const hasil = daftar(tipe);
  if (i !== teks.length) throw new Error(`Invalid field selection: ${teks}`);
  return hasil;
}

/** Keeps only what the mask asks for (an empty subtree keeps the whole field). */
function pangkas(x: unknown, mask: Mask): unknown {
  if (Array.isArray(x)) return x.map((e) => pangkas(e, mask));
  if (x === null || typeof x !== 'object' || mask.size === 0) return x;
  const hasil: Record<string, unknown> = {};
  for (const [n, bawah] of mask) {
    const v = (x as Record<string, unknown>)[n];
    if (v !== undefined) hasil[n] = pangkas(v, bawah);
  }
  return hasil;
}

/** Drops fields at their default value, as the API's JSON does. */
function tanpaBawaan<T extends Record<string, unknown>>(o: T): Partial<T> {
  return Object.fromEntries(Object.entries(o).filter(([, v]) => v !== 0 && v !== false && v !== undefined)) as Partial<T>;
}

/** Rows (1-based) the sheet's basic filter hides: a value its criteria hide, below the filter's header. */
function tersaring(l: LembarData, baris: number): boolean {
  const f = l.filter;
  if (f === null || baris <= f.baris || baris >= f.baris + f.barisN) return false;
  return [...f.sembunyi].some(([kolom, nilai]) => nilai.includes(String(l.ambil(baris, kolom)?.nilai ?? '')));
}

export function sheetsApiPalsu(buku: BukuData, idBuku: string, hitung: Penghitung) {
  const get = (spreadsheetId: unknown, opsi?: Record<string, unknown>): Skema => {
    if (spreadsheetId !== idBuku) throw new Error(`API call to sheets.spreadsheets.get failed with error: Requested entity was not found.`);
    for (const k of Object.keys(opsi ?? {})) if (!PARAMETER.has(k)) throw new Error(`Invalid argument: ${k}`);
    if (typeof opsi?.fields !== 'string') throw new Error('spreadsheets.get tanpa fields belum ditiru oleh layanan palsu');
    const mask = bacaMask(opsi.fields);
    const ranges = opsi.ranges === undefined ? [] : Array.isArray(opsi.ranges) ? opsi.ranges : [opsi.ranges];
    if (ranges.length === 0) throw new Error('spreadsheets.get tanpa ranges belum ditiru oleh layanan palsu');
    const sheets = ranges.map((r) => {
      const m = typeof r === 'string' ? /^(?:'((?:[^']|'')+)'|([^!']+))!(.+)$/.exec(r) : null;
      const l = m ? buku.cari((m[1] ?? m[2])!.replace(/''/g, "'")) : undefined;
      if (!m || !l) throw new Error(`Unable to parse range: ${String(r)}`);
      const g = bacaA1(m[3]!);
      const ujung = { baris: g.baris + g.barisN - 1, kolom: g.kolom + g.kolomN - 1 };
      const rowMetadata = Array.from({ length: g.barisN }, (_, i) =>
        tanpaBawaan({ hiddenByUser: l.barisTersembunyi.has(g.baris + i), hiddenByFilter: tersaring(l, g.baris + i), pixelSize: 21 }),
      );
      const columnMetadata = Array.from({ length: g.kolomN }, (_, j) =>
        tanpaBawaan({ hiddenByUser: l.kolomTersembunyi.has(g.kolom + j), hiddenByFilter: false, pixelSize: 100 }),
      );
      const sheetId = buku.lembar.indexOf(l);
      // only the merges the range meets come back (the portions that intersect the requested ranges)
      const merges = l.gabung
        .filter(
          (x) => x.baris <= ujung.baris && g.baris <= x.baris + x.barisN - 1 && x.kolom <= ujung.kolom && g.kolom <= x.kolom + x.kolomN - 1,
        )
        .map((x) =>
          tanpaBawaan({
            sheetId,
            startRowIndex: x.baris - 1,
            endRowIndex: x.baris - 1 + x.barisN,
            startColumnIndex: x.kolom - 1,
            endColumnIndex: x.kolom - 1 + x.kolomN,
          }),
        );
      return {
        properties: tanpaBawaan({ sheetId, title: l.nama, index: sheetId }),
        data: [{ ...tanpaBawaan({ startRow: g.baris - 1, startColumn: g.kolom - 1 }), rowMetadata, columnMetadata }],
        merges,
      };
    });
    if (mask.get('sheets')?.get('data')?.has('rowData')) throw new Error('rowData belum ditiru oleh layanan palsu');
    return pangkas({ spreadsheetId: idBuku, sheets }, mask) as Skema;
  };
  // calls count as 'Sheets.Spreadsheets.get'
  const Spreadsheets = bungkusNyata(anggotaSheetsApi('SpreadsheetsCollection'), 'Sheets.Spreadsheets', { get }, hitung);
  return bungkusNyata(anggotaSheetsApi('Sheets'), 'Sheets', { Spreadsheets }, hitung) as unknown as GoogleAppsScript.Sheets;
}
