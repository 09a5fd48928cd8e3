// A small hand-scored unit for the table tests: two perspectives, three sasaran, five indicators
// (a weighted IKU, a qualitative WTP target, an indicator without realisasi, one with target 0),
// budget columns, and the KEPKA-128-2022 scheme (coloured bands). Figures are round on purpose.
import type { Angka, HasilSkor, Indikator, ModelLapkin, OpsiSkor, PetaKolom, Sasaran, SkorIndikator, SkorSasaran } from '../../../core/model';
import { SKEMA_BAWAAN } from '../../../core/skema';

export const angka = (nilai: number): Angka => ({ jenis: 'angka', nilai });
export const kosong = (alasan: string): Angka => ({ jenis: 'kosong', alasan });

export function indikator(isi: Partial<Indikator> & Pick<Indikator, 'baris' | 'sasaran' | 'nama'>): Indikator {
  return {
    perspektif: null,
    no: '',
    satuan: '%',
    target: angka(100),
    realisasi: angka(100),
    bobot: 1,
    iku: false,
    polaritas: 'positif',
    targetBulanan: null,
    realisasiBulanan: null,
    pagu: null,
    realisasiAnggaran: null,
    tahunLalu: [],
    targetRenstra: null,
    ...isi,
  };
}

export function skorIndikator(ind: Indikator, capaian: number | null, kriteria: string | null, keterangan = ''): SkorIndikator {
  return { indikator: ind, target: ind.target, capaian, capaianTahunan: capaian, kriteria, keterangan };
}

const P1 = 'Stakeholder Perspective';
const P2 = 'Internal Process Perspective';
const S1 = 'Meningkatnya mutu layanan publik';
const S2 = 'Meningkatnya efektivitas pengawasan';
const S3 = 'Menurunnya peredaran produk ilegal';

export const IND = [
  indikator({
    baris: 3,
    perspektif: P1,
    sasaran: S1,
    no: '1',
    nama: 'Indeks kepuasan masyarakat',
    satuan: 'Indeks',
    target: angka(80),
    realisasi: angka(88),
    bobot: 2,
    iku: true,
    pagu: angka(1_000_000),
    realisasiAnggaran: angka(900_000),
  }),
  indikator({
    baris: 4,
    perspektif: P1,
    sasaran: S1,
    no: '2',
    nama: 'Opini BPK atas laporan keuangan',
    satuan: '-',
    target: { jenis: 'kualitatif', teks: 'WTP', peringkat: 4, skala: 'opini' },
    realisasi: { jenis: 'kualitatif', teks: 'WTP', peringkat: 4, skala: 'opini' },
    pagu: angka(500_000),
    realisasiAnggaran: angka(500_000),
  }),
  indikator({
    baris: 5,
    perspektif: P2,
    sasaran: S2,
    no: '3',
    nama: 'Persentase sarana yang memenuhi ketentuan',
    target: angka(75),
    realisasi: angka(60),
    pagu: angka(2_000_000),
    realisasiAnggaran: angka(1_500_000),
  }),
  indikator({
    baris: 6,
    perspektif: P2,
    sasaran: S2,
    no: '4',
    nama: 'Persentase sampel yang diuji',
    target: angka(100),
    realisasi: kosong('"Akhir Tahun"'),
    pagu: kosong('sel kosong'),
    realisasiAnggaran: kosong('sel kosong'),
  }),
  indikator({
    baris: 7,
    perspektif: P2,
    sasaran: S3,
    no: '5',
    nama: 'Persentase produk ilegal',
    target: angka(0),
    realisasi: angka(2),
    pagu: angka(0),
    realisasiAnggaran: angka(0),
  }),
];

export const PETA_ANGGARAN: PetaKolom = {
  peran: { perspektif: 0, sasaran: 1, no: 2, indikator: 3, satuan: 4, target: 5, realisasi: 6, bobot: 7, pagu: 8, realisasiAnggaran: 9 },
  tahunLalu: [],
};

const KET_AKHIR = 'Realisasi belum ada ("Akhir Tahun")';
const KET_NOL = 'Target 0: capaian tidak dapat dihitung (pembagian dengan nol)';

export function contohHasil(opsi: Partial<OpsiSkor> = {}, peta: PetaKolom = PETA_ANGGARAN): HasilSkor {
  const sasaran: Sasaran[] = [
    { nama: S1, perspektif: P1, indikator: IND.slice(0, 2) },
    { nama: S2, perspektif: P2, indikator: IND.slice(2, 4) },
    { nama: S3, perspektif: P2, indikator: IND.slice(4) },
  ];
  const model: ModelLapkin = {
    barisHeader: 2,
    peta,
    sasaran,
    indikator: IND,
    perspektif: [
      { nama: P1, sasaran: sasaran.slice(0, 1) },
      { nama: P2, sasaran: sasaran.slice(1) },
    ],
  };
  const si = [
    skorIndikator(IND[0]!, 110, 'Memenuhi Ekspektasi'),
    skorIndikator(IND[1]!, 100, 'Memenuhi Ekspektasi'),
    skorIndikator(IND[2]!, 80, 'Belum Memenuhi Ekspektasi'),
    skorIndikator(IND[3]!, null, null, KET_AKHIR),
    skorIndikator(IND[4]!, null, null, KET_NOL),
  ];
  const ss: SkorSasaran[] = [
    { sasaran: sasaran[0]!, nps: 320 / 3, kriteria: 'Memenuhi Ekspektasi', indikator: si.slice(0, 2) },
    { sasaran: sasaran[1]!, nps: 80, kriteria: 'Belum Memenuhi Ekspektasi', indikator: si.slice(2, 4) },
    { sasaran: sasaran[2]!, nps: null, kriteria: null, indikator: si.slice(4) },
  ];
  return {
    model,
    opsi: { skema: SKEMA_BAWAAN['KEPKA-128-2022'], tingkat: 'perspektif', periode: 'tahunan', ...opsi },
    indikator: si,
    sasaran: ss,
    perspektif: [
      { nama: P1, nps: 320 / 3, kriteria: 'Memenuhi Ekspektasi', sasaran: ss.slice(0, 1) },
      { nama: P2, nps: 80, kriteria: 'Belum Memenuhi Ekspektasi', sasaran: ss.slice(1) },
    ],
    unit: { nps: (320 / 3 + 80) / 2, kriteria: 'Belum Memenuhi Ekspektasi' },
  };
}

/** The values of a built table as a host would read them back (covered merge cells blank). */
export function nilaiTabel(sel: readonly (readonly { nilai: number | string | null }[])[]): (number | string | null)[][] {
  return sel.map((b) => b.map((s) => s.nilai));
}

/** The index of the column whose header (row barisKepala) reads `judul`. */
export function kolomBerjudul(t: { sel: readonly (readonly { nilai: number | string | null }[])[] }, judul: string, barisKepala = 1): number {
  const k = t.sel[barisKepala]!.findIndex((s) => s.nilai === judul);
  if (k < 0) throw new Error(`kolom ${judul} tidak ada`);
  return k;
}
