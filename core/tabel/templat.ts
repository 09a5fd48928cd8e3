// A ready input sheet: the header row with the column names the sheet reader recognises, a few
// realistic example rows grouped by perspective and sasaran (merged cells), dropdowns for
// Perspektif (a suggestion), IKU and Polaritas, notes on the headers, and empty bordered rows to fill in.
import { FORMAT, KOSONG, kepala, teks } from './gaya';
import { Kolom, kisiBerjudul, selesai } from './kisi';
import { NAMA_BULAN_SINGKAT } from './pesan';
import type { SelTabel, TabelSpec } from './spec';

export const PERSPEKTIF_BAKU = [
  'Stakeholder Perspective',
  'Customer Perspective',
  'Internal Process Perspective',
  'Learning & Growth Perspective',
] as const;
export const POLARITAS = ['positif', 'negatif', 'negatif-rasio'] as const;
const YA_TIDAK = ['Ya', 'Tidak'] as const;
/** Empty rows under the examples, with borders and dropdowns ready. */
const BARIS_KOSONG = 30;

const BULAN = NAMA_BULAN_SINGKAT.map((_, i) => `bulan${i}` as const);
const KOLOM = new Kolom([
  'perspektif',
  'sasaran',
  'no',
  'indikator',
  'satuan',
  'iku',
  'bobot',
  'polaritas',
  'target',
  'realisasi',
  ...BULAN,
  'pagu',
  'realisasiAnggaran',
] as const);
type Kunci = (typeof KOLOM.kunci)[number];

const KEPALA: Record<Kunci, string> = {
  perspektif: 'Perspektif',
  sasaran: 'Sasaran',
  no: 'No',
  indikator: 'Indikator Kinerja',
  satuan: 'Satuan',
  iku: 'IKU',
  bobot: 'Bobot',
  polaritas: 'Polaritas',
  target: 'Target',
  realisasi: 'Realisasi',
  ...(Object.fromEntries(BULAN.map((b, i) => [b, NAMA_BULAN_SINGKAT[i]])) as Record<(typeof BULAN)[number], string>),
  pagu: 'Pagu',
  realisasiAnggaran: 'Realisasi Anggaran',
};

const CATATAN: Partial<Record<Kunci, string>> = {
  perspektif: 'Pilih perspektif; kosongkan bila unit tidak memakai perspektif. Sel yang digabung berlaku untuk semua barisnya.',
  sasaran: 'Satu sasaran untuk satu atau beberapa indikator (gabungkan selnya atau ulangi teksnya).',
  iku: 'Ya untuk indikator kinerja utama.',
  bobot: 'Bobot indikator dalam NPS sasaran (kosong = 1).',
  polaritas:
    'positif: makin tinggi makin baik (realisasi/target); negatif: makin rendah makin baik ((2×target−realisasi)/target); negatif-rasio: target/realisasi.',
  target: 'Target tahunan. Angka boleh ditulis 85,20 atau 85.20; teks seperti WTP untuk target kualitatif.',
  realisasi: 'Kosongkan atau tulis "-" bila belum ada angka: indikator tidak ikut dihitung.',
  bulan0: 'Target bulanan kumulatif Jan..Des ("-" bila bulan itu tanpa target); target TW = target Mar, Jun, Sep, Des.',
  pagu: 'Pagu anggaran indikator dalam rupiah.',
  realisasiAnggaran: 'Realisasi anggaran indikator dalam rupiah.',
};

interface Contoh {
  readonly indikator: string;
  readonly satuan: string;
  readonly iku: (typeof YA_TIDAK)[number];
  readonly bobot: number;
  readonly polaritas: (typeof POLARITAS)[number];
  readonly target: number;
  readonly realisasi: number;
  /** Cumulative Jan..Des; null = '-' (no target that month). */
  readonly bulanan: readonly (number | null)[];
  readonly pagu: number;
  readonly realisasiAnggaran: number;
}

const tiapBulan = (n: number) => Array.from({ length: 12 }, () => n);
const akhirTahun = (n: number) => [...Array.from({ length: 11 }, () => null), n];

const CONTOH: readonly { perspektif: string; sasaran: readonly { nama: string; indikator: readonly Contoh[] }[] }[] = [
  {
    perspektif: PERSPEKTIF_BAKU[0],
    sasaran: [
      {
        nama: 'Meningkatnya kepuasan masyarakat terhadap layanan publik',
        indikator: [
          {
            indikator: 'Indeks Kepuasan Masyarakat terhadap layanan publik',
            satuan: 'Indeks',
            iku: 'Ya',
            bobot: 2,
            polaritas: 'positif',
            target: 85,
            realisasi: 87.12,
            bulanan: akhirTahun(85),
            pagu: 125_000_000,
            realisasiAnggaran: 118_430_000,
          },
          {
            indikator: 'Persentase pengaduan masyarakat yang diselesaikan tepat waktu',
            satuan: '%',
            iku: 'Tidak',
            bobot: 1,
            polaritas: 'positif',
            target: 95,
            realisasi: 96.5,
            bulanan: tiapBulan(95),
            pagu: 48_500_000,
            realisasiAnggaran: 47_215_000,
          },
        ],
      },
    ],
  },
  {
    perspektif: PERSPEKTIF_BAKU[2],
    sasaran: [
      {
        nama: 'Meningkatnya efektivitas pengawasan sarana',
        indikator: [
          {
            indikator: 'Persentase sarana yang memenuhi ketentuan',
            satuan: '%',
            iku: 'Ya',
            bobot: 2,
            polaritas: 'positif',
            target: 75,
            realisasi: 72.4,
            bulanan: tiapBulan(75),
            pagu: 310_000_000,
            realisasiAnggaran: 287_965_400,
          },
          {
            indikator: 'Jumlah sampel yang diperiksa dan diuji',
            satuan: 'sampel',
            iku: 'Tidak',
            bobot: 1,
            polaritas: 'positif',
            target: 1200,
            realisasi: 1262,
            bulanan: Array.from({ length: 12 }, (_, i) => 100 * (i + 1)),
            pagu: 540_000_000,
            realisasiAnggaran: 512_880_000,
          },
        ],
      },
      {
        nama: 'Menurunnya peredaran produk ilegal',
        indikator: [
          {
            indikator: 'Persentase produk ilegal dari sampel yang diperiksa',
            satuan: '%',
            iku: 'Ya',
            bobot: 1,
            polaritas: 'negatif',
            target: 5,
            realisasi: 4.2,
            bulanan: tiapBulan(5),
            pagu: 96_000_000,
            realisasiAnggaran: 90_112_500,
          },
        ],
      },
    ],
  },
  {
    perspektif: PERSPEKTIF_BAKU[3],
    sasaran: [
      {
        nama: 'Meningkatnya kompetensi sumber daya manusia',
        indikator: [
          {
            indikator: 'Persentase pegawai yang mengikuti pengembangan kompetensi minimal 20 JP',
            satuan: '%',
            iku: 'Ya',
            bobot: 1,
            polaritas: 'positif',
            target: 80,
            realisasi: 76.5,
            bulanan: [null, null, 20, 20, 20, 40, 40, 40, 60, 60, 60, 80],
            pagu: 72_000_000,
            realisasiAnggaran: 69_540_000,
          },
        ],
      },
    ],
  },
];

// Perspektif only suggests: a unit may name its own perspectives. IKU and Polaritas take only these.
const DAFTAR: Partial<Record<Kunci, Pick<SelTabel, 'daftar' | 'daftarKetat'>>> = {
  perspektif: { daftar: PERSPEKTIF_BAKU },
  iku: { daftar: YA_TIDAK, daftarKetat: true },
  polaritas: { daftar: POLARITAS, daftarKetat: true },
};

export function bangunTemplat(): TabelSpec {
  const judul = 'Lembar Indikator Kinerja';
  const kisi = kisiBerjudul(judul, KOLOM.jumlah);
  kisi.tambah(
    KOLOM.baris(
      Object.fromEntries(
        KOLOM.kunci.map((k) => {
          const catatan = CATATAN[k];
          return [k, { ...kepala(KEPALA[k] ?? k), ...(catatan ? { catatan } : {}) }];
        }),
      ),
    ),
  );
  const isian = (isi: Partial<Record<Kunci, SelTabel>>) =>
    KOLOM.baris(Object.fromEntries(KOLOM.kunci.map((k) => [k, { ...(isi[k] ?? KOSONG), ...DAFTAR[k] }])));

  let no = 0;
  for (const p of CONTOH) {
    const awalPerspektif = kisi.jumlahBaris;
    for (const s of p.sasaran) {
      const awalSasaran = kisi.jumlahBaris;
      for (const c of s.indikator) {
        kisi.tambah(
          isian({
            perspektif: teks(p.perspektif, { rata: 'kiri' }),
            sasaran: teks(s.nama),
            no: { nilai: ++no, rata: 'tengah', garis: true },
            indikator: teks(c.indikator),
            satuan: teks(c.satuan, { rata: 'tengah' }),
            iku: teks(c.iku, { rata: 'tengah' }),
            bobot: { nilai: c.bobot, rata: 'tengah', garis: true },
            polaritas: teks(c.polaritas, { rata: 'tengah' }),
            target: { nilai: c.target, garis: true },
            realisasi: { nilai: c.realisasi, garis: true },
            ...Object.fromEntries(BULAN.map((b, i) => [b, { nilai: c.bulanan[i] ?? '-', rata: 'kanan', garis: true }])),
            pagu: { nilai: c.pagu, format: FORMAT.utuh, garis: true },
            realisasiAnggaran: { nilai: c.realisasiAnggaran, format: FORMAT.utuh, garis: true },
          }),
        );
      }
      kisi.gabungTurun(awalSasaran, kisi.jumlahBaris - 1, [KOLOM.i('sasaran')]);
    }
    kisi.gabungTurun(awalPerspektif, kisi.jumlahBaris - 1, [KOLOM.i('perspektif')]);
  }
  for (let i = 0; i < BARIS_KOSONG; i++) {
    kisi.tambah(isian({ pagu: { ...KOSONG, format: FORMAT.utuh }, realisasiAnggaran: { ...KOSONG, format: FORMAT.utuh } }));
  }
  return selesai('templat', 'Indikator', { kisi, judul });
}
