// Every text the panel shows (Excel task pane and Sheets sidebar), in one place: Indonesian, naming
// the sheet or cell it is about.
import type { Periode, Tingkat } from '../core/index';

export const PILIHAN_PERIODE: readonly [Periode, string][] = [
  ['tahunan', 'Tahunan'],
  ['TW1', 'Triwulan I'],
  ['TW2', 'Triwulan II'],
  ['TW3', 'Triwulan III'],
  ['TW4', 'Triwulan IV'],
];

export const PILIHAN_TINGKAT: readonly [Tingkat, string][] = [
  ['perspektif', 'Perspektif'],
  ['sasaran', 'Sasaran'],
  ['indikator', 'Semua indikator'],
];

export const TEKS = {
  judul: 'Lapkin',
  subjudul: 'Capaian, NPS dan tabel Laporan Kinerja',
  lembarIndikator: 'Lembar indikator (atau tabel yang akan diperiksa)',
  pemetaanKolom: 'Pemetaan kolom',
  pengaturan: 'Pengaturan',
  skemaKriteria: 'Skema kriteria',
  skemaRentang: 'Skema sendiri dari rentang…',
  alamatRentang: 'Alamat rentang skema',
  contohRentang: 'mis. Skema!A1:C6',
  keteranganRentang: 'Satu pita per baris: batas bawah, label, warna (boleh kosong).',
  periode: 'Periode',
  npsUnitRataRata: 'NPS unit: rata-rata',
  tabelDiisi: 'Tabel yang diisi',
  tanpaJudul: '(tanpa judul)',
  tidakAda: '— tidak ada —',

  isi: 'Isi tabel',
  isiKeterangan: 'Hitung capaian dan NPS dari lembar indikator, lalu tulis tabel yang dicentang ke lembar baru',
  periksa: 'Periksa',
  periksaKeterangan: 'Hitung ulang tabel yang sudah terisi di lembar terpilih; sel yang tidak sesuai diberi warna dan komentar',
  templat: 'Buat templat',
  templatKeterangan: 'Buat lembar indikator dengan kolom baku dan contoh isian',
  laporan: 'Unduh laporan (.docx)',
  laporanKeterangan: 'Susun bab Akuntabilitas Kinerja (tabel, analisis, grafik) sebagai dokumen Word dan unduh',
  laporanTakDapat: 'Aplikasi ini tidak dapat mengunduh berkas.',
  menyusunLaporan: 'Menyusun bab laporan dan grafiknya…',
  menggambarGrafik: 'Menggambar grafik bab laporan…',
  grafikKurang: 'Grafik bab laporan tidak lengkap: klik Unduh laporan sekali lagi.',
  mengunduh: 'Mengunduh…',
  laporanDiunduh: (nama: string) => `Bab Akuntabilitas Kinerja diunduh sebagai ${nama}.`,
  judulLaporan: 'Laporan diunduh',
  deteksi: 'Deteksi',
  deteksiKeterangan: 'Baca ulang daftar lembar dan deteksi tabel',

  // a sheet with no indicator table is often a filled table picked to audit: not a failure
  bukanLembarIndikator:
    'Tidak ada tabel indikator di lembar ini. Periksa tetap dapat dipakai untuk tabel yang sudah terisi. Untuk Isi tabel, pilih lembar indikator atau atur Pemetaan kolom.',
  tanpaLembar: 'Buku kerja ini belum punya lembar.',
  membacaLembar: (lembar: string) => `Membaca lembar ${lembar}…`,
  headerDitemukan: (baris: number, indikator: number, sasaran: number, perspektif: number, tanpaRealisasi: boolean) =>
    `Header di baris ${baris}: ${indikator} indikator, ${sasaran} sasaran` +
    (perspektif ? `, ${perspektif} perspektif.` : '.') +
    (tanpaRealisasi ? ' Kolom Realisasi belum dipetakan: pilih di Pemetaan kolom.' : ''),
  masalahLembar: (n: number) => `Masalah di lembar indikator (${n})`,
  pemberitahuan: (n: number) => `Pemberitahuan (${n})`,
  daftarTerpotong: (n: number, semua: number) => `Ditampilkan ${n} pertama dari ${semua.toLocaleString('id-ID')}.`,
  pilihLembarIndikator: 'Pilih lembar indikator lebih dulu.',
  centangTabel: 'Centang paling sedikit satu tabel.',
  pilihLembarPeriksa: 'Pilih lembar berisi tabel yang akan diperiksa.',
  judulPeriksa: (lembar: string) => `Periksa: ${lembar}`,
  catatan: (n: number) => `Catatan (${n})`,
  menulisTemplat: 'Menulis templat…',
  templatDibuat: 'Templat dibuat',
  templatLangkah: ['Isi lembar ', ' dengan indikator unit Anda, lalu pilih lembar itu di atas dan klik Isi tabel.'] as const,
  npsUnit: 'NPS unit',
  rataRata: (tingkat: string, periode: string, skema: string) => `Rata-rata ${tingkat}, ${periode}, skema ${skema}.`,
  tabelDitulis: (n: number) => `Tabel ditulis (${n})`,
  tabelDilewati: (n: number) => `${n} tabel tidak dapat diisi dari lembar ini`,
  belumAdaAngka: (n: number) => `Belum ada angka (${n})`,
  barisIndikator: (baris: number, nama: string) => `Baris ${baris} · ${nama}`,
  mulai: 'Mulai…',
  pilihSel: (sel: string) => `Pilih sel ${sel}`,
  letakMasalah: (baris: number, kolom: string) => (baris > 0 ? `Baris ${baris}${kolom ? ` · kolom ${kolom}` : ''}` : 'Lembar'),
  kosong: '(kosong)',
  kolomBulanan: (n: number) => `Target dan realisasi bulanan (${n} kolom)`,
  kolomTahunLalu: (tahun: readonly number[]) => `Kolom tahun lalu: ${tahun.join(', ')}.`,
  tanpaAngka: (n: number) => `${n} indikator belum punya angka untuk periode ini dan tidak dihitung (lihat daftar di bawah).`,
  kepalaRekap: ['Kriteria', 'Indikator', 'Sasaran'] as const,
  hasilPeriksa: (n: number) => (n ? `${n} sel tidak sesuai` : 'Semua angka sesuai'),
  catatanPeriksa: (n: number, skema: string) =>
    n ? 'Sel yang tidak sesuai diberi warna dan komentar; nilainya tidak diubah.' : `Dihitung ulang dengan skema ${skema}.`,
  selTidakSesuai: (n: number) => `Sel tidak sesuai (${n})`,
  letakTemuan: (sel: string, baris: number) => `${sel} · baris ${baris}`,
  temuan: (tercetak: string, seharusnya: string, alasan: string) => `Tercetak ${tercetak}, seharusnya ${seharusnya}. ${alasan}`,

  // the steps of a long run (the progress line)
  tulisRentangSkema: 'Tulis alamat rentang skema, misalnya Skema!A1:C6.',
  menghitung: 'Menghitung capaian dan NPS, menyusun tabel…',
  menulisTabel: (ke: number, dari: number) => `Menulis tabel ${ke} dari ${dari}…`,
  tanpaTabel: 'Tidak ada tabel untuk ditulis.',
  selesai: 'Selesai.',
  tabelTakDitemukan: 'Tabel indikator tidak ditemukan di lembar ini.',
  membacaTabel: 'Membaca tabel…',
  menghitungUlang: 'Menghitung ulang…',
  menandaiSel: 'Menandai sel…',
} as const;

// a file host (the web page): the planner opens a workbook in the panel and each result is downloaded
export const TEKS_BERKAS = {
  label: 'Buku kerja (.xlsx, .xls, .ods)',
  pilih: 'Pilih buku kerja…',
  jatuhkan: 'Pilih berkas, atau jatuhkan buku kerja ke halaman ini. Berkas diolah di komputer ini saja.',
  belumAda: 'Pilih atau jatuhkan buku kerja untuk mulai. Buat templat dapat dipakai tanpa berkas.',
  terbuka: (nama: string) => `Terbuka: ${nama}`,
  isi: (nama: string) => `Diunduh sebagai ${nama}: lembar Anda tetap, tabel ditambahkan.`,
  tandai: (nama: string) => `Salinan bertanda diunduh sebagai ${nama}: sel yang tidak sesuai diberi warna dan komentar, nilainya tidak diubah.`,
  templat: (nama: string) =>
    `Templat diunduh sebagai ${nama}. Isi lembar Indikator dengan indikator unit Anda, simpan, lalu buka berkasnya di sini dan klik Isi tabel.`,
} as const;

// the offline web page around the panel, and its worker
export const TEKS_WEB = {
  judul: 'Lapkin',
  subjudul: 'Capaian, NPS dan tabel Laporan Kinerja langsung di peramban. Berkas Anda tidak dikirim ke mana pun.',
  jenisBerkas: 'Buku kerja (.xlsx, .xls, .ods)',
  pilihBerkas: 'Pilih berkas…',
  jatuhkan: 'atau jatuhkan berkas di sini',
  bukanBukuKerja: (nama: string) => `${nama} bukan buku kerja .xlsx, .xls atau .ods.`,
  terkunci: (nama: string) => `${nama} dilindungi kata sandi: buka di Excel atau LibreOffice, hapus kata sandinya, simpan, lalu coba lagi.`,
  rusak: (nama: string) => `${nama} tidak dapat dibaca: berkasnya rusak atau bukan buku kerja .xlsx, .xls atau .ods.`,
  terlaluBesar: (nama: string, mb: number) => `${nama} terlalu besar (${mb} MB): halaman ini membaca buku kerja sampai 100 MB.`,
  gagalTulis: (nama: string) => `Buku kerja ${nama} tidak dapat ditulis. Coba simpan ulang berkas masukannya di Excel lalu ulangi.`,
  belumAdaBerkas: 'Pilih atau jatuhkan buku kerja lebih dulu.',
  pekerjaGagal: 'Halaman tidak dapat menjalankan pembaca buku kerja di peramban ini. Coba Chrome, Edge atau Firefox terbaru.',
  membacaBerkas: (nama: string) => `Membaca ${nama}…`,
  membuka: 'Membuka buku kerja…',
  mencariLembar: 'Mencari lembar indikator…',
  membacaLembar: (lembar: string) => `Membaca lembar ${lembar}…`,
  menulis: 'Menulis buku kerja…',
  mengubahFormat: 'Menyalin lembar ke buku kerja .xlsx baru…',
  menandai: 'Menandai sel di salinan…',
  catatanLama: (nama: string) =>
    `${nama} dibaca dari format lama/terbuka. Hasil selalu ditulis sebagai .xlsx baru: nilai lembar Anda beserta tabel Lapkin (rumus, warna dan grafik lembar asli tidak ikut).`,
  berkasTerbuka: 'Buku kerja terbuka',
  unduhan: 'Unduhan',
  belumAdaUnduhan: 'Hasil Isi tabel, Periksa, Buat templat dan Unduh laporan muncul di sini dan langsung diunduh.',
  unduhLagi: (nama: string) => `Unduh ${nama}`,
  pratinjau: 'Pratinjau',
  belumAdaPratinjau: 'Klik temuan atau nama lembar di panel untuk melihat barisnya di sini.',
  pratinjauBaris: (lembar: string, sel: string) => `${lembar} · sel ${sel}`,
  pratinjauKeterangan: (sel: string) => `Baris di sekitar sel ${sel}; sel itu ditandai.`,
  lembarTidakDiBuku: (lembar: string) => `Lembar ${lembar} tidak ada di buku kerja yang terbuka.`,
  petunjukTemplat: [
    'Templat Lapkin',
    'Isi lembar Indikator dengan perspektif, sasaran dan indikator unit Anda (satu indikator per baris).',
    'Simpan berkas ini, lalu buka lapkin.html dan jatuhkan berkasnya untuk mengisi tabel Laporan Kinerja.',
  ],
  kb: (n: number) => `${(n / 1024).toLocaleString('id-ID', { maximumFractionDigits: 0 })} kB`,
  alamatRentangSalah: (alamat: string) => `Alamat rentang "${alamat}" tidak dikenal: tulis seperti Skema!A1:C5.`,
  pratinjauBarisKe: (baris: number) => `Pratinjau baris ${baris}`,
} as const;
