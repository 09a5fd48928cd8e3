import { isGalat } from '../galat';
import { hitungIkm } from '../ikm';
import { PESAN } from '../pesan';
import { hasilRata, kumpulkanTertimbang, type Keluaran, type Masukan } from './rentang';
import type { MetaFungsi } from './meta';

export const METADATA = {
  id: 'IKM',
  keterangan: 'Indeks Kepuasan Masyarakat: rata-rata (tertimbang) nilai unsur skala 1-4 dikali 25.',
  parameter: [
    { nama: 'nilai_unsur', keterangan: 'Nilai rata-rata tiap unsur pelayanan (skala 1-4).', dimensi: 'matrix' },
    { nama: 'bobot', keterangan: 'Bobot tiap unsur, seukuran nilai_unsur. Kosong: sama rata.', dimensi: 'matrix', opsional: true },
  ],
  hasil: { dimensi: 'scalar', keterangan: 'Satu angka IKM (skala 25-100).' },
} as const satisfies MetaFungsi;

/** IKM(nilai_unsur, [bobot]): (weighted) mean of element scores on the 1-4 scale × 25; one value. */
export function IKM(nilai_unsur: Masukan, bobot?: Masukan): Keluaran {
  const data = kumpulkanTertimbang('nilai_unsur', nilai_unsur, bobot, (v) => (v >= 1 && v <= 4 ? null : PESAN.unsurIkmSalah(v)));
  if (isGalat(data)) return data;
  return hasilRata(hitungIkm(data.nilai, data.bobot), data.nilai.length > 0);
}
