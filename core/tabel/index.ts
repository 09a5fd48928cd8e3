// The standard Lapkin tables from a scored model, in report order; a table whose columns the sheet
// lacks is skipped with the reason. Values only, no formulas: the output is a snapshot of the
// input sheet, opened also where the add-in is absent, and a table whose capaian were live formulas
// while its kriteria and NPS (scheme, weights) were not would contradict itself after one edit.
import type { HasilSkor } from '../model';
import { tabelCapaianTriwulan } from './capaian-triwulan';
import { tabelEfisiensi } from './efisiensi';
import { tabelLegendaKriteria } from './legenda-kriteria';
import { tabelPencapaianIku } from './pencapaian-iku';
import { tabelPencapaianSasaran } from './pencapaian-sasaran';
import { tabelPerbandinganTahun } from './perbandingan-tahun';
import { tabelPerjanjianKinerja } from './perjanjian-kinerja';
import { PESAN_TABEL } from './pesan';
import { tabelRealisasiAnggaran } from './realisasi-anggaran';
import { tabelRekapKriteria } from './rekap-kriteria';
import { tabelRencanaAksi } from './rencana-aksi';
import type { TabelDilewati, TabelSpec } from './spec';
import { milik } from '../milik';

export { bangunTemplat } from './templat';

/** Table id → Indonesian name (also its sheet name), in report order. */
export const DAFTAR_TABEL = {
  'perjanjian-kinerja': 'Perjanjian Kinerja',
  'pencapaian-iku': 'Pencapaian IKU',
  'pencapaian-sasaran': 'Pencapaian Sasaran',
  'capaian-triwulan': 'Capaian Triwulan',
  'rencana-aksi': 'Rencana Aksi',
  'perbandingan-tahun': 'Perbandingan Antar Tahun',
  'realisasi-anggaran': 'Realisasi Anggaran',
  efisiensi: 'Efisiensi',
  'rekap-kriteria': 'Rekap Kriteria',
  'legenda-kriteria': 'Legenda Kriteria',
} as const;

export type IdTabel = keyof typeof DAFTAR_TABEL;

const PEMBANGUN: Record<IdTabel, (hasil: HasilSkor, nama: string) => TabelSpec | TabelDilewati> = {
  'perjanjian-kinerja': tabelPerjanjianKinerja,
  'pencapaian-iku': tabelPencapaianIku,
  'pencapaian-sasaran': tabelPencapaianSasaran,
  'capaian-triwulan': tabelCapaianTriwulan,
  'rencana-aksi': tabelRencanaAksi,
  'perbandingan-tahun': tabelPerbandinganTahun,
  'realisasi-anggaran': tabelRealisasiAnggaran,
  efisiensi: tabelEfisiensi,
  'rekap-kriteria': tabelRekapKriteria,
  'legenda-kriteria': (hasil, nama) => tabelLegendaKriteria(hasil.opsi.skema, nama),
};

export interface OpsiTabel {
  /** Ids to build (default: all); built in report order whatever the order given. */
  readonly tabel?: readonly string[];
}

export function bangunTabel(hasil: HasilSkor, opsi: OpsiTabel = {}): { tabel: TabelSpec[]; dilewati: TabelDilewati[] } {
  const semua = Object.keys(DAFTAR_TABEL) as IdTabel[];
  const diminta = opsi.tabel ? new Set(opsi.tabel.map((id) => id.trim().toLowerCase())) : null;
  const tabel: TabelSpec[] = [];
  const dilewati: TabelDilewati[] = [];
  for (const id of diminta ?? []) {
    if (milik(DAFTAR_TABEL, id) === undefined) dilewati.push({ id, alasan: PESAN_TABEL.tidakDikenal(id, semua) });
  }
  for (const id of semua) {
    if (diminta && !diminta.has(id)) continue;
    const hasilTabel =
      hasil.indikator.length === 0 && id !== 'legenda-kriteria'
        ? { id, alasan: PESAN_TABEL.tanpaIndikator }
        : PEMBANGUN[id](hasil, DAFTAR_TABEL[id]);
    if ('sel' in hasilTabel) tabel.push(hasilTabel);
    else dilewati.push(hasilTabel);
  }
  return { tabel, dilewati };
}
