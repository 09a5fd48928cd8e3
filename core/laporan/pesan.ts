// The sentences of the report chapter (Indonesian). Each takes numbers already written out
// (angka-teks.ts), so a sentence never shows a figure the scored model does not hold.

export const PESAN_LAPORAN = {
  judulBab: 'Akuntabilitas Kinerja',
  capaian: (periode: string, realisasi: string, target: string, capaian: string) =>
    `Realisasi ${periode} sebesar ${realisasi} dari target ${target}, sehingga capaiannya ${capaian} %.`,
  capaianKualitatif: (periode: string, realisasi: string, target: string, capaian: string) =>
    `Realisasi ${periode} adalah ${realisasi} dengan target ${target}, sehingga capaiannya ${capaian} %.`,
  melampaui: 'Capaian ini melampaui target.',
  tepat: 'Target tercapai tepat 100 %.',
  belumMencapai: 'Capaian ini belum mencapai target.',
  kriteria: (label: string) => `Nilai ini termasuk kriteria ${label}.`,
  tanpaKriteria: 'Nilai capaian ini berada di luar rentang kriteria skema yang dipakai.',
  realisasiBelum: (alasan: string) => `Realisasi belum tersedia (${alasan}), sehingga capaian belum dapat dihitung.`,
  targetBelum: (alasan: string) => `Target belum tersedia (${alasan}), sehingga capaian belum dapat dihitung.`,
  tidakDapatDihitung: (alasan: string) => `Capaian belum dapat dihitung: ${alasan}.`,
  // the cell's own text (an error value like #DIV/0!) stays in the table's Keterangan, not in prose
  targetTakTerbaca: 'Target tidak terbaca sebagai angka, sehingga capaian belum dapat dihitung.',
  realisasiTakTerbaca: 'Realisasi tidak terbaca sebagai angka, sehingga capaian belum dapat dihitung.',
  tren: (daftar: string) => `Realisasi tahun sebelumnya: ${daftar}.`,
  trenTahun: (tahun: number, nilai: string, angka: boolean) => (angka ? `${tahun} sebesar ${nilai}` : `${tahun} ${nilai}`),
  naik: (tahun: number) => `Realisasi tahun ini lebih tinggi daripada tahun ${tahun}.`,
  turun: (tahun: number) => `Realisasi tahun ini lebih rendah daripada tahun ${tahun}.`,
  sama: (tahun: number) => `Realisasi tahun ini sama dengan tahun ${tahun}.`,
  renstraTercapai: (target: string) => `Target akhir Renstra sebesar ${target} sudah tercapai.`,
  renstraBelum: (target: string) => `Target akhir Renstra sebesar ${target} belum tercapai.`,
  npsSasaran: (nps: string, kriteria: string | null) =>
    `Nilai Pencapaian Sasaran (NPS) sebesar ${nps} %${kriteria ? `, kriteria ${kriteria}` : ''}.`,
  npsKosong: 'NPS sasaran ini belum dapat dihitung karena belum ada indikator dengan angka capaian.',
  periodeTahunan: 'tahun ini',
  periodeTriwulan: (romawi: string) => `sampai Triwulan ${romawi}`,
} as const;
