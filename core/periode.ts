// Periods: monthly targets are cumulative, so the target of TW n is the target of its last month
// (Mar, Jun, Sep, Des); a month shown as '-' has none. The same holds for the quarter's realisasi.
import { galat, type Galat } from './galat';
import type { Angka, Sel } from './model';
import { NAMA_BULAN, PESAN, ROMAWI_TRIWULAN } from './pesan';

export type Triwulan = 1 | 2 | 3 | 4;

/**
 * The target of quarter tw from 12 cumulative monthly targets (Jan..Des), or from 4 quarterly
 * ones (TW I..IV, as sheets with B3/B6/B9/B12 columns give them).
 */
export function targetTriwulan(bulanan: readonly Angka[], tw: Triwulan): Angka {
  const nilai = nilaiTriwulan(bulanan, tw);
  if (nilai === undefined) return { jenis: 'galat', pesan: PESAN.targetBulananUkuran(1, bulanan.length) };
  if (nilai.jenis !== 'kosong') return nilai;
  return { jenis: 'kosong', nama: PESAN.targetBulan(NAMA_BULAN[tw * 3 - 1] ?? ''), alasan: nilai.alasan };
}

/**
 * The realisasi of quarter tw from the monthly (or quarterly) realisasi columns: the figure of its
 * last month. A quarter with no figure there has none, even when the annual Realisasi column has
 * one (an indicator measured only at year end).
 */
export function realisasiTriwulan(bulanan: readonly Angka[], tw: Triwulan): Angka {
  const nilai = nilaiTriwulan(bulanan, tw);
  if (nilai !== undefined && nilai.jenis !== 'kosong') return nilai;
  const nama = PESAN.realisasiTriwulan(ROMAWI_TRIWULAN[tw - 1] ?? String(tw));
  return { jenis: 'kosong', nama, alasan: nilai?.alasan ?? PESAN.selKosong };
}

/** Quarter tw's figure: its last month's of 12 monthly ones, its own of 4 quarterly ones; undefined for any other count. */
function nilaiTriwulan(bulanan: readonly Angka[], tw: Triwulan): Angka | undefined {
  if (bulanan.length === 12) return bulanan[tw * 3 - 1];
  return bulanan.length === 4 ? bulanan[tw - 1] : undefined;
}

const ROMAWI: Readonly<Record<string, Triwulan>> = { i: 1, ii: 2, iii: 3, iv: 4 };

/** 1..4, 'TW I'..'TW IV', 'TW3', 'TW-III', 'Triwulan III', 'Triwulan 3', 'Q3', 'B3'/'B6'/'B9'/'B12'. */
export function bacaTriwulan(sel: Sel): Triwulan | Galat {
  if (typeof sel === 'number') {
    return sel === 1 || sel === 2 || sel === 3 || sel === 4 ? sel : galat('nilai', PESAN.triwulanTakDikenal(String(sel)));
  }
  const teks = typeof sel === 'string' ? sel.trim() : '';
  const t = teks.toLowerCase().replace(/[\s.\-_]+/g, '');
  const tw = /^(?:tw|triwulan|trw|q)?(iv|iii|ii|i|[1-4])$/.exec(t)?.[1];
  if (tw !== undefined) return ROMAWI[tw] ?? (Number(tw) as Triwulan);
  const bulan = /^b(3|6|9|12)$/.exec(t)?.[1];
  if (bulan !== undefined) return (Number(bulan) / 3) as Triwulan;
  return galat('nilai', PESAN.triwulanTakDikenal(teks || String(sel ?? '')));
}
