// Opening .xlsx, .xls and .ods files and saving .xlsx files. The input is only ever read (through the file host in xlsx/);
// output goes to a temporary file created exclusively, then moved into place, so a failed or
// interrupted write never leaves half a workbook, never touches the input and never replaces a
// file the user did not ask to replace.
import type ExcelJS from 'exceljs';
import { randomBytes } from 'node:crypto';
import { link, readFile, readdir, realpath, rename, rm, stat, unlink, writeFile } from 'node:fs/promises';
import { rmSync } from 'node:fs';
import path from 'node:path';
import { bukaBerkas, GalatBuku, type BukuXlsx } from '../xlsx/index';
import { GalatCli } from './galat-cli';
import { pesan } from './pesan';
import { isiLembarXml, type SelXml } from './sel-xml';
import { deflateZip } from './zip';

export async function bukaBuku(berkas: string): Promise<BukuXlsx> {
  const info = await stat(berkas).catch(() => null);
  if (info === null) throw new GalatCli(pesan.berkasTidakAda(berkas));
  if (info.isDirectory()) throw new GalatCli(pesan.bukanBerkas(berkas));
  const data = await readFile(berkas);
  try {
    return (await bukaBerkas(new Uint8Array(data.buffer, data.byteOffset, data.length), berkas)).buku;
  } catch (err) {
    throw sebagaiGalatCli(err);
  }
}

/** The file host's message as the command's one line. */
export function sebagaiGalatCli(err: unknown): unknown {
  return err instanceof GalatBuku ? new GalatCli(err.message) : err;
}

/** Checks an output path before any work is done: .xlsx (or .docx), not the input, not existing unless timpa. */
export async function periksaKeluaran(keluar: string, opsi: { masukan?: string; timpa: boolean; docx?: boolean }): Promise<void> {
  const ekstensi = opsi.docx ? '.docx' : '.xlsx';
  if (path.extname(keluar).toLowerCase() !== ekstensi)
    throw new GalatCli((opsi.docx ? pesan.keluaranBukanDocx : pesan.keluaranBukanXlsx)(keluar));
  if (opsi.masukan !== undefined && (await berkasSama(opsi.masukan, keluar))) throw new GalatCli(pesan.keluaranSamaMasukan(keluar));
  const info = await stat(keluar).catch(() => null);
  if (info?.isDirectory()) throw new GalatCli(pesan.bukanBerkas(keluar));
  if (info !== null && !opsi.timpa) throw new GalatCli(pesan.keluaranAda(keluar));
  const folder = await stat(path.dirname(path.resolve(keluar))).catch(() => null);
  if (!folder?.isDirectory()) throw new GalatCli(pesan.folderTidakAda(path.dirname(keluar)));
}

/**
 * Whether two paths name one file: the same path once '..' and symlinks are resolved, or the same
 * file on disk (a hard link, another case on a case-insensitive file system).
 */
export async function berkasSama(a: string, b: string): Promise<boolean> {
  if (path.resolve(a) === path.resolve(b)) return true;
  const [ra, rb] = await Promise.all([realpath(a).catch(() => null), realpath(b).catch(() => null)]);
  if (ra !== null && ra === rb) return true;
  const [sa, sb] = await Promise.all([stat(a).catch(() => null), stat(b).catch(() => null)]);
  return sa !== null && sb !== null && sa.dev === sb.dev && sa.ino === sb.ino;
}

const AKHIRAN_SEMENTARA = '.lapkin-tmp';
/** A temporary file this old beside the output is a leftover of a killed run. */
const SISA_LAMA_MS = 10 * 60 * 1000;

function namaSementara(keluar: string): string {
  return path.join(path.dirname(keluar), `.${path.basename(keluar)}.${randomBytes(4).toString('hex')}${AKHIRAN_SEMENTARA}`);
}

/** Removes temporary files an earlier run killed outright (SIGKILL, power loss) left beside the output. */
async function hapusSisaLama(keluar: string): Promise<void> {
  const folder = path.dirname(path.resolve(keluar));
  const awal = `.${path.basename(keluar)}.`;
  const pola = /^[0-9a-f]{8}\.lapkin-tmp$/;
  const nama = await readdir(folder).catch(() => [] as string[]);
  const sekarang = Date.now();
  for (const n of nama) {
    if (!n.startsWith(awal) || !pola.test(n.slice(awal.length))) continue;
    const p = path.join(folder, n);
    const info = await stat(p).catch(() => null);
    if (info?.isFile() && sekarang - info.mtimeMs > SISA_LAMA_MS) await unlink(p).catch(() => undefined);
  }
}

/**
 * Writes bytes (or pieces written one after another) to `keluar`: a temporary file created exclusively beside it, then linked into place
 * when the output must not exist yet (so a file made meanwhile is never replaced), or renamed over
 * it with timpa. The temporary file is removed on every exit path, SIGINT and SIGTERM included.
 */
export async function tulisBerkas(
  keluar: string,
  data: Uint8Array | readonly Uint8Array[],
  opsi: { timpa: boolean; masukan?: string },
): Promise<void> {
  await hapusSisaLama(keluar);
  const sementara = namaSementara(keluar);
  const bersihkan = () => rmSync(sementara, { force: true });
  const sinyal = (s: NodeJS.Signals) => {
    bersihkan();
    process.exit(s === 'SIGINT' ? 130 : 143);
  };
  process.once('SIGINT', sinyal);
  process.once('SIGTERM', sinyal);
  process.once('exit', bersihkan);
  try {
    await writeFile(sementara, data, { flag: 'wx' });
    // checked again just before: the output may have become the input (a symlink made meanwhile)
    if (opsi.masukan !== undefined && (await berkasSama(opsi.masukan, keluar))) throw new GalatCli(pesan.keluaranSamaMasukan(keluar));
    if (opsi.timpa) await rename(sementara, keluar);
    else {
      await link(sementara, keluar);
      await unlink(sementara);
    }
  } catch (err) {
    await rm(sementara, { force: true });
    if (err instanceof GalatCli) throw err;
    const kode = (err as NodeJS.ErrnoException).code;
    if (kode === 'EEXIST') throw new GalatCli(pesan.keluaranAda(keluar));
    const alasan = kode === 'EACCES' || kode === 'EPERM' ? pesan.tanpaIzin : err instanceof Error ? err.message : String(err);
    throw new GalatCli(pesan.gagalMenulis(keluar, alasan));
  } finally {
    process.off('SIGINT', sinyal);
    process.off('SIGTERM', sinyal);
    process.off('exit', bersihkan);
  }
}

/** Saves an exceljs workbook (the template); tables written with `selXml` get their cells here (sel-xml.ts). */
export async function simpanBuku(wb: ExcelJS.Workbook, keluar: string, selXml: readonly SelXml[] = [], timpa = true): Promise<void> {
  let data: Buffer;
  try {
    const tersimpan = await wb.xlsx.writeBuffer({ zip: { compression: 'STORE' } } as ExcelJS.XlsxWriteOptions);
    // exceljs saves worksheet n as xl/worksheets/sheet<n>.xml
    const perBagian = new Map(selXml.map((s) => [`xl/worksheets/sheet${s.lembar.id}.xml`, s]));
    const isi = (nama: string, d: Buffer) => {
      const sel = perBagian.get(nama);
      return sel === undefined ? d : Buffer.from(isiLembarXml(d.toString('utf8'), sel));
    };
    data = await deflateZip(Buffer.from(tersimpan), isi);
  } catch (err) {
    throw new GalatCli(pesan.gagalMenulis(keluar, err instanceof Error ? err.message : String(err)));
  }
  await tulisBerkas(keluar, data, { timpa });
}
