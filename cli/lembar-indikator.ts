// Finds the indicator sheet of a workbook (the named one, or the first whose header the core
// recognises) and reads it into the model. Any problem the reader reports stops the command:
// a figure read wrongly would silently change every NPS above it.
import type { Workbook } from 'exceljs';
import { bacaRentang, type Bacaan, type ModelLapkin } from '../core/index';
import { bacaNilaiLembar } from './baca-xlsx';
import { GalatCli } from './galat-cli';
import { pesan } from './pesan';

/** Sheets at least this tall get a progress line on stderr. */
export const BARIS_BESAR = 1000;

export interface LembarIndikator {
  readonly nama: string;
  readonly model: ModelLapkin;
  /** The read the pipeline goes on from (columns detected once). */
  readonly bacaan: Bacaan & { model: ModelLapkin };
}

export function cariLembarIndikator(
  wb: Workbook,
  berkas: string,
  namaLembar: string | undefined,
  lapor: (teks: string) => void,
): LembarIndikator {
  const calon = namaLembar === undefined ? wb.worksheets : [lembarBernama(wb, berkas, namaLembar)];
  // without --lembar, a sheet missing a column may not be the one meant: keep looking
  let tanpaKolom: GalatCli | undefined;
  let tanpaJudul: GalatCli | undefined;
  for (const ws of calon) {
    const { nilai, barisAwal, kolomAwal } = bacaNilaiLembar(ws);
    if (nilai.length >= BARIS_BESAR) lapor(`${pesan.kemajuanHitung(nilai.length, ws.name)}\n`);
    const bacaan = bacaRentang({ lembar: ws.name, nilai, barisAwal, kolomAwal });
    const { model, masalah } = bacaan;
    const galat = masalah.length > 0 ? new GalatCli(pesan.masalah(berkas, ws.name, masalah[0], masalah.length - 1)) : undefined;
    if (model === null) {
      tanpaJudul ??= galat;
      continue;
    }
    // a header with an unreadable cell below it is the sheet meant
    if (galat !== undefined) throw galat;
    const kurang = kolomKurang(model);
    if (kurang === undefined) return { nama: ws.name, model, bacaan: { ...bacaan, model } };
    tanpaKolom ??= new GalatCli(pesan.kolomTidakAda(berkas, ws.name, kurang, model.barisHeader));
  }
  throw tanpaKolom ?? (namaLembar !== undefined ? tanpaJudul : undefined) ?? new GalatCli(pesan.headerTidakDitemukan(berkas));
}

/** Capaian needs a target and a realisasi: annual, or per month / quarter. */
function kolomKurang(model: ModelLapkin): string | undefined {
  const peran = Object.keys(model.peta.peran);
  if (!peran.some((p) => p === 'target' || /^bulan\d+$/.test(p))) return 'Target';
  if (!peran.some((p) => p === 'realisasi' || /^realisasiBulan\d+$/.test(p))) return 'Realisasi';
  return undefined;
}

export function lembarBernama(wb: Workbook, berkas: string, nama: string) {
  const ws = wb.worksheets.find((w) => w.name === nama) ?? wb.worksheets.find((w) => w.name.toLowerCase() === nama.toLowerCase());
  if (ws === undefined) throw new GalatCli(pesan.lembarTidakAda(berkas, nama, wb.worksheets.map((w) => w.name)));
  return ws;
}
