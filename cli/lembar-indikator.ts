// Finds the indicator sheet of a workbook (the named one, or the first whose header the core
// recognises) and reads it into the model. Any problem the reader reports stops the command:
// a figure read wrongly would silently change every NPS above it.
import type { Workbook } from 'exceljs';
import { bacaLembar } from '../core/baca-lembar';
import type { ModelLapkin } from '../core/model';
import { bacaNilaiLembar } from './baca-xlsx';
import { GalatCli } from './galat-cli';
import { pesan } from './pesan';

/** Sheets at least this tall get a progress line on stderr. */
export const BARIS_BESAR = 1000;

export interface LembarIndikator {
  readonly nama: string;
  readonly model: ModelLapkin;
}

export function cariLembarIndikator(
  wb: Workbook,
  berkas: string,
  namaLembar: string | undefined,
  lapor: (teks: string) => void,
): LembarIndikator {
  const calon = namaLembar === undefined ? wb.worksheets : [lembarBernama(wb, berkas, namaLembar)];
  let galatPertama: GalatCli | undefined;
  for (const ws of calon) {
    const { nilai, barisAwal, kolomAwal } = bacaNilaiLembar(ws);
    if (nilai.length >= BARIS_BESAR) lapor(`${pesan.kemajuanHitung(nilai.length, ws.name)}\n`);
    const hasil = bacaLembar(nilai, { barisAwal, kolomAwal });
    const masalah = hasil.masalah[0];
    if (hasil.model !== null && masalah === undefined) return { nama: ws.name, model: hasil.model };
    // a header with a bad cell is the sheet meant; a sheet missing a column may be, if none fits
    if (masalah !== undefined) {
      const galat = new GalatCli(pesan.masalah(berkas, ws.name, masalah, hasil.masalah.length - 1));
      if (hasil.model !== null) throw galat;
      galatPertama ??= galat;
    }
  }
  throw galatPertama ?? new GalatCli(pesan.headerTidakDitemukan(berkas, namaLembar));
}

export function lembarBernama(wb: Workbook, berkas: string, nama: string) {
  const ws = wb.worksheets.find((w) => w.name === nama) ?? wb.worksheets.find((w) => w.name.toLowerCase() === nama.toLowerCase());
  if (ws === undefined) throw new GalatCli(pesan.lembarTidakAda(berkas, nama, wb.worksheets.map((w) => w.name)));
  return ws;
}
