// What the panel's buttons do, without the DOM: read through the Host, let core score and build,
// write back through the Host. The Excel task pane and the Sheets sidebar run exactly this.
import {
  olahBacaan,
  bacaRentang,
  bangunTemplat,
  isGalat,
  periksaRentang,
  skemaPilihan,
  type HasilAlur,
  type HasilBaca,
  type HasilSkor,
  type KolomTerdeteksi,
  type Masalah,
  type OpsiSkor,
  type PetaKolom,
  type Skema,
  type TabelDilewati,
  type Temuan,
} from '../core/index';
import type { HasilTulis, Host, RentangBaca } from './host';
import { TEKS } from './teks';

/** A sheet as read, the header and columns detected in it, and the model read with a mapping. */
export interface Deteksi {
  readonly rentang: RentangBaca;
  readonly kolom: KolomTerdeteksi | null;
  readonly peta: PetaKolom | null;
  readonly hasil: HasilBaca;
}

export type Kemajuan = (langkah: string, bagian?: number) => void;

export async function deteksi(host: Host, lembar: string): Promise<Deteksi> {
  const rentang = await host.bacaLembar(lembar);
  const { deteksi: kolom, ...hasil } = bacaRentang(rentang);
  return { rentang, kolom, peta: kolom?.peta ?? null, hasil };
}

/** The same sheet read again with the planner's corrected mapping (the columns are not detected again). */
export function petakanUlang(d: Deteksi, peta: PetaKolom): Deteksi {
  const { deteksi: _, ...hasil } = bacaRentang(d.rentang, { deteksi: d.kolom, peta });
  return { ...d, peta, hasil };
}

/** A built-in scheme by code, or a custom one read from a range address ("Skema!A1:C6"). */
export async function ambilSkema(host: Host, pilihan: { kode: string } | { rentang: string }): Promise<Skema> {
  if ('rentang' in pilihan && pilihan.rentang.trim() === '') throw new Error(TEKS.tulisRentangSkema);
  const skema = skemaPilihan('kode' in pilihan ? pilihan.kode : (await host.bacaRentang(pilihan.rentang)).nilai);
  if (isGalat(skema)) throw new Error(skema.pesan);
  return skema;
}

export interface HasilIsi {
  readonly skor: HasilSkor;
  readonly lembar: readonly string[];
  readonly dilewati: readonly TabelDilewati[];
  /** The host's notes on what it wrote (a file host: texts cut to the cell limit, ...). */
  readonly pemberitahuan: readonly string[];
}

/** Scores the model, builds the chosen tables and writes them, reporting each step. */
export async function isiTabel(
  host: Host,
  d: Deteksi,
  opsi: OpsiSkor,
  tabel: readonly string[],
  kemajuan: Kemajuan = () => {},
): Promise<HasilIsi> {
  if (d.hasil.model === null) throw new Error(pesanTanpaModel(d.hasil));
  kemajuan(TEKS.menghitung, 0.1);
  await jeda();
  const { dibangun, skor } = olahDeteksi(d, opsi, tabel);
  const n = dibangun.tabel.length;
  kemajuan(n ? TEKS.menulisTabel(1, n) : TEKS.tanpaTabel, 0.3);
  const ditulis: HasilTulis = n
    ? await host.tulisTabel(dibangun.tabel, (selesai) => {
        if (selesai < n) kemajuan(TEKS.menulisTabel(selesai + 1, n), 0.3 + (0.7 * selesai) / n);
      })
    : { lembar: [] };
  kemajuan(TEKS.selesai, 1);
  return { skor, lembar: ditulis.lembar, dilewati: dibangun.dilewati, pemberitahuan: ditulis.pemberitahuan ?? [] };
}

/** The scores behind the Word chapter "Akuntabilitas Kinerja" (the same `lapkin laporan` takes for the same options). */
export function skorLaporan(d: Deteksi, opsi: OpsiSkor): HasilSkor {
  return olahDeteksi(d, opsi, []).skor;
}

/** The pipeline on a detected sheet with the planner's mapping: scores and the chosen tables; a
 *  sheet without an indicator table (or whose mapping reads none) says why. */
function olahDeteksi(d: Deteksi, opsi: OpsiSkor, tabel: readonly string[]): { dibangun: HasilAlur; skor: HasilSkor } {
  const { model } = d.hasil;
  if (model === null) throw new Error(pesanTanpaModel(d.hasil));
  // the sheet as detection read it (with the planner's mapping): reading it again would cost as much again
  const dibangun = olahBacaan({ ...d.hasil, model, deteksi: d.kolom }, { ...opsi, tabel });
  return { dibangun, skor: dibangun.skor };
}

export function pesanTanpaModel(h: HasilBaca): string {
  return h.masalah.find((m) => m.baris === 0 && !m.catatan)?.alasan ?? TEKS.tabelTakDitemukan;
}

/** Audits a filled table and marks what disagrees (removing the marks of an earlier audit). */
export async function periksa(
  host: Host,
  lembar: string,
  skema: Skema,
  kemajuan: Kemajuan = () => {},
): Promise<{ temuan: Temuan[]; masalah: Masalah[] }> {
  kemajuan(TEKS.membacaTabel, 0.1);
  const r = await host.bacaLembar(lembar);
  kemajuan(TEKS.menghitungUlang, 0.4);
  await jeda();
  const hasil = periksaRentang(r, { skema });
  kemajuan(TEKS.menandaiSel, 0.7);
  await host.tandaiTemuan(hasil.temuan, r.lembar);
  kemajuan(TEKS.selesai, 1);
  return hasil;
}

export async function buatTemplat(host: Host): Promise<readonly string[]> {
  return (await host.tulisTabel([bangunTemplat()])).lembar;
}

/** Lets the page paint the progress line between long steps. */
function jeda(): Promise<void> {
  return new Promise((selesai) => setTimeout(selesai, 0));
}
