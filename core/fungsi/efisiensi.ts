import { bacaAngka } from '../angka';
import { galat, isGalat, type Galat } from '../galat';
import { hitungEfisiensi, type Efisiensi } from '../efisiensi';
import { PESAN } from '../pesan';
import { perSel, satuNilai, teksOpsi, type HasilFungsi, type Keluaran, type Masukan } from './rentang';
import { duaAngka } from './dua-angka';
import { milik } from '../milik';
import type { MetaFungsi } from './meta';

export const METADATA = {
  id: 'EFISIENSI',
  keterangan: 'Efisiensi: IE = capaian output / capaian input (serapan anggaran); efisien bila IE ≥ 1.',
  parameter: [
    { nama: 'capaian_output', keterangan: 'Capaian output (%) sasaran atau indikator.', dimensi: 'matrix' },
    { nama: 'capaian_input', keterangan: 'Capaian input (%): realisasi anggaran terhadap pagu.', dimensi: 'matrix' },
    { nama: 'keluaran', keterangan: '"IE" (bawaan), "TE", "SE" atau "kategori".', dimensi: 'scalar', opsional: true },
  ],
  hasil: { dimensi: 'matrix', keterangan: 'Nilai efisiensi seukuran masukan.' },
} as const satisfies MetaFungsi;

const KELUARAN: Readonly<Record<string, (e: Efisiensi) => Keluaran>> = {
  ie: (e) => e.IE,
  te: (e) => e.TE,
  se: (e) => e.SE,
  kategori: (e) => e.kategori,
};

/** EFISIENSI(capaian_output, capaian_input, [keluaran="IE"|"TE"|"kategori"]). */
export function EFISIENSI(capaian_output: Masukan, capaian_input: Masukan, keluaran?: Masukan): HasilFungsi {
  const ambil = pilihKeluaran(keluaran);
  return perSel(
    [
      ['capaian_output', capaian_output],
      ['capaian_input', capaian_input],
    ],
    ([o, i]) => {
      if (isGalat(ambil)) return ambil;
      const ab = duaAngka(bacaAngka(o), bacaAngka(i));
      if (ab === null || isGalat(ab)) return ab ?? '';
      const e = hitungEfisiensi(ab[0], ab[1]);
      return isGalat(e) ? e : ambil(e);
    },
  );
}

function pilihKeluaran(keluaran: Masukan): ((e: Efisiensi) => Keluaran) | Galat {
  const k = satuNilai('keluaran', keluaran);
  if (isGalat(k)) return k;
  const teks = teksOpsi(k, 'IE');
  return milik(KELUARAN, teks.toLowerCase()) ?? galat('nilai', PESAN.keluaranTakDikenal(teks, ['IE', 'TE', 'SE', 'kategori']));
}
