// Opening and saving .xlsx files. The input is only ever read; output goes to a temporary file
// renamed into place, so a failed write never leaves half a workbook (or touches the input).
import ExcelJS from 'exceljs';
import { randomBytes } from 'node:crypto';
import { rename, rm, stat, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { GalatCli } from './galat-cli';
import { pesan } from './pesan';
import { isiLembarXml, type SelXml } from './sel-xml';
import { rencanaGrafik, tambahLembarAcuan, type GrafikLembar } from './grafik-xlsx';
import { deflateZip, namaEntri } from './zip';

export async function bukaBuku(berkas: string): Promise<ExcelJS.Workbook> {
  const info = await stat(berkas).catch(() => null);
  if (info === null) throw new GalatCli(pesan.berkasTidakAda(berkas));
  if (info.isDirectory()) throw new GalatCli(pesan.bukanBerkas(berkas));
  const wb = new ExcelJS.Workbook();
  try {
    await wb.xlsx.readFile(berkas);
  } catch {
    throw new GalatCli(pesan.bukanXlsx(berkas));
  }
  return wb;
}

/** Checks an output path before any work is done: .xlsx (or .docx), not the input, not existing unless timpa. */
export async function periksaKeluaran(keluar: string, opsi: { masukan?: string; timpa: boolean; docx?: boolean }): Promise<void> {
  const ekstensi = opsi.docx ? '.docx' : '.xlsx';
  if (path.extname(keluar).toLowerCase() !== ekstensi) throw new GalatCli((opsi.docx ? pesan.keluaranBukanDocx : pesan.keluaranBukanXlsx)(keluar));
  if (opsi.masukan !== undefined && path.resolve(opsi.masukan) === path.resolve(keluar)) {
    throw new GalatCli(pesan.keluaranSamaMasukan(keluar));
  }
  const info = await stat(keluar).catch(() => null);
  if (info?.isDirectory()) throw new GalatCli(pesan.bukanBerkas(keluar));
  if (info !== null && !opsi.timpa) throw new GalatCli(pesan.keluaranAda(keluar));
  const folder = await stat(path.dirname(path.resolve(keluar))).catch(() => null);
  if (!folder?.isDirectory()) throw new GalatCli(pesan.folderTidakAda(path.dirname(keluar)));
}

/** Writes bytes through a temporary file renamed into place (a failed write leaves nothing). */
export async function simpanBerkas(keluar: string, data: Uint8Array): Promise<void> {
  const sementara = path.join(path.dirname(keluar), `.${path.basename(keluar)}.${randomBytes(4).toString('hex')}.tmp`);
  try {
    await writeFile(sementara, data);
    await rename(sementara, keluar);
  } catch (err) {
    await rm(sementara, { force: true });
    throw galatTulis(keluar, err);
  }
}

function galatTulis(keluar: string, err: unknown): GalatCli {
  const kode = (err as NodeJS.ErrnoException).code;
  const alasan = kode === 'EACCES' || kode === 'EPERM' ? pesan.tanpaIzin : err instanceof Error ? err.message : String(err);
  return new GalatCli(pesan.gagalMenulis(keluar, alasan));
}

/** Saves the workbook; tables written with `selXml` get their cells here (sel-xml.ts), tables
 *  with a chart their chart parts (grafik-xlsx.ts). */
export async function simpanBuku(
  wb: ExcelJS.Workbook,
  keluar: string,
  selXml: readonly SelXml[] = [],
  grafik: readonly GrafikLembar[] = [],
): Promise<void> {
  const sementara = path.join(path.dirname(keluar), `.${path.basename(keluar)}.${randomBytes(4).toString('hex')}.tmp`);
  try {
    const acuan = tambahLembarAcuan(wb, grafik);
    const tersimpan = await wb.xlsx.writeBuffer({ zip: { compression: 'STORE' } } as ExcelJS.XlsxWriteOptions);
    // exceljs saves worksheet n as xl/worksheets/sheet<n>.xml
    const perBagian = new Map(selXml.map((s) => [`xl/worksheets/sheet${s.lembar.id}.xml`, s]));
    const zip = Buffer.from(tersimpan);
    const rencana = rencanaGrafik(grafik.length > 0 ? namaEntri(zip) : [], grafik, acuan);
    const isi = (nama: string, data: Buffer) => {
      const sel = perBagian.get(nama);
      return rencana.ubah(nama, sel === undefined ? data : Buffer.from(isiLembarXml(data.toString('utf8'), sel)));
    };
    await writeFile(sementara, await deflateZip(zip, isi, rencana.tambahan));
    await rename(sementara, keluar);
  } catch (err) {
    await rm(sementara, { force: true });
    throw galatTulis(keluar, err);
  }
}
