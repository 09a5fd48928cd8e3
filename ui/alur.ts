// What the panel's buttons do, without the DOM: read through the Host, let core score and build,
// write back through the Host. The Excel task pane and the Sheets sidebar run exactly this.
import { bacaRentang } from '../core/baca-rentang';
import { tampakRentang } from '../core/tampak';
import { isGalat } from '../core/galat';
import { petaKolomOtomatis, type KolomTerdeteksi } from '../core/kolom';
import type { HasilBaca, HasilSkor, Masalah, OpsiSkor, PetaKolom, Skema, Temuan } from '../core/model';
import { periksaRentang } from '../core/periksa/index';
import { SKEMA_BAWAAN, skemaDariRentang } from '../core/skema';
import { skorModel } from '../core/skor';
import { bangunTabel, bangunTemplat } from '../core/tabel/index';
import type { TabelDilewati } from '../core/tabel/spec';
import type { Host, RentangBaca } from './host';

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
  // columns found as the planner sees the sheet (a hidden helper column never wins)
  const kolom = petaKolomOtomatis(tampakRentang(rentang).nilai);
  return { rentang, kolom, peta: kolom?.peta ?? null, hasil: baca(rentang, kolom?.peta ?? null) };
}

/** The same sheet read again with the planner's corrected mapping. */
export function petakanUlang(d: Deteksi, peta: PetaKolom): Deteksi {
  return { ...d, peta, hasil: baca(d.rentang, peta) };
}

function baca(r: RentangBaca, peta: PetaKolom | null): HasilBaca {
  return bacaRentang(r, peta ? { peta } : {});
}

/** A built-in scheme by code, or a custom one read from a range address ("Skema!A1:C6"). */
export async function ambilSkema(host: Host, pilihan: { kode: string } | { rentang: string }): Promise<Skema> {
  if ('kode' in pilihan) return SKEMA_BAWAAN[pilihan.kode];
  if (pilihan.rentang.trim() === '') throw new Error('Tulis alamat rentang skema, misalnya Skema!A1:C6.');
  const skema = skemaDariRentang((await host.bacaRentang(pilihan.rentang)).nilai);
  if (isGalat(skema)) throw new Error(skema.pesan);
  return skema;
}

export interface HasilIsi {
  readonly skor: HasilSkor;
  readonly lembar: readonly string[];
  readonly dilewati: readonly TabelDilewati[];
}

/** Scores the model, builds the chosen tables and writes them, reporting each step. */
export async function isiTabel(
  host: Host,
  d: Deteksi,
  opsi: OpsiSkor,
  tabel: readonly string[],
  kemajuan: Kemajuan = () => {},
): Promise<HasilIsi> {
  const model = d.hasil.model;
  if (model === null) throw new Error(pesanTanpaModel(d.hasil));
  kemajuan('Menghitung capaian dan NPS…', 0.1);
  await jeda();
  const skor = skorModel(model, opsi);
  kemajuan('Menyusun tabel…', 0.2);
  await jeda();
  const dibangun = bangunTabel(skor, { tabel });
  const n = dibangun.tabel.length;
  kemajuan(n ? `Menulis tabel 1 dari ${n}…` : 'Tidak ada tabel untuk ditulis.', 0.3);
  const { lembar } = n
    ? await host.tulisTabel(dibangun.tabel, (selesai) => {
        if (selesai < n) kemajuan(`Menulis tabel ${selesai + 1} dari ${n}…`, 0.3 + (0.7 * selesai) / n);
      })
    : { lembar: [] };
  kemajuan('Selesai.', 1);
  return { skor, lembar, dilewati: dibangun.dilewati };
}

export function pesanTanpaModel(h: HasilBaca): string {
  return h.masalah.find((m) => m.baris === 0 && !m.catatan)?.alasan ?? 'Tabel indikator tidak ditemukan di lembar ini.';
}

/** Audits a filled table and marks what disagrees (removing the marks of an earlier audit). */
export async function periksa(
  host: Host,
  lembar: string,
  skema: Skema,
  kemajuan: Kemajuan = () => {},
): Promise<{ temuan: Temuan[]; masalah: Masalah[] }> {
  kemajuan('Membaca tabel…', 0.1);
  const r = await host.bacaLembar(lembar);
  kemajuan('Menghitung ulang…', 0.4);
  await jeda();
  const hasil = periksaRentang(r, { skema });
  kemajuan('Menandai sel…', 0.7);
  await host.tandaiTemuan(hasil.temuan, r.lembar);
  kemajuan('Selesai.', 1);
  return hasil;
}

export async function buatTemplat(host: Host): Promise<readonly string[]> {
  return (await host.tulisTabel([bangunTemplat()])).lembar;
}

/** Lets the page paint the progress line between long steps. */
function jeda(): Promise<void> {
  return new Promise((selesai) => setTimeout(selesai, 0));
}
