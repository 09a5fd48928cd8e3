// Capaian Triwulan (interim report): each indicator against the quarter's target (the cumulative
// target of the quarter's last month) and against the annual target, with the quarter's kriteria;
// a Polaritas column when an indicator is not positif, so the table carries what its capaian need.
import type { HasilSkor } from '../model';
import { KEPALA_AWAL, KOLOM_AWAL, tulisBarisIndikator } from './baris-indikator';
import { angka, kepala, kriteria, nilaiAngka, teks } from './gaya';
import { namaPeriode, realisasiPeriode, singkatPeriode } from './kelompok';
import { Kolom, kisiBerjudul, selesai } from './kisi';
import { PESAN_TABEL } from './pesan';
import type { TabelDilewati, TabelSpec } from './spec';

const ID = 'capaian-triwulan';

export function tabelCapaianTriwulan(hasil: HasilSkor, nama: string): TabelSpec | TabelDilewati {
  const periode = hasil.opsi.periode;
  if (periode === 'tahunan') return { id: ID, alasan: PESAN_TABEL.periodeTahunan };
  if (!hasil.model.indikator.some((i) => i.targetBulanan !== null)) {
    return { id: ID, alasan: PESAN_TABEL.tanpaKolom('target bulanan (Jan..Des)') };
  }
  const skema = hasil.opsi.skema;
  const tw = singkatPeriode(periode);
  const kolom = new Kolom([
    ...KOLOM_AWAL,
    hasil.indikator.some((s) => s.indikator.polaritas !== 'positif') && 'polaritas',
    'target', 'realisasi', 'capaian',
    'targetTahunan', 'capaianTahunan', 'kriteria', 'keterangan',
  ] as const);
  const judul = `Capaian Kinerja ${namaPeriode(periode)}`;
  const kisi = kisiBerjudul(judul, kolom.jumlah);
  kisi.tambah(
    kolom.baris({
      ...KEPALA_AWAL,
      polaritas: kepala('Polaritas'),
      target: kepala(`Target ${tw}`),
      realisasi: kepala(`Realisasi ${tw}`),
      capaian: kepala(`Capaian ${tw} (%)`),
      targetTahunan: kepala('Target Tahunan'),
      capaianTahunan: kepala('Capaian thd Target Tahunan (%)'),
      kriteria: kepala(`Kriteria Capaian ${tw}`),
      keterangan: kepala('Keterangan'),
    }),
  );
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
  return selesai(kisi, { id: ID, namaLembar: nama, judul, barisKepala: 1 });
}
