// The page's worker: it holds the open workbook and runs the whole pipeline (read, detect, score,
// build, write, audit) through the same mesinLokal the Excel and Sheets panels run, over a Host on
// the open file; the page gets progress lines, small summaries and the downloaded bytes, so a
// 20,000-row workbook never holds up the page. Requests come one at a time (the panel runs one
// action at once).
import { petaKolomOtomatis, type RentangBaca, type TabelSpec, type Temuan } from '../core/index';
import { bukaBerkas, bukaBuku, GalatBuku, isiBuku, jenisBerkas, tandaiBuku, type BukuTerbaca } from '../xlsx/index';
import type { Host } from '../ui/host';
import { mesinLokal, type Mesin } from '../ui/mesin';
import { TEKS_WEB } from '../ui/teks';
import { potongRentang, uraiAlamat } from './alamat';
import { potongPratinjau } from './potong-pratinjau';
import type { Balasan, Hasil, Permintaan, Unduhan } from './protokol';
import { padatkanBrowser } from './padatkan-browser';

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
const ID_TEMPLAT = 'templat';
let terbuka: BukuTerbuka | null = null;

type Lapor = (teks: string, bagian?: number) => void;

/** What the current request wrote, for the page to download (at most one file per action). */
let unduhanBaru: Unduhan | null = null;
/** Progress of the current request (the host's table-by-table writing reports through it). */
let laporKini: Lapor = () => {};

/** The open workbook; a new one (opened, or filled) forgets what the pipeline had read. */
function buka(b: BukuTerbuka | null): void {
  terbuka = b;
  mesin = mesinLokal(hostBerkas);
}

// ---- the workbook's file operations (what a Host does in Excel, done on the open package) ----

async function tulisIsi(tabel: readonly TabelSpec[], kemajuan?: (ditulis: number) => void) {
  const t = bukaTerbuka();
  // the pipeline reports table by table; a bare write says it writes
  if (kemajuan === undefined) laporKini(TEKS_WEB.menulis, 0.5);
  const hasil = await isiBuku(t.data, namaXlsx(t.nama), tabel, { padatkan: padatkanBrowser, ...(kemajuan && { kemajuan }) }).catch(
    gagalTulis(t.nama),
  );
  const unduhan = { nama: `${batang(t.nama)}-lapkin.xlsx`, data: hasil.data };
  // the filled workbook is the open one from now on, as in the add-in (its tables can be audited)
  buka({ nama: unduhan.nama, data: hasil.data, buku: null, rentang: new Map() });
  unduhanBaru = unduhan;
  return { lembar: [...hasil.lembar], pemberitahuan: [...hasil.pemberitahuan], unduhan };
}

async function tulisTandai(temuan: readonly Temuan[]): Promise<Unduhan | null> {
  const t = bukaTerbuka();
  if (temuan.length === 0) return null;
  laporKini(TEKS_WEB.menandai, 0.8);
  const data = await tandaiBuku(t.data, namaXlsx(t.nama), temuan).catch(gagalTulis(t.nama));
  unduhanBaru = { nama: `${batang(t.nama)}-diperiksa.xlsx`, data };
  return unduhanBaru;
}

/** A new workbook: a short how-to sheet and the template (the writer adds to a package). */
async function tulisTemplat(tabel: readonly TabelSpec[]) {
  laporKini(TEKS_WEB.menulis, 0.5);
  // SheetJS runs only when asked for (here and for .xls/.ods): not at the worker's start
  const { utils, write } = await import('@e965/xlsx');
  const wb = utils.book_new();
  utils.book_append_sheet(wb, utils.aoa_to_sheet(TEKS_WEB.petunjukTemplat.map((b) => [b])), 'Petunjuk');
  const kosong = new Uint8Array(write(wb, { type: 'array', bookType: 'xlsx', compression: true }) as ArrayBuffer);
  const nama = 'templat-lapkin.xlsx';
  const hasil = await isiBuku(kosong, nama, tabel, { padatkan: padatkanBrowser }).catch(gagalTulis(nama));
  unduhanBaru = { nama, data: hasil.data };
  return { lembar: [...hasil.lembar], unduhan: unduhanBaru };
}

/** The first sheet with an indicator header, else the first sheet. */
async function lembarAktif(): Promise<string> {
  const b = await buku();
  for (const nama of b.daftarLembar) if (petaKolomOtomatis((await bacaRentang(nama)).nilai) !== null) return nama;
  return b.daftarLembar[0] ?? '';
}

/** The Host the pipeline runs over in the worker: the open file, read and added to. */
const hostBerkas: Host = {
  nama: 'berkas',
  daftarLembar: async () => [...(await buku()).daftarLembar],
  lembarAktif,
  bacaLembar: (lembar) => bacaRentang(lembar),
  async bacaRentang(alamat) {
    const a = uraiAlamat(alamat);
    const b = await buku();
    const lembar = a?.lembar ?? (await lembarAktif());
    if (a === null || !b.daftarLembar.includes(lembar)) throw new Error(TEKS_WEB.alamatRentangSalah(alamat));
    return potongRentang(await bacaRentang(lembar), a);
  },
  async tulisTabel(tabel, kemajuan) {
    if (tabel.length === 1 && tabel[0]?.id === ID_TEMPLAT) return tulisTemplat(tabel);
    return tulisIsi(tabel, kemajuan);
  },
  async tandaiTemuan(temuan) {
    await tulisTandai(temuan);
  },
  async pilihSel() {},
};

let mesin: Mesin = mesinLokal(hostBerkas);

const kerja: { [K in Permintaan['op']]: (p: Extract<Permintaan, { op: K }>, lapor: Lapor) => Promise<Hasil[K]> } = {
  async buka({ data, nama }, lapor) {
    const bytes = new Uint8Array(data);
    if (bytes.length > BATAS_BYTE) throw new Error(TEKS_WEB.terlaluBesar(nama, Math.round(bytes.length / 1048576)));
    lapor(TEKS_WEB.membuka, 0.2);
    const jenis = jenisBerkas(bytes);
    if (jenis === 'lain') throw new Error(TEKS_WEB.bukanBukuKerja(nama));
    buka(null);
    if (jenis !== 'xlsx') lapor(TEKS_WEB.mengubahFormat, 0.3);
    // the old-format reader says itself when a file is locked or unreadable; other failures are one line
    const { buku: b } = await bukaBerkas(bytes, nama).catch((err: unknown) => {
      throw jenis !== 'xlsx' && err instanceof GalatBuku ? err : new Error(TEKS_WEB.rusak(nama));
    });
    buka({ nama, data: b.paket.data, buku: b, rentang: new Map() });
    return { nama, daftarLembar: [...b.daftarLembar], lama: jenis !== 'xlsx' };
  },

  async aktif(_p, lapor) {
    lapor(TEKS_WEB.mencariLembar, 0.5);
    return lembarAktif();
  },

  async baca({ lembar }, lapor) {
    lapor(TEKS_WEB.membacaLembar(lembar), 0.3);
    return bacaRentang(lembar);
  },

  isi: ({ tabel }) => tulisIsi(tabel),
  tandai: async ({ temuan }) => ({ unduhan: await tulisTandai(temuan) }),
  templat: ({ tabel }) => tulisTemplat(tabel),

  // the pipeline: the same steps as in Excel, over the open file
  deteksi: ({ lembar, peta }, lapor) => mesin.deteksi(lembar, peta, lapor),
  isiTabel: async ({ d, pilihan, tabel }, lapor) => ({ ringkas: await mesin.isiTabel(d, pilihan, tabel, lapor), unduhan: unduhanBaru }),
  periksa: async ({ lembar, skema }, lapor) => ({ hasil: await mesin.periksa(lembar, skema, lapor), unduhan: unduhanBaru }),
  buatTemplat: async (_p, lapor) => ({ lembar: await mesin.buatTemplat(lapor), unduhan: unduhanBaru }),
  grafikLaporan: ({ d, pilihan }, lapor) => mesin.grafikLaporan(d, pilihan, lapor),
  laporan: ({ d, pilihan, gambar }, lapor) => mesin.laporan(d, pilihan, gambar, lapor),

  async pratinjau({ lembar, baris, kolom }) {
    const b = await buku();
    if (!b.daftarLembar.includes(lembar)) return null;
    return potongPratinjau(await bacaRentang(lembar), baris, kolom);
  },
};

function bukaTerbuka(): BukuTerbuka {
  if (terbuka === null) throw new Error(TEKS_WEB.belumAdaBerkas);
  return terbuka;
}

/** The open workbook, read lazily (a filled workbook is read only when the planner looks at it). */
async function buku(): Promise<BukuTerbaca> {
  const t = bukaTerbuka();
  if (t.buku === null) {
    t.buku = await bukaBuku(t.data, t.nama).catch(() => {
      throw new Error(TEKS_WEB.rusak(t.nama));
    });
  }
  return t.buku;
}

async function bacaRentang(lembar: string): Promise<RentangBaca> {
  const t = bukaTerbuka();
  let r = t.rentang.get(lembar);
  if (r === undefined) {
    r = (await buku()).bacaLembar(lembar);
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

function kirim(b: Balasan, pindah: Transferable[] = []): void {
  (self as unknown as Worker).postMessage(b, pindah);
}

self.onmessage = async (e: MessageEvent<{ id: number; p: Permintaan }>) => {
  const { id, p } = e.data;
  const lapor: Lapor = (teks, bagian = 0) => kirim({ id, kemajuan: { teks, bagian } });
  unduhanBaru = null;
  laporKini = lapor;
  try {
    const hasil = await (kerja[p.op] as (p: Permintaan, l: Lapor) => Promise<unknown>)(p, lapor);
    // a copy of a download goes to the page; the worker keeps its own (the open workbook)
    const u = (hasil as { unduhan?: Unduhan | null } | null)?.unduhan;
    const salinan = u ? { ...(hasil as object), unduhan: { nama: u.nama, data: u.data.slice() } } : hasil;
    const pindah = u ? [(salinan as { unduhan: Unduhan }).unduhan.data.buffer] : [];
    kirim({ id, ok: true, hasil: salinan }, pindah);
  } catch (err) {
    kirim({ id, ok: false, pesan: err instanceof Error ? err.message : String(err) });
  } finally {
    unduhanBaru = null;
    laporKini = () => {};
  }
};
