// The file host: a workbook package (bytes in, bytes out) read and written without Office and
// without Node APIs, so the `lapkin` command and the web page share it. The input package is
// never re-saved: lapkin's parts are added to it.
import type { RentangBaca, TabelSpec, Temuan } from '../core/index';
import { bukaBukuSinkron, type BukuXlsx, type OpsiBaca } from './baca';
import { jenisBerkas, type JenisBerkas } from './jenis-berkas';
import { tandaiBukuSinkron } from './tandai';
import { opsiGrafik } from './grafik/index';
import { tulisIsiBuku, type OpsiIsiBuku } from './tulis';

export type { BagianTambahan, LembarBaru, OpsiIsiBuku, PadatkanBagian } from './tulis';
export { NAMA_LEMBAR_ACUAN, opsiGrafik } from './grafik/index';

export { GalatBuku } from './galat';
export { jenisBerkas, type JenisBerkas } from './jenis-berkas';
export type { BukuXlsx, OpsiBaca, RentangBuku } from './baca';
export { BATAS_LEMBAR } from './lembar-xml';
export { BATAS, crc32, DEFLATE_LEVEL, gabungPotongan, padatkan, type BagianPadat, type BuatPemadat } from './paket';

export interface BukuTerbaca {
  /** Sheet names in workbook order. */
  readonly daftarLembar: readonly string[];
  /** One sheet as core reads it (values, number formats, hidden rows/columns, merges). */
  bacaLembar(nama: string): RentangBaca;
}

export interface HasilIsiBuku {
  /** The input package with lapkin's sheets added (a rerun replaces only lapkin's own). */
  readonly data: Uint8Array;
  /** The same bytes as pieces in order (a file host writes them one after another instead of `data`). */
  readonly potongan: readonly Uint8Array[];
  /** Names of the sheets written, one per table. */
  readonly lembar: readonly string[];
  /** Notes for the planner (a text cut to the cell limit, ...), in Indonesian. */
  readonly pemberitahuan: readonly string[];
}

/** Opens a package for reading; each sheet is streamed when asked. Throws GalatBuku (Indonesian, naming the file). */
export async function bukaBuku(data: Uint8Array, namaBerkas: string, opsi: OpsiBaca = {}): Promise<BukuXlsx> {
  return bukaBukuSinkron(data, namaBerkas, opsi);
}
/**
 * Opens any workbook file the file hosts take: an .xlsx package as it is, an .xls or .ods (read by
 * SheetJS, loaded only then) as a new .xlsx package holding its sheets' values, number formats and
 * merges. The command and the web page both read and add to the package this gives.
 */
export async function bukaBerkas(data: Uint8Array, namaBerkas: string, opsi: OpsiBaca = {}): Promise<{ buku: BukuXlsx; jenis: JenisBerkas }> {
  const jenis = jenisBerkas(data);
  if (jenis !== 'xls' && jenis !== 'ods') return { buku: bukaBukuSinkron(data, namaBerkas, opsi), jenis };
  const { bacaBukuLama } = await import('./lama');
  const lama = await bacaBukuLama(data, namaBerkas);
  return { buku: bukaBukuSinkron(lama.keXlsx(), namaBerkas, opsi), jenis };
}
/** The input package with lapkin's table sheets and their charts added (see tulis.ts), the same in
 *  every file host (the command and the page); `opsi` replaces the chart parts where given. */
export async function isiBuku(data: Uint8Array, namaBerkas: string, tabel: readonly TabelSpec[], opsi: OpsiIsiBuku = {}): Promise<HasilIsiBuku> {
  return tulisIsiBuku(data, namaBerkas, tabel, { ...opsiGrafik(tabel), ...opsi });
}
/** A copy of the package with each finding marked (fill and note); values unchanged, every other part byte for byte. */
export async function tandaiBuku(data: Uint8Array, namaBerkas: string, temuan: readonly Temuan[]): Promise<Uint8Array> {
  return tandaiBukuSinkron(data, namaBerkas, temuan);
}
