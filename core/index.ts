// The engine's public surface: what dist/core.mjs exports and what every host imports (hosts never
// reach past this file; test/core/pintu.test.ts checks). Internals stay internal.
export { galat, isGalat, type Galat, type KodeGalat } from './galat';
export type * from './model';
export type * from './tabel/spec';
export { bulat, formatAngka } from './bulat';

// the spreadsheet functions (Excel LAPKIN.*, Sheets by name) and their declarations
export * from './fungsi/index';

// schemes
export { SKEMA_BAWAAN, SKEMA_DEFAULT, cariSkema, skemaDariRentang, skemaPilihan } from './skema';

// from a sheet to its tables
export { alurLapkin, bacaRentang, olahBacaan, type Bacaan, type HasilAlur, type OpsiAlur } from './alur';
export { bacaLembar, type OpsiBaca } from './baca-lembar';
export { formatPersen } from './tampak';
export { DAFTAR_PERAN, alamatSel, hurufKolom, petaKolomOtomatis, type KolomTerdeteksi } from './kolom';
export { skorModel, skorRingkas, opsiBawaan, type SkorRingkas } from './skor';
export { bangunTabel, bangunTemplat, DAFTAR_TABEL, type IdTabel, type OpsiTabel } from './tabel/index';
export { PESAN_TABEL } from './tabel/pesan';
export { bacaSel, type BacaSel } from './tabel/sel-rapat';
export { warnaPita } from './tabel/gaya';
export { kelompokPerspektif, tingkatUnit, type Kelompok } from './tabel/kelompok';
export { rentangPita } from './tabel/legenda-kriteria';
export { blokGrafik, dataGrafik, WARNA_GRAFIK, type DataGrafik, type SeriData } from './tabel/grafik';
export { PALET_PERINGKAT, WARNA_TAK_TERSIMPUL, warnaKriteriaGrafik } from './tabel/warna-grafik';
export { RATA_HOST, alamatGabung, deretLebar, kotak, selTertutup } from './tabel/blok';
export { posisiA1, selDariAlamat } from './alamat';
export { namaLembarBebas } from './nama-lembar';

// the audit of a filled table
export { periksaLembar, periksaLembarRinci, periksaRentang, type OpsiPeriksa } from './periksa/index';
export { TANDA_TEMUAN, catatanTemuan } from './periksa/tanda';

// hostile input: own-property lookups, long texts cut for messages
export { milik } from './milik';
export { kutipPendek } from './potong-teks';

// the report chapter: analysis paragraphs, numbers in Indonesian format, charts as SVG
export {
  paragrafIndikator,
  paragrafSasaran,
  angkaTeks,
  nilaiTeks,
  persenTeks,
  PESAN_LAPORAN,
  svgGrafik,
  UKURAN_SVG,
  lebarTeksPx,
  lebarTeksTwip,
  bungkusLabel,
} from './laporan/index';
