// Every sentence the Sheets host shows the planner (Indonesian), in one place.

export const PESAN_GAS = {
  lembarTakAda: (nama: string) => `Lembar "${nama}" tidak ditemukan.`,
  alamatTakDikenal: (alamat: string) => `Alamat rentang "${alamat}" tidak dikenal: tulis seperti Skema!A1:C5.`,
  selTakDikenal: (a1: string) => `Alamat sel "${a1}" tidak dikenal.`,
  tabelDitulis: (lembar: readonly string[]) =>
    lembar.length === 0 ? 'Tidak ada tabel yang dapat ditulis.' : `${lembar.length} tabel ditulis: ${lembar.join(', ')}.`,
  tabelDilewati: (alasan: readonly string[]) => `Dilewati: ${alasan.join('; ')}.`,
  bukanLembarIndikator: (nama: string, alasan: string) => `Lembar "${nama}": ${alasan.replace(/\.$/, '')}. Buka lembar indikator lalu ulangi.`,
  templatDitulis: (nama: string) => `Templat ditulis di lembar "${nama}": isi baris contohnya dengan indikator Anda.`,
  temuan: (n: number, nama: string, skema: string) =>
    (n === 0 ? `Lembar "${nama}": semua angka sesuai.` : `Lembar "${nama}": ${n} sel tidak sesuai, ditandai dengan warna dan catatan.`) +
    ` Dihitung ulang dengan skema ${skema}; skema lain dapat dipilih di panel.`,
  tidakDapatDiperiksa: (nama: string, alasan: string) => `Lembar "${nama}" tidak dapat diperiksa: ${alasan.replace(/\.$/, '')}.`,
  tanpaSheetsApi:
    'Layanan lanjutan Google Sheets API tidak aktif di project Apps Script ini: baris yang disembunyikan manual dibaca seperti baris lain dan sel gabungan tidak dikenali (baris yang disembunyikan filter dan kolom tersembunyi tetap dilewati). Aktifkan di editor Apps Script: Layanan → Google Sheets API.',
} as const;
