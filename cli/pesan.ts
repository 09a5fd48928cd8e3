// Every text the `lapkin` command shows, in one place (Indonesian, as planners read it).
import { kutipPendek, type Masalah } from '../core/index';

const daftar = (xs: readonly string[]): string => xs.join(', ');

export const BANTUAN_UMUM = `lapkin — tabel standar Laporan Kinerja dari berkas .xlsx

Pemakaian:
  lapkin isi <masukan.xlsx>       isi tabel standar Lapkin ke buku kerja baru
  lapkin hitung <masukan.xlsx>    hitung capaian, NPS dan kriteria (tabel atau --json)
  lapkin periksa <berkas.xlsx>    periksa angka tabel yang sudah terisi
  lapkin templat <berkas.xlsx>    buat buku kerja masukan siap isi
  lapkin laporan <masukan.xlsx>   tulis bab "Akuntabilitas Kinerja" sebagai dokumen Word (.docx)

Berkas masukan tidak pernah diubah. Ketik "lapkin <perintah> --help" untuk opsi tiap perintah.
`;

export const BANTUAN: Readonly<Record<string, string>> = {
  laporan: `lapkin laporan <masukan.xlsx> [opsi]

Menulis bab "Akuntabilitas Kinerja" sebagai dokumen Word (.docx, A4): untuk tiap perspektif dan
sasaran sebuah judul (Heading, sehingga daftar isi dapat dibuat), tabel indikatornya dengan
kriteria berwarna, NPS sasaran, dan di bawah tiap indikator satu paragraf analisis yang disusun
dari angkanya saja; lalu grafik capaian, ringkasan capaian unit dan legenda kriteria.

Opsi:
  --keluar <berkas.docx>   berkas keluaran (bawaan: <nama>-laporan.docx di samping masukan)
  --lembar <nama>          lembar indikator (bawaan: lembar pertama yang memuat judul kolom indikator)
  --skema <kode>           skema kriteria (bawaan: KEPKA-128-2022): BPOM-2019, IKM, IPP, AKIP, ...
  --periode <periode>      tahunan (bawaan), TW1, TW2, TW3 atau TW4
  --tingkat <tingkat>      NPS unit = rata-rata perspektif atau sasaran
  --timpa                  ganti berkas keluaran yang sudah ada
  -h, --help               tampilkan bantuan ini
`,
  isi: `lapkin isi <masukan.xlsx> [opsi]

Membaca lembar indikator, menghitung capaian, NPS dan kriteria, lalu menulis buku kerja baru:
semua lembar masukan apa adanya ditambah satu lembar untuk setiap tabel standar Lapkin.

Opsi:
  --keluar <berkas.xlsx>   berkas keluaran (bawaan: <nama>-lapkin.xlsx di samping masukan)
  --lembar <nama>          lembar indikator (bawaan: lembar pertama yang memuat judul kolom indikator)
  --skema <kode>           skema kriteria (bawaan: KEPKA-128-2022): BPOM-2019, IKM, IPP, AKIP, ...
  --tabel <daftar>         hanya tabel ini, dipisah koma (mis. pencapaian-iku,pencapaian-sasaran)
  --periode <periode>      tahunan (bawaan), TW1, TW2, TW3 atau TW4
  --tingkat <tingkat>      NPS unit = rata-rata perspektif, sasaran, atau indikator (rata-rata
                           semua indikator)
  --timpa                  ganti berkas keluaran yang sudah ada
  --ketat                  berhenti pada sel pertama yang tidak terbaca
  -h, --help               tampilkan bantuan ini

Kode keluar: 0 bila selesai, 2 bila selesai tetapi ada baris yang dilewati karena selnya tidak
terbaca (setiap masalah disebut dengan selnya), 1 bila terjadi kesalahan (dengan --ketat: masalah
pertama menghentikan perintah dengan kode 1).
`,
  hitung: `lapkin hitung <masukan.xlsx> [opsi]

Menghitung capaian tiap indikator, NPS tiap sasaran, perspektif dan unit, beserta kriterianya.

Opsi:
  --lembar <nama>          lembar indikator (bawaan: lembar pertama yang memuat judul kolom indikator)
  --skema <kode>           skema kriteria (bawaan: KEPKA-128-2022): BPOM-2019, IKM, IPP, AKIP, ...
  --periode <periode>      tahunan (bawaan), TW1, TW2, TW3 atau TW4
  --tingkat <tingkat>      NPS unit = rata-rata perspektif, sasaran, atau indikator (rata-rata
                           semua indikator)
  --json                   keluaran JSON (angka presisi penuh, null bila tidak ada angka)
  --ketat                  berhenti pada sel pertama yang tidak terbaca
  -h, --help               tampilkan bantuan ini

Kode keluar: 0 bila selesai, 2 bila selesai tetapi ada baris yang dilewati karena selnya tidak
terbaca (setiap masalah disebut dengan selnya), 1 bila terjadi kesalahan (dengan --ketat: masalah
pertama menghentikan perintah dengan kode 1).
`,
  periksa: `lapkin periksa <berkas.xlsx> [opsi]

Memeriksa tabel yang sudah terisi (capaian, NPS, kriteria di samping target dan realisasi):
menghitung ulang setiap angka dan melaporkan sel yang tidak sesuai.
Kode keluar: 0 bila bersih, 3 bila ada temuan, 1 bila terjadi kesalahan atau tidak ada angka yang
dapat diperiksa (pesannya menyebut apa yang kurang).

Opsi:
  --lembar <nama>          hanya lembar ini (bawaan: semua lembar)
  --skema <kode>           skema kriteria tabel (bawaan: KEPKA-128-2022), mis. BPOM-2019
  --json                   keluaran JSON: { "temuan": [...] }
  -h, --help               tampilkan bantuan ini
`,
  templat: `lapkin templat <berkas.xlsx> [opsi]

Membuat buku kerja masukan siap isi: judul kolom, pengelompokan perspektif/sasaran,
pilihan polaritas dan perspektif, bobot, target bulanan, pagu, dan beberapa baris contoh.

Opsi:
  --timpa                  ganti berkas yang sudah ada
  -h, --help               tampilkan bantuan ini
`,
};

export const pesan = {
  perintahTakDikenal: (p: string) => `Perintah tidak dikenal: ${p}. Pilihan: isi, hitung, periksa, templat (lihat "lapkin --help").`,
  opsiTakDikenal: (perintah: string, arg: string) => `Opsi tidak dikenal: ${arg}. Lihat "lapkin ${perintah} --help".`,
  benderaBernilai: (nama: string) => `Opsi --${nama} tidak memakai nilai.`,
  opsiTanpaNilai: (nama: string) => `Opsi --${nama} memerlukan nilai.`,
  berkasTidakDisebut: (perintah: string) => `Sebutkan satu berkas .xlsx, mis. "lapkin ${perintah} laporan.xlsx".`,
  berkasTerlaluBanyak: (perintah: string, berkas: readonly string[]) =>
    `"lapkin ${perintah}" menerima satu berkas, bukan ${berkas.length}: ${daftar(berkas)}.`,

  berkasTidakAda: (p: string) => `Berkas tidak ditemukan: ${p}`,
  bukanBerkas: (p: string) => `${p} adalah folder, bukan berkas .xlsx.`,
  bukanXlsx: (p: string) => `${p} bukan berkas .xlsx yang dapat dibaca (simpan dari Excel sebagai "Buku Kerja Excel (*.xlsx)").`,
  keluaranBukanXlsx: (p: string) => `Nama berkas keluaran harus berakhiran .xlsx: ${p}`,
  keluaranBukanDocx: (p: string) => `Nama berkas keluaran harus berakhiran .docx: ${p}`,
  laporanDitulis: (p: string) => `Bab laporan ditulis: ${p}`,
  keluaranAda: (p: string) => `${p} sudah ada. Tambahkan --timpa untuk menggantinya.`,
  keluaranSamaMasukan: (p: string) =>
    `Berkas keluaran sama dengan masukan (${p}); masukan tidak pernah diubah. Pilih nama lain dengan --keluar.`,
  folderTidakAda: (p: string) => `Folder tujuan tidak ada: ${p}`,
  tanpaIzin: 'tidak ada izin menulis di sana',
  gagalMenulis: (p: string, alasan: string) => `Tidak dapat menulis ${p}: ${alasan}`,

  lembarTidakAda: (berkas: string, nama: string, ada: readonly string[]) =>
    `Lembar "${nama}" tidak ada di ${berkas}. Lembar yang ada: ${daftar(ada)}.`,
  headerTidakDitemukan: (berkas: string) =>
    `Baris judul kolom indikator (Indikator Kinerja, Target, Realisasi) tidak ditemukan di lembar mana pun di ${berkas}.`,
  kolomTidakAda: (berkas: string, lembar: string, kolom: string, barisHeader: number) =>
    `${berkas}, lembar "${lembar}": kolom ${kolom} tidak ditemukan di baris judul kolom (baris ${barisHeader}).`,
  masalah: (berkas: string, lembar: string, m: Masalah, sisa: number) => {
    const tempat = m.baris === 0 ? '' : m.kolom === '' ? `, baris ${m.baris}` : `, sel ${m.kolom}${m.baris}`;
    const teks = m.teks !== '' && !m.alasan.includes(m.teks.slice(0, 60)) ? ` (${kutipPendek(m.teks)})` : '';
    const lain = sisa > 0 ? ` (dan ${sisa} masalah lain)` : '';
    return `${berkas}, lembar "${lembar}"${tempat}: ${m.alasan}${teks}${lain}`;
  },

  catatanBaris: (berkas: string, lembar: string, m: Masalah) => {
    const tempat = m.baris === 0 ? '' : m.kolom === '' ? `, baris ${m.baris}` : `, sel ${m.kolom}${m.baris}`;
    return `Catatan: ${berkas}, lembar "${lembar}"${tempat}: ${m.alasan}`;
  },

  periodeTakDikenal: (v: string) => `Periode tidak dikenal: ${v}. Pilihan: tahunan, TW1, TW2, TW3, TW4.`,
  tingkatTakDikenal: (v: string) => `Tingkat tidak dikenal: ${v}. Pilihan: perspektif, sasaran, indikator.`,

  kemajuanHitung: (n: number, lembar: string) => `Menghitung ${n} baris lembar "${lembar}" ...`,
  kemajuanPeriksa: (n: number, lembar: string) => `Memeriksa ${n} baris lembar "${lembar}" ...`,
  kemajuanTulis: (berkas: string) => `Menulis ${berkas} ...`,

  tabelDilewati: (id: string, alasan: string) => `Tabel ${id} dilewati: ${alasan}`,
  ditulis: (p: string) => `Ditulis: ${p}`,
  templatDitulis: (p: string) => `Templat ditulis: ${p}. Isi baris indikator, lalu jalankan "lapkin isi ${p}".`,

  ringkasanJudul: (lembar: string, skema: string) => `Lembar "${lembar}", skema ${skema}:`,
  ringkasanIndikator: (n: number) => `${n} indikator`,
  tanpaAngka: 'tanpa angka',
  npsUnitTeks: (nps: string, kriteria: string | null) => `NPS unit: ${nps}${kriteria ? ` (${kriteria})` : ''}`,

  periksaBersih: (berkas: string) => `Tidak ada temuan: angka di ${berkas} sesuai dengan perhitungan ulang.`,
  periksaTemuan: (n: number) => `${n} temuan:`,
  periksaTanpaLembar: (berkas: string) => `${berkas} tidak memuat lembar kerja berisi sel: tidak ada yang dapat diperiksa.`,
  periksaTanpaTabel: (berkas: string) =>
    `Tidak ada tabel yang dikenali di ${berkas} (tabel capaian, sasaran, anggaran atau efisiensi): tidak ada yang diperiksa.`,
  periksaTanpaAngka: (berkas: string) =>
    `Tabel di ${berkas} dikenali, tetapi tidak memuat angka capaian, NPS, kriteria atau anggaran tercetak: tidak ada yang diperiksa.`,
  temuanBaris: (lembar: string, sel: string, tercetak: string, seharusnya: string, alasan: string) =>
    `${lembar}!${sel}: tercetak ${tercetak}, seharusnya ${seharusnya}. ${alasan}`,

  galatTakTerduga: (msg: string) => `Terjadi kesalahan tak terduga: ${msg}`,
} as const;
