// Capaian Triwulan (interim report): each indicator against the quarter's target (the cumulative
// target of the quarter's last month) and against the annual target, with the quarter's kriteria;
// a Polaritas column when an indicator is not positif, so the table carries what its capaian need.
import type { HasilSkor, Periode } from '../model';
import { KEPALA_AWAL, KOLOM_AWAL, tulisBarisIndikator } from './baris-indikator';
import { angka, kriteria, nilaiAngka, teks } from './gaya';
import { namaPeriode, realisasiPeriode, singkatPeriode } from './kelompok';
import { Kolom, mulaiKisi, type BentukTabel, type TabelStandar } from './kisi';
import { tanpaBulanan } from './rencana-aksi';
import { PESAN_TABEL } from './pesan';

export const CAPAIAN_TRIWULAN = {
  id: 'capaian-triwulan',
  judul: 'Capaian Triwulan',
  kurang: (hasil) => (hasil.opsi.periode === 'tahunan' ? PESAN_TABEL.periodeTahunan : tanpaBulanan(hasil)),
  bangun,
} as const satisfies TabelStandar;

function bangun(hasil: HasilSkor): BentukTabel {
  // kurang has turned an annual period away
  const periode = hasil.opsi.periode as Exclude<Periode, 'tahunan'>;
  const skema = hasil.opsi.skema;
  const tw = singkatPeriode(periode);
  const kolom = new Kolom([
    ...KOLOM_AWAL,
    hasil.indikator.some((s) => s.indikator.polaritas !== 'positif') && 'polaritas',
    'target',
    'realisasi',
    'capaian',
    'targetTahunan',
    'capaianTahunan',
    'kriteria',
    'keterangan',
  ] as const);
  const judul = `Capaian Kinerja ${namaPeriode(periode)}`;
  const kisi = mulaiKisi(judul, kolom, {
    ...KEPALA_AWAL,
    polaritas: 'Polaritas',
    target: `Target ${tw}`,
    realisasi: `Realisasi ${tw}`,
    capaian: `Capaian ${tw} (%)`,
    targetTahunan: 'Target Tahunan',
    capaianTahunan: 'Capaian thd Target Tahunan (%)',
    kriteria: `Kriteria Capaian ${tw}`,
    keterangan: 'Keterangan',
  });
  tulisBarisIndikator(kisi, hasil, {
    lebarPerspektif: kolom.jumlah,
    indikator: (s) => [
      kolom.baris({
        polaritas: teks(s.indikator.polaritas, { rata: 'tengah' }),
        target: nilaiAngka(s.target),
        realisasi: nilaiAngka(realisasiPeriode(s)),
        capaian: angka(s.capaian),
        targetTahunan: nilaiAngka(s.indikator.target),
        capaianTahunan: angka(s.capaianTahunan),
        kriteria: kriteria(s.kriteria, skema),
        keterangan: teks(s.keterangan),
      }),
    ],
  });
  return { kisi, judul };
}
