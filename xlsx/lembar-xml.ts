// One worksheet's XML read in a single streaming pass: only the cells present are kept (never the
// declared dimension), then laid out as the smallest box holding them. Rows without cells inside
// the box share one empty row, so a lone cell at XFD1048576 costs one cell.
import { SaxesParser } from 'saxes';
import { hurufKolom, type Gabungan, type Masalah, type Sel } from '../core/index';
import { lokal, type FormatSel } from './format-angka';
import { GalatBuku } from './galat';
import { alirkanTeks, type Paket } from './paket';
import { PESAN_BUKU } from './pesan';
import { PenyusunBaris } from './baris-lembar';
import { KolamTeks, teksLepas } from './kolam-teks';
import { dekodeTeksOoxml } from './teks-xml';
import { geserRumus } from './rumus-geser';

export const BATAS_LEMBAR = {
  /** Cells holding a value in one sheet (a 100,000-indicator sheet holds about 3 million). */
  sel: 6_000_000,
  /** Row slots of the laid-out box (cells present plus the gaps between them in each row). */
  slot: 16_000_000,
} as const;

const MAKS_BARIS = 1_048_576;
const MAKS_KOLOM = 16_384;

/** A formula without a cached result, evaluated later (rumus.ts). */
export interface RumusTertunda {
  /** 0-based indices into nilai. */
  readonly r: number;
  readonly c: number;
  readonly rumus: string;
}

export interface LembarMentah {
  readonly nilai: Sel[][];
  readonly format: ((string | undefined)[] | undefined)[];
  readonly barisAwal: number;
  readonly kolomAwal: number;
  readonly barisTersembunyi: number[];
  readonly kolomTersembunyi: number[];
  readonly gabungan: Gabungan[];
  readonly masalah: Masalah[];
  readonly tertunda: RumusTertunda[];
}

const ANGKA_XML = /^[+-]?(?:\d+\.?\d*|\.\d+)(?:[eE][+-]?\d+)?$/;

export function kolomDariHuruf(huruf: string): number {
  let n = 0;
  for (let i = 0; i < huruf.length; i++) n = n * 26 + (huruf.charCodeAt(i) - 64);
  return n;
}

/**
 * 'B7' → { baris: 7, kolom: 2 } (1-based), null when not an address inside the sheet grid: an
 * optional $, one to three capitals, an optional $, one to seven digits. Read character by
 * character: it runs on every cell, and the regular expression it replaced was some 5 % of reading.
 */
export function uraiAlamat(alamat: string): { baris: number; kolom: number } | null {
  const n = alamat.length;
  let i = alamat.charCodeAt(0) === DOLAR ? 1 : 0;
  const awalHuruf = i;
  let kolom = 0;
  for (let c = alamat.charCodeAt(i); i < n && c >= 65 && c <= 90; c = alamat.charCodeAt(++i)) kolom = kolom * 26 + (c - 64);
  if (i === awalHuruf || i - awalHuruf > 3) return null;
  if (alamat.charCodeAt(i) === DOLAR) i++;
  const awalAngka = i;
  let baris = 0;
  for (; i < n; i++) {
    const c = alamat.charCodeAt(i);
    if (c < 48 || c > 57) return null;
    baris = baris * 10 + (c - 48);
  }
  if (i === awalAngka || i - awalAngka > 7) return null;
  if (baris < 1 || baris > MAKS_BARIS || kolom > MAKS_KOLOM) return null;
  return { baris, kolom };
}
const DOLAR = 36;

export interface KonteksLembar {
  readonly paket: Paket;
  readonly bagian: string;
  readonly lembar: string;
  readonly teksBersama: readonly string[];
  readonly formatSel: FormatSel;
  readonly tanggal1904: boolean;
  /** Cells a sheet may hold (BATAS_LEMBAR.sel unless given). */
  readonly batasSel?: number;
}

export function bacaLembarXml(k: KonteksLembar): LembarMentah {
  const baris = new PenyusunBaris(BATAS_LEMBAR.slot, () => new GalatBuku(PESAN_BUKU.terlaluLebar(k.paket.berkas, k.lembar)));
  const tersembunyi: number[] = [];
  const kolomSembunyi: { min: number; max: number }[] = [];
  const gabung: string[] = [];
  const masalah: Masalah[] = [];
  const induk = new Map<string, { rumus: string; baris: number; kolom: number }>();
  let jumlahSel = 0;
  const batasSel = k.batasSel ?? BATAS_LEMBAR.sel;
  const kolam = new KolamTeks();

  let rSekarang = 0;
  let cSekarang = 0;
  // the cell being read
  let jenis = '';
  let gaya = 0;
  let teksV = '';
  let teksF: string | null = null;
  let atributF: Record<string, string> = {};
  let teksIs = '';
  let adaV = false;
  let dalam: 'v' | 'f' | 't' | '' = '';
  let dalamIs = false;
  let dalamRph = false;

  const p = new SaxesParser();
  p.on('opentag', (t) => {
    const nama = lokal(t.name);
    const a = t.attributes as Record<string, string>;
    switch (nama) {
      case 'row': {
        const r = a.r === undefined ? rSekarang + 1 : Number(a.r);
        if (!Number.isInteger(r) || r < 1 || r > MAKS_BARIS) throw new GalatBuku(PESAN_BUKU.xmlRusak(k.paket.berkas, k.bagian));
        rSekarang = r;
        cSekarang = 0;
        if (a.hidden === '1' || a.hidden === 'true') tersembunyi.push(r);
        break;
      }
      case 'c': {
        if (a.r !== undefined) {
          const alamat = uraiAlamat(a.r);
          if (alamat === null) throw new GalatBuku(PESAN_BUKU.xmlRusak(k.paket.berkas, k.bagian));
          rSekarang = alamat.baris;
          cSekarang = alamat.kolom;
        } else cSekarang++;
        jenis = a.t ?? 'n';
        gaya = a.s === undefined ? 0 : Number(a.s);
        teksV = '';
        teksF = null;
        teksIs = '';
        adaV = false;
        break;
      }
      case 'v':
        dalam = 'v';
        adaV = true;
        break;
      case 'f':
        dalam = 'f';
        teksF = '';
        atributF = a;
        break;
      case 'is':
        dalamIs = true;
        break;
      case 'rPh':
        dalamRph = true;
        break;
      case 't':
        if (dalamIs && !dalamRph) dalam = 't';
        break;
      case 'col':
        if (a.hidden === '1' || a.hidden === 'true') kolomSembunyi.push({ min: Number(a.min), max: Number(a.max) });
        break;
      case 'mergeCell':
        if (a.ref !== undefined) gabung.push(a.ref);
        break;
    }
  });
  p.on('text', (teks) => {
    if (dalam === 'v') teksV += teks;
    else if (dalam === 'f') teksF += teks;
    else if (dalam === 't') teksIs += teks;
  });
  p.on('closetag', (t) => {
    const nama = lokal(t.name);
    if (nama === 'v' || nama === 'f' || nama === 't') dalam = '';
    else if (nama === 'is') dalamIs = false;
    else if (nama === 'rPh') dalamRph = false;
    else if (nama === 'c') selesaiSel();
    else if (nama === 'row') baris.simpan();
  });

  const tambah = (nilai: Sel, format: string | undefined, rumus?: string) => {
    if (++jumlahSel > batasSel) throw new GalatBuku(PESAN_BUKU.terlaluBanyakSel(k.paket.berkas, k.lembar, batasSel));
    baris.tambah(rSekarang, cSekarang, nilai, format, rumus);
  };
  const catat = (teks: string, alasan: string) =>
    masalah.push({ baris: rSekarang, kolom: hurufKolom(cSekarang - 1), teks: teksLepas(teks.slice(0, 60)), alasan });

  function selesaiSel(): void {
    const format = k.formatSel.kode[gaya];
    // a shared formula's master carries the text; the others shift it by their distance
    const bersama = teksF !== null && atributF.t === 'shared' ? atributF.si : undefined;
    if (bersama !== undefined && teksF !== '') induk.set(bersama, { rumus: teksLepas(teksF ?? ''), baris: rSekarang, kolom: cSekarang });
    if (!adaV || (teksV === '' && jenis !== 'str' && jenis !== 'inlineStr')) {
      if (jenis === 'inlineStr') tambah(kolam.simpan(dekodeTeksOoxml(teksIs)), format);
      else {
        // no cached result: evaluated once the sheet is read (only then is a shared formula shifted)
        const rumus = rumusSel(bersama);
        if (rumus !== '') tambah(null, format, rumus);
      }
      return;
    }
    switch (jenis) {
      case 's': {
        const i = Number(teksV);
        const s = Number.isInteger(i) ? k.teksBersama[i] : undefined;
        if (s === undefined) catat(teksV, PESAN_BUKU.angkaTidakSah(teksV));
        tambah(s ?? null, format);
        return;
      }
      case 'str':
      case 'inlineStr':
        tambah(kolam.simpan(dekodeTeksOoxml(jenis === 'str' ? teksV : teksIs)), format);
        return;
      case 'b':
        tambah(teksV === '1' || teksV === 'true', format);
        return;
      case 'e':
        tambah(kolam.simpan(teksV), format);
        return;
      case 'd': {
        const d = new Date(teksV);
        tambah(Number.isNaN(d.getTime()) ? kolam.simpan(teksV) : d, format);
        return;
      }
      default: {
        // a number cell holds an XML number: '85,5' or '0x10' is no 85 or 0
        const teks = teksV.trim();
        if (!ANGKA_XML.test(teks)) {
          catat(teks, PESAN_BUKU.angkaTidakSah(teks));
          tambah(null, format);
          return;
        }
        const x = Number(teks);
        tambah(k.formatSel.tanggal[gaya] ? tanggalExcel(x, k.tanggal1904) : x, format);
      }
    }
  }

  /** The cell's formula ('' when none), a shared one's shifted from its master. */
  function rumusSel(bersama: string | undefined): string {
    if (teksF === null) return '';
    if (bersama === undefined || teksF !== '') return teksLepas(teksF);
    const m = induk.get(bersama);
    return m === undefined ? '' : geserRumus(m.rumus, rSekarang - m.baris, cSekarang - m.kolom);
  }

  p.on('error', (e) => {
    throw e;
  });
  try {
    alirkanTeks(k.paket, k.bagian, (potongan) => p.write(potongan));
    p.close();
  } catch (err) {
    if (err instanceof GalatBuku) throw err;
    throw new GalatBuku(PESAN_BUKU.xmlRusak(k.paket.berkas, k.bagian));
  }
  baris.simpan();
  return susun(k, baris, tersembunyi, kolomSembunyi, gabung, masalah);
}

/** Excel's serial day number as a Date (UTC midnight based, as exceljs gives it). */
export function tanggalExcel(serial: number, tahun1904: boolean): Date {
  const hari = tahun1904 ? serial + 1462 : serial;
  return new Date(Math.round((hari - 25569) * 86400000));
}

const BARIS_KOSONG: Sel[] = Object.freeze([]) as unknown as Sel[];

function susun(
  k: KonteksLembar,
  penyusun: PenyusunBaris,
  tersembunyi: number[],
  kolomSembunyi: { min: number; max: number }[],
  gabung: string[],
  masalah: Masalah[],
): LembarMentah {
  const cMin = penyusun.kolomMin;
  let rMin = Infinity;
  let rMaks = 0;
  let cMaks = 0;
  for (const [r, b] of penyusun.baris()) {
    rMin = Math.min(rMin, r);
    rMaks = Math.max(rMaks, r);
    cMaks = Math.max(cMaks, b.awal + b.nilai.length - 1);
  }
  if (rMaks === 0) {
    return {
      nilai: [],
      format: [],
      barisAwal: 1,
      kolomAwal: 1,
      barisTersembunyi: [],
      kolomTersembunyi: [],
      gabungan: [],
      masalah,
      tertunda: [],
    };
  }
  let slot = rMaks - rMin + 1;
  for (const [, b] of penyusun.baris()) slot += b.awal - cMin + b.nilai.length;
  if (slot > BATAS_LEMBAR.slot) throw new GalatBuku(PESAN_BUKU.terlaluLebar(k.paket.berkas, k.lembar));
  const nilai: Sel[][] = [];
  const format: ((string | undefined)[] | undefined)[] = [];
  const tertunda: RumusTertunda[] = [];
  for (const [r, b] of penyusun.baris()) {
    // rows without cells inside the box share one empty row
    while (nilai.length < r - rMin) {
      nilai.push(BARIS_KOSONG);
      format.push(undefined);
    }
    // a row kept before a cell further left was met starts later than the box: moved to its place
    const geser = b.awal - cMin;
    let isi = b.nilai;
    let fmt = b.format;
    if (geser > 0) {
      isi = [...new Array<Sel>(geser).fill(null), ...b.nilai];
      if (fmt !== undefined) {
        const digeser: (string | undefined)[] = [];
        fmt.forEach((f, i) => (digeser[i + geser] = f));
        fmt = digeser;
      }
    }
    if (b.rumus) for (const f of b.rumus) tertunda.push({ r: r - rMin, c: f.kolom - cMin, rumus: f.rumus });
    nilai.push(isi);
    format.push(fmt);
  }
  const gabungan: Gabungan[] = [];
  let kerja = 0;
  for (const ref of gabung) {
    const [a = '', b] = ref.split(':');
    const x = uraiAlamat(a);
    const y = uraiAlamat(b ?? a);
    if (x === null || y === null) continue;
    const r1 = Math.max(x.baris, rMin) - rMin;
    const r2 = Math.min(y.baris, rMaks) - rMin;
    const c1 = Math.max(x.kolom, cMin) - cMin;
    const c2 = Math.min(y.kolom, cMaks) - cMin;
    if (r1 > r2 || c1 > c2) continue;
    gabungan.push({ r1, c1, r2, c2 });
    // a covered cell reads blank, as Excel's values give it (bounded: overlapping merges are invalid)
    for (let r = r1; r <= r2 && kerja < BATAS_LEMBAR.slot; r++) {
      const isi = nilai[r] ?? [];
      for (let c = c1; c <= Math.min(c2, isi.length - 1); c++, kerja++) {
        if (r === x.baris - rMin && c === x.kolom - cMin) continue;
        isi[c] = null;
      }
    }
  }
  const barisTersembunyi = tersembunyi.filter((r) => r >= rMin && r <= rMaks).map((r) => r - rMin);
  const kolomTersembunyi: number[] = [];
  const ada = new Set<number>();
  for (const { min, max } of kolomSembunyi) {
    for (let c = Math.max(min, cMin); c <= Math.min(max, cMaks); c++) {
      if (!ada.has(c)) kolomTersembunyi.push(c - cMin);
      ada.add(c);
    }
  }
  return { nilai, format, barisAwal: rMin, kolomAwal: cMin, barisTersembunyi, kolomTersembunyi, gabungan, masalah, tertunda };
}
