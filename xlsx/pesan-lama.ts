// What the reader of old and open formats (.xls, .ods) tells the planner, in Indonesian.

export const PESAN_LAMA = {
  terkunci: (berkas: string) => `${berkas} dilindungi kata sandi: buka di Excel atau LibreOffice, hapus kata sandinya, simpan, lalu coba lagi.`,
  rusak: (berkas: string) => `${berkas} tidak dapat dibaca: berkasnya rusak atau bukan buku kerja .xlsx, .xls atau .ods.`,
  tanpaLembar: (berkas: string) => `${berkas} tidak memuat lembar kerja.`,
  lembarTidakAda: (berkas: string, lembar: string) => `Lembar "${lembar}" tidak ada di ${berkas}.`,
} as const;
