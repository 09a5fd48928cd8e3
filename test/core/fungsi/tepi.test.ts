// Bad and edge inputs, each with its exact answer or its exact message.
import { describe, expect, it } from 'vitest';
import { ANGKA, CAPAIAN, EFISIENSI, IKM, KRITERIA, NPS, SERAPAN, TARGET_TW, type HasilFungsi } from '../../../core/fungsi';

const g = (pesan: string, kode: 'nilai' | 'na' = 'nilai') => ({ galat: true, kode, pesan });
const tahun = [20, 20, 20, 30, 30, 30, 40, 40, 40, 50, 55, 60];

const KASUS: readonly (readonly [string, () => HasilFungsi, unknown])[] = [
  // numbers as people type them
  ['ANGKA decimal comma', () => ANGKA('85,20'), 85.2],
  ['ANGKA decimal point', () => ANGKA('85.20'), 85.2],
  ['ANGKA Indonesian thousands', () => ANGKA('1.234.567,89'), 1234567.89],
  ['ANGKA English thousands', () => ANGKA('1,234,567.89'), 1234567.89],
  ['ANGKA rupiah with ,-', () => ANGKA('Rp359.611.361.000,-'), 359611361000],
  ['ANGKA rupiah, one dot', () => ANGKA('Rp 1.250'), 1250],
  ['ANGKA percent with space', () => ANGKA('70 %'), 70],
  ['ANGKA Min 1 negara', () => ANGKA('Min 1 negara'), 1],
  ['ANGKA 3 kawasan', () => ANGKA('3 kawasan'), 3],
  ['ANGKA 91 dokumen', () => ANGKA('91 dokumen'), 91],
  ['ANGKA remark in brackets', () => ANGKA('90 (Efisien)'), 90],
  ['ANGKA comparator', () => ANGKA('≥ 80%'), 80],
  ['ANGKA magnitude word', () => ANGKA('Rp 1,1 juta'), 1100000],
  ['ANGKA magnitude word, thousands', () => ANGKA('2.500 ribu'), 2500000],
  ['ANGKA single dot + 3 digits is thousands', () => ANGKA('1.234'), 1234],
  ['ANGKA 0.125 stays a decimal', () => ANGKA('0.125'), 0.125],
  ['ANGKA single comma + 3 digits is a decimal', () => ANGKA('1,234'), 1.234],
  ['ANGKA unicode minus', () => ANGKA('−12,5'), -12.5],
  ['ANGKA non-breaking spaces', () => ANGKA('\u00a085,20\u00a0'), 85.2],
  ['ANGKA -0 shows as 0', () => ANGKA(-0), 0],
  ['ANGKA audit opinion', () => ANGKA('WTP'), 'WTP'],
  ['ANGKA opinion written out', () => ANGKA('wajar tanpa pengecualian'), 'WTP'],
  ['ANGKA dash = no figure', () => ANGKA('-'), ''],
  ['ANGKA em dash = no figure', () => ANGKA('—'), ''],
  ['ANGKA empty = no figure', () => ANGKA(''), ''],
  ['ANGKA null = no figure', () => ANGKA(null), ''],
  ['ANGKA Akhir Tahun', () => ANGKA('Akhir Tahun'), ''],
  ['ANGKA Dimulai TW III', () => ANGKA('Dimulai TW III'), ''],
  ['ANGKA Progress 49,43%', () => ANGKA('Progress 49,43%'), ''],
  ['ANGKA belum diukur', () => ANGKA('belum diukur'), ''],
  ['ANGKA garbage', () => ANGKA('xyz'), g('Teks "xyz" tidak dapat dibaca sebagai angka')],
  ['ANGKA two numbers', () => ANGKA('12 dari 15'), g('Teks "12 dari 15" tidak dapat dibaca sebagai angka')],
  ['ANGKA bad grouping', () => ANGKA('1.2.3'), g('Teks "1.2.3" tidak dapat dibaca sebagai angka')],
  ['ANGKA a quarter is not a number', () => ANGKA('TW III'), g('Teks "TW III" tidak dapat dibaca sebagai angka')],
  ['ANGKA spreadsheet error text', () => ANGKA('#DIV/0!'), g('Sel berisi galat #DIV/0!: perbaiki rumus sumbernya')],
  ['ANGKA boolean', () => ANGKA(true), g('Nilai logika TRUE tidak dapat dibaca sebagai angka')],
  ['ANGKA date', () => ANGKA(new Date(2024, 0, 31)), g('Tanggal 31/01/2024 tidak dapat dibaca sebagai angka')],
  ['ANGKA NaN', () => ANGKA(NaN), g('Nilai tak hingga atau bukan angka (NaN) tidak dapat dipakai sebagai angka')],
  ['ANGKA Infinity', () => ANGKA(-Infinity), g('Nilai tak hingga atau bukan angka (NaN) tidak dapat dipakai sebagai angka')],
  // capaian
  ['CAPAIAN target 0', () => CAPAIAN(50, 0), g('Target 0: capaian tidak dapat dihitung (pembagian dengan nol)', 'na')],
  ['CAPAIAN blank realisasi', () => CAPAIAN('', 80), ''],
  ['CAPAIAN dash target', () => CAPAIAN(80, '-'), ''],
  ['CAPAIAN target at year end', () => CAPAIAN(80, 'Akhir Tahun'), ''],
  ['CAPAIAN unreadable realisasi', () => CAPAIAN('xyz', 80), g('Realisasi: Teks "xyz" tidak dapat dibaca sebagai angka')],
  ['CAPAIAN unreadable target', () => CAPAIAN(80, 'abc'), g('Target: Teks "abc" tidak dapat dibaca sebagai angka')],
  ['CAPAIAN lower opinion', () => CAPAIAN('WDP', 'WTP'), 75],
  ['CAPAIAN higher opinion meets the target', () => CAPAIAN('WTP', 'WDP'), 100],
  [
    'CAPAIAN text against a number',
    () => CAPAIAN('WTP', 85),
    g('Satu dari target dan realisasi berupa teks, yang lain angka: tidak dapat dibandingkan'),
  ],
  ['CAPAIAN two scales', () => CAPAIAN('Efisien', 'WTP'), g('Realisasi "Efisien" dan target "WTP" tidak dapat dibandingkan')],
  ['CAPAIAN negatif', () => CAPAIAN(8, 10, 'negatif'), 120],
  ['CAPAIAN negatif-rasio', () => CAPAIAN(8, 10, 'negatif-rasio'), 125],
  [
    'CAPAIAN negatif-rasio, realisasi 0',
    () => CAPAIAN(0, 10, 'negatif-rasio'),
    g('Realisasi 0: capaian polaritas negatif-rasio (target / realisasi) tidak dapat dihitung', 'na'),
  ],
  ['CAPAIAN cap 120', () => CAPAIAN(150, 100, 'positif', 120), 120],
  [
    'CAPAIAN unknown polarity',
    () => CAPAIAN(150, 100, 'naik-turun'),
    g('Polaritas "naik-turun" tidak dikenal: gunakan positif, negatif atau negatif-rasio'),
  ],
  ['CAPAIAN negative cap', () => CAPAIAN(150, 100, '', -5), g('Batas atas "-5" harus angka lebih dari 0')],
  ['CAPAIAN overflow', () => CAPAIAN(1e308, 1e-308), g('Hasil terlalu besar untuk dihitung', 'na')],
  ['CAPAIAN sizes differ', () => CAPAIAN([[1], [2]], [[1], [2], [3]]), g('Ukuran rentang tidak sama: realisasi 2×1, target 3×1')],
  ['CAPAIAN empty range', () => CAPAIAN([], 5), g('Rentang realisasi kosong')],
  ['CAPAIAN single target broadcast', () => CAPAIAN([[80], [90]], 100), [[80], [90]]],
  ['CAPAIAN 1×1 range broadcasts too', () => CAPAIAN([[80, 90]], [[100]]), [[80, 90]]],
  [
    'CAPAIAN one bad row keeps its neighbours',
    () => CAPAIAN([[80], ['x'], [90]], 100),
    [[80], [g('Realisasi: Teks "x" tidak dapat dibaca sebagai angka')], [90]],
  ],
  // kriteria
  ['KRITERIA 79,995 shows 80,00', () => KRITERIA(79.995), 'Belum Memenuhi Ekspektasi'],
  ['KRITERIA 120,004 shows 120,00', () => KRITERIA(120.004), 'Memenuhi Ekspektasi'],
  ['KRITERIA 120,005 shows 120,01', () => KRITERIA(120.005), 'Tidak Dapat Disimpulkan'],
  ['KRITERIA IKM gap 64,995', () => KRITERIA(64.995, 'IKM'), 'Kurang Baik'],
  ['KRITERIA IKM grade', () => KRITERIA(64.99, 'ikm', 'kode'), 'D'],
  ['KRITERIA IPP gap 1,005', () => KRITERIA(1.005, 'IPP'), 'Sangat Buruk'],
  ['KRITERIA AKIP 90 is not above 90', () => KRITERIA(90.0001, 'AKIP'), 'Memuaskan'],
  ['KRITERIA outside the scheme', () => KRITERIA(20, 'IKM'), g('Nilai 20,00 di luar semua pita skema IKM', 'na')],
  [
    'KRITERIA unknown scheme',
    () => KRITERIA(90, 'XYZ'),
    g('Skema "XYZ" tidak dikenal. Pilihan: BPOM-2019, KEPKA-128-2022, IKM, IPP, AKIP, Efisiensi, atau rentang pita sendiri'),
  ],
  ['KRITERIA colour', () => KRITERIA(90, undefined, 'warna'), 'FFFF00'],
  ['KRITERIA no efektivitas above 120', () => KRITERIA(130, 'KEPKA-128-2022', 'efektivitas'), ''],
  ['KRITERIA unknown output', () => KRITERIA(90, '', 'huruf'), g('Keluaran "huruf" tidak dikenal. Pilihan: label, warna, efektivitas, kode')],
  [
    'KRITERIA bad scheme answers every cell',
    () => KRITERIA([[90], [100]], 'XYZ'),
    [[expect.objectContaining({ galat: true })], [expect.objectContaining({ galat: true })]],
  ],
  ['KRITERIA of a text', () => KRITERIA('WTP'), g('"WTP" berupa teks, bukan nilai angka')],
  ['KRITERIA blank', () => KRITERIA(''), ''],
  [
    'KRITERIA custom scheme from a range',
    () =>
      KRITERIA(
        [[59.99], [60], [85]],
        [
          ['Batas bawah', 'Label', 'Warna'],
          [0, 'Kurang', 'merah'],
          [60, 'Cukup', 'kuning'],
          [80, 'Baik', 'hijau'],
        ],
        'warna',
      ),
    [['FF0000'], ['FFFF00'], ['00B050']],
  ],
  [
    'KRITERIA custom scheme, bad colour',
    () =>
      KRITERIA(70, [
        [0, 'Kurang', 'merahh'],
        [60, 'Baik', ''],
      ]),
    g('Skema baris 1: warna "merahh" tidak dikenal (tulis kode hex seperti FF0000 atau nama warna)'),
  ],
  // efisiensi, serapan
  ['EFISIENSI input 0', () => EFISIENSI(100, 0), g('Capaian input (serapan anggaran) 0%: efisiensi tidak dapat dihitung', 'na')],
  ['EFISIENSI blank output', () => EFISIENSI('', 98), ''],
  ['EFISIENSI IE 0,995 shows 1,00: Efisien', () => EFISIENSI(99.5, 100, 'kategori'), 'Efisien'],
  ['EFISIENSI unknown output', () => EFISIENSI(100, 98, 'XX'), g('Keluaran "XX" tidak dikenal. Pilihan: IE, TE, SE, kategori')],
  ['SERAPAN pagu 0', () => SERAPAN(10, 0), g('Pagu 0: serapan anggaran tidak dapat dihitung', 'na')],
  ['SERAPAN above the ceiling', () => SERAPAN(120, 100), 120],
  // periods
  [
    'TARGET_TW wrong size',
    () => TARGET_TW([[1, 2, 3]], 1),
    g('Target bulanan harus 12 sel (Jan..Des, 1×12 atau 12×1) atau 4 sel (TW I..IV); diterima 1×3'),
  ],
  [
    'TARGET_TW single value',
    () => TARGET_TW(5, 1),
    g('Target bulanan harus 12 sel (Jan..Des, 1×12 atau 12×1) atau 4 sel (TW I..IV); diterima 1×1'),
  ],
  ['TARGET_TW unknown quarter', () => TARGET_TW([tahun], 'TW V'), [[g('Triwulan "TW V" tidak dikenal: gunakan 1-4 atau "TW I".."TW IV"')]]],
  ['TARGET_TW quarter as a range', () => TARGET_TW([tahun], [[1, 2]]), [[g('triwulan harus satu nilai, bukan rentang')]]],
  ['TARGET_TW four quarterly targets', () => TARGET_TW([[10, 20, 30, 40]], 'Triwulan III'), [[30]]],
  ['TARGET_TW B9 means TW III', () => TARGET_TW([tahun], 'B9'), [[40]]],
  [
    'TARGET_TW unreadable month',
    () => TARGET_TW([[...tahun.slice(0, 8), 'xyz', ...tahun.slice(9)]], 3),
    [[g('Teks "xyz" tidak dapat dibaca sebagai angka')]],
  ],
  // roll-ups
  ['NPS nothing has a figure', () => NPS([['', '-']]), ''],
  ['NPS unreadable cell named', () => NPS([[100, 'abc']]), g('capaian baris 1, kolom 2: Teks "abc" tidak dapat dibaca sebagai angka')],
  ['NPS weights sum to 0', () => NPS([[100], [50]], [[0], [0]]), g('Jumlah bobot 0: rata-rata tertimbang tidak dapat dihitung', 'na')],
  ['NPS negative weight', () => NPS([[100], [50]], [[1], [-1]]), g('bobot baris 2, kolom 1: Bobot "-1" harus angka 0 atau lebih')],
  ['NPS sizes differ', () => NPS([[100], [50]], [[1], [2], [3]]), g('Ukuran rentang tidak sama: capaian 2×1, bobot 3×1')],
  ['NPS weight of a no-figure cell is not read', () => NPS([[100, '']], [[1, 'x']]), 100],
  ['NPS blank weight is 1', () => NPS([[100, 50]], [[2, '']]), 250 / 3],
  ['NPS single value', () => NPS(97), 97],
  ['IKM mean × 25', () => IKM([[3, 3.5, 4]]), 87.5],
  ['IKM weighted', () => IKM([[4], [2]], [[3], [1]]), 87.5],
  ['IKM outside 1-4', () => IKM([[5]]), g('nilai_unsur baris 1, kolom 1: Nilai unsur 5,00 di luar skala 1-4')],
  ['IKM nothing filled', () => IKM([['']]), ''],
];

describe('edge and bad inputs: exact answers and messages', () => {
  it('has at least 40 distinct cases', () => {
    expect(new Set(KASUS.map(([nama]) => nama)).size).toBe(KASUS.length);
    expect(KASUS.length).toBeGreaterThanOrEqual(40);
  });
  it.each(KASUS)('%s', (_, hitung, harapan) => {
    expect(hitung()).toEqual(harapan);
  });
});
