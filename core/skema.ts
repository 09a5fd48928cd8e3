// Kriteria schemes are data: bands with a label and optionally a colour and an efektivitas text.
// Built-in ones here; a user's own scheme is read from a range by skemaDariRentang.
import { bacaAngka } from './angka';
import { galat, type Galat } from './galat';
import type { Pita, Sel, Skema } from './model';
import { PESAN } from './pesan';

/** Indonesian colour names a custom scheme may use, as 6-digit hex. */
export const WARNA: Readonly<Record<string, string>> = {
  merah: 'FF0000',
  'merah tua': 'C00000',
  'merah muda': 'FFC7CE',
  kuning: 'FFFF00',
  jingga: 'FFC000',
  oranye: 'FFC000',
  hijau: '00B050',
  'hijau muda': '92D050',
  'hijau tua': '00804A',
  biru: '0070C0',
  'biru muda': '9BC2E6',
  ungu: '7030A0',
  putih: 'FFFFFF',
  hitam: '000000',
  'abu-abu': 'BFBFBF',
  'abu-abu muda': 'D9D9D9',
  'abu-abu gelap': '808080',
};

/** [lower, lowerIncluded, upper, upperIncluded]: null bound = open. */
type Batas = readonly [number | null, boolean, number | null, boolean];

function pita(label: string, [bawah, bawahTermasuk, atas, atasTermasuk]: Batas, lain: Partial<Pita> = {}): Pita {
  return { label, bawah, bawahTermasuk, atas, atasTermasuk, ...lain };
}

const BPOM_2019: Skema = {
  kode: 'BPOM-2019',
  nama: 'Kriteria Pencapaian Indikator Sasaran (BPOM 2019)',
  pita: [
    pita('Sangat Kurang', [null, false, 50, false]),
    pita('Kurang', [50, true, 70, false]),
    pita('Cukup', [70, true, 90, false]),
    pita('Baik', [90, true, 110, false]),
    pita('Sangat Baik', [110, true, 120, true]),
    pita('Tidak Dapat Disimpulkan', [120, false, null, false]),
  ],
  catatan: 'Tabel asli tidak mencakup tepat 120% (<120% dan >120%); nilai 120,00 dimasukkan ke Sangat Baik.',
};

const KEPKA_128_2022: Skema = {
  kode: 'KEPKA-128-2022',
  nama: 'Kriteria Penilaian Capaian (Keputusan Kepala BPOM No. 128 Tahun 2022)',
  pita: [
    pita('Tidak Memenuhi Ekspektasi', [null, false, 80, false], { warna: WARNA.merah, efektivitas: 'Tidak Efektif' }),
    pita('Belum Memenuhi Ekspektasi', [80, true, 100, false], { warna: WARNA.kuning, efektivitas: 'Kurang Efektif' }),
    pita('Memenuhi Ekspektasi', [100, true, 120, true], { warna: WARNA.hijau, efektivitas: 'Efektif' }),
    pita('Tidak Dapat Disimpulkan', [120, false, null, false], { warna: WARNA['abu-abu gelap'], efektivitas: '' }),
  ],
};

const IKM: Skema = {
  kode: 'IKM',
  nama: 'Indeks Kepuasan Masyarakat (PermenPANRB 14/2017)',
  pita: [
    pita('Tidak Baik', [25, true, 64.99, true], { kode: 'D' }),
    pita('Kurang Baik', [65, true, 76.6, true], { kode: 'C' }),
    pita('Baik', [76.61, true, 88.3, true], { kode: 'B' }),
    pita('Sangat Baik', [88.31, true, 100, true], { kode: 'A' }),
  ],
  catatan: 'Skala 25-100; kriteria ditentukan dari nilai dua desimal yang ditampilkan.',
};

const IPP: Skema = {
  kode: 'IPP',
  nama: 'Indeks Pelayanan Publik (skala 1-5)',
  pita: [
    pita('Gagal', [0, true, 1, true], { kode: 'F' }),
    pita('Sangat Buruk', [1.01, true, 1.5, true], { kode: 'E' }),
    pita('Buruk', [1.51, true, 2, true], { kode: 'D' }),
    pita('Cukup (Dengan Catatan)', [2.01, true, 2.5, true], { kode: 'C-' }),
    pita('Cukup', [2.51, true, 3, true], { kode: 'C' }),
    pita('Baik (Dengan Catatan)', [3.01, true, 3.5, true], { kode: 'B-' }),
    pita('Baik', [3.51, true, 4, true], { kode: 'B' }),
    pita('Sangat Baik', [4.01, true, 4.5, true], { kode: 'A-' }),
    pita('Pelayanan Prima', [4.51, true, 5, true], { kode: 'A' }),
  ],
};

const AKIP: Skema = {
  kode: 'AKIP',
  nama: 'Nilai Evaluasi Akuntabilitas Kinerja (SAKIP)',
  pita: [
    pita('Kurang', [null, false, 30, true], { kode: 'D' }),
    pita('Agak Kurang', [30, false, 50, true], { kode: 'C' }),
    pita('Cukup Baik', [50, false, 60, true], { kode: 'CC' }),
    pita('Baik', [60, false, 70, true], { kode: 'B' }),
    pita('Sangat Baik', [70, false, 80, true], { kode: 'BB' }),
    pita('Memuaskan', [80, false, 90, true], { kode: 'A' }),
    pita('Sangat Memuaskan', [90, false, null, false], { kode: 'AA' }),
  ],
};

const EFISIENSI: Skema = {
  kode: 'Efisiensi',
  nama: 'Kategori Efisiensi (IE terhadap SE = 1)',
  pita: [pita('Tidak Efisien', [null, false, 1, false]), pita('Efisien', [1, true, null, false])],
};

// keyed by its codes, so a lookup by one of them is a Skema (by user text: cariSkema)
export const SKEMA_BAWAAN = Object.freeze({
  'BPOM-2019': BPOM_2019,
  'KEPKA-128-2022': KEPKA_128_2022,
  IKM,
  IPP,
  AKIP,
  Efisiensi: EFISIENSI,
}) satisfies Readonly<Record<string, Skema>>;

export const SKEMA_DEFAULT = 'KEPKA-128-2022' satisfies keyof typeof SKEMA_BAWAAN;

const normal = (kode: string): string =>
  kode
    .trim()
    .toUpperCase()
    .replace(/[\s_]+/g, '-');
const MENURUT_KODE = new Map(Object.values(SKEMA_BAWAAN).map((s) => [normal(s.kode), s]));

/** A built-in scheme by its code, case-insensitive ('kepka 128 2022' works too). */
export function cariSkema(kode: string): Skema | Galat {
  return MENURUT_KODE.get(normal(kode)) ?? galat('nilai', PESAN.skemaTakDikenal(kode, Object.keys(SKEMA_BAWAAN)));
}

/**
 * A custom scheme from a range: one band a row, columns lower bound | label | colour (hex or an
 * Indonesian colour name, optional) | efektivitas (optional). A header row is allowed. Each band
 * runs from its lower bound (included) to the next band's (excluded); the top band is open above;
 * the lowest may leave its bound blank to be open below. Rows may come in any order.
 */
export function skemaDariRentang(nilai: readonly (readonly Sel[])[]): Skema | Galat {
  const baris = nilai.map((isi, i) => ({ isi, nomor: i + 1 })).filter(({ isi }) => isi.some((s) => bacaAngka(s).jenis !== 'kosong'));
  if (baris[0] && adalahJudul(baris[0].isi)) baris.shift();
  if (baris.length === 0) return galat('nilai', PESAN.skemaKosong);
  const daftar: { bawah: number | null; lain: Pita; nomor: number }[] = [];
  for (const { isi, nomor } of baris) {
    const batas = bacaAngka(isi[0]);
    if (batas.jenis !== 'angka' && batas.jenis !== 'kosong') {
      return galat('nilai', PESAN.skemaBatasSalah(nomor, String(isi[0])));
    }
    const label = teks(isi[1]);
    if (label === '') return galat('nilai', PESAN.skemaLabelKosong(nomor));
    const warna = bacaWarna(isi[2]);
    if (warna === null) return galat('nilai', PESAN.skemaWarnaSalah(nomor, teks(isi[2])));
    const efektivitas = teks(isi[3]);
    const lain = pita(label, [null, false, null, false], {
      ...(warna ? { warna } : {}),
      ...(efektivitas ? { efektivitas } : {}),
    });
    daftar.push({ bawah: batas.jenis === 'angka' ? batas.nilai : null, lain, nomor });
  }
  const [, terbukaKedua] = daftar.filter((d) => d.bawah === null);
  // only the lowest band may be open below
  if (terbukaKedua) return galat('nilai', PESAN.skemaTerbukaBukanPertama(terbukaKedua.nomor));
  daftar.sort((a, b) => (a.bawah ?? -Infinity) - (b.bawah ?? -Infinity));
  const ganda = daftar.find((d, i) => i > 0 && d.bawah === daftar[i - 1]?.bawah);
  if (ganda) return galat('nilai', PESAN.skemaBatasGanda(ganda.bawah as number));
  return {
    kode: 'Kustom',
    nama: 'Skema dari rentang',
    pita: daftar.map(({ bawah, lain }, i) => {
      const atas = daftar[i + 1]?.bawah ?? null;
      return { ...lain, bawah, bawahTermasuk: bawah !== null, atas, atasTermasuk: false };
    }),
  };
}

function teks(sel: Sel): string {
  return sel === null || sel === undefined ? '' : String(sel).trim();
}

/** A header row: its first cell is text that is not a number ('Batas bawah'). */
function adalahJudul(isi: readonly Sel[]): boolean {
  const jenis = bacaAngka(isi[0]).jenis;
  return jenis === 'galat' || jenis === 'kualitatif';
}

/** '' when blank, the hex when readable, null when not a colour. */
function bacaWarna(sel: Sel): string | null {
  const t = teks(sel).toLowerCase().replace(/\s+/g, ' ');
  if (t === '' || t === '-') return '';
  const hex = /^#?([0-9a-f]{6}|[0-9a-f]{3})$/.exec(t)?.[1];
  if (hex !== undefined) {
    const h = hex.length === 3 ? [...hex].map((c) => c + c).join('') : hex;
    return h.toUpperCase();
  }
  return WARNA[t.replace(/^abu(-abu)?/, 'abu-abu')] ?? null;
}

/** The planner's scheme choice, wherever it is made (panel, --skema, KRITERIA's argument): a
 *  built-in code, or the cells of a range of bands. */
export function skemaPilihan(pilihan: string | readonly (readonly Sel[])[]): Skema | Galat {
  return typeof pilihan === 'string' ? cariSkema(pilihan) : skemaDariRentang(pilihan);
}
