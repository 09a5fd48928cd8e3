// The one path every host takes from a sheet to its tables: detect the columns once, read the
// model, score it, build the tables asked for. Pure: the host reads the sheet before and writes
// the tables after; the CLI's isi and hitung, the panel and the Sheets menu all call this.
import { bacaLembar } from './baca-lembar';
import { petaKolomOtomatis, type KolomTerdeteksi } from './kolom';
import type { HasilBaca, HasilSkor, ModelLapkin, OpsiSkor, PetaKolom, RentangBaca } from './model';
import { opsiBawaan, skorModel } from './skor';
import { tampakRentang } from './tampak';
import { bangunTabel } from './tabel/index';
import type { TabelDilewati, TabelSpec } from './tabel/spec';

export interface OpsiAlur extends Partial<OpsiSkor> {
  /** A detection already run over this rentang (the panel shows it before filling); undefined = detect now. */
  readonly deteksi?: KolomTerdeteksi | null;
  /** The planner's column mapping instead of the detected one (indices relative to nilai). */
  readonly peta?: PetaKolom | null;
  /** Weight of an IKU whose Bobot cell is blank (default 1). */
  readonly bobotIku?: number;
  /** Table ids to build (default all, [] none); unknown ids come back in dilewati. */
  readonly tabel?: readonly string[];
}

export interface Bacaan extends HasilBaca {
  readonly deteksi: KolomTerdeteksi | null;
}

export interface HasilAlur extends Bacaan {
  /** null when no model could be read (masalah says why). */
  readonly skor: HasilSkor | null;
  readonly tabel: readonly TabelSpec[];
  readonly dilewati: readonly TabelDilewati[];
}

/** Reads the sheet as the planner sees it (percent formats, hidden rows and columns), detects the
 *  header and columns (unless given) and reads the model: the first half of the path. Notices about
 *  what was left out come after the reader's own problems. */
export function bacaRentang(r: RentangBaca, opsi: Pick<OpsiAlur, 'deteksi' | 'peta' | 'bobotIku'> = {}): Bacaan {
  const tampak = tampakRentang(r);
  const deteksi = opsi.deteksi === undefined ? petaKolomOtomatis(tampak.nilai) : opsi.deteksi;
  const hasil = bacaLembar(tampak.nilai, deteksi, {
    barisAwal: r.barisAwal,
    kolomAwal: r.kolomAwal,
    ...(opsi.peta ? { peta: opsi.peta } : {}),
    ...(opsi.bobotIku === undefined ? {} : { bobotIku: opsi.bobotIku }),
  });
  return { deteksi, model: hasil.model, masalah: [...hasil.masalah, ...tampak.masalah] };
}

/** The whole path: options not given take the model's defaults (scheme, level by perspectives, annual). */
export function alurLapkin(r: RentangBaca, opsi: OpsiAlur = {}): HasilAlur {
  return olahBacaan(bacaRentang(r, opsi), opsi);
}

/** The second half, for a host that already read the sheet (to choose it among several). */
export function olahBacaan(bacaan: Bacaan & { model: ModelLapkin }, opsi?: OpsiAlur): HasilAlur & { skor: HasilSkor };
export function olahBacaan(bacaan: Bacaan, opsi?: OpsiAlur): HasilAlur;
export function olahBacaan(bacaan: Bacaan, opsi: OpsiAlur = {}): HasilAlur {
  if (bacaan.model === null) return { ...bacaan, skor: null, tabel: [], dilewati: [] };
  const skor = skorModel(bacaan.model, opsiSkor(bacaan.model, opsi));
  const { tabel, dilewati } = bangunTabel(skor, opsi.tabel === undefined ? {} : { tabel: opsi.tabel });
  return { ...bacaan, skor, tabel, dilewati };
}

function opsiSkor(model: ModelLapkin, opsi: OpsiAlur): OpsiSkor {
  const bawaan = opsiBawaan(model);
  return {
    skema: opsi.skema ?? bawaan.skema,
    tingkat: opsi.tingkat ?? bawaan.tingkat,
    periode: opsi.periode ?? bawaan.periode,
    ...(opsi.batasAtas === undefined ? {} : { batasAtas: opsi.batasAtas }),
  };
}
