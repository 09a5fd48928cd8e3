// The page's worker: it holds the open workbook and does every read and write, so a 20,000-row
// workbook never holds up the page. Requests come one at a time (the panel runs one action at once).
import { utils, write } from '@e965/xlsx';
import { petaKolomOtomatis } from '../core/kolom';
import type { RentangBaca, Temuan } from '../core/model';
import type { TabelSpec } from '../core/tabel/spec';
import { bukaBuku, isiBuku, tandaiBuku, type BukuTerbaca } from '../xlsx/index';
import { bacaBukuLama, type BukuLama } from '../xlsx/lama';
import { jenisBerkas } from './jenis-berkas';
import { PESAN_WEB } from './pesan';
import type { Balasan, Hasil, Permintaan, Unduhan } from './protokol';

interface BukuTerbuka {
  /** The name shown to the planner, and the stem of every download. */
  readonly nama: string;
  /** The package the writer adds to: the input itself, or for .xls/.ods an .xlsx copy of it. */
  data: Uint8Array | null;
  buku: BukuTerbaca | null;
  readonly lama: BukuLama | null;
  readonly rentang: Map<string, RentangBaca>;
}

/** Bigger files are refused before they are parsed: the page must stay responsive. */
const BATAS_BYTE = 100 * 1024 * 1024;
let terbuka: BukuTerbuka | null = null;

type Lapor = (teks: string, bagian: number) => void;

const kerja: { [K in Permintaan['op']]: (p: Extract<Permintaan, { op: K }>, lapor: Lapor) => Promise<Hasil[K]> } = {
  async buka({ data, nama }, lapor) {
    const bytes = new Uint8Array(data);
    if (bytes.length > BATAS_BYTE) throw new Error(PESAN_WEB.terlaluBesar(nama, Math.round(bytes.length / 1048576)));
    lapor(PESAN_WEB.membuka, 0.2);
    const jenis = jenisBerkas(bytes);
    if (jenis === 'lain') throw new Error(PESAN_WEB.bukanBukuKerja(nama));
    terbuka = null;
    if (jenis === 'xlsx') {
      const buku = await bukaBuku(bytes, nama).catch(() => {
        throw new Error(PESAN_WEB.rusak(nama));
      });
      terbuka = { nama, data: bytes, buku, lama: null, rentang: new Map() };
    } else {
      // bacaBukuLama says itself when a file is locked or unreadable
      const lama = await bacaBukuLama(bytes, nama);
      terbuka = { nama, data: null, buku: lama, lama, rentang: new Map() };
    }
    return { nama, daftarLembar: [...buku().daftarLembar], lama: jenis !== 'xlsx' };
  },

  /** The first sheet with an indicator header, else the first sheet. */
  async aktif(_p, lapor) {
    const b = buku();
    lapor(PESAN_WEB.mencariLembar, 0.5);
    for (const nama of b.daftarLembar) if (petaKolomOtomatis(bacaRentang(nama).nilai) !== null) return nama;
    return b.daftarLembar[0] ?? '';
  },

  async baca({ lembar }, lapor) {
    lapor(PESAN_WEB.membacaLembar(lembar), 0.3);
    return bacaRentang(lembar);
  },

  async isi({ tabel }, lapor) {
    const t = bukaTerbuka();
    const masukan = basis(t, lapor);
    lapor(PESAN_WEB.menulis, 0.5);
    const hasil = await isiBuku(masukan, namaXlsx(t.nama), tabel).catch(gagalTulis(t.nama));
    const unduhan = { nama: `${batang(t.nama)}-lapkin.xlsx`, data: hasil.data };
    // the filled workbook is the open one from now on, as in the add-in (its tables can be audited)
    terbuka = { nama: unduhan.nama, data: hasil.data, buku: null, lama: null, rentang: new Map() };
    return { lembar: [...hasil.lembar], pemberitahuan: [...hasil.pemberitahuan], unduhan };
  },

  async tandai({ temuan }, lapor) {
    const t = bukaTerbuka();
    if (temuan.length === 0) return { unduhan: null };
    const masukan = basis(t, lapor);
    lapor(PESAN_WEB.menandai, 0.8);
    const data = await tandaiBuku(masukan, namaXlsx(t.nama), temuan as Temuan[]).catch(gagalTulis(t.nama));
    return { unduhan: { nama: `${batang(t.nama)}-diperiksa.xlsx`, data } };
  },

  /** A new workbook: a short how-to sheet and the template (the writer adds to a package). */
  async templat({ tabel }, lapor) {
    lapor(PESAN_WEB.menulis, 0.5);
    const wb = utils.book_new();
    utils.book_append_sheet(wb, utils.aoa_to_sheet(PESAN_WEB.petunjukTemplat.map((b) => [b])), 'Petunjuk');
    const kosong = new Uint8Array(write(wb, { type: 'array', bookType: 'xlsx', compression: true }) as ArrayBuffer);
    const nama = 'templat-lapkin.xlsx';
    const hasil = await isiBuku(kosong, nama, tabel).catch(gagalTulis(nama));
    return { lembar: [...hasil.lembar], unduhan: { nama, data: hasil.data } };
  },
};

function bukaTerbuka(): BukuTerbuka {
  if (terbuka === null) throw new Error(PESAN_WEB.belumAdaBerkas);
  return terbuka;
}

/** The open workbook, read lazily (a filled workbook is read only when the planner looks at it). */
function buku(): BukuTerbaca {
  const t = bukaTerbuka();
  if (t.buku === null) throw new Error(PESAN_WEB.belumAdaBerkas);
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

/** The package the writer adds to; an .xls/.ods input becomes a new .xlsx once, when first needed. */
function basis(t: BukuTerbuka, lapor: Lapor): Uint8Array {
  if (t.data === null && t.lama !== null) {
    lapor(PESAN_WEB.mengubahFormat, 0.3);
    t.data = t.lama.keXlsx();
  }
  if (t.data === null) throw new Error(PESAN_WEB.belumAdaBerkas);
  return t.data;
}

const batang = (nama: string) => nama.replace(/\.(xlsx|xlsm|xls|ods)$/i, '');
const namaXlsx = (nama: string) => `${batang(nama)}.xlsx`;
/** One Indonesian line for the planner, never a library's message or stack. */
const gagalTulis = (nama: string) => (): never => {
  throw new Error(PESAN_WEB.gagalTulis(nama));
};

/** The filled workbook is opened again only when it is read (its tables listed or audited). */
async function pastikanTerbaca(): Promise<void> {
  const t = terbuka;
  if (t !== null && t.buku === null && t.data !== null) {
    const data = t.data;
    t.buku = await bukaBuku(data, t.nama).catch(() => {
      throw new Error(PESAN_WEB.rusak(t.nama));
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
