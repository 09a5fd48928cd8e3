// The standard Lapkin tables from a scored model, in report order; a table whose columns the sheet
// lacks is skipped with the reason. Values only, no formulas: the output is a snapshot of the
// input sheet, opened also where the add-in is absent, and a table whose capaian were live formulas
// while its kriteria and NPS (scheme, weights) were not would contradict itself after one edit.
import type { HasilSkor } from '../model';
import { CAPAIAN_TRIWULAN } from './capaian-triwulan';
import { EFISIENSI } from './efisiensi';
import { selesai, type TabelStandar } from './kisi';
import { LEGENDA_KRITERIA } from './legenda-kriteria';
import { PENCAPAIAN_IKU } from './pencapaian-iku';
import { PENCAPAIAN_SASARAN } from './pencapaian-sasaran';
import { PERBANDINGAN_TAHUN } from './perbandingan-tahun';
import { PERJANJIAN_KINERJA } from './perjanjian-kinerja';
import { PESAN_TABEL } from './pesan';
import { REALISASI_ANGGARAN } from './realisasi-anggaran';
import { REKAP_KRITERIA } from './rekap-kriteria';
import { RENCANA_AKSI } from './rencana-aksi';
import type { TabelDilewati, TabelSpec } from './spec';
import { milik } from '../milik';

export { bangunTemplat } from './templat';
export type { TabelStandar } from './kisi';

/** Every standard table, one descriptor each, in report order. */
export const TABEL_STANDAR = [
  PERJANJIAN_KINERJA,
  PENCAPAIAN_IKU,
  PENCAPAIAN_SASARAN,
  CAPAIAN_TRIWULAN,
  RENCANA_AKSI,
  PERBANDINGAN_TAHUN,
  REALISASI_ANGGARAN,
  EFISIENSI,
  REKAP_KRITERIA,
  LEGENDA_KRITERIA,
] as const satisfies readonly TabelStandar[];

export type IdTabel = (typeof TABEL_STANDAR)[number]['id'];

/** Table id → Indonesian name (also its sheet name), in report order. */
export const DAFTAR_TABEL = Object.fromEntries(TABEL_STANDAR.map((t) => [t.id, t.judul])) as Readonly<Record<IdTabel, string>>;

export interface OpsiTabel {
  /** Ids to build (default: all); built in report order whatever the order given. */
  readonly tabel?: readonly string[];
}

export function bangunTabel(hasil: HasilSkor, opsi: OpsiTabel = {}): { tabel: TabelSpec[]; dilewati: TabelDilewati[] } {
  const semua = TABEL_STANDAR.map((t) => t.id);
  const diminta = opsi.tabel ? new Set(opsi.tabel.map((id) => id.trim().toLowerCase())) : null;
  const tabel: TabelSpec[] = [];
  const dilewati: TabelDilewati[] = [];
  for (const id of diminta ?? []) {
    if (milik(DAFTAR_TABEL, id) === undefined) dilewati.push({ id, alasan: PESAN_TABEL.tidakDikenal(id, semua) });
  }
  for (const t of TABEL_STANDAR as readonly TabelStandar[]) {
    if (diminta && !diminta.has(t.id)) continue;
    const alasan = hasil.indikator.length === 0 && !t.bolehTanpaIndikator ? PESAN_TABEL.tanpaIndikator : (t.kurang?.(hasil) ?? null);
    if (alasan !== null) dilewati.push({ id: t.id, alasan });
    else tabel.push(selesai(t.id, t.judul, t.bangun(hasil, t.judul)));
  }
  return { tabel, dilewati };
}
