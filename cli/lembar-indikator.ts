// Finds the indicator sheet of a workbook (the named one, or the first whose header the core
// recognises) and reads it into the model. Any problem the reader reports stops the command:
// a figure read wrongly would silently change every NPS above it.
import { bacaRentang, type Bacaan, type ModelLapkin } from '../core/index';
import type { BukuXlsx, RentangBuku } from '../xlsx/index';
import { sebagaiGalatCli } from './buku';
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
  buku: BukuXlsx,
  berkas: string,
  namaLembar: string | undefined,
  lapor: (teks: string) => void,
): LembarIndikator {
  const calon = namaLembar === undefined ? buku.daftarLembar : [lembarBernama(buku, berkas, namaLembar)];
  // without --lembar, a sheet missing a column may not be the one meant: keep looking
  let tanpaKolom: GalatCli | undefined;
  let tanpaJudul: GalatCli | undefined;
  for (const nama of calon) {
    const rentang = bacaLembarBuku(buku, nama);
    if (rentang.nilai.length >= BARIS_BESAR) lapor(`${pesan.kemajuanHitung(rentang.nilai.length, nama)}\n`);
    const bacaan = bacaRentang(rentang);
    const { model } = bacaan;
    const masalah = [...rentang.masalah, ...bacaan.masalah];
    const galat = masalah.length > 0 ? new GalatCli(pesan.masalah(berkas, nama, masalah[0], masalah.length - 1)) : undefined;
    if (model === null) {
      tanpaJudul ??= galat;
      continue;
    }
    // a header with an unreadable cell below it is the sheet meant
    if (galat !== undefined) throw galat;
    const kurang = kolomKurang(model);
    if (kurang === undefined) return { nama, model, bacaan: { ...bacaan, model } };
    tanpaKolom ??= new GalatCli(pesan.kolomTidakAda(berkas, nama, kurang, model.barisHeader));
  }
  throw tanpaKolom ?? (namaLembar !== undefined ? tanpaJudul : undefined) ?? new GalatCli(pesan.headerTidakDitemukan(berkas));
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
