import { bacaAngka } from '../angka';
import { galat, isGalat, type Galat } from '../galat';
import type { Sel } from '../model';
import { PESAN } from '../pesan';
import { bacaTriwulan, targetTriwulan } from '../periode';
import { adalahRentang, dariAngka, satuNilai, ukuran, type HasilFungsi, type Keluaran, type Masukan } from './rentang';
import type { MetaFungsi } from './meta';

export const METADATA = {
  id: 'TARGET_TW',
  keterangan: 'Target triwulan dari target bulanan kumulatif: target bulan terakhir triwulan itu (Mar, Jun, Sep, Des).',
  parameter: [
    {
      nama: 'target_bulanan',
      keterangan: 'Target Jan..Des (12 sel sebaris atau sekolom; n baris × 12 kolom untuk n indikator), atau 4 target TW.',
      dimensi: 'matrix',
    },
    { nama: 'triwulan', keterangan: 'Triwulan: 1 sampai 4, atau "TW III".', dimensi: 'scalar' },
  ],
  hasil: { dimensi: 'matrix', keterangan: 'Target triwulan, satu per indikator.' },
} as const satisfies MetaFungsi;

/**
 * TARGET_TW(target_bulanan, triwulan): the target of a quarter from cumulative monthly targets
 * (the quarter's last month). 12 cells in a row or a column give one value; n rows × 12 columns
 * give n×1 (one per indicator). 4 cells (TW I..IV targets) work the same way.
 */
export function TARGET_TW(target_bulanan: Masukan, triwulan: Masukan): HasilFungsi {
  const sel = satuNilai('triwulan', triwulan);
  const tw = isGalat(sel) ? sel : bacaTriwulan(sel);
  const baris = barisBulanan(target_bulanan);
  if (isGalat(baris)) return baris;
  return baris.map((b): Keluaran[] => [isGalat(tw) ? tw : dariAngka(targetTriwulan(b.map(bacaAngka), tw))]);
}

function barisBulanan(x: Masukan): (readonly Sel[])[] | Galat {
  if (!adalahRentang(x)) return galat('nilai', PESAN.targetBulananUkuran(1, 1));
  const [m, n] = ukuran(x);
  if (n === 12 || n === 4) return x.map((b) => Array.from({ length: n }, (_, j) => b[j]));
  if (n === 1 && (m === 12 || m === 4)) return [x.map((b) => b[0])];
  return galat('nilai', PESAN.targetBulananUkuran(m, n));
}
