import { bacaAngka } from '../angka';
import { hitungCapaian } from '../capaian';
import { galat, isGalat } from '../galat';
import { PESAN } from '../pesan';
import { bacaPolaritas } from '../polaritas';
import { perSel, type HasilFungsi, type Keluaran, type Masukan } from './rentang';
import type { Sel } from '../model';
import type { MetaFungsi } from './meta';

export const METADATA = {
  id: 'CAPAIAN',
  keterangan: 'Capaian kinerja dalam persen: realisasi / target × 100 (polaritas positif), presisi penuh.',
  parameter: [
    { nama: 'realisasi', keterangan: 'Realisasi: satu sel atau satu kolom (boleh teks seperti "85,20" atau "70 %").', dimensi: 'matrix' },
    {
      nama: 'target',
      keterangan: 'Target: sel atau kolom seukuran realisasi. Target 0 atau tanpa angka tidak dapat dihitung.',
      dimensi: 'matrix',
    },
    {
      nama: 'polaritas',
      keterangan: '"positif" (bawaan), "negatif" ((2×target − realisasi)/target) atau "negatif-rasio" (target/realisasi).',
      dimensi: 'matrix',
      opsional: true,
    },
    { nama: 'batas_atas', keterangan: 'Batas atas capaian, misalnya 120. Kosong: tanpa batas.', dimensi: 'scalar', opsional: true },
  ],
  hasil: { dimensi: 'matrix', keterangan: 'Capaian (%) seukuran masukan; kosong bila belum ada angka.' },
} as const satisfies MetaFungsi;

/** CAPAIAN(realisasi, target, [polaritas], [batas_atas]): capaian in %, full precision. */
export function CAPAIAN(realisasi: Masukan, target: Masukan, polaritas?: Masukan, batas_atas?: Masukan): HasilFungsi {
  return perSel(
    [
      ['realisasi', realisasi],
      ['target', target],
      ['polaritas', polaritas],
      ['batas_atas', batas_atas],
    ],
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
