// Indicator sheets as planners keep them, copied from the two reference reports: title rows,
// headers merged over two columns, perspective rows, sasaran written only on their first row,
// a header repeated after a page break. Cell values are what a host returns (formula results as
// numbers, typed figures as text).
import type { Sel } from '../../core/model';

const JUDUL_T5 = ['SASARAN PROGRAM', '', 'INDIKATOR KINERJA', '', 'SATUAN', 'TARGET', 'REALISASI', 'CAPAIAN (%)', 'IKU'];

/** Report 000, Tabel 5 (Pencapaian IKU Sekretariat Utama 2019): 12 sasaran, 17 indicators. */
export const TABEL_5: Sel[][] = [
  ['LAPORAN KINERJA SEKRETARIAT UTAMA BPOM TAHUN 2019'],
  ['Tabel 5. Pencapaian IKU Sekretariat Utama Tahun 2019'],
  [],
  JUDUL_T5,
  ['Customer Perspective', '', '', '', '', '', '', '', ''],
  [1, 'Meningkatnya capaian RB BPOM di lingkup Sekretariat Utama sesuai roadmap RB BPOM 2015-2019', 1, 'Nilai RB BPOM komponen penilaian diluar program penguatan pengawasan', '-', '54,3', '53,36', '98,27', '✓'],
  ['', '', 2, 'Opini BPK atas laporan keuangan BPOM', '-', 'WTP', 'WTP', '100,00', ''],
  [2, 'Terkelolanya sarana prasarana penunjang pengawasan BPOM dengan baik', 3, 'Nilai Pengelolaan BMN BPOM', '-', 72, '77,46', '107,58', ''],
  [3, 'Meningkatnya kepuasan internal BPOM terhadap layanan dukungan manajemen', 4, 'Indeks kepuasan internal BPOM terhadap layanan dukungan manajemen', '-', 61, '80,62', '132,16', ''],
  JUDUL_T5, // page break in the printed report
  [4, 'Meningkatnya kepercayaan/opini positif Masyarakat terhadap BPOM', 5, 'Indeks Opini Publik BPOM', '%', 65, '85,20', '131,08', ''],
  ['Internal Process Perspective'],
  [5, 'Terlaksananya rencana aksi RB BPOM di lingkup Sekretariat Utama', 6, 'Persentase realisasi rencana aksi RB BPOM di lingkup Sekretariat Utama', '%', 100, '99,44', '99,44', ''],
  [6, 'Tersedianya dokumen perencanaan, penganggaran, monitoring, evaluasi, laporan kinerja, dan laporan keuangan yang diselesaikan tepat waktu', 7, 'Persentase dokumen perencanaan, penganggaran, monitoring, evaluasi, laporan kinerja dan laporan keuangan yang diselesaikan tepat waktu', '%', 100, 100, 100, ''],
  // 37 of 43 satker: the cell holds =37/43*100 and shows 86,05
  [7, 'Meningkatnya pengelolaan Sumber daya BPOM', 8, 'Persentase Satker yang mampu mengelola BMN dengan baik', '%', 89, (37 / 43) * 100, '96,68', ''],
  ['', '', 9, 'Persentase SDM BPOM yang memiliki kinerja berkriteria minimal baik', '%', 85, '97,93', '115,21', 'ya'],
  [8, 'Organisasi yang tepat fungsi, tepat proses, dan tepat ukuran', 10, 'Rasio tindak lanjut rekomendasi hasil evaluasi organisasi dan tata laksana terhadap total rekomendasi', '%', 100, 100, 100, ''],
  [9, 'Tersedianya peraturan Perundang-Undangan dan Advokasi hukum', 11, 'Persentase peraturan perundang-undangan yang disusun', '%', 100, 100, 100, ''],
  ['', '', 12, 'Persentase advokasi hukum yang diselesaikan', '%', 100, 100, 100, ''],
  [10, 'Meningkatnya kerja sama BPOM', 13, 'Persentase kerja sama yang ditindaklanjuti secara efektif terhadap total kerja sama BPOM', '%', 71, '78,90', '111,13', ''],
  [11, 'Menguatnya pengelolaan hubungan Masyarakat dan koordinasi dukungan manajemen', 14, 'Persentase pemberitaan positif di media terhadap total pemberitaan tentang BPOM', '%', 87, '99,58', '114,46', ''],
  ['', '', 15, 'Tingkat keberhasilan koordinasi dalam layanan hubungan manajemen eselon 1', '-', 61, '78,1', '128,03', ''],
  ['', '', 16, 'Persentase layanan pengaduan dan informasi yang dapat dijawab langsung', '%', 93, '95,65', '102,85', ''],
  ['Learning and Growth Perspective'],
  [12, 'Terwujudnya RB Sekretariat Utama BPOM sesuai roadmap RB BPOM 2015-2019', 17, 'Nilai AKIP Sekretariat Utama', '-', 81, '78,35', '96,73', ''],
];

/** Report 002, Tabel 3.1 (TW III 2022) for the sasaran whose figures are exact fractions, with
 *  the BSC column of Tabel 3.2. Realisasi cells hold formula results. */
export const TABEL_3_1: Sel[][] = [
  ['Unit Organisasi : Balai Besar Pengawas Obat dan Makanan di Serang'],
  ['Periode : Interim Triwulan III Tahun 2022'],
  ['Tabel 3.1 Sasaran Kegiatan, Indikator, Target dan Realisasi Triwulan III Tahun 2022'],
  ['BSC II', 'No', 'Sasaran Kegiatan', 'Indikator Kinerja', '', 'Target TW III 2022', 'Realisasi TW III 2022', 'Capaian TW III 2022', 'Capaian thd target 2022', 'Kriteria Capaian TW III 2022'],
  ['(1)', '(2)', '(3)', '(4)', '(5)', '(6)', '(7)', '(8)', '(9)', '(10)'],
  ['Stakeholders Perspective', 1, 'Terwujudnya Obat dan Makanan yang memenuhi syarat di wilayah kerja BBPOM di Serang', 1, 'Persentase Obat yang memenuhi syarat', '85,00', (49 / 52) * 100, '110,86', '110,86', 'Memenuhi Ekspektasi'],
  ['', '', '', 2, 'Persentase Makanan yang memenuhi syarat', '82,00', '68,75', '83,84', '83,84', 'Belum Memenuhi Ekspektasi'],
  ['', '', '', 3, 'Persentase Obat yang aman dan bermutu berdasarkan hasil pengawasan', '85,00', (129 / 151) * 100, '100,51', '100,51', 'Memenuhi Ekspektasi'],
  ['', '', '', 4, 'Persentase Makanan yang aman dan bermutu berdasarkan hasil pengawasan', '78,00', (13 / 14) * 100, '119,05', '119,05', 'Memenuhi Ekspektasi'],
  ['', '', '', 5, 'Persentase pangan fortifikasi yang memenuhi syarat', '81,00', (11 / 18) * 100, '75,45', '75,45', 'Tidak Memenuhi Ekspektasi'],
  ['', 2, 'Meningkatnya kesadaran masyarakat terhadap keamanan dan mutu Obat dan Makanan di wilayah kerja BBPOM di Serang', 6, 'Indeks kesadaran masyarakat (awareness index) terhadap Obat dan Makanan aman dan bermutu', '-', '-', '-', '-', ''],
  ['Internal Process Perspective', 5, 'Meningkatnya efektivitas komunikasi, informasi, edukasi Obat dan Makanan di wilayah kerja BBPOM di Serang', 17, 'Tingkat efektifitas KIE Obat dan Makanan', '92,15', '92,74', '100,64', '100,48', 'Memenuhi Ekspektasi'],
  ['', '', '', 18, 'Jumlah sekolah dengan Pangan Jajanan Anak Sekolah (PJAS) Aman', '78,30', '86,17', '110,05', '86,17', 'Memenuhi Ekspektasi'],
  ['', '', '', 19, 'Jumlah desa pangan aman', '85,00', '82,50', '97,06', '82,50', 'Belum Memenuhi Ekspektasi'],
  ['', '', '', 20, 'Jumlah pasar pangan aman berbasis komunitas', '90,00', '97,00', '107,78', '97,00', 'Memenuhi Ekspektasi'],
  ['', 7, 'Meningkatnya efektivitas penindakan kejahatan Obat dan Makanan di wilayah kerja BBPOM di Serang', 23, 'Persentase keberhasilan penindakan kejahatan di bidang Obat dan Makanan', '53,00', '69,46', '131,06', '103,68', 'Tidak Dapat Disimpulkan'],
  ['Learning & Growth Perspective', 10, 'Menguatnya laboratorium, pengelolaan data dan informasi pengawasan obat dan makanan', 27, 'Persentase pemenuhan laboratorium pengujian Obat dan Makanan sesuai standar GLP*)', '-', '-', '-', '-', ''],
  ['', '', '', 28, 'Indeks pengelolaan data dan informasi UPT yang optimal', '2,25', '2,2', '97,78', '97,78', 'Belum Memenuhi Ekspektasi'],
];
