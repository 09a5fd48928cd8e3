// Pencapaian IKU: every indicator with target, realisasi, capaian and kriteria; the sasaran's NPS
// merged over its rows, perspective rows with their NPS, the unit's NPS last, and the capaian chart.
// Bobot and Polaritas columns appear when any indicator differs from 1 / positif, so the table
// carries everything its own figures are computed from (and passes its own audit).
import type { HasilSkor } from '../model';
import type { BentukTabel } from './kisi';
import { KEPALA_AWAL, KOLOM_AWAL, tulisBarisIndikator } from './baris-indikator';
import { FORMAT, WARNA_JUMLAH, angka, kriteria, nilaiAngka, teks } from './gaya';
import { judulPeriode, realisasiPeriode, singkatPeriode, tingkatUnit } from './kelompok';
import { Kolom, mulaiKisi, type TabelStandar } from './kisi';
import { WARNA_GRAFIK } from './grafik';
import { warnaKriteriaGrafik } from './warna-grafik';
import { PESAN_TABEL } from './pesan';
import type { SelTabel } from './spec';

export const PENCAPAIAN_IKU = {
  id: 'pencapaian-iku',
  judul: 'Pencapaian IKU',
  bangun,
} as const satisfies TabelStandar;

function bangun(hasil: HasilSkor, nama: string): BentukTabel {
  const skema = hasil.opsi.skema;
  const periode = hasil.opsi.periode;
  const tw = periode === 'tahunan' ? '' : ` ${singkatPeriode(periode)}`;
  const kolom = new Kolom([
    ...KOLOM_AWAL,
    'satuan',
    hasil.indikator.some((s) => s.indikator.bobot !== 1) && 'bobot',
    hasil.indikator.some((s) => s.indikator.polaritas !== 'positif') && 'polaritas',
    'target',
    'realisasi',
    'capaian',
    'kriteria',
    'nps',
    'kriteriaNps',
    'keterangan',
  ] as const);
  const judul = judulPeriode(nama, periode);
  const kisi = mulaiKisi(judul, kolom, {
    ...KEPALA_AWAL,
    satuan: 'Satuan',
    bobot: 'Bobot',
    polaritas: 'Polaritas',
    target: `Target${tw}`,
    realisasi: `Realisasi${tw}`,
    capaian: 'Capaian (%)',
    kriteria: 'Kriteria',
    nps: 'NPS',
    kriteriaNps: 'Kriteria Sasaran',
    keterangan: 'Keterangan',
  });

  const lebarLabel = kolom.i('nps');
  const nilaiNps = (nps: number | null, lain: Partial<SelTabel> = {}): SelTabel =>
    angka(nps, FORMAT.persen, { ...lain, ...(nps === null ? { catatan: PESAN_TABEL.npsKosong } : {}) });
  const data = tulisBarisIndikator(kisi, hasil, {
    lebarPerspektif: lebarLabel,
    perspektif: (k) => [nilaiNps(k.perspektif?.nps ?? null, { tebal: true }), kriteria(k.perspektif?.kriteria ?? null, skema, { tebal: true })],
    indikator: (s) => [
      kolom.baris({
        satuan: teks(s.indikator.satuan, { rata: 'tengah' }),
        bobot: angka(s.indikator.bobot, 'General', { rata: 'tengah' }),
        polaritas: teks(s.indikator.polaritas, { rata: 'tengah' }),
        target: nilaiAngka(s.target),
        realisasi: nilaiAngka(realisasiPeriode(s)),
        capaian: angka(s.capaian),
        kriteria: kriteria(s.kriteria, skema),
        keterangan: teks(s.keterangan),
      }),
    ],
    sasaran: (s) =>
      new Map([
        [kolom.i('nps'), nilaiNps(s.nps)],
        [kolom.i('kriteriaNps'), kriteria(s.kriteria, skema)],
      ]),
  });

  kisi.tambahLebar(teks(PESAN_TABEL.npsUnit(tingkatUnit(hasil)), { tebal: true, isi: WARNA_JUMLAH, bungkus: false }), lebarLabel, [
    nilaiNps(hasil.unit.nps, { tebal: true }),
    kriteria(hasil.unit.kriteria, skema, { tebal: true }),
  ]);

  return {
    kisi,
    judul,
    grafik: {
      jenis: 'batang',
      judul: `Capaian Indikator Kinerja${tw} (%)`,
      kolomLabel: kolom.i('no'),
      kolomNilai: kolom.i('capaian'),
      barisAwal: data.awal,
      barisAkhir: data.akhir,
      garisAcuan: 100,
      baris: data.baris,
      seri: [
        {
          nama: 'Capaian (%)',
          kolom: kolom.i('capaian'),
          warna: WARNA_GRAFIK.batang,
          kolomWarna: kolom.i('kriteria'),
          warnaLabel: warnaKriteriaGrafik(skema),
        },
      ],
      judulKategori: PESAN_TABEL.sumbuIndikator,
      judulNilai: 'Capaian (%)',
    },
  };
}
