import { isGalat } from '../galat';
import { rataTertimbang } from '../nps';
import { hasilRata, kumpulkanTertimbang, type Keluaran, type Masukan } from './rentang';
import type { MetaFungsi } from './meta';

export const METADATA = {
  id: 'NPS',
  keterangan: 'Nilai Pencapaian Sasaran: rata-rata capaian tertimbang (Σ bobot × capaian / Σ bobot); indikator tanpa angka tidak dihitung.',
  parameter: [
    { nama: 'capaian', keterangan: 'Capaian indikator (%) dalam satu rentang.', dimensi: 'matrix' },
    { nama: 'bobot', keterangan: 'Bobot tiap indikator, seukuran capaian. Kosong: semua bobot 1.', dimensi: 'matrix', opsional: true },
  ],
  hasil: { dimensi: 'scalar', keterangan: 'Satu angka NPS.' },
} as const satisfies MetaFungsi;

/**
 * NPS(capaian, [bobot]): the weighted mean of a range of capaian (Σ bobot×capaian / Σ bobot),
 * cells without a figure left out with their weight. It reduces a range to ONE value, so the
 * same-shape rule of the other functions does not apply; bobot has the size of capaian.
 */
export function NPS(capaian: Masukan, bobot?: Masukan): Keluaran {
  const data = kumpulkanTertimbang('capaian', capaian, bobot, () => null);
  if (isGalat(data)) return data;
  return hasilRata(rataTertimbang(data.nilai, data.bobot), data.nilai.length > 0);
}
