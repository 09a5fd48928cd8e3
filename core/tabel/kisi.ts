// Assembling a TabelSpec: rows appended one by one, merges, the title row, column widths from content.
import { bulat } from '../bulat';
import type { HasilSkor } from '../model';
import { FORMAT, KOSONG, kepala, tertutup } from './gaya';
import { SelRapat, specRapat } from './sel-rapat';
import type { Gabung, GrafikSpec, SelTabel, TabelSpec } from './spec';

/** Text wider than this wraps (sasaran and indicator names). */
const LEBAR_MAKS = 45;
const LEBAR_MIN = 5;
/** Header texts wrap at word boundaries but should not be squeezed narrower than this. */
const LEBAR_KEPALA = 12;

export class Kisi {
  /** The cells, compact (sel-rapat.ts). */
  readonly sel: SelRapat;
  readonly gabung: Gabung[] = [];

  constructor(readonly jumlahKolom: number) {
    this.sel = new SelRapat(jumlahKolom);
  }

  get jumlahBaris(): number {
    return this.sel.jumlahBaris;
  }

  /** Appends a row padded with bordered blanks; returns its 0-based index. */
  tambah(isi: readonly (SelTabel | undefined)[]): number {
    return this.sel.tambah(isi, KOSONG);
  }

  /** Merges a block; a single cell is not a merge. */
  gabungkan(baris: number, kolom: number, barisAkhir: number, kolomAkhir: number): void {
    if (barisAkhir > baris || kolomAkhir > kolom) this.gabung.push({ baris, kolom, barisAkhir, kolomAkhir });
  }

  /** Merges each column over rows awal..akhir, the covered cells blank in the top cell's style. */
  gabungTurun(awal: number, akhir: number, kolom: readonly number[]): void {
    if (akhir <= awal || awal >= this.jumlahBaris) return;
    for (const k of kolom) {
      for (let r = awal + 1; r <= akhir; r++) this.sel.tutup(r, k, awal);
      this.gabungkan(awal, k, akhir, k);
    }
  }

  /** A row whose first cell spans `sampai` columns (perspective rows, totals). */
  tambahLebar(isi: SelTabel, sampai: number, sisa: readonly (SelTabel | undefined)[] = []): number {
    const baris = this.tambah([isi, ...Array.from({ length: sampai - 1 }, () => tertutup(isi)), ...sisa]);
    this.gabungkan(baris, 0, baris, sampai - 1);
    return baris;
  }
}

/** A note under the table: italic, across all columns, no border. */
export function tambahCatatan(kisi: Kisi, catatan: string): void {
  const baris = kisi.tambah([{ nilai: catatan, miring: true }, ...Array.from({ length: kisi.jumlahKolom - 1 }, () => ({ nilai: null }))]);
  kisi.gabungkan(baris, 0, baris, kisi.jumlahKolom - 1);
}

/** What a table's build function hands back: its grid and title; the id and sheet name come from its descriptor. */
export interface BentukTabel {
  readonly kisi: Kisi;
  readonly judul: string;
  /** Header rows under the title (default 1). */
  readonly barisKepala?: number;
  readonly grafik?: GrafikSpec;
}

/** One standard table: what it is called, what it needs from the sheet, how it is built. */
export interface TabelStandar {
  readonly id: string;
  /** Its Indonesian name, also the sheet it goes into. */
  readonly judul: string;
  /** Why this sheet cannot give the table (a column it lacks, an annual period); null when it can. */
  readonly kurang?: (hasil: HasilSkor) => string | null;
  /** Built also from a sheet without indicators (the scheme's legend). */
  readonly bolehTanpaIndikator?: boolean;
  readonly bangun: (hasil: HasilSkor, nama: string) => BentukTabel;
}

/** The opening every table shares: the title row, then one header row from each column's header. */
export function mulaiKisi<K extends string>(judul: string, kolom: Kolom<K>, kepalaKolom: Partial<Record<K, string>>): Kisi {
  const kisi = kisiBerjudul(judul, kolom.jumlah);
  const isi: Partial<Record<K, SelTabel>> = {};
  for (const k of kolom.kunci) {
    const t = kepalaKolom[k];
    if (t !== undefined) isi[k] = kepala(t);
  }
  kisi.tambah(kolom.baris(isi));
  return kisi;
}

/** A new grid whose row 0 is the title, merged across the table. */
export function kisiBerjudul(judul: string, jumlahKolom: number): Kisi {
  const kisi = new Kisi(jumlahKolom);
  kisi.tambah([{ nilai: judul, tebal: true, rata: 'tengah' }, ...Array.from({ length: jumlahKolom - 1 }, () => ({ nilai: null }))]);
  kisi.gabungkan(0, 0, 0, jumlahKolom - 1);
  return kisi;
}

export function selesai(id: string, namaLembar: string, b: BentukTabel): TabelSpec {
  const barisKepala = b.barisKepala ?? 1;
  return specRapat(
    {
      id,
      namaLembar,
      judul: b.judul,
      gabung: b.kisi.gabung,
      lebarKolom: lebarKolom(b.kisi, 1 + barisKepala),
      barisBeku: 1 + barisKepala,
      ...(b.grafik ? { grafik: b.grafik } : {}),
    },
    b.kisi.sel,
  );
}

/** Widths from content: cells spanning several columns and the title do not count. */
function lebarKolom(kisi: Kisi, awalBadan: number): number[] {
  const n = kisi.jumlahKolom;
  // one flag per cell, row-major: a numeric index is far cheaper than a 'b,k' key per cell
  const melebar = new Uint8Array(kisi.jumlahBaris * n);
  for (const g of kisi.gabung) {
    if (g.kolomAkhir === g.kolom) continue;
    for (let b = g.baris; b <= g.barisAkhir; b++) melebar[b * n + g.kolom] = 1;
  }
  const lebar = Array.from({ length: n }, () => LEBAR_MIN);
  for (let b = 1; b < kisi.jumlahBaris; b++) {
    for (let k = 0; k < n; k++) {
      if (melebar[b * n + k] === 1) continue;
      const nilai = kisi.sel.nilai(b, k);
      const panjang = b < awalBadan ? panjangKepala(nilai) : panjangIsi(nilai, kisi.sel.tampil(b, k)?.format);
      lebar[k] = Math.max(lebar[k] ?? LEBAR_MIN, Math.min(LEBAR_MAKS, panjang + 2));
    }
  }
  return lebar;
}

function panjangKepala(nilai: SelTabel['nilai']): number {
  if (typeof nilai !== 'string') return 0;
  const kata = Math.max(...nilai.split(/\s+/).map((k) => k.length));
  return Math.max(kata, Math.min(nilai.length, LEBAR_KEPALA));
}

function panjangIsi(nilai: SelTabel['nilai'], format: string | undefined): number {
  if (nilai === null) return 0;
  if (typeof nilai === 'string') return nilai.length;
  return panjangAngka(nilai, format === FORMAT.utuh ? 0 : 2);
}

/** formatAngka(x, digit).length without building the text: a width pass meets every number. */
function panjangAngka(x: number, digit: number): number {
  if (!Number.isFinite(x)) return 0;
  const r = bulat(x, digit);
  const mutlak = Math.abs(r);
  if (mutlak >= 1e21) return String(r).length;
  // integer digits; r is already rounded to `digit` places, so the text's decimals never carry
  let utuh = 1;
  for (let p = 10; p <= mutlak; p *= 10) utuh++;
  // sign, integer digits, a thousands dot per full group of three, then ',' and the decimals
  return (r < 0 ? 1 : 0) + utuh + Math.floor((utuh - 1) / 3) + (digit > 0 ? digit + 1 : 0);
}

/** Named columns, some present only when the sheet has them (false entries are dropped). */
export class Kolom<K extends string> {
  readonly kunci: readonly K[];

  constructor(daftar: readonly (K | false)[]) {
    this.kunci = daftar.filter((k): k is K => k !== false);
  }

  get jumlah(): number {
    return this.kunci.length;
  }

  i(k: K): number {
    return this.kunci.indexOf(k);
  }

  ada(k: K): boolean {
    return this.kunci.includes(k);
  }

  /** A row from cells by column name; missing ones are bordered blanks. */
  baris(isi: Partial<Record<K, SelTabel>>): SelTabel[] {
    return this.kunci.map((k) => isi[k] ?? KOSONG);
  }
}
