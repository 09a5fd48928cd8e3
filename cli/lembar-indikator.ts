// Finds the indicator sheet of a workbook (the named one, or the first whose header the core
// recognises) and reads it into the model, as the planner sees it (percent formats, hidden rows
// and columns). A row with an unreadable cell is left out and listed, like in the panel; with
// --ketat the first problem stops the command instead.
import { bacaRentang, type Bacaan, type Masalah, type ModelLapkin } from '../core/index';
import type { BukuXlsx, RentangBuku } from '../xlsx/index';
import { sebagaiGalatCli } from './buku';
import { GalatCli } from './galat-cli';
import { pesan } from './pesan';

/** Sheets at least this tall get a progress line on stderr. */
export const BARIS_BESAR = 1000;

/** Exit code of hitung and isi when they finished but left rows with unreadable cells out. */
export const ADA_MASALAH = 2;

export interface LembarIndikator {
  readonly nama: string;
  readonly model: ModelLapkin;
  /** The read the pipeline goes on from (columns detected once). */
  readonly bacaan: Bacaan & { model: ModelLapkin };
  /** Problems and notices of the sheet read, the file host's first (empty with ketat: the first problem throws). */
  readonly masalah: readonly Masalah[];
}

export function cariLembarIndikator(
  buku: BukuXlsx,
  berkas: string,
  namaLembar: string | undefined,
  lapor: (teks: string) => void,
  ketat = false,
): LembarIndikator {
  const calon = namaLembar === undefined ? buku.daftarLembar : [lembarBernama(buku, berkas, namaLembar)];
  // without --lembar, a sheet missing a column may not be the one meant: keep looking
  let tanpaKolom: GalatCli | undefined;
  let tanpaJudul: GalatCli | undefined;
  for (const nama of calon) {
    const rentang = bacaLembarBuku(buku, nama);
    if (rentang.nilai.length >= BARIS_BESAR) lapor(`${pesan.kemajuanHitung(rentang.nilai.length, nama)}\n`);
    const bacaan = bacaRentang(rentang);
    // the model holds what is needed of the sheet: its cells need not stay in memory
    buku.lepasLembar(nama);
    const { model } = bacaan;
    const masalah = [...rentang.masalah, ...bacaan.masalah];
    const galat = (daftar: readonly Masalah[]) =>
      daftar[0] !== undefined ? new GalatCli(pesan.masalah(berkas, nama, daftar[0], daftar.length - 1)) : undefined;
    if (model === null) {
      tanpaJudul ??= galat(masalah);
      continue;
    }
    // a header with an unreadable cell below it is the sheet meant
    const masalahSaja = masalah.filter((m) => !m.catatan);
    if (ketat && masalahSaja.length > 0) throw galat(masalahSaja);
    const kurang = kolomKurang(model);
    if (kurang === undefined) return { nama, model, bacaan: { ...bacaan, model }, masalah };
    tanpaKolom ??= new GalatCli(pesan.kolomTidakAda(berkas, nama, kurang, model.barisHeader));
  }
  throw tanpaKolom ?? (namaLembar !== undefined ? tanpaJudul : undefined) ?? new GalatCli(pesan.headerTidakDitemukan(berkas));
}

/** Lists the sheet's problems and notices on stderr, one per line; the exit code says whether any row was left out. */
export function laporMasalah(berkas: string, lembar: LembarIndikator, lapor: (teks: string) => void): number {
  for (const m of lembar.masalah)
    lapor(`${m.catatan ? pesan.catatanBaris(berkas, lembar.nama, m) : pesan.masalah(berkas, lembar.nama, m, 0)}\n`);
  return lembar.masalah.some((m) => !m.catatan) ? ADA_MASALAH : 0;
}

/** One sheet through the file host; its messages become the command's. */
export function bacaLembarBuku(buku: BukuXlsx, nama: string): RentangBuku {
  try {
    return buku.bacaLembar(nama);
  } catch (err) {
    throw sebagaiGalatCli(err);
  }
}

/** Capaian needs a target and a realisasi: annual, or per month / quarter. */
function kolomKurang(model: ModelLapkin): string | undefined {
  const peran = Object.keys(model.peta.peran);
  if (!peran.some((p) => p === 'target' || /^bulan\d+$/.test(p))) return 'Target';
  if (!peran.some((p) => p === 'realisasi' || /^realisasiBulan\d+$/.test(p))) return 'Realisasi';
  return undefined;
}

export function lembarBernama(buku: BukuXlsx, berkas: string, nama: string): string {
  const ada = buku.daftarLembar;
  const n = ada.find((w) => w === nama) ?? ada.find((w) => w.toLowerCase() === nama.toLowerCase());
  if (n === undefined) throw new GalatCli(pesan.lembarTidakAda(berkas, nama, ada));
  return n;
}
