// Writes examples/contoh-capaian-dua-baris.xlsx: a second example in another real layout, the way
// many units print their "Capaian Kinerja" table: a two-row header (Target / Realisasi / Capaian (%)
// each over 2023 | 2024), a column-number row, sasaran typed in the Indikator column with an
// "NPS Sasaran" row under their indicators, percentages stored as fractions with a % format,
// capaian and sums as formulas WITH their cached results, and a budget table with DIPA codes
// (3158, 3158.AEC, 3158.AEC.001) below the indicator table, then notes and a signature block.
import ExcelJS from 'exceljs';
import { mkdir } from 'node:fs/promises';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const bulat = (x) => Math.round(x * 100) / 100;

// [indikator, satuan, [T2023, R2023], [T2024, R2024], persen (stored as fractions with a % format), negatif]
const SASARAN = [
  {
    nama: 'Sasaran 1: Meningkatnya efektivitas pengawasan obat dan makanan',
    indikator: [
      ['Persentase obat yang memenuhi syarat', '%', [90, 91.2], [92, 93.45], true, false],
      ['Persentase makanan yang memenuhi syarat', '%', [84, 85.1], [86, 84.7], true, false],
      ['Waktu rata-rata penyelesaian sertifikasi (hari kerja)', 'hari', [12, 11], [10, 8.5], false, true],
    ],
  },
  {
    nama: 'Sasaran 2: Meningkatnya kepuasan pemangku kepentingan',
    indikator: [
      ['Indeks kepuasan masyarakat', 'indeks', [3.2, 3.31], [3.3, 3.42], false, false],
      ['Persentase pengaduan yang ditindaklanjuti', '%', [95, 97.5], [96, 100], true, false],
    ],
  },
];

const ANGGARAN = [
  ['3158', 'Pengawasan Obat dan Makanan', null, null],
  ['3158.AEC', 'Kerja sama', null, null],
  ['3158.AEC.001', 'Kerja sama lintas sektor', 350_000_000, 331_250_000],
  ['3158.QDC', 'Layanan pengujian', null, null],
  ['3158.QDC.001', 'Pengujian sampel obat', 620_000_000, 598_400_000],
  ['3158.QDC.002', 'Pengujian sampel makanan', 480_000_000, 455_900_000],
];

export async function buatContohDuaBaris(berkas) {
  const wb = new ExcelJS.Workbook();
  const ws = wb.addWorksheet('Capaian Kinerja');
  ws.columns = [6, 48, 10, 10, 10, 10, 10, 12, 12].map((width) => ({ width }));
  ws.getCell('A1').value = 'LAPORAN KINERJA BALAI BESAR POM TAHUN 2024';
  ws.getCell('A2').value = 'Tabel 3.1 Capaian Indikator Kinerja Tahun 2023 dan 2024';
  ws.getRow(4).values = ['No', 'Sasaran / Indikator Kinerja', 'Satuan', 'Target', '', 'Realisasi', '', 'Capaian (%)', ''];
  ws.getRow(5).values = ['', '', '', 2023, 2024, 2023, 2024, 2023, 2024];
  for (const m of ['A4:A5', 'B4:B5', 'C4:C5', 'D4:E4', 'F4:G4', 'H4:I4']) ws.mergeCells(m);
  ws.getRow(6).values = ['(1)', '(2)', '(3)', '(4)', '(5)', '(6)', '(7)', '(8)', '(9)'];
  for (const r of [4, 5, 6]) ws.getRow(r).eachCell((c) => (c.font = { bold: true }));

  let r = 7;
  let no = 1;
  const capaianSemua = [];
  const barisNps = [];
  for (const s of SASARAN) {
    ws.getCell(`B${r}`).value = s.nama;
    ws.getCell(`B${r}`).font = { bold: true };
    r++;
    const awal = r;
    const capaian = [];
    for (const [nama, satuan, lalu, kini, persen, negatif] of s.indikator) {
      const isi = (x) => (persen ? x / 100 : x);
      ws.getRow(r).values = [no++, nama, satuan, isi(lalu[0]), isi(kini[0]), isi(lalu[1]), isi(kini[1])];
      const rumus = (t, re) => (negatif ? `(2*${t}${r}-${re}${r})/${t}${r}` : `${re}${r}/${t}${r}`);
      const nilai = (t, re) => (negatif ? (2 * t - re) / t : re / t);
      // capaian as Excel keeps it: a fraction under a % format, computed by a formula
      ws.getCell(`H${r}`).value = { formula: `ROUND(${rumus('D', 'F')},4)`, result: Math.round(nilai(lalu[0], lalu[1]) * 1e4) / 1e4 };
      ws.getCell(`I${r}`).value = { formula: `ROUND(${rumus('E', 'G')},4)`, result: Math.round(nilai(kini[0], kini[1]) * 1e4) / 1e4 };
      for (const k of persen ? ['D', 'E', 'F', 'G', 'H', 'I'] : ['H', 'I']) ws.getCell(`${k}${r}`).numFmt = '0.00%';
      capaian.push(Math.round(nilai(kini[0], kini[1]) * 1e4) / 100);
      r++;
    }
    const nps = capaian.reduce((a, b) => a + b, 0) / capaian.length;
    capaianSemua.push(nps);
    barisNps.push(r);
    ws.getCell(`B${r}`).value = 'NPS Sasaran';
    ws.getCell(`I${r}`).value = { formula: `ROUND(AVERAGE(I${awal}:I${r - 1})*100,2)`, result: bulat(nps) };
    ws.getRow(r).font = { italic: true };
    r++;
  }
  ws.getCell(`B${r}`).value = 'Nilai Pencapaian Unit';
  ws.getCell(`I${r}`).value = {
    formula: `ROUND(AVERAGE(${barisNps.map((b) => `I${b}`).join(',')}),2)`,
    result: bulat(capaianSemua.map(bulat).reduce((a, b) => a + b, 0) / capaianSemua.length),
  };
  ws.getRow(r).font = { bold: true };
  r += 1;
  ws.getCell(`B${r}`).value = '*) data sementara per 31 Desember 2024';
  r += 2;

  ws.getCell(`A${r}`).value = 'Tabel 3.2 Realisasi Anggaran Tahun 2024';
  r++;
  ws.getRow(r).values = ['Kode', 'Uraian', 'Pagu (Rp)', 'Realisasi (Rp)', 'Serapan (%)'];
  ws.getRow(r).font = { bold: true };
  r++;
  const baris = new Map();
  const anak = (kode) =>
    ANGGARAN.filter(([k]) => k.startsWith(`${kode}.`) && k.split('.').length === kode.split('.').length + 1).map(([k]) => k);
  const jumlah = (kode, i) => {
    const row = ANGGARAN.find(([k]) => k === kode);
    return row[i] ?? anak(kode).reduce((a, k) => a + jumlah(k, i), 0);
  };
  for (const [kode, uraian] of ANGGARAN) {
    baris.set(kode, r);
    ws.getRow(r++).values = [kode, uraian];
  }
  for (const [kode] of ANGGARAN) {
    const b = baris.get(kode);
    const sub = anak(kode).map((k) => baris.get(k));
    for (const [kolom, i] of [
      ['C', 2],
      ['D', 3],
    ]) {
      const v = jumlah(kode, i);
      ws.getCell(`${kolom}${b}`).value = sub.length ? { formula: sub.map((x) => `${kolom}${x}`).join('+'), result: v } : v;
      ws.getCell(`${kolom}${b}`).numFmt = '#,##0';
    }
    ws.getCell(`E${b}`).value = { formula: `ROUND(D${b}/C${b}*100,2)`, result: bulat((jumlah(kode, 3) / jumlah(kode, 2)) * 100) };
  }
  r += 1;
  ws.getCell(`B${r}`).value = 'Catatan: realisasi anggaran menurut SAKTI per 31 Desember 2024';
  r += 2;
  ws.getCell(`F${r}`).value = 'Serang, 15 Januari 2025';
  ws.getCell(`F${r + 1}`).value = 'Kepala Balai Besar POM di Serang';
  await mkdir(path.dirname(berkas), { recursive: true });
  await wb.xlsx.writeFile(berkas);
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const berkas = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../examples/contoh-capaian-dua-baris.xlsx');
  await buatContohDuaBaris(berkas);
  console.log(`Ditulis: ${berkas}`);
}
