// Old and open formats (.xls, .ods) through SheetJS, which reads both without Node APIs, so the
// web page and the `lapkin` command share it. @e965/xlsx is SheetJS 0.20.3: past the prototype
// pollution fix (CVE-2023-30533, 0.19.3) and the ReDoS fix (CVE-2024-22363, 0.20.2).
// Lapkin writes only .xlsx: keXlsx gives a new package holding the input's sheets (values, number
// formats, merges), to which the file host's writer adds the tables.
import { CFB, read, utils, write, type CellObject, type WorkBook, type WorkSheet } from '@e965/xlsx';
import type { Gabungan, RentangBaca, Sel } from '../core/index';
import type { BukuTerbaca } from './index';
import { GalatBuku } from './galat';
import { PESAN_LAMA } from './pesan-lama';

/** A workbook read from .xls or .ods, with the means to save it as an .xlsx package. */
export interface BukuLama extends BukuTerbaca {
  /** The input's sheets as a new .xlsx package (values, number formats, merges). */
  keXlsx(): Uint8Array;
}

/** Reads an .xls or .ods file (also .xlsx, as SheetJS reads it). Throws one Indonesian line. */
export async function bacaBukuLama(data: Uint8Array, namaBerkas: string): Promise<BukuLama> {
  if (terenkripsi(data)) throw new GalatBuku(PESAN_LAMA.terkunci(namaBerkas));
  let wb: WorkBook;
  try {
    wb = tanpaKonsol(() =>
      read(data, { type: 'array', dense: true, cellDates: true, cellNF: true, cellStyles: true, cellHTML: false, bookVBA: false }),
    );
  } catch (e) {
    const teks = e instanceof Error ? e.message : String(e);
    throw new GalatBuku(/password|encrypt/i.test(teks) ? PESAN_LAMA.terkunci(namaBerkas) : PESAN_LAMA.rusak(namaBerkas));
  }
  if (wb.SheetNames.length === 0) throw new GalatBuku(PESAN_LAMA.tanpaLembar(namaBerkas));
  const daftarLembar = [...wb.SheetNames];
  return {
    daftarLembar,
    bacaLembar(nama) {
      const ws = wb.Sheets[nama];
      if (ws === undefined || !daftarLembar.includes(nama)) throw new GalatBuku(PESAN_LAMA.lembarTidakAda(namaBerkas, nama));
      return rentangLembar(nama, ws);
    },
    keXlsx() {
      rapikanLembar(wb);
      return new Uint8Array(write(wb, { type: 'array', bookType: 'xlsx', compression: true }) as ArrayBuffer);
    },
  };
}

/** Each sheet's range cut to the cells present (SheetJS writes every cell of the declared range,
 *  and an .xls may declare a million rows), every row up to the last an array (SheetJS 0.20.3
 *  writes a dense sheet only then). */
function rapikanLembar(wb: WorkBook): void {
  for (const nama of wb.SheetNames) {
    const ws = wb.Sheets[nama];
    if (!ws) continue;
    const data = (ws['!data'] ??= []) as (CellObject[] | undefined)[];
    const b = batasIsi(data);
    ws['!ref'] = b === null ? 'A1' : utils.encode_range({ s: { r: b.r1, c: b.c1 }, e: { r: b.r2, c: b.c2 } });
    for (let r = 0; r <= (b?.r2 ?? 0); r++) data[r] ??= [];
  }
}

/** The smallest block holding every cell with a value, 0-based; null for an empty sheet. */
function batasIsi(data: readonly (readonly CellObject[] | undefined)[]): { r1: number; c1: number; r2: number; c2: number } | null {
  let r1 = Infinity,
    c1 = Infinity,
    r2 = -1,
    c2 = -1;
  data.forEach((baris, r) => {
    baris?.forEach((sel, c) => {
      if (nilaiSel(sel) === null) return;
      if (r < r1) r1 = r;
      if (r > r2) r2 = r;
      if (c < c1) c1 = c;
      if (c > c2) c2 = c;
    });
  });
  return r2 < 0 ? null : { r1, c1, r2, c2 };
}

/** An OLE container holding an encrypted OOXML package, or an .xls with a FilePass record, is
 *  password-protected; SheetJS names both, this catches the package before it is parsed. */
function terenkripsi(data: Uint8Array): boolean {
  if (!(data[0] === 0xd0 && data[1] === 0xcf && data[2] === 0x11 && data[3] === 0xe0)) return false;
  try {
    const cfb = CFB.read(data, { type: 'array' });
    return Boolean(CFB.find(cfb, 'EncryptedPackage') || CFB.find(cfb, 'EncryptionInfo'));
  } catch {
    return false;
  }
}

/** The cells present (never the declared dimension) as core's RentangBaca. */
export function rentangLembar(nama: string, ws: WorkSheet): RentangBaca {
  const data = (ws['!data'] ?? []) as (CellObject[] | undefined)[];
  const batas = batasIsi(data);
  if (batas === null) return { lembar: nama, nilai: [], barisAwal: 1, kolomAwal: 1 };
  const { r1, c1, r2, c2 } = batas;
  const nilai: Sel[][] = [];
  const format: (string | undefined)[][] = [];
  for (let r = r1; r <= r2; r++) {
    const baris = data[r];
    const bNilai: Sel[] = new Array<Sel>(c2 - c1 + 1).fill(null);
    const bFormat: (string | undefined)[] = new Array<string | undefined>(c2 - c1 + 1).fill(undefined);
    if (baris) {
      for (let c = c1; c <= c2; c++) {
        const sel = baris[c];
        if (sel === undefined) continue;
        bNilai[c - c1] = nilaiSel(sel);
        const z = typeof sel.z === 'string' && sel.z !== 'General' ? sel.z : undefined;
        bFormat[c - c1] = z;
      }
    }
    nilai.push(bNilai);
    format.push(bFormat);
  }
  const barisTersembunyi = (ws['!rows'] ?? []).flatMap((b, r) => (b?.hidden && r >= r1 && r <= r2 ? [r - r1] : []));
  const kolomTersembunyi = (ws['!cols'] ?? []).flatMap((k, c) => (k?.hidden && c >= c1 && c <= c2 ? [c - c1] : []));
  const gabungan: Gabungan[] = (ws['!merges'] ?? [])
    .filter((m) => m.e.r >= r1 && m.s.r <= r2 && m.e.c >= c1 && m.s.c <= c2)
    .map((m) => ({ r1: Math.max(m.s.r, r1) - r1, c1: Math.max(m.s.c, c1) - c1, r2: Math.min(m.e.r, r2) - r1, c2: Math.min(m.e.c, c2) - c1 }));
  return {
    lembar: nama,
    nilai,
    barisAwal: r1 + 1,
    kolomAwal: c1 + 1,
    format,
    ...(barisTersembunyi.length ? { barisTersembunyi } : {}),
    ...(kolomTersembunyi.length ? { kolomTersembunyi } : {}),
    ...(gabungan.length ? { gabungan } : {}),
  };
}

/** What Excel's Range.values gives: a formula as its cached result, an error as its text. */
function nilaiSel(sel: CellObject | undefined): Sel {
  if (sel === undefined) return null;
  switch (sel.t) {
    case 'n':
    case 'b':
      return sel.v as number | boolean;
    case 's':
      return sel.v === '' ? null : String(sel.v);
    case 'd':
      return sel.v instanceof Date ? sel.v : null;
    case 'e':
      return sel.w ?? null;
    default:
      return null;
  }
}

/** SheetJS reports the .ods number formats it approximates on console.error: English notes no planner should see. */
function tanpaKonsol<T>(f: () => T): T {
  const asli = console.error;
  console.error = () => undefined;
  try {
    return f();
  } finally {
    console.error = asli;
  }
}
