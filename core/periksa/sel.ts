// Reading a filled table's cells for the audit, and reporting a cell that disagrees.
import { bacaAngka } from '../angka';
import { adalahBarisNomor } from '../baris-nomor';
import { adalahSubJudul, normalJudul } from '../kolom';
import type { Sel } from '../model';
import { bertentangan, type Perkiraan } from './perkiraan';
import { PESAN_PERIKSA } from './pesan';
import { rapiSpasi } from '../spasi';

/** Reports one cell (0-based row and column in the read range) with what it should show and why. */
export type Lapor = (r: number, k: number, seharusnya: number | string, alasan: string) => void;

const POLA_GALAT = /^#(DIV\/0!|VALUE!|REF!|NAME\?|N\/A|NUM!|NULL!|ERROR!|SPILL!|CALC!|GETTING_DATA)$|^(NaN|-?Infinity)$/i;

export function teks(s: Sel): string {
  if (s === null || s === undefined || typeof s === 'number' || typeof s === 'boolean') return '';
  return rapiSpasi(String(s));
}

/** '#DIV/0!', '#VALUE!', 'NaN' ...: a formula's failure left in the table. */
export function galatTeks(s: Sel): boolean {
  return typeof s === 'string' && POLA_GALAT.test(s.trim());
}

/** Labels compared as people read them: spaces and case do not matter. */
function samaLabel(a: string, b: string): boolean {
  return rapiSpasi(a).toLowerCase() === rapiSpasi(b).toLowerCase();
}

export class Tabel {
  /** How many printed figures and labels were compared: none means nothing could be checked. */
  diperiksa = 0;

  constructor(
    readonly nilai: readonly (readonly Sel[])[],
    private readonly lapor: Lapor,
  ) {}

  sel(r: number, k: number | undefined): Sel {
    return k === undefined ? undefined : this.nilai[r]?.[k];
  }

  /** The figure in a cell as a planner typed it (85,20 or 85.20 ...), null when none. */
  angka(r: number, k: number | undefined): number | null {
    const a = bacaAngka(this.sel(r, k));
    return a.jenis === 'angka' ? a.nilai : null;
  }

  teks(r: number, k: number | undefined): string {
    return teks(this.sel(r, k));
  }

  /**
   * A printed figure against its recomputed value. With `kosong`, a figure that cannot be
   * computed (hitung null) should not be printed at all: a printed one is reported with that reason.
   */
  bandingkan(r: number, k: number | undefined, hitung: Perkiraan | null, alasan: string, kosong?: string): void {
    if (k === undefined) return;
    const tercetak = this.angka(r, k);
    const galat = galatTeks(this.sel(r, k));
    if (tercetak !== null || galat) this.diperiksa++;
    // judged over the range rounded inputs allow: the finding says so
    const rentang =
      hitung !== null && hitung.atas - hitung.bawah > LEBAR_SEN ? ` ${PESAN_PERIKSA.rentangPembulatan(hitung.bawah, hitung.atas)}` : '';
    if (hitung !== null && ((tercetak !== null && bertentangan(hitung, tercetak)) || galat))
      this.lapor(r, k, hitung.nilai, `${alasan}${rentang}`);
    else if (hitung === null && kosong !== undefined && (tercetak !== null || galat)) this.lapor(r, k, '', kosong);
  }

  /** A printed label against the one it should be; blank labels are not judged. */
  bandingkanLabel(r: number, k: number, seharusnya: string, alasan: string): void {
    const label = this.teks(r, k);
    if (label !== '') this.diperiksa++;
    if (label !== '' && !samaLabel(label, seharusnya)) this.lapor(r, k, seharusnya, alasan);
  }
}

/** A range wider than one printed cent: the rounded inputs really widen what is accepted (the finding says so). */
const LEBAR_SEN = 0.0101;

/** How far down a title block may push the header row. */
const BARIS_CARI = 30;

/**
 * The header row: among the first rows, the one whose cells name the most distinct kinds of
 * column, of those that `cukup` accepts. In a two-row header ('Target' merged over '2017 | 2018',
 * 'Anggaran' over 'Pagu | Realisasi | Capaian') each column is named by its group and its own
 * cell; data starts below the second row and below a column-number row ((1) (2) (3), a | b | c).
 */
export function cariKepala<J extends string>(
  nilai: readonly (readonly Sel[])[],
  kenali: (judul: Sel) => J | null,
  cukup: (ada: (j: J) => boolean) => boolean,
): { indeks: number; indeksData: number; jenis: (J | null)[]; judul: string[] } | null {
  let terbaik: { skor: number; indeks: number; indeksData: number; jenis: (J | null)[]; judul: string[] } | null = null;
  for (let r = 0; r < Math.min(nilai.length, BARIS_CARI); r++) {
    for (const dua of [false, true]) {
      if (dua && !(r + 1 < nilai.length && adalahSubJudul(nilai[r + 1]))) continue;
      const judul = dua ? judulDuaBaris(nilai[r] ?? [], nilai[r + 1] ?? []) : (nilai[r] ?? []).map(normalJudul);
      const jenis = judul.map(kenali);
      if (!cukup((j) => jenis.includes(j))) continue;
      const skor = new Set(jenis.filter(Boolean)).size + (dua ? 0.5 : 0);
      if (terbaik !== null && skor <= terbaik.skor) continue;
      let indeksData = r + (dua ? 2 : 1);
      while (indeksData < nilai.length && adalahBarisNomor(nilai[indeksData])) indeksData++;
      terbaik = { skor, indeks: r, indeksData, jenis, judul };
    }
  }
  if (terbaik === null) return null;
  const { indeks, indeksData, jenis, judul } = terbaik;
  return { indeks, indeksData, jenis, judul };
}

/** Each column's name in a two-row header: its merged group (shown in the group's first column) and its own cell. */
export function judulDuaBaris(atas: readonly Sel[], bawah: readonly Sel[]): string[] {
  const lebar = Math.max(atas.length, bawah.length);
  const judul: string[] = [];
  let induk = '';
  for (let j = 0; j < lebar; j++) {
    const a = normalJudul(atas[j]);
    const b = normalJudul(bawah[j]);
    if (a !== '') induk = a;
    judul.push(b === '' ? a : `${a !== '' ? a : induk} ${b}`);
  }
  return judul;
}
