// Finds the indicator sheet of a workbook (the named one, or the first whose header the core
// recognises) and reads it into the model, as the planner sees it (percent formats, hidden rows
// and columns). A row with an unreadable cell is left out and listed, like in the panel; with
// --ketat the first problem stops the command instead.
import type { Workbook } from 'exceljs';
import { bacaRentang } from '../core/baca-rentang';
import type { Masalah, ModelLapkin } from '../core/model';
import { bacaNilaiLembar } from './baca-xlsx';
import { GalatCli } from './galat-cli';
import { pesan } from './pesan';

/** Sheets at least this tall get a progress line on stderr. */
export const BARIS_BESAR = 1000;

export interface LembarIndikator {
  readonly nama: string;
  readonly model: ModelLapkin;
  /** Problems and notices of the sheet read (empty with ketat: the first problem throws). */
  readonly masalah: readonly Masalah[];
}

export function cariLembarIndikator(
  wb: Workbook,
  berkas: string,
  namaLembar: string | undefined,
  lapor: (teks: string) => void,
  ketat = false,
): LembarIndikator {
  const calon = namaLembar === undefined ? wb.worksheets : [lembarBernama(wb, berkas, namaLembar)];
  // without --lembar, a sheet missing a column may not be the one meant: keep looking
  let tanpaKolom: GalatCli | undefined;
  let tanpaJudul: GalatCli | undefined;
  for (const ws of calon) {
    const rentang = bacaNilaiLembar(ws);
    if (rentang.nilai.length >= BARIS_BESAR) lapor(`${pesan.kemajuanHitung(rentang.nilai.length, ws.name)}\n`);
    const { model, masalah } = bacaRentang(rentang);
    const galat = (daftar: readonly Masalah[]) =>
      daftar.length > 0 ? new GalatCli(pesan.masalah(berkas, ws.name, daftar[0], daftar.length - 1)) : undefined;
    if (model === null) {
      tanpaJudul ??= galat(masalah);
      continue;
    }
    // a header with an unreadable cell below it is the sheet meant
    const masalahSaja = masalah.filter((m) => !m.catatan);
    if (ketat && masalahSaja.length > 0) throw galat(masalahSaja);
    const kurang = kolomKurang(model);
    if (kurang === undefined) return { nama: ws.name, model, masalah };
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

/** Lists the sheet's problems and notices on stderr, one per line; the exit code says whether any row was left out. */
export function laporMasalah(berkas: string, lembar: LembarIndikator, lapor: (teks: string) => void): number {
  for (const m of lembar.masalah) lapor(`${m.catatan ? pesan.catatanBaris(berkas, lembar.nama, m) : pesan.masalah(berkas, lembar.nama, m, 0)}\n`);
  return lembar.masalah.some((m) => !m.catatan) ? ADA_MASALAH : 0;
}

/** Exit code of hitung and isi when they finished but left rows with unreadable cells out. */
export const ADA_MASALAH = 2;

export function lembarBernama(wb: Workbook, berkas: string, nama: string) {
  const ws = wb.worksheets.find((w) => w.name === nama) ?? wb.worksheets.find((w) => w.name.toLowerCase() === nama.toLowerCase());
  if (ws === undefined) throw new GalatCli(pesan.lembarTidakAda(berkas, nama, wb.worksheets.map((w) => w.name)));
  return ws;
}
