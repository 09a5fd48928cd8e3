// The Word chapter's fixed texts (Indonesian): headings, table headers, captions.

const SASARAN_BERNOMOR = /^(sasaran(\s+strategis)?|ss)\s*\d+\b/i;

export const PESAN_DOCX = {
  pengantar: (skema: string, jumlahIndikator: number, jumlahSasaran: number) =>
    `Bab ini menyajikan capaian ${jumlahIndikator} indikator kinerja dari ${jumlahSasaran} sasaran, diukur dengan skema kriteria ${skema}.`,
  npsUnit: (nps: string, kriteria: string | null, tingkat: string) =>
    `NPS unit (rata-rata ${tingkat}) sebesar ${nps} %${kriteria ? `, kriteria ${kriteria}` : ''}.`,
  npsUnitKosong: 'NPS unit belum dapat dihitung karena belum ada indikator dengan angka capaian.',
  npsPerspektif: (nps: string, kriteria: string | null) =>
    `NPS perspektif ini (rata-rata NPS sasarannya) sebesar ${nps} %${kriteria ? `, kriteria ${kriteria}` : ''}.`,
  // a name the planner already numbered is not numbered twice: "4. Meningkatnya ..." loses its "4. ",
  // and one numbered as a sasaran ('Sasaran 1: ...', 'SS 2. ...') is the heading as it is
  sasaran: (no: number, nama: string) =>
    SASARAN_BERNOMOR.test(nama) ? nama : `Sasaran ${no}: ${nama.startsWith(`${no}. `) ? nama.slice(`${no}. `.length) : nama}`,
  tanpaPerspektif: 'Sasaran',
  indikator: (no: string, nama: string) => `Indikator ${no}. ${nama}.`,
  kepalaIndikator: ['No', 'Indikator Kinerja', 'Satuan', 'Target', 'Realisasi', 'Capaian (%)', 'Kriteria'],
  grafik: 'Grafik Capaian',
  grafikTerlaluBanyak: (judul: string, n: number) => `${judul}: ${n} kategori terlalu banyak untuk satu gambar; lihat tabelnya di lembar kerja.`,
  gambar: (no: number, judul: string) => `Gambar ${no}. ${judul}`,
  tabel: (no: number, judul: string) => `Tabel ${no}. ${judul}`,
  tabelIndikator: (no: number) => `Capaian indikator sasaran ${no}`,
  ringkasan: 'Ringkasan Capaian Unit',
  kepalaRingkasan: ['No', 'Perspektif / Sasaran', 'NPS (%)', 'Kriteria'],
  npsUnitBaris: (tingkat: string) => `NPS Unit (rata-rata ${tingkat})`,
  legenda: 'Legenda Kriteria',
  kepalaLegenda: ['Kriteria', 'Rentang Nilai', 'Efektivitas'],
  skema: (kode: string, nama: string) => `Skema ${kode}: ${nama}.`,
  grafikGagal: 'Grafik tidak dapat digambar di peramban ini; bab laporan tidak dibuat.',
  // the chapter's own package checks: a failure here is a fault in lapkin, not in the user's file
  paketTanpaDokumen: 'Paket bab tidak berisi word/document.xml; bab laporan tidak dibuat.',
  sisipanHilang: (n: number) => `${n} bagian bab tidak menemukan tempatnya di word/document.xml; bab laporan tidak dibuat.`,
} as const;
