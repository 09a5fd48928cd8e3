// The worker's half of the row preview: the few rows around a cell, taken from the read sheet and
// turned into text as the planner sees it, so only a small grid crosses to the page. The header is
// the one the reader detects (both rows of a two-row header, with its merged groups), so a
// sub-header row such as "2023 | 2024" is shown as header, never as a data row.
import { formatAngka, formatPersen, petaKolomOtomatis, type RentangBaca, type Sel } from '../core/index';
import type { BarisPratinjau, Pratinjau } from './protokol';

const SEKITAR = 2;
const KOLOM_MAKS = 26;
/** Rows of a header block shown at most (a title block above the header is not part of it). */
const JUDUL_MAKS = 4;
/** A cell's text is cut to this many characters (the grid shows a short line per cell anyway). */
const TEKS_MAKS = 200;

/** The header rows (0-based, into r.nilai) of the table the cell is in, and the first data row. */
function blokJudul(r: RentangBaca, i: number): { judul: number[]; data: number } {
  const d = petaKolomOtomatis(r.nilai);
  if (d !== null && i >= d.indeksData) {
    const awal = Math.max(d.indeksHeader, d.indeksData - JUDUL_MAKS);
    return { judul: Array.from({ length: d.indeksData - awal }, (_, k) => awal + k), data: d.indeksData };
  }
  // not an indicator table (a table Lapkin wrote, a budget list): of the rows above the cell in the
  // first ten of the sheet, the one with the most text
  let terbaik: number | null = null;
  let paling = 1;
  for (let b = 0; b < Math.min(i - SEKITAR, 10); b++) {
    const n = (r.nilai[b] ?? []).filter((s) => typeof s === 'string' && s.trim() !== '').length;
    if (n > paling) [terbaik, paling] = [b, n];
  }
  return terbaik === null ? { judul: [], data: 0 } : { judul: [terbaik], data: terbaik + 1 };
}

export function potongPratinjau(r: RentangBaca, baris: number, kolom: number): Pratinjau {
  const i = baris - r.barisAwal;
  const j = kolom - r.kolomAwal;
  const lebar = r.nilai.reduce((n, b) => Math.max(n, b.length), 0);
  // the columns shown: all of a narrow table, else a window around the cell
  const k1 = lebar <= KOLOM_MAKS ? 0 : Math.max(0, Math.min(j - KOLOM_MAKS / 2, lebar - KOLOM_MAKS));
  const k2 = Math.max(Math.min(lebar, k1 + KOLOM_MAKS), j + 1);
  const kolomIdx = Array.from({ length: k2 - k1 }, (_, d) => k1 + d);
  const { judul, data } = blokJudul(r, i);
  const tersembunyi = new Set(r.barisTersembunyi ?? []);
  const sekitar = Array.from({ length: 2 * SEKITAR + 1 }, (_, d) => i - SEKITAR + d).filter(
    (b) => b === i || (b >= data && b >= 0 && b < r.nilai.length && !tersembunyi.has(b) && !judul.includes(b)),
  );
  const barisTeks = (b: number, gabung: boolean): BarisPratinjau => ({
    nomor: r.barisAwal + b,
    sel: kolomIdx.map((c) => ({ teks: potong(tampil(r.nilai[b]?.[c], r.format?.[b]?.[c])), lebar: gabung ? lebarGabung(r, b, c, k1, k2) : 1 })),
  });
  return {
    lembar: r.lembar,
    kolom: kolomIdx.map((c) => r.kolomAwal + c),
    judul: judul.map((b) => barisTeks(b, true)),
    baris: sekitar.map((b) => barisTeks(b, false)),
    ini: { baris, kolom },
  };
}

const potong = (t: string) => (t.length > TEKS_MAKS ? `${t.slice(0, TEKS_MAKS - 1)}…` : t);

/** How many shown columns a header cell spans: >1 where a merge across columns starts, 0 where one covers it. */
function lebarGabung(r: RentangBaca, b: number, c: number, k1: number, k2: number): number {
  const g = (r.gabungan ?? []).find((m) => m.r1 <= b && b <= m.r2 && m.c1 <= c && c <= m.c2 && m.c2 > m.c1);
  if (g === undefined) return 1;
  const awal = Math.max(g.c1, k1);
  return c === awal ? Math.min(g.c2 + 1, k2) - awal : 0;
}

/** A cell as shown: a percent format shows the percentage (0,9345 → 93,45 %); a format's decimals
 *  and thousands grouping are kept; without a format a number shows as Excel's General does (2024, not 2.024). */
function tampil(s: Sel, format: string | undefined): string {
  if (s === null || s === undefined) return '';
  if (typeof s === 'number') return Number.isFinite(s) ? teksAngka(s, format) : '';
  if (s instanceof Date) return s.toLocaleDateString('id-ID');
  if (typeof s === 'boolean') return s ? 'BENAR' : 'SALAH';
  return s;
}

function teksAngka(x: number, format: string | undefined): string {
  const [bagian = ''] = (format ?? '').replace(/"[^"]*"|\\.|\[[^\]]*\]/g, '').split(';');
  if (!/[0#]/.test(bagian)) return String(Number(x.toPrecision(10))).replace('.', ',');
  const desimal = /\.([0#]+)/.exec(bagian)?.[1]?.length ?? 0;
  if (formatPersen(format)) return `${formatAngka(x * 100, desimal)} %`;
  const teks = formatAngka(x, desimal);
  // grouping only where the format asks for it (#,##0)
  return /[0#],[0#]/.test(bagian) ? teks : teks.replace(/\./g, '');
}
