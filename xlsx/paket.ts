// The zip package of a workbook: its central directory read once, each part inflated only when
// asked (in chunks, so a sheet's XML never sits whole in memory), and a package written back with
// every kept part's compressed bytes copied as they are.
import { Deflate, Inflate } from 'fflate';
import { GalatBuku } from './galat';
import { PESAN_BUKU } from './pesan';

/** Guards against zip bombs and oversized packages. */
export const BATAS = {
  /** Sum of the parts' sizes once inflated. */
  totalBytes: 1024 * 1024 * 1024,
  /** Inflated / compressed, for parts over 1 MB inflated (deflate tops out near 1032). */
  rasio: 400,
  rasioMulai: 1024 * 1024,
} as const;

export interface Entri {
  readonly nama: string;
  readonly metode: number;
  readonly crc: number;
  readonly ukuranPadat: number;
  /** Size the directory declares once inflated; checked against what inflates. */
  readonly ukuranAsli: number;
  /** Offset of the compressed bytes. */
  readonly mulai: number;
  readonly flag: number;
  readonly waktu: number;
  readonly tanggal: number;
}

export interface Paket {
  readonly berkas: string;
  readonly data: Uint8Array;
  readonly entri: ReadonlyMap<string, Entri>;
  /** Part names in the package's order. */
  readonly urutan: readonly string[];
}

// a byte past the end reads 0 (as it did through the bitwise operators); callers check lengths first
const bait = (d: Uint8Array, p: number) => d[p] ?? 0;
const u16 = (d: Uint8Array, p: number) => bait(d, p) | (bait(d, p + 1) << 8);
const u32 = (d: Uint8Array, p: number) => (bait(d, p) | (bait(d, p + 1) << 8) | (bait(d, p + 2) << 16) | (bait(d, p + 3) << 24)) >>> 0;

/** Reads the central directory; any inconsistency is one message naming the file. */
export function bukaPaket(data: Uint8Array, berkas: string): Paket {
  const rusak = () => new GalatBuku(PESAN_BUKU.bukanPaket(berkas));
  if (data.length < 22 || u32(data, 0) !== 0x04034b50) throw rusak();
  let akhir = -1;
  for (let p = data.length - 22; p >= Math.max(0, data.length - 22 - 65535); p--) {
    if (u32(data, p) === 0x06054b50) {
      akhir = p;
      break;
    }
  }
  if (akhir < 0) throw rusak();
  const jumlah = u16(data, akhir + 10);
  let p = u32(data, akhir + 16);
  const entri = new Map<string, Entri>();
  const urutan: string[] = [];
  const dekoder = new TextDecoder();
  let total = 0;
  for (let i = 0; i < jumlah; i++) {
    if (p + 46 > data.length || u32(data, p) !== 0x02014b50) throw rusak();
    const panjangNama = u16(data, p + 28);
    const nama = dekoder.decode(data.subarray(p + 46, p + 46 + panjangNama));
    const lokal = u32(data, p + 42);
    const ukuranPadat = u32(data, p + 20);
    const ukuranAsli = u32(data, p + 24);
    if (ukuranPadat === 0xffffffff || ukuranAsli === 0xffffffff || lokal + 30 > data.length)
      throw new GalatBuku(PESAN_BUKU.terlaluBesar(berkas));
    const mulai = lokal + 30 + u16(data, lokal + 26) + u16(data, lokal + 28);
    if (u32(data, lokal) !== 0x04034b50 || mulai + ukuranPadat > data.length) throw rusak();
    total += ukuranAsli;
    if (total > BATAS.totalBytes) throw new GalatBuku(PESAN_BUKU.terlaluBesar(berkas));
    if (ukuranAsli > BATAS.rasioMulai && ukuranAsli > BATAS.rasio * Math.max(1, ukuranPadat)) {
      throw new GalatBuku(PESAN_BUKU.rasioMencurigakan(berkas, nama));
    }
    const e: Entri = {
      nama,
      metode: u16(data, p + 10),
      crc: u32(data, p + 16),
      ukuranPadat,
      ukuranAsli,
      mulai,
      flag: u16(data, p + 8),
      waktu: u16(data, p + 12),
      tanggal: u16(data, p + 14),
    };
    if (!entri.has(nama)) urutan.push(nama);
    entri.set(nama, e);
    p += 46 + panjangNama + u16(data, p + 30) + u16(data, p + 32);
  }
  return { berkas, data, entri, urutan };
}

const POTONG = 64 * 1024;

/**
 * Hands a part to `terima` in chunks as it inflates; more bytes than the directory declares (or
 * fewer) is a damaged or hostile package.
 */
export function alirkanBagian(paket: Paket, nama: string, terima: (potongan: Uint8Array) => void): void {
  const e = paket.entri.get(nama);
  if (e === undefined) throw new GalatBuku(PESAN_BUKU.bagianTidakAda(paket.berkas, nama));
  const padat = paket.data.subarray(e.mulai, e.mulai + e.ukuranPadat);
  const salah = () => new GalatBuku(PESAN_BUKU.ukuranTidakSesuai(paket.berkas, nama));
  let keluar = 0;
  if (e.metode === 0) {
    if (e.ukuranPadat !== e.ukuranAsli) throw salah();
    for (let i = 0; i < padat.length; i += POTONG) terima(padat.subarray(i, i + POTONG));
    return;
  }
  if (e.metode !== 8) throw new GalatBuku(PESAN_BUKU.bukanPaket(paket.berkas));
  const inflate = new Inflate((potongan) => {
    keluar += potongan.length;
    if (keluar > e.ukuranAsli) throw salah();
    terima(potongan);
  });
  try {
    for (let i = 0; i < padat.length; i += POTONG) inflate.push(padat.subarray(i, i + POTONG), i + POTONG >= padat.length);
    if (padat.length === 0) inflate.push(new Uint8Array(0), true);
  } catch (err) {
    if (err instanceof GalatBuku) throw err;
    throw new GalatBuku(PESAN_BUKU.bukanPaket(paket.berkas));
  }
  if (keluar !== e.ukuranAsli) throw salah();
}

/** Text pieces decoded at most this long: a longer string lands in V8's large-object space and outlives its parse
 *  (an inflated chunk can be far over 64 KiB), so every piece of a large sheet's XML ended up in the old heap. */
const POTONG_TEKS = 16 * 1024;

/** A part as UTF-8 text in pieces, for a streaming parser; the decoder's end is flushed into the last piece. */
export function alirkanTeks(paket: Paket, nama: string, terima: (teks: string) => void): void {
  const dekoder = new TextDecoder();
  alirkanBagian(paket, nama, (potongan) => {
    for (let i = 0; i < potongan.length; i += POTONG_TEKS) terima(dekoder.decode(potongan.subarray(i, i + POTONG_TEKS), { stream: true }));
  });
  terima(dekoder.decode());
}

/** A whole (small) part as bytes. */
export function bacaBagian(paket: Paket, nama: string): Uint8Array {
  const potongan: Uint8Array[] = [];
  let n = 0;
  alirkanBagian(paket, nama, (p) => {
    potongan.push(p.slice());
    n += p.length;
  });
  return gabungBytes(potongan, n);
}

export function bacaTeksBagian(paket: Paket, nama: string): string {
  return new TextDecoder().decode(bacaBagian(paket, nama));
}

/** A new part already deflated: its text, made in chunks, never sits whole in memory. */
export interface BagianPadat {
  readonly nama: string;
  readonly padat: Uint8Array;
  readonly crc: number;
  readonly ukuranAsli: number;
}

/** One part of a package being written: a kept entry (copied compressed), new bytes, or a part already deflated. */
export type BagianTulis = { readonly nama: string; readonly salin: Entri } | { readonly nama: string; readonly isi: Uint8Array } | BagianPadat;

// signed entries stay small integers for the engine (unsigned ones above 2^31 become boxed numbers)
const TABEL_CRC = (() => {
  const t = new Int32Array(256);
  for (let n = 0; n < 256; n++) {
    let c = n;
    for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
    t[n] = c;
  }
  return t;
})();

/** CRC-32 of `data`, or of the bytes before it (whose CRC is `awal`) followed by it. */
export function crc32(data: Uint8Array, awal = 0): number {
  let c = ~awal;
  // an index loop: iterating the bytes with for-of ran some 5× slower in Chromium's worker
  for (let i = 0, n = data.length; i < n; i++) c = TABEL_CRC[(c ^ data[i]!) & 0xff]! ^ (c >>> 8);
  return ~c >>> 0;
}

/** Level 3 deflates lapkin's sheets in about half the time of level 6 for some 8 % more bytes (measured on
 *  a 20,000-indicator output: 4.35 MB against 4.03 MB); the XML of a large table is most of a run's work. */
export const DEFLATE_LEVEL = 3;

/** A raw deflate stream fed in order; `akhir` marks the last piece. It may keep nothing of what it is given past the call. */
export interface Pemadat {
  push(data: Uint8Array, akhir: boolean): void;
}
/** Makes a deflater that hands its compressed bytes to `terima` as they come. */
export type BuatPemadat = (terima: (padat: Uint8Array) => void) => Pemadat;

/** fflate's deflate: pure JavaScript, so the page and every host can write. A host with a native one passes its own (the command: Node's zlib). */
export const pemadatFflate: BuatPemadat = (terima) => new Deflate({ level: DEFLATE_LEVEL }, terima);

/** Deflates a part as it is made: text chunks are encoded and compressed one by one, only the compressed bytes kept. */
export function padatkan(nama: string, isi: string | Uint8Array | Iterable<string>, buatPemadat: BuatPemadat = pemadatFflate): BagianPadat {
  const potongan: Uint8Array[] = [];
  let ukuranPadat = 0;
  const d = buatPemadat((p) => {
    potongan.push(p);
    ukuranPadat += p.length;
  });
  let crc = 0;
  let ukuranAsli = 0;
  const dorong = (b: Uint8Array) => {
    crc = crc32(b, crc);
    ukuranAsli += b.length;
    // the deflater copies what it is given, so the text buffer below can be written again
    d.push(b, false);
  };
  // text is encoded into one reused buffer: a new array per chunk (encode) cost Chromium's worker
  // about a third of the writing
  let buffer = new Uint8Array(0);
  const dorongTeks = (s: string) => {
    // UTF-8 takes at most 3 bytes per UTF-16 unit
    if (buffer.length < s.length * 3) buffer = new Uint8Array(s.length * 3);
    dorong(buffer.subarray(0, ENKODER.encodeInto(s, buffer).written));
  };
  if (isi instanceof Uint8Array) dorong(isi);
  // a whole string is encoded at its own size (a reused buffer of 3 bytes per unit would triple a large one)
  else if (typeof isi === 'string') dorong(ENKODER.encode(isi));
  else for (const s of isi) dorongTeks(s);
  d.push(new Uint8Array(0), true);
  return { nama, padat: gabungBytes(potongan, ukuranPadat), crc, ukuranAsli };
}

const ENKODER = new TextEncoder();

function gabungBytes(potongan: readonly Uint8Array[], n: number): Uint8Array {
  const [satu] = potongan;
  if (potongan.length === 1 && satu !== undefined) return satu;
  const hasil = new Uint8Array(n);
  let i = 0;
  for (const p of potongan) {
    hasil.set(p, i);
    i += p.length;
  }
  return hasil;
}

/** The package again: its parts in order (kept ones copied, replaced ones new, removed ones left out), then the new ones. */
export function tulisUlangPaket(
  paket: Paket,
  diganti: ReadonlyMap<string, Uint8Array>,
  baru: readonly BagianTulis[],
  dihapus: ReadonlySet<string> = new Set(),
): Uint8Array {
  return gabungPotongan(potonganUlangPaket(paket, diganti, baru, dihapus));
}

/** tulisUlangPaket's bytes as the pieces they are made of, in order: written one after another they are the package. */
export function potonganUlangPaket(
  paket: Paket,
  diganti: ReadonlyMap<string, Uint8Array>,
  baru: readonly BagianTulis[],
  dihapus: ReadonlySet<string> = new Set(),
): Uint8Array[] {
  const sisa = new Map(diganti);
  const bagian: BagianTulis[] = [];
  for (const n of paket.urutan) {
    if (dihapus.has(n)) continue;
    const isi = sisa.get(n);
    if (isi !== undefined) {
      bagian.push({ nama: n, isi });
      sisa.delete(n);
    } else bagian.push({ nama: n, salin: paket.entri.get(n)! });
  }
  for (const [n, isi] of sisa) bagian.push({ nama: n, isi });
  bagian.push(...baru);
  return potonganPaket(paket.data, bagian);
}

/** The package from its parts in order: kept parts byte for byte, new ones deflated. */
export function tulisPaket(sumber: Uint8Array, bagian: readonly BagianTulis[]): Uint8Array {
  return gabungPotongan(potonganPaket(sumber, bagian));
}

/** Pieces written one after another, as one array. */
export function gabungPotongan(potongan: readonly Uint8Array[]): Uint8Array {
  let n = 0;
  for (const p of potongan) n += p.length;
  return gabungBytes(potongan, n);
}

/** tulisPaket's bytes as pieces (headers, each part's bytes, the directory): a host that writes a file needs no copy of the whole. */
function potonganPaket(sumber: Uint8Array, bagian: readonly BagianTulis[]): Uint8Array[] {
  const enkoder = new TextEncoder();
  const potongan: Uint8Array[] = [];
  const pusat: Uint8Array[] = [];
  let offset = 0;
  for (const b of bagian) {
    const nama = enkoder.encode(b.nama);
    let e: Omit<Entri, 'nama' | 'mulai'>;
    let padat: Uint8Array;
    if ('salin' in b) {
      e = b.salin;
      padat = sumber.subarray(b.salin.mulai, b.salin.mulai + b.salin.ukuranPadat);
    } else {
      const p = 'padat' in b ? b : padatkan(b.nama, b.isi);
      padat = p.padat;
      e = { metode: 8, crc: p.crc, ukuranPadat: padat.length, ukuranAsli: p.ukuranAsli, flag: 0x0800, waktu: 0, tanggal: 0x21 };
    }
    // bit 3 (sizes after the data) is dropped: the sizes go in the header
    const flag = e.flag & ~0x0008;
    const lokal = new Uint8Array(30);
    const dl = new DataView(lokal.buffer);
    dl.setUint32(0, 0x04034b50, true);
    dl.setUint16(4, 20, true);
    dl.setUint16(6, flag, true);
    dl.setUint16(8, e.metode, true);
    dl.setUint16(10, e.waktu, true);
    dl.setUint16(12, e.tanggal, true);
    dl.setUint32(14, e.crc, true);
    dl.setUint32(18, padat.length, true);
    dl.setUint32(22, e.ukuranAsli, true);
    dl.setUint16(26, nama.length, true);
    const p = new Uint8Array(46);
    const dp = new DataView(p.buffer);
    dp.setUint32(0, 0x02014b50, true);
    dp.setUint16(4, 20, true);
    dp.setUint16(6, 20, true);
    dp.setUint16(8, flag, true);
    dp.setUint16(10, e.metode, true);
    dp.setUint16(12, e.waktu, true);
    dp.setUint16(14, e.tanggal, true);
    dp.setUint32(16, e.crc, true);
    dp.setUint32(20, padat.length, true);
    dp.setUint32(24, e.ukuranAsli, true);
    dp.setUint16(28, nama.length, true);
    dp.setUint32(42, offset, true);
    potongan.push(lokal, nama, padat);
    pusat.push(p, nama);
    offset += 30 + nama.length + padat.length;
  }
  let ukuranPusat = 0;
  for (const p of pusat) ukuranPusat += p.length;
  const akhir = new Uint8Array(22);
  const da = new DataView(akhir.buffer);
  da.setUint32(0, 0x06054b50, true);
  da.setUint16(8, bagian.length, true);
  da.setUint16(10, bagian.length, true);
  da.setUint32(12, ukuranPusat, true);
  da.setUint32(16, offset, true);
  return [...potongan, ...pusat, akhir];
}
