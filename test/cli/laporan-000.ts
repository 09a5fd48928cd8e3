// Report 000 (Laporan Kinerja Sekretariat Utama BPOM 2019), Tabel 5: its 17 indicators as a
// planner's input workbook. Names, units, targets and realisasi are the report's text; the IKU
// weights come from the golden NPS cases; the expected figures are read from ../shared/golden.
import ExcelJS from 'exceljs';
import { readFileSync } from 'node:fs';
import path from 'node:path';

export const GOLDEN = path.resolve(process.cwd(), '../shared/golden');
export const golden = <T>(nama: string): T => JSON.parse(readFileSync(path.join(GOLDEN, nama), 'utf8')) as T;

type Baris = [no: number, indikator: string, satuan: string, target: string, realisasi: string];
interface Sasaran {
  no: number;
  nama: string;
  indikator: Baris[];
}

export const PERSPEKTIF: { nama: string; sasaran: Sasaran[] }[] = [
  {
    nama: 'Customer Perspective',
    sasaran: [
      { no: 1, nama: 'Meningkatnya capaian RB BPOM di lingkup Sekretariat Utama sesuai roadmap RB BPOM 2015-2019', indikator: [
        [1, 'Nilai RB BPOM komponen penilaian diluar program penguatan pengawasan', '-', '54,3', '53,36'],
        [2, 'Opini BPK atas laporan keuangan BPOM', '-', 'WTP', 'WTP'],
      ] },
      { no: 2, nama: 'Terkelolanya sarana prasarana penunjang pengawasan BPOM dengan baik', indikator: [
        [3, 'Nilai Pengelolaan BMN BPOM', '-', '72', '77,46'],
      ] },
      { no: 3, nama: 'Meningkatnya kepuasan internal BPOM terhadap layanan dukungan manajemen', indikator: [
        [4, 'Indeks kepuasan internal BPOM terhadap layanan dukungan manajemen', '-', '61', '80,62'],
      ] },
      { no: 4, nama: 'Meningkatnya kepercayaan/opini positif Masyarakat terhadap BPOM', indikator: [
        [5, 'Indeks Opini Publik BPOM', '%', '65', '85,20'],
      ] },
    ],
  },
  {
    nama: 'Internal Process Perspective',
    sasaran: [
      { no: 5, nama: 'Terlaksananya rencana aksi RB BPOM di lingkup Sekretariat Utama', indikator: [
        [6, 'Persentase realisasi rencana aksi RB BPOM di lingkup Sekretariat Utama', '%', '100', '99,44'],
      ] },
      { no: 6, nama: 'Tersedianya dokumen perencanaan, penganggaran, monitoring, evaluasi, laporan kinerja, dan laporan keuangan yang diselesaikan tepat waktu', indikator: [
        [7, 'Persentase dokumen perencanaan, penganggaran, monitoring, evaluasi, laporan kinerja dan laporan keuangan yang diselesaikan tepat waktu', '%', '100', '100'],
      ] },
      { no: 7, nama: 'Meningkatnya pengelolaan Sumber daya BPOM', indikator: [
        // the report prints 86,05; its lampiran gives 37 of 43 satker: kept as the formula
        [8, 'Persentase Satker yang mampu mengelola BMN dengan baik', '%', '89', '=37/43*100'],
        [9, 'Persentase SDM BPOM yang memiliki kinerja berkriteria minimal baik', '%', '85', '97,93'],
      ] },
      { no: 8, nama: 'Organisasi yang tepat fungsi, tepat proses, dan tepat ukuran', indikator: [
        [10, 'Rasio tindak lanjut rekomendasi hasil evaluasi organisasi dan tata laksana terhadap total rekomendasi', '%', '100', '100'],
      ] },
      { no: 9, nama: 'Tersedianya peraturan Perundang-Undangan dan Advokasi hukum', indikator: [
        [11, 'Persentase peraturan perundang-undangan yang disusun', '%', '100', '100'],
        [12, 'Persentase advokasi hukum yang diselesaikan', '%', '100', '100'],
      ] },
      { no: 10, nama: 'Meningkatnya kerja sama BPOM', indikator: [
        [13, 'Persentase kerja sama yang ditindaklanjuti secara efektif terhadap total kerja sama BPOM', '%', '71', '78,90'],
      ] },
      { no: 11, nama: 'Menguatnya pengelolaan hubungan Masyarakat dan koordinasi dukungan manajemen', indikator: [
        [14, 'Persentase pemberitaan positif di media terhadap total pemberitaan tentang BPOM', '%', '87', '99,58'],
        [15, 'Tingkat keberhasilan koordinasi dalam layanan hubungan manajemen eselon 1', '-', '61', '78,1'],
        [16, 'Persentase layanan pengaduan dan informasi yang dapat dijawab langsung', '%', '93', '95,65'],
      ] },
    ],
  },
  {
    nama: 'Learning and Growth Perspective',
    sasaran: [
      { no: 12, nama: 'Terwujudnya RB Sekretariat Utama BPOM sesuai roadmap RB BPOM 2015-2019', indikator: [
        [17, 'Nilai AKIP Sekretariat Utama', '-', '81', '78,35'],
      ] },
    ],
  },
];

interface KasusNps {
  sumber: string;
  sasaran: string;
  bobot: number[];
}

/** Weights by sasaran number from the golden NPS cases of report 000 (IKU weight 2); else 1. */
export function bobotSasaran(): Map<number, number[]> {
  const peta = new Map<number, number[]>();
  for (const k of golden<{ kasus: KasusNps[] }>('nps.json').kasus) {
    const m = /^S(\d+) /.exec(k.sasaran);
    if (k.sumber === '000 Tabel 4' && m) peta.set(Number(m[1]), k.bobot);
  }
  return peta;
}

/** The unrounded realisasi the golden capaian cases give for an indicator (its formula's result). */
export function realisasiTakDibulatkan(nama: string): number {
  const k = golden<{ kasus: { indikator: string; realisasi: number }[] }>('capaian.json').kasus.find((c) => c.indikator === nama);
  if (k === undefined) throw new Error(`golden/capaian.json tidak memuat "${nama}"`);
  return k.realisasi;
}

export const JUDUL_KOLOM = ['Perspektif', 'Sasaran', 'No', 'Indikator Kinerja', 'Satuan', 'Bobot', 'Target', 'Realisasi'];
/** Title rows above the header, as reports have them. */
export const BARIS_HEADER = 3;

/** Writes the 17-indicator input workbook; perspektif and sasaran cells merged down their rows. */
export async function tulisLaporan000(berkas: string): Promise<void> {
  const bobot = bobotSasaran();
  const wb = new ExcelJS.Workbook();
  const ws = wb.addWorksheet('Tabel 5');
  ws.getCell('A1').value = 'Pencapaian IKU Sekretariat Utama Tahun 2019';
  ws.getRow(BARIS_HEADER).values = JUDUL_KOLOM;
  let r = BARIS_HEADER + 1;
  for (const p of PERSPEKTIF) {
    const awalP = r;
    for (const s of p.sasaran) {
      const awalS = r;
      s.indikator.forEach(([no, nama, satuan, target, realisasi], i) => {
        const row = ws.getRow(r++);
        row.getCell(1).value = p.nama;
        row.getCell(2).value = `${s.no}. ${s.nama}`;
        row.getCell(3).value = no;
        row.getCell(4).value = nama;
        row.getCell(5).value = satuan;
        row.getCell(6).value = bobot.get(s.no)?.[i] ?? 1;
        row.getCell(7).value = target;
        row.getCell(8).value = realisasi.startsWith('=') ? { formula: realisasi.slice(1), result: realisasiTakDibulatkan(nama) } : realisasi;
      });
      if (r - 1 > awalS) ws.mergeCells(awalS, 2, r - 1, 2);
    }
    if (r - 1 > awalP) ws.mergeCells(awalP, 1, r - 1, 1);
  }
  await wb.xlsx.writeFile(berkas);
}
