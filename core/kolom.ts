// Finding the header row of an indicator sheet and mapping its columns by their Indonesian
// names and common variants, including two-row headers ('Target' over 'TW I'..'TW IV', '2023'
// over 'T R %'), monthly columns (Jan..Des, B3/B6/B9/B12) and prior-year columns.
import { bacaAngka } from './angka';
import { adalahBarisNomor } from './baris-nomor';
import type { PeranKolom, PetaKolom, Sel } from './model';
import { NAMA_BULAN } from './pesan';
import { rapiSpasi } from './spasi';

/** 0 → 'A', 25 → 'Z', 26 → 'AA'. */
export function hurufKolom(i: number): string {
  let n = Math.max(0, Math.trunc(i)) + 1;
  let huruf = '';
  while (n > 0) {
    const sisa = (n - 1) % 26;
    huruf = String.fromCharCode(65 + sisa) + huruf;
    n = Math.floor((n - 1) / 26);
  }
  return huruf;
}

/** A1-style address from a 1-based row and a 0-based column index: alamatSel(7, 2) = 'C7'. */
export function alamatSel(baris: number, kolom: number): string {
  return `${hurufKolom(kolom)}${baris}`;
}

const BULAN_PERAN = Array.from({ length: 12 }, (_, i) => i + 1) as (1 | 2 | 3 | 4 | 5 | 6 | 7 | 8 | 9 | 10 | 11 | 12)[];

/** Every column role with its Indonesian label (the panel's mapping dropdowns). */
export const DAFTAR_PERAN: Readonly<Record<PeranKolom, string>> = {
  perspektif: 'Perspektif',
  sasaran: 'Sasaran',
  no: 'No',
  indikator: 'Indikator Kinerja',
  satuan: 'Satuan',
  target: 'Target',
  realisasi: 'Realisasi',
  capaian: 'Capaian (%)',
  bobot: 'Bobot',
  iku: 'IKU',
  polaritas: 'Polaritas',
  pagu: 'Pagu Anggaran',
  realisasiAnggaran: 'Realisasi Anggaran',
  targetRenstra: 'Target Akhir Renstra',
  ...Object.fromEntries(BULAN_PERAN.map((b) => [`bulan${b}`, `Target ${NAMA_BULAN[b - 1]}`])),
  ...Object.fromEntries(BULAN_PERAN.map((b) => [`realisasiBulan${b}`, `Realisasi ${NAMA_BULAN[b - 1]}`])),
} as Record<PeranKolom, string>;

const NAMA_BULAN_SINGKAT: Readonly<Record<string, number>> = Object.fromEntries(
  (
    [
      ['jan', 'januari', 'january'],
      ['feb', 'februari', 'pebruari', 'february', 'peb'],
      ['mar', 'maret', 'march', 'mrt'],
      ['apr', 'april'],
      ['mei', 'may'],
      ['jun', 'juni', 'june'],
      ['jul', 'juli', 'july'],
      ['agu', 'ags', 'agt', 'agus', 'agustus', 'aug', 'august'],
      ['sep', 'sept', 'september'],
      ['okt', 'oktober', 'oct', 'october'],
      ['nov', 'nopember', 'november'],
      ['des', 'desember', 'dec', 'december'],
    ] as const
  ).flatMap((nama, i) => nama.map((n) => [n, i + 1])),
);

/** What one header cell (with the cell above it, in a two-row header) says about its column. */
export type Calon =
  | { readonly peran: PeranKolom }
  | {
      readonly jenis: 'target' | 'realisasi' | 'capaian';
      readonly tahun: number | null;
      /** 'Target TW III': a quarter named in the same cell. */
      readonly tw: number | null;
    };

/** Header texts longer than this are titles or data, never a column name. */
const JUDUL_MAKS = 60;

export function normalJudul(sel: Sel): string {
  if (typeof sel !== 'string' && typeof sel !== 'number') return '';
  return rapiSpasi(
    String(sel)
      .toLowerCase()
      .replace(/<[^>]*>/g, '')
      .replace(/\*\)?/g, '')
      .replace(/[:_]/g, ' '),
  );
}

function tahunDari(teks: string): number | null {
  const m = /\b(19\d\d|20\d\d)\b/.exec(teks);
  return m ? Number(m[1]) : null;
}

const POLA_TW = /\b(?:tw|triwulan|trw|tri wulan|q)\s*-?\s*(iv|iii|ii|i|[1-4])\b/;
export const ROMAWI: Readonly<Record<string, number>> = { i: 1, ii: 2, iii: 3, iv: 4 };

function twDari(teks: string): number | null {
  const tw = POLA_TW.exec(teks)?.[1];
  return tw === undefined ? null : (ROMAWI[tw] ?? Number(tw));
}

/** A month header ('Jan', 'Maret', 'B3', 'Target Jan'): its number, else null. */
function bulanDari(t: string): number | null {
  const inti = t
    .replace(/^(target|realisasi|t|r)\s+/, '')
    .replace(/\s*(19|20)\d\d$/, '')
    .replace(/\.$/, '');
  const b = /^b\s*-?\s*(\d{1,2})$/.exec(inti) ?? /^bulan\s*(?:ke\s*-?\s*)?(\d{1,2})$/.exec(inti);
  if (b) {
    const n = Number(b[1]);
    return n >= 1 && n <= 12 ? n : null;
  }
  return NAMA_BULAN_SINGKAT[inti] ?? null;
}

/** A quarter-only sub header ('TW III', 'Triwulan 2'). */
function hanyaTw(t: string): number | null {
  return /^(?:tw|triwulan|trw|q)\s*-?\s*(iv|iii|ii|i|[1-4])$/.test(t) ? twDari(t) : null;
}

/**
 * Classifies one column from its header text and, in a two-row header, the text of the header
 * above it (induk). null = not a column the reader uses.
 */
export function kenaliJudul(teks: Sel, induk: Sel = ''): Calon | null {
  const t = normalJudul(teks);
  const p = normalJudul(induk);
  if (t === '' && p === '') return null;
  if (t.length > JUDUL_MAKS || p.length > JUDUL_MAKS) return null;
  const f = p && t ? `${p} ${t}` : p || t;
  const realisasiDi = (s: string) => /\brealisasi\b|(^|\s)r$/.test(s);

  const bulan = bulanDari(t);
  if (bulan !== null) return { peran: `${realisasiDi(f) ? 'realisasiBulan' : 'bulan'}${bulan}` as PeranKolom };
  const tw = hanyaTw(t);
  if (tw !== null && !/capaian|%/.test(p)) {
    return { peran: `${realisasiDi(p) ? 'realisasiBulan' : 'bulan'}${tw * 3}` as PeranKolom };
  }
  if (/\b(kriteria|keterangan|ket|predikat|kategori|kesimpulan|catatan|analisis|sumber)\b/.test(f)) return null;
  if (/\bnps\b|\bnspk\b|\bnpss\b|nilai pencapaian/.test(f)) return null;
  if (/renstra/.test(f)) return /target/.test(f) || /(^|\s)t$/.test(f) ? { peran: 'targetRenstra' } : null;
  if (/\bpagu\b/.test(f)) return { peran: 'pagu' };
  if (/anggaran|keuangan|\brp\b|dipa/.test(f)) {
    if (/%|capaian|serapan|sisa|persen/.test(f)) return null;
    return { peran: realisasiDi(f) ? 'realisasiAnggaran' : 'pagu' };
  }
  if (/perspe[ck]?tive?s?\b|perspektif|^bsc\b/.test(f) && !/sasaran/.test(f)) return { peran: 'perspektif' };
  // 'Sasaran / Indikator Kinerja': one column holds both, sasaran as heading rows above their indicators
  if (/sasaran/.test(f) && /indikator/.test(f)) return { peran: 'indikator' };
  if (/sasaran|^program\b|^kegiatan\b/.test(f)) return { peran: 'sasaran' };
  if (/indikator/.test(f)) return { peran: 'indikator' };
  if (/^(no|nomor|no urut|#)\.?$/.test(t)) return { peran: 'no' };
  if (/^(satuan|sat|unit)\b/.test(t)) return { peran: 'satuan' };
  if (/^bobot\b/.test(t)) return { peran: 'bobot' };
  if (/polaritas|polarity|^arah\b/.test(t)) return { peran: 'polaritas' };
  if (/^iku\b|^utama$/.test(t)) return { peran: 'iku' };
  const tahun = tahunDari(f);
  const twSel = twDari(f);
  if (/capaian|^npi\b|(^|\s)%$|^\(%\)$/.test(f)) return { jenis: 'capaian', tahun, tw: twSel };
  if (realisasiDi(f)) return { jenis: 'realisasi', tahun, tw: twSel };
  if (/\btarget\b|(^|\s)t$/.test(f)) return { jenis: 'target', tahun, tw: twSel };
  return null;
}

/** A header's second row (an absent row is not): every filled cell a short column word (TW I, Jan, B3, T, R, %, 2023 ...). */
export function adalahSubJudul(baris: readonly Sel[] = []): boolean {
  let ada = false;
  for (const sel of baris) {
    const t = normalJudul(sel);
    if (t === '') continue;
    ada = true;
    const c = kenaliJudul(t);
    // only words that split a parent column: a perspective row right under the header is data
    const kata =
      (c !== null && ('jenis' in c || /^(bulan|realisasiBulan|pagu|realisasiAnggaran)/.test(c.peran))) ||
      /^(t|r|%|\(%\)|tahunan|kumulatif|fisik|s\.?d\.?.*|(19|20)\d\d)$/.test(t);
    if (!kata || t.length > 25) return false;
  }
  return ada;
}

export interface KolomTerdeteksi {
  /** 0-based index in the read range of the header's (top) row. */
  readonly indeksHeader: number;
  /** 0-based index of the first data row. */
  readonly indeksData: number;
  readonly peta: PetaKolom;
  /** The header text of each column as read (both rows joined by ' / ' in a two-row header). */
  readonly judul: readonly string[];
}

/** How far down a title block may push the header row. */
const BARIS_CARI = 30;

/**
 * Detects the header row and the column mapping of an indicator sheet; null when no row has an
 * indicator column together with a target, realisasi, monthly or capaian column.
 */
export function petaKolomOtomatis(nilai: readonly (readonly Sel[])[]): KolomTerdeteksi | null {
  let terbaik: { skor: number; hasil: KolomTerdeteksi } | null = null;
  for (let r = 0; r < Math.min(nilai.length, BARIS_CARI); r++) {
    const hasil = cobaHeader(nilai, r);
    if (hasil === null) continue;
    const skor = Object.keys(hasil.peta.peran).length + hasil.peta.tahunLalu.length;
    if (terbaik === null || skor > terbaik.skor) terbaik = { skor, hasil };
  }
  return terbaik?.hasil ?? null;
}

function cobaHeader(nilai: readonly (readonly Sel[])[], r: number): KolomTerdeteksi | null {
  const atas = nilai[r] ?? [];
  const bawahAda = r + 1 < nilai.length && adalahSubJudul(nilai[r + 1]);
  const bawah = (bawahAda && nilai[r + 1]) || [];
  const lebar = Math.max(atas.length, bawah.length);
  const calon: (Calon | null)[] = [];
  const judul: string[] = [];
  let induk: Sel = '';
  for (let j = 0; j < lebar; j++) {
    const a = normalJudul(atas[j]) === '' ? '' : atas[j];
    const b = normalJudul(bawah[j]) === '' ? '' : bawah[j];
    if (a !== '') induk = a;
    // a merged parent ('Target' over TW I..IV) shows only in its first column
    const ind = b === '' ? '' : a !== '' ? a : induk;
    calon.push(b === '' ? kenaliJudul(a) : kenaliJudul(b, ind));
    judul.push(
      [ind || (b === '' ? a : ''), b]
        .map((s) => String(s ?? '').trim())
        .filter(Boolean)
        .join(' / '),
    );
  }
  let indeksData = r + (bawahAda ? 2 : 1);
  if (indeksData < nilai.length && adalahBarisNomor(nilai[indeksData])) indeksData++;
  const peta = susunPeta(calon, nilai, indeksData, atas, bawah);
  const p = peta.peran;
  const adaIndikator = p.indikator !== undefined;
  const adaAngka =
    p.target !== undefined || p.realisasi !== undefined || p.capaian !== undefined || BULAN_PERAN.some((b) => p[`bulan${b}`] !== undefined);
  return adaIndikator && adaAngka ? { indeksHeader: r, indeksData, peta, judul } : null;
}

type PeranTulis = Partial<Record<PeranKolom, number>>;

function susunPeta(
  calon: readonly (Calon | null)[],
  nilai: readonly (readonly Sel[])[],
  indeksData: number,
  atas: readonly Sel[],
  bawah: readonly Sel[],
): PetaKolom {
  const peran: PeranTulis = {};
  const pasang = (k: PeranKolom, j: number) => {
    if (peran[k] === undefined) peran[k] = j;
  };
  // the latest year named is the current one; earlier years are prior-year columns
  const tahunKini = Math.max(-Infinity, ...calon.map((c) => (c && 'jenis' in c && c.tahun !== null ? c.tahun : -Infinity)));
  const lalu = new Map<number, { tahun: number; target?: number; realisasi?: number }>();
  const perTw: { jenis: 'target' | 'realisasi'; tw: number; j: number }[] = [];
  const twCapaian: { tw: number; j: number }[] = [];
  const banyakTw = calon.filter((c) => c !== null && 'jenis' in c && c.jenis === 'capaian' && c.tw !== null).length;

  calon.forEach((c, j) => {
    if (c === null) return;
    if ('peran' in c) return pasang(c.peran, j);
    if (c.tahun !== null && c.tahun < tahunKini) {
      if (c.jenis === 'capaian') return;
      const e = lalu.get(c.tahun) ?? { tahun: c.tahun };
      if (e[c.jenis] === undefined) e[c.jenis] = j;
      lalu.set(c.tahun, e);
      return;
    }
    if (c.jenis !== 'capaian' && c.tw !== null) perTw.push({ jenis: c.jenis, tw: c.tw, j });
    // 'Capaian (%)' over TW I..IV: the year's is the last quarter's
    else if (c.jenis === 'capaian' && c.tw !== null && banyakTw > 1) {
      twCapaian.push({ tw: c.tw, j });
    } else pasang(c.jenis, j);
  });
  const capaianAkhir = twCapaian.sort((a, b) => b.tw - a.tw)[0];
  if (capaianAkhir !== undefined) pasang('capaian', capaianAkhir.j);
  // 'Target TW III 2022': the quarter's (cumulative) target, and the target when there is no other
  for (const { jenis, tw, j } of perTw) {
    pasang(jenis, j);
    if (peran[jenis] !== j) pasang(`${jenis === 'target' ? 'bulan' : 'realisasiBulan'}${tw * 3}` as PeranKolom, j);
  }
  pisahkanNomor(peran, nilai, indeksData, atas, bawah);
  return { peran, tahunLalu: [...lalu.values()].sort((a, b) => b.tahun - a.tahun) };
}

/**
 * A header merged over two columns ('Indikator Kinerja' over the indicator's number and its
 * name): the role goes to the column holding text, the number column becomes 'no'. An 'IKU'
 * column holding names rather than marks is the indicator column.
 */
function pisahkanNomor(
  peran: PeranTulis,
  nilai: readonly (readonly Sel[])[],
  indeksData: number,
  atas: readonly Sel[],
  bawah: readonly Sel[],
): void {
  const dipakai = new Set(Object.values(peran));
  const kosongJudul = (j: number) => normalJudul(atas[j]) === '' && normalJudul(bawah[j]) === '';
  if (peran.indikator === undefined && peran.iku !== undefined && isiKolom(nilai, indeksData, peran.iku) === 'teks') {
    peran.indikator = peran.iku;
    delete peran.iku;
  }
  for (const k of ['sasaran', 'indikator'] as const) {
    const j = peran[k];
    if (j === undefined || !kosongJudul(j + 1) || dipakai.has(j + 1)) continue;
    if (isiKolom(nilai, indeksData, j) === 'angka' && isiKolom(nilai, indeksData, j + 1) === 'teks') {
      peran[k] = j + 1;
      if (k === 'indikator') peran.no = j;
    }
  }
}

/** Whether a column's data cells are mostly text or mostly numbers (first 200 rows). */
function isiKolom(nilai: readonly (readonly Sel[])[], dari: number, j: number): 'teks' | 'angka' | 'kosong' {
  let teks = 0;
  let angka = 0;
  for (let i = dari; i < Math.min(nilai.length, dari + 200); i++) {
    const a = bacaAngka(nilai[i]?.[j]);
    if (a.jenis === 'angka') angka++;
    else if (a.jenis === 'galat' || a.jenis === 'kualitatif') teks++;
  }
  if (teks === 0 && angka === 0) return 'kosong';
  return teks > angka ? 'teks' : 'angka';
}
