// A TabelSpec turned into the few whole-range assignments Office JS takes in one batch: one grid of
// values/formulas, one grid of number formats, and each distinct cell style once with the list of
// rectangles that carry it (so the commands grow with the distinct styles, not with the cells).
import { alamatGabung, alamatSel, deretLebar, kotak, type SelTabel, selTertutup, type TabelSpec } from '../core/index';

export type Gaya = Pick<SelTabel, 'isi' | 'warnaHuruf' | 'tebal' | 'miring' | 'rata' | 'bungkus' | 'garis'>;

export interface TataLetak {
  readonly baris: number;
  readonly kolom: number;
  /** Numbers, text, '' for blank, '=…' for formulas. */
  readonly nilai: (number | string)[][];
  readonly format: string[][];
  readonly gaya: readonly { gaya: Gaya; alamat: string[] }[];
  readonly gabung: readonly string[];
  readonly catatan: readonly { alamat: string; teks: string }[];
  readonly daftar: readonly { pilihan: readonly string[]; ketat: boolean; alamat: string[] }[];
  /** Column widths in characters, as runs of equal width: [first column, last column, width]. */
  readonly lebar: readonly [number, number, number][];
}

/** Text cells keep what they say (a name like "=1+1" or "1.1" must not become a formula or a date). */
const FORMAT_TEKS = '@';

export function tataLetak(t: TabelSpec): TataLetak {
  const kolom = Math.max(1, t.lebarKolom.length, ...t.sel.map((b) => b.length));
  const baris = t.sel.length;
  const tertutup = selTertutup(t.gabung);
  const kisi = t.sel.map((b) => Array.from({ length: kolom }, (_, c): SelTabel | undefined => b[c]));

  const nilai = kisi.map((b, r) => b.map((s, c) => (tertutup.has(`${r},${c}`) ? '' : nilaiSel(s))));
  const format = kisi.map((b, r) => b.map((s, c) => formatSel(s, nilai[r]?.[c] ?? '')));

  const gaya = new Map<string, { gaya: Gaya; kunci: string[][] }>();
  const kunciGaya = kisi.map((b) => b.map((s) => (s ? simpanGaya(gaya, s) : '')));
  const daftar = new Map<string, { pilihan: readonly string[]; ketat: boolean }>();
  const kunciDaftar = kisi.map((b) =>
    b.map((s) => {
      if (!s?.daftar?.length) return '';
      const ketat = s.daftarKetat === true;
      const k = JSON.stringify([s.daftar, ketat]);
      if (!daftar.has(k)) daftar.set(k, { pilihan: s.daftar, ketat });
      return k;
    }),
  );

  const catatan: { alamat: string; teks: string }[] = [];
  kisi.forEach((b, r) =>
    b.forEach((s, c) => {
      if (s?.catatan) catatan.push({ alamat: alamatSel(r + 1, c), teks: s.catatan });
    }),
  );

  return {
    baris,
    kolom,
    nilai,
    format,
    gaya: [...gaya].map(([k, g]) => ({ gaya: g.gaya, alamat: kotak(kunciGaya, k) })),
    gabung: t.gabung.map(alamatGabung),
    catatan,
    daftar: [...daftar].map(([k, d]) => ({ ...d, alamat: kotak(kunciDaftar, k) })),
    lebar: deretLebar(t.lebarKolom),
  };
}

function nilaiSel(s: SelTabel | undefined): number | string {
  return s?.nilai ?? '';
}

function formatSel(s: SelTabel | undefined, nilai: number | string): string {
  if (s?.format) return s.format;
  return typeof nilai === 'string' && nilai !== '' ? FORMAT_TEKS : 'General';
}

function simpanGaya(peta: Map<string, { gaya: Gaya; kunci: string[][] }>, s: SelTabel): string {
  const g: Gaya = {
    ...(s.isi ? { isi: s.isi } : {}),
    ...(s.warnaHuruf ? { warnaHuruf: s.warnaHuruf } : {}),
    ...(s.tebal ? { tebal: true } : {}),
    ...(s.miring ? { miring: true } : {}),
    ...(s.rata ? { rata: s.rata } : {}),
    ...(s.bungkus ? { bungkus: true } : {}),
    ...(s.garis ? { garis: true } : {}),
  };
  const k = JSON.stringify(g);
  if (k === '{}') return '';
  if (!peta.has(k)) peta.set(k, { gaya: g, kunci: [] });
  return k;
}

/** Address lists joined with commas, each list under Excel's 8,192-character address limit. */
export function potongAlamat(alamat: readonly string[], batas = 8000): string[] {
  const hasil: string[] = [];
  let kini = '';
  for (const a of alamat) {
    if (kini && kini.length + 1 + a.length > batas) {
      hasil.push(kini);
      kini = a;
    } else {
      kini = kini ? `${kini},${a}` : a;
    }
  }
  if (kini) hasil.push(kini);
  return hasil;
}
