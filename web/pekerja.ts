// The page's worker: it holds the open workbook and does every read and write, so a 20,000-row
// workbook never holds up the page. Requests come one at a time (the panel runs one action at once).
import { utils, write } from '@e965/xlsx';
import { petaKolomOtomatis, type RentangBaca, type Temuan } from '../core/index';
import { bukaBerkas, bukaBuku, GalatBuku, isiBuku, jenisBerkas, tandaiBuku, type BukuTerbaca } from '../xlsx/index';
import { TEKS_WEB } from '../ui/teks';
import type { Balasan, Hasil, Permintaan, Unduhan } from './protokol';

interface BukuTerbuka {
  /** The name shown to the planner, and the stem of every download. */
  readonly nama: string;
  /** The package read and added to: the input itself, or for .xls/.ods an .xlsx copy of it (as the command does). */
  readonly data: Uint8Array;
  buku: BukuTerbaca | null;
  readonly rentang: Map<string, RentangBaca>;
}

/** Bigger files are refused before they are parsed: the page must stay responsive. */
const BATAS_BYTE = 100 * 1024 * 1024;
let terbuka: BukuTerbuka | null = null;

type Lapor = (teks: string, bagian: number) => void;

const kerja: { [K in Permintaan['op']]: (p: Extract<Permintaan, { op: K }>, lapor: Lapor) => Promise<Hasil[K]> } = {
  async buka({ data, nama }, lapor) {
    const bytes = new Uint8Array(data);
    if (bytes.length > BATAS_BYTE) throw new Error(TEKS_WEB.terlaluBesar(nama, Math.round(bytes.length / 1048576)));
    lapor(TEKS_WEB.membuka, 0.2);
    const jenis = jenisBerkas(bytes);
    if (jenis === 'lain') throw new Error(TEKS_WEB.bukanBukuKerja(nama));
    terbuka = null;
    if (jenis !== 'xlsx') lapor(TEKS_WEB.mengubahFormat, 0.3);
    // the old-format reader says itself when a file is locked or unreadable; other failures are one line
    const { buku: b } = await bukaBerkas(bytes, nama).catch((err: unknown) => {
      throw jenis !== 'xlsx' && err instanceof GalatBuku ? err : new Error(TEKS_WEB.rusak(nama));
    });
    terbuka = { nama, data: b.paket.data, buku: b, rentang: new Map() };
    return { nama, daftarLembar: [...b.daftarLembar], lama: jenis !== 'xlsx' };
  },

  /** The first sheet with an indicator header, else the first sheet. */
  async aktif(_p, lapor) {
    const b = buku();
    lapor(TEKS_WEB.mencariLembar, 0.5);
    for (const nama of b.daftarLembar) if (petaKolomOtomatis(bacaRentang(nama).nilai) !== null) return nama;
    return b.daftarLembar[0] ?? '';
  },

  async baca({ lembar }, lapor) {
    lapor(TEKS_WEB.membacaLembar(lembar), 0.3);
    return bacaRentang(lembar);
  },

  async isi({ tabel }, lapor) {
    const t = bukaTerbuka();
    lapor(TEKS_WEB.menulis, 0.5);
    const hasil = await isiBuku(t.data, namaXlsx(t.nama), tabel).catch(gagalTulis(t.nama));
    const unduhan = { nama: `${batang(t.nama)}-lapkin.xlsx`, data: hasil.data };
    // the filled workbook is the open one from now on, as in the add-in (its tables can be audited)
    terbuka = { nama: unduhan.nama, data: hasil.data, buku: null, rentang: new Map() };
    return { lembar: [...hasil.lembar], pemberitahuan: [...hasil.pemberitahuan], unduhan };
  },

  async tandai({ temuan }, lapor) {
    const t = bukaTerbuka();
    if (temuan.length === 0) return { unduhan: null };
    lapor(TEKS_WEB.menandai, 0.8);
    const data = await tandaiBuku(t.data, namaXlsx(t.nama), temuan as Temuan[]).catch(gagalTulis(t.nama));
    return { unduhan: { nama: `${batang(t.nama)}-diperiksa.xlsx`, data } };
  },

  /** A new workbook: a short how-to sheet and the template (the writer adds to a package). */
  async templat({ tabel }, lapor) {
    lapor(TEKS_WEB.menulis, 0.5);
    const wb = utils.book_new();
    utils.book_append_sheet(wb, utils.aoa_to_sheet(TEKS_WEB.petunjukTemplat.map((b) => [b])), 'Petunjuk');
    const kosong = new Uint8Array(write(wb, { type: 'array', bookType: 'xlsx', compression: true }) as ArrayBuffer);
    const nama = 'templat-lapkin.xlsx';
    const hasil = await isiBuku(kosong, nama, tabel).catch(gagalTulis(nama));
    return { lembar: [...hasil.lembar], unduhan: { nama, data: hasil.data } };
  },
};

function bukaTerbuka(): BukuTerbuka {
  if (terbuka === null) throw new Error(TEKS_WEB.belumAdaBerkas);
  return terbuka;
}

/** The open workbook, read lazily (a filled workbook is read only when the planner looks at it). */
function buku(): BukuTerbaca {
  const t = bukaTerbuka();
  if (t.buku === null) throw new Error(TEKS_WEB.belumAdaBerkas);
  return t.buku;
}

function bacaRentang(lembar: string): RentangBaca {
  const t = bukaTerbuka();
  let r = t.rentang.get(lembar);
  if (r === undefined) {
    r = buku().bacaLembar(lembar);
    t.rentang.set(lembar, r);
  }
  return r;
}

const batang = (nama: string) => nama.replace(/\.(xlsx|xlsm|xls|ods)$/i, '');
const namaXlsx = (nama: string) => `${batang(nama)}.xlsx`;
/** One Indonesian line for the planner, never a library's message or stack. */
const gagalTulis = (nama: string) => (): never => {
  throw new Error(TEKS_WEB.gagalTulis(nama));
};

/** The filled workbook is opened again only when it is read (its tables listed or audited). */
async function pastikanTerbaca(): Promise<void> {
  const t = terbuka;
  if (t !== null && t.buku === null) {
    const data = t.data;
    t.buku = await bukaBuku(data, t.nama).catch(() => {
      throw new Error(TEKS_WEB.rusak(t.nama));
    });
  }
}

function kirim(b: Balasan, pindah: Transferable[] = []): void {
  (self as unknown as Worker).postMessage(b, pindah);
}

self.onmessage = async (e: MessageEvent<{ id: number; p: Permintaan }>) => {
  const { id, p } = e.data;
  const lapor: Lapor = (teks, bagian) => kirim({ id, kemajuan: { teks, bagian } });
  try {
    if (p.op === 'aktif' || p.op === 'baca') await pastikanTerbaca();
    const hasil = await (kerja[p.op] as (p: Permintaan, l: Lapor) => Promise<unknown>)(p, lapor);
    // a copy of a download goes to the page; the worker keeps its own (the open workbook)
    const u = (hasil as { unduhan?: Unduhan | null }).unduhan;
    const salinan = u ? { ...(hasil as object), unduhan: { nama: u.nama, data: u.data.slice() } } : hasil;
    const pindah = u ? [(salinan as { unduhan: Unduhan }).unduhan.data.buffer] : [];
    kirim({ id, ok: true, hasil: salinan }, pindah);
  } catch (err) {
    kirim({ id, ok: false, pesan: err instanceof Error ? err.message : String(err) });
  }
};
