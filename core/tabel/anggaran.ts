// Budget per sasaran: the sum of its indicators' pagu and realisasi anggaran (whole rupiah), the
// figures the budget, efisiensi and perjanjian tables share.
import type { Angka, HasilSkor, SkorIndikator } from '../model';
import { PESAN_TABEL } from './pesan';

export interface Anggaran {
  /** null when no indicator has a figure. */
  readonly pagu: number | null;
  readonly realisasi: number | null;
}

export function jumlahAnggaran(indikator: readonly SkorIndikator[]): Anggaran {
  return {
    pagu: jumlah(indikator.map((s) => s.indikator.pagu)),
    realisasi: jumlah(indikator.map((s) => s.indikator.realisasiAnggaran)),
  };
}

function jumlah(daftar: readonly (Angka | null)[]): number | null {
  let total: number | null = null;
  for (const a of daftar) if (a?.jenis === 'angka') total = (total ?? 0) + a.nilai;
  return total;
}

/** Why a budget table cannot be built: the first budget column the sheet lacks; null when both exist. */
export function kolomAnggaranHilang(hasil: HasilSkor): string | null {
  const peran = hasil.model.peta.peran;
  if (peran.pagu === undefined) return PESAN_TABEL.tanpaKolom('"Pagu"');
  if (peran.realisasiAnggaran === undefined) return PESAN_TABEL.tanpaKolom('"Realisasi Anggaran"');
  return null;
}
