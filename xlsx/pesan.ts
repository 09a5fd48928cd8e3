// Every text the file host shows, in Indonesian, naming the file, sheet or cell.
export const PESAN_BUKU = {
  bukanPaket: (b: string) => `${b} bukan berkas .xlsx yang dapat dibaca (simpan dari Excel sebagai "Buku Kerja Excel (*.xlsx)").`,
  bukanXlsx: (b: string) =>
    `${b} bukan buku kerja Excel: tidak memuat xl/workbook.xml (berkas .ods atau paket lain?). ` +
    'Simpan sebagai "Buku Kerja Excel (*.xlsx)" lalu ulangi.',
  bagianTidakAda: (b: string, bagian: string) => `${b} rusak: bagian ${bagian} tidak ada.`,
  terlaluBesar: (b: string) => `${b} terlalu besar untuk dibaca (lebih dari 1 GB setelah dibuka).`,
  rasioMencurigakan: (b: string, bagian: string) =>
    `${b} ditolak: bagian ${bagian} membesar lebih dari 400 kali saat dibuka (berkas rusak atau bom zip).`,
  ukuranTidakSesuai: (b: string, bagian: string) => `${b} rusak: ukuran bagian ${bagian} tidak sesuai dengan yang dinyatakan.`,
  xmlRusak: (b: string, bagian: string) => `${b} rusak: XML bagian ${bagian} tidak dapat dibaca.`,
  terlaluBanyakSel: (b: string, lembar: string, batas: number) =>
    `${b}, lembar "${lembar}": lebih dari ${batas.toLocaleString('id-ID')} sel terisi; lapkin membaca lembar sampai sebesar itu.`,
  terlaluLebar: (b: string, lembar: string) =>
    `${b}, lembar "${lembar}": sel terisi tersebar terlalu jauh (jutaan sel kosong di antaranya); ` +
    'hapus sel yang tidak dipakai di baris dan kolom jauh lalu ulangi.',
  lembarTidakAda: (b: string, lembar: string) => `${b}: lembar "${lembar}" tidak ada.`,
  angkaTidakSah: (teks: string) => `isi sel angka tidak sah ("${teks}"): bukan angka XML (mis. 85.5)`,
  alamatTidakSah: (teks: string) => `alamat sel tidak sah ("${teks}")`,
  rumusGagal: (rumus: string, hasil: string) => `rumus =${rumus} tidak dapat dihitung (${hasil})`,
  rumusMelingkar: (rumus: string) => `rumus =${rumus} merujuk dirinya sendiri (melingkar)`,
  stylesAsing: (b: string) => `${b}: styles.xml memakai susunan yang belum dikenal lapkin; buku kerja tidak diubah.`,
  teksDipotong: (lembar: string, sel: string, panjang: number) =>
    `Lembar "${lembar}" sel ${sel}: teks ${panjang.toLocaleString('id-ID')} karakter dipotong ke 32.767 karakter (batas Excel).`,
  grafikSebagaiBatangData: (judul: string, lembar: string) =>
    `Grafik "${judul}" (lembar "${lembar}"): berkas .xlsx dari lapkin tidak memuat grafik; ` +
    'capaian ditampilkan sebagai batang data di dalam sel.',
  catatanGrafik: (acuan: number | undefined) =>
    acuan === undefined
      ? 'Batang data menggambarkan capaian.'
      : `Batang data menggambarkan capaian: batang yang mencapai tengah sel memenuhi ${acuan} %.`,
} as const;
