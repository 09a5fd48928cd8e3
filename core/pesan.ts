// Every user-facing sentence the engine produces, in one place (Indonesian).
import { formatAngka } from './bulat';
import { kutipPendek } from './potong-teks';

const kutip = kutipPendek;
const kecil = (teks: string): string => teks.charAt(0).toLowerCase() + teks.slice(1);
/** At most five items, then how many more. */
const ringkas = (xs: readonly string[]): string =>
  xs.length <= 5 ? xs.join(', ') : `${xs.slice(0, 5).join(', ')}, dan ${xs.length - 5} lainnya`;

export const PESAN = {
  // ---- reading numbers ----
  // why a cell has no figure: said inside a sentence, 'Target September belum ada ("-")'
  selKosong: 'sel kosong',
  tandaStrip: kutip('-'),
  belumAdaAngka: (teks: string) => kutip(teks),
  tidakTerbaca: (teks: string) => `Teks ${kutip(teks)} tidak dapat dibaca sebagai angka`,
  selGalat: (teks: string) => `Sel berisi galat ${teks.slice(0, 60)}: perbaiki rumus sumbernya`,
  bukanAngkaTanggal: (tanggal: string) => `Tanggal ${tanggal} tidak dapat dibaca sebagai angka`,
  bukanAngkaLogika: (nilai: boolean) => `Nilai logika ${nilai ? 'TRUE' : 'FALSE'} tidak dapat dibaca sebagai angka`,
  bukanAngkaTakHingga: 'Nilai tak hingga atau bukan angka (NaN) tidak dapat dipakai sebagai angka',
  bukanAngkaJenis: 'Isi sel ini tidak dapat dibaca sebagai angka',

  // ---- capaian ----
  targetNol: 'Target 0: capaian tidak dapat dihitung (pembagian dengan nol)',
  realisasiNolRasio: 'Realisasi 0: capaian polaritas negatif-rasio (target / realisasi) tidak dapat dihitung',
  belumAda: (nama: string, alasan: string) => `${nama} belum ada (${alasan})`,
  keduanyaBelumAda: (target: string, alasanTarget: string, realisasi: string, alasanRealisasi: string) =>
    alasanTarget === alasanRealisasi
      ? `${target} dan ${kecil(realisasi)} belum ada (${alasanTarget})`
      : `${target} (${alasanTarget}) dan ${kecil(realisasi)} (${alasanRealisasi}) belum ada`,
  galatTarget: (pesan: string) => `Target: ${pesan}`,
  galatRealisasi: (pesan: string) => `Realisasi: ${pesan}`,
  kualitatifTakSebanding: (realisasi: string, target: string) =>
    `Realisasi ${kutip(realisasi)} dan target ${kutip(target)} tidak dapat dibandingkan`,
  campuranTeksAngka: 'Satu dari target dan realisasi berupa teks, yang lain angka: tidak dapat dibandingkan',
  hasilTakHingga: 'Hasil terlalu besar untuk dihitung',
  polaritasTakDikenal: (teks: string) => `Polaritas ${kutip(teks)} tidak dikenal: gunakan positif, negatif atau negatif-rasio`,
  batasAtasSalah: (teks: string) => `Batas atas ${kutip(teks)} harus angka lebih dari 0`,

  // ---- schemes and kriteria ----
  skemaTakDikenal: (kode: string, daftar: readonly string[]) =>
    `Skema ${kutip(kode)} tidak dikenal. Pilihan: ${daftar.join(', ')}, atau rentang pita sendiri`,
  skemaKosong: 'Rentang skema tidak berisi pita (batas bawah, label, warna)',
  skemaBatasSalah: (baris: number, teks: string) => `Skema baris ${baris}: batas bawah ${kutip(teks)} bukan angka`,
  skemaLabelKosong: (baris: number) => `Skema baris ${baris}: label pita kosong`,
  skemaBatasGanda: (batas: number) => `Skema: batas bawah ${formatAngka(batas)} dipakai dua kali`,
  skemaWarnaSalah: (baris: number, teks: string) =>
    `Skema baris ${baris}: warna ${kutip(teks)} tidak dikenal (tulis kode hex seperti FF0000 atau nama warna)`,
  skemaTerbukaBukanPertama: (baris: number) => `Skema baris ${baris}: hanya pita terbawah yang boleh tanpa batas bawah`,
  diLuarSkema: (nilai: number, kode: string) => `Nilai ${formatAngka(nilai)} di luar semua pita skema ${kode}`,
  keluaranTakDikenal: (teks: string, pilihan: readonly string[]) => `Keluaran ${kutip(teks)} tidak dikenal. Pilihan: ${pilihan.join(', ')}`,
  teksBukanNilai: (teks: string) => `${kutip(teks)} berupa teks, bukan nilai angka`,

  // ---- efisiensi, anggaran ----
  inputNol: 'Capaian input (serapan anggaran) 0%: efisiensi tidak dapat dihitung',
  paguNol: 'Pagu 0: serapan anggaran tidak dapat dihitung',

  // ---- periods ----
  triwulanTakDikenal: (teks: string) => `Triwulan ${kutip(teks)} tidak dikenal: gunakan 1-4 atau "TW I".."TW IV"`,
  targetBulananUkuran: (baris: number, kolom: number) =>
    `Target bulanan harus 12 sel (Jan..Des, 1×12 atau 12×1) atau 4 sel (TW I..IV); diterima ${baris}×${kolom}`,
  targetBulan: (bulan: string) => `Target ${bulan}`,
  realisasiTriwulan: (tw: string) => `Realisasi TW ${tw}`,

  // ---- NPS, IKM ----
  bobotSalah: (teks: string) => `Bobot ${kutip(teks)} harus angka 0 atau lebih`,
  jumlahBobotNol: 'Jumlah bobot 0: rata-rata tertimbang tidak dapat dihitung',
  unsurIkmSalah: (nilai: number) => `Nilai unsur ${formatAngka(nilai)} di luar skala 1-4`,
  diSel: (nama: string, baris: number, kolom: number, pesan: string) => `${nama} baris ${baris}, kolom ${kolom}: ${pesan}`,

  // ---- reading a sheet ----
  headerTakDitemukan: 'Baris judul tabel indikator tidak ditemukan: perlu kolom "Indikator Kinerja" dan kolom "Target", "Realisasi" atau bulan',
  indikatorBelumDipetakan: 'Kolom "Indikator Kinerja" belum dipilih dalam pemetaan kolom',
  kolomTidakAda: 'kolomnya tidak ada di lembar',
  angkaTanpaIndikator: 'Baris berisi target/realisasi tetapi nama indikatornya kosong',
  diKolom: (label: string, pesan: string) => `${label}: ${pesan}`,
  tersembunyiDilewati: (baris: readonly number[], kolom: readonly string[]) =>
    [
      baris.length > 0 ? `${baris.length} baris tersembunyi (${ringkas(baris.map(String))})` : '',
      kolom.length > 0 ? `${kolom.length} kolom tersembunyi (${ringkas(kolom)})` : '',
    ]
      .filter(Boolean)
      .join(' dan ') + ' dilewati, seperti yang tampak di lembar',
  polaritasDariTercetak: (polaritas: string) => `polaritas ${polaritas} (dari capaian tercetak)`,
  polaritasPerluDicek:
    'nama indikator terbaca "makin kecil makin baik" tetapi dihitung polaritas positif: periksa polaritasnya (tambahkan kolom Polaritas)',
  bukanIndikatorCatatan: 'baris catatan, bukan indikator',

  // ---- ranges ----
  ukuranTakSama: (rincian: string) => `Ukuran rentang tidak sama: ${rincian}`,
  rentangKosong: (nama: string) => `Rentang ${nama} kosong`,
  harusSatuNilai: (nama: string) => `${nama} harus satu nilai, bukan rentang`,
} as const;

/** Month names for messages and the sheet reader (index 0 = Januari). */
export const NAMA_BULAN = [
  'Januari',
  'Februari',
  'Maret',
  'April',
  'Mei',
  'Juni',
  'Juli',
  'Agustus',
  'September',
  'Oktober',
  'November',
  'Desember',
] as const;

/** Quarter numerals (index 0 = TW I). */
export const ROMAWI_TRIWULAN = ['I', 'II', 'III', 'IV'] as const;
