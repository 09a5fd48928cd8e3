// The tables' own sentences (Indonesian): why a table was skipped, notes on cells and rows.

export const PESAN_TABEL = {
  tidakDikenal: (id: string, pilihan: readonly string[]) => `Tabel "${id}" tidak dikenal. Pilihan: ${pilihan.join(', ')}`,
  tanpaKolom: (kolom: string) => `Lembar tidak memiliki kolom ${kolom}`,
  periodeTahunan: 'Periode tahunan: tabel capaian triwulan hanya untuk periode TW1..TW4',
  tanpaIndikator: 'Lembar tidak berisi indikator',

  tanpaAnggaran: 'Belum ada pagu dan realisasi anggaran',
  npsKosong: 'Belum ada indikator dengan angka: NPS tidak dapat dihitung',
  npsUnit: (tingkat: 'perspektif' | 'sasaran' | 'indikator') => `NPS Unit (rata-rata ${tingkat})`,
  tanpaKriteria: 'Tanpa kriteria',
  sumbuIndikator: 'No indikator',
  sumbuSasaran: 'No sasaran',
  garisAcuan: (nilai: string) => `Target ${nilai} %`,
  tahunBerjalan: 'Tahun berjalan',
  catatanTanpaKriteria: 'Tanpa angka capaian, atau nilainya di luar semua pita skema',
  jumlah: 'Jumlah',
  skema: (kode: string, nama: string) => `Skema ${kode}: ${nama}`,
  // a dropdown's alert: a strict list refuses other values, a suggestion list takes them
  pilihSalahSatu: (daftar: readonly string[]) => `Pilih salah satu: ${daftar.join(', ')}`,
  daftarSaran: 'Pilih dari daftar atau tulis nilai sendiri',
} as const;

export const NAMA_BULAN_SINGKAT = ['Jan', 'Feb', 'Mar', 'Apr', 'Mei', 'Jun', 'Jul', 'Ags', 'Sep', 'Okt', 'Nov', 'Des'] as const;
