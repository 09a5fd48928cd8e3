import { isGalat } from '../galat';
import { hitungIkm } from '../ikm';
import { PESAN } from '../pesan';
import { hasilRata, kumpulkanTertimbang, type Keluaran, type Masukan } from './rentang';

/** IKM(nilai_unsur, [bobot]): (weighted) mean of element scores on the 1-4 scale × 25; one value. */
export function IKM(nilai_unsur: Masukan, bobot?: Masukan): Keluaran {
  const data = kumpulkanTertimbang('nilai_unsur', nilai_unsur, bobot, (v) =>
    v >= 1 && v <= 4 ? null : PESAN.unsurIkmSalah(v),
  );
  if (isGalat(data)) return data;
  return hasilRata(hitungIkm(data.nilai, data.bobot), data.nilai.length > 0);
}
