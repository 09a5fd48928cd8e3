import { bacaAngka } from '../angka';
import { hitungCapaian } from '../capaian';
import { galat, isGalat } from '../galat';
import { PESAN } from '../pesan';
import { bacaPolaritas } from '../polaritas';
import { perSel, type HasilFungsi, type Keluaran, type Masukan } from './rentang';
import type { Sel } from '../model';

/** CAPAIAN(realisasi, target, [polaritas], [batas_atas]): capaian in %, full precision. */
export function CAPAIAN(realisasi: Masukan, target: Masukan, polaritas?: Masukan, batas_atas?: Masukan): HasilFungsi {
  return perSel(
    [['realisasi', realisasi], ['target', target], ['polaritas', polaritas], ['batas_atas', batas_atas]],
    ([r, t, p, b]) => satu(r, t, p, b),
  );
}

function satu(r: Sel, t: Sel, p: Sel, b: Sel): Keluaran {
  const polaritas = bacaPolaritas(p);
  if (isGalat(polaritas)) return polaritas;
  const batas = bacaAngka(b);
  if (batas.jenis !== 'kosong' && (batas.jenis !== 'angka' || batas.nilai <= 0)) {
    return galat('nilai', PESAN.batasAtasSalah(String(b)));
  }
  const c = hitungCapaian(bacaAngka(r), bacaAngka(t), {
    polaritas,
    ...(batas.jenis === 'angka' ? { batasAtas: batas.nilai } : {}),
  });
  if (typeof c === 'number' || isGalat(c)) return c;
  return '';
}
