// Writes examples/contoh-lapkin.xlsx: the indicator workbook of a whole unit as planners keep it
// (title rows, a two-row header, perspective rows, merged sasaran and budget cells, cells typed as
// text with a decimal comma, '70 %', 'Min 1 negara', 'WTP', '-', 'Akhir Tahun').
// `buatBukuContoh({ jumlahIndikator })` repeats the sasaran to make large workbooks for the bench.
import ExcelJS from 'exceljs';
import { mkdir } from 'node:fs/promises';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const BULAN = ['Jan', 'Feb', 'Mar', 'Apr', 'Mei', 'Jun', 'Jul', 'Ags', 'Sep', 'Okt', 'Nov', 'Des'];

// [indikator, satuan, bobot, polaritas, renstra, [T2022, R2022], [T2023, R2023], target, realisasi, bulanan]
// bulanan: 'tetap' = the annual target every month, 'naik' = cumulative, 'tw' = quarter months only,
// 'akhir' = December only.
const PERSPEKTIF = [
  {
    nama: 'A. Perspektif Pemangku Kepentingan (Stakeholder Perspective)',
    sasaran: [
      {
        nama: 'Terwujudnya obat dan makanan yang aman dan bermutu di wilayah kerja',
        pagu: 'Rp1.250.000.000,-',
        realisasiAnggaran: 1187450000,
        indikator: [
          ['Persentase obat yang memenuhi syarat', '%', 2, 'positif', 92, [90, 91.5], [91, 93.2], 92, '94,23', 'tetap'],
          ['Persentase obat tradisional yang memenuhi syarat', '%', 1, 'positif', 80, [76, 77.1], [78, 79.05], '80', 78.6, 'tetap'],
          ['Persentase makanan yang memenuhi syarat', '%', 1, 'positif', 86, [82, 83.4], [84, 85], 85, '85,20', 'tetap'],
        ],
      },
      {
        nama: 'Meningkatnya kesadaran masyarakat terhadap obat dan makanan yang aman',
        pagu: 415000000,
        realisasiAnggaran: 398720500,
        indikator: [
          ['Indeks kesadaran masyarakat terhadap obat dan makanan aman', 'Indeks', 2, 'positif', 75, [70, 71.2], [72, 73.5], 73, 74.12, 'akhir'],
          ['Indeks Kepuasan Masyarakat (IKM) terhadap layanan publik', 'Indeks', 1, 'positif', 88, [84, 86.1], [85, 87.3], 86, 88.47, 'tw'],
        ],
      },
    ],
  },
  {
    nama: 'B. Perspektif Pelanggan (Customer Perspective)',
    sasaran: [
      {
        nama: 'Meningkatnya kepatuhan pelaku usaha dan kemandirian UMKM obat dan makanan',
        pagu: 610500000,
        realisasiAnggaran: 552031200,
        indikator: [
          ['Persentase sarana produksi obat yang memenuhi ketentuan', '%', 2, 'positif', 75, [65, 66], [68, 70.1], '70 %', 66.67, 'tetap'],
          ['Jumlah UMKM obat dan makanan yang didampingi', 'UMKM', 1, 'positif', 1400, [1000, 1050], [1100, 1180], '1.234', 1301, 'naik'],
        ],
      },
      {
        nama: 'Meningkatnya efektivitas komunikasi, informasi dan edukasi obat dan makanan',
        pagu: 287000000,
        realisasiAnggaran: 281460000,
        indikator: [
          ['Jumlah kegiatan KIE obat dan makanan', 'kegiatan', 1, 'positif', 30, [20, 22], [22, 25], 24, 26, 'naik'],
          ['Persentase pengaduan yang ditindaklanjuti tepat waktu', '%', 1, 'positif', 100, [95, 97], [97, 98], 98, 96.5, 'tetap'],
        ],
      },
    ],
  },
  {
    nama: 'C. Perspektif Proses Internal (Internal Process Perspective)',
    sasaran: [
      {
        nama: 'Meningkatnya efektivitas pengawasan obat dan makanan',
        pagu: 1830000000,
        realisasiAnggaran: 1795212300,
        indikator: [
          ['Persentase keputusan hasil pengawasan yang ditindaklanjuti', '%', 2, 'positif', 90, [80, 82.3], [85, 86.9], 87, 89.94, 'tetap'],
          ['Persentase sarana yang diperiksa sesuai rencana', '%', 1, 'positif', 100, [100, 100], [100, 101.2], 100, 103.5, 'naik'],
        ],
      },
      {
        nama: 'Meningkatnya kerja sama pengawasan lintas sektor dan lintas batas negara',
        pagu: 175000000,
        realisasiAnggaran: 0,
        indikator: [
          [
            'Jumlah negara mitra kerja sama pengawasan di wilayah perbatasan',
            'negara',
            1,
            'positif',
            2,
            ['-', '-'],
            [1, 1],
            'Min 1 negara',
            1,
            'akhir',
          ],
          ['Jumlah kerja sama lintas sektor yang ditindaklanjuti', 'dokumen', 1, 'positif', 12, [8, 9], [10, 10], 10, 11, 'naik'],
        ],
      },
      {
        nama: 'Terselenggaranya pengujian obat dan makanan yang akurat dan tepat waktu',
        pagu: 2140000000,
        realisasiAnggaran: 2067318900,
        indikator: [
          ['Persentase sampel yang diuji sesuai standar waktu', '%', 1, 'positif', 95, [90, 88.5], [92, 93], 93, 95.12, 'tetap'],
          ['Persentase parameter uji yang terakreditasi', '%', 1, 'positif', 85, [75, 76], [80, 81], 82, '-', 'tw'],
          ['Persentase sampel uji ulang karena kesalahan pengujian', '%', 1, 'negatif', 3, [5, 4.2], [4, 3.8], 3.5, 2.9, 'tetap'],
        ],
      },
    ],
  },
  {
    nama: 'D. Perspektif Pembelajaran dan Pertumbuhan (Learning and Growth Perspective)',
    sasaran: [
      {
        nama: 'Terwujudnya tata kelola pemerintahan yang baik',
        pagu: 320000000,
        realisasiAnggaran: 301877000,
        indikator: [
          ['Opini atas laporan keuangan', '-', 1, 'positif', 'WTP', ['WTP', 'WTP'], ['WTP', 'WTP'], 'WTP', 'WTP', 'akhir'],
          [
            'Nilai Akuntabilitas Kinerja Instansi Pemerintah (AKIP)',
            'Nilai',
            2,
            'positif',
            80,
            [74, 75.1],
            [76, 77.35],
            78,
            'Akhir Tahun',
            'akhir',
          ],
        ],
      },
      {
        nama: 'Meningkatnya kompetensi dan profesionalitas SDM',
        pagu: 265000000,
        realisasiAnggaran: 249887250,
        indikator: [
          ['Persentase pegawai yang memenuhi standar kompetensi (20 JP)', '%', 1, 'positif', 90, [80, 85.1], [85, 88.9], 85, '86,5', 'naik'],
          ['Indeks Profesionalitas ASN', 'Indeks', 1, 'positif', 75, [68, 69.2], [70, 71.4], 71, 69.8, 'akhir'],
        ],
      },
      {
        nama: 'Meningkatnya kualitas pengelolaan anggaran dan barang milik negara',
        pagu: 540000000,
        realisasiAnggaran: 529113400,
        indikator: [
          ['Nilai Indikator Kinerja Pelaksanaan Anggaran (IKPA)', 'Nilai', 2, 'positif', 95, [90, 93.2], [92, 94.81], 93, 95.87, 'tw'],
          ['Persentase realisasi anggaran', '%', 1, 'positif', 97, [95, 96.1], [96, 97.2], 96, 97.32, 'naik'],
        ],
      },
    ],
  },
];

const JUMLAH_DASAR = PERSPEKTIF.flatMap((p) => p.sasaran).flatMap((s) => s.indikator).length;

/** Monthly cumulative targets as a planner would set them, '-' where a month has no target. */
/** The figure in a cell typed as text ('94,23', '1.234', '70 %'), null for 'WTP', '-', 'Akhir Tahun'. */
function angkaDari(v) {
  if (typeof v === 'number') return v;
  const t = v.replace(/\s*%$/, '');
  if (/^\d{1,3}(\.\d{3})+$/.test(t)) return Number(t.replaceAll('.', ''));
  return /^\d+(,\d+)?$/.test(t) ? Number(t.replace(',', '.')) : null;
}

function targetBulanan(target, pola) {
  const angka = angkaDari(target);
  return BULAN.map((_, i) => {
    const bulan = i + 1;
    if (pola === 'akhir') return bulan === 12 ? target : '-';
    if (pola === 'tw' && bulan % 3 !== 0) return '-';
    if (pola === 'naik' && angka !== null) return Math.round(((angka * bulan) / 12) * 100) / 100;
    return target;
  });
}

/** Realisasi per quarter, cumulative; the year-end one is the annual realisasi. */
function realisasiTriwulan(realisasi, pola) {
  const angka = angkaDari(realisasi);
  return [1, 2, 3, 4].map((tw) => {
    if (tw === 4) return realisasi;
    if (angka === null || pola === 'akhir') return '-';
    return pola === 'naik' ? Math.round(((angka * tw) / 4) * 100) / 100 : Math.round(angka * (0.94 + tw * 0.02) * 100) / 100;
  });
}

const KOLOM = {
  no: 1,
  sasaran: 2,
  indikator: 3,
  satuan: 4,
  bobot: 5,
  polaritas: 6,
  renstra: 7,
  t2022: 8,
  r2022: 9,
  t2023: 10,
  r2023: 11,
  target: 12,
  realisasi: 13,
  bulan: 14,
  tw: 26,
  pagu: 30,
  realisasiAnggaran: 31,
  keterangan: 32,
};

function tulisJudul(ws) {
  const atas = ws.getRow(5);
  const bawah = ws.getRow(6);
  const judul = [
    [KOLOM.no, 'No'],
    [KOLOM.sasaran, 'Sasaran Strategis'],
    [KOLOM.indikator, 'Indikator Kinerja'],
    [KOLOM.satuan, 'Satuan'],
    [KOLOM.bobot, 'Bobot'],
    [KOLOM.polaritas, 'Polaritas'],
    [KOLOM.renstra, 'Target Akhir Renstra'],
    [KOLOM.t2022, '2022'],
    [KOLOM.t2023, '2023'],
    [KOLOM.target, 'Target 2024'],
    [KOLOM.realisasi, 'Realisasi 2024'],
    [KOLOM.bulan, 'Target Bulanan 2024 (kumulatif)'],
    [KOLOM.tw, 'Realisasi Triwulan 2024'],
    [KOLOM.pagu, 'Pagu Anggaran (Rp)'],
    [KOLOM.realisasiAnggaran, 'Realisasi Anggaran (Rp)'],
    [KOLOM.keterangan, 'Keterangan'],
  ];
  for (const [k, t] of judul) atas.getCell(k).value = t;
  for (const k of [KOLOM.t2022, KOLOM.t2023]) {
    bawah.getCell(k).value = 'T';
    bawah.getCell(k + 1).value = 'R';
    ws.mergeCells(5, k, 5, k + 1);
  }
  BULAN.forEach((b, i) => (bawah.getCell(KOLOM.bulan + i).value = b));
  ['TW I', 'TW II', 'TW III', 'TW IV'].forEach((t, i) => (bawah.getCell(KOLOM.tw + i).value = t));
  ws.mergeCells(5, KOLOM.bulan, 5, KOLOM.bulan + 11);
  ws.mergeCells(5, KOLOM.tw, 5, KOLOM.tw + 3);
  const tunggal = judul.map(([k]) => k).filter((k) => ![KOLOM.t2022, KOLOM.t2023, KOLOM.bulan, KOLOM.tw].includes(k));
  for (const k of tunggal) ws.mergeCells(5, k, 6, k);
  for (const row of [atas, bawah]) {
    for (let k = 1; k <= KOLOM.keterangan; k++) {
      const c = row.getCell(k);
      c.font = { bold: true };
      c.alignment = { horizontal: 'center', vertical: 'middle', wrapText: true };
      c.fill = { type: 'pattern', pattern: 'solid', fgColor: { argb: 'FFDDEBF7' } };
      c.border = GARIS;
    }
  }
}

const TIPIS = { style: 'thin', color: { argb: 'FF999999' } };
const GARIS = { top: TIPIS, left: TIPIS, bottom: TIPIS, right: TIPIS };

/** The example unit's workbook; with jumlahIndikator, sasaran are repeated (numbered) to that size. */
export function buatBukuContoh({ jumlahIndikator = JUMLAH_DASAR } = {}) {
  const wb = new ExcelJS.Workbook();
  wb.creator = 'Subbagian Program dan Evaluasi';
  wb.created = wb.modified = new Date('2025-01-20T08:00:00Z');
  const petunjuk = wb.addWorksheet('Petunjuk');
  petunjuk.getColumn(1).width = 100;
  [
    'Lembar kerja pengukuran kinerja Balai Besar POM di Sukamaju, Tahun 2024.',
    'Isi realisasi pada lembar "Pengukuran Kinerja"; target mengikuti Perjanjian Kinerja 2024.',
    'Angka boleh diketik dengan koma desimal (85,20). Tanda "-" berarti belum ada angka.',
  ].forEach((t, i) => (petunjuk.getCell(i + 1, 1).value = t));

  const ws = wb.addWorksheet('Pengukuran Kinerja', { views: [{ state: 'frozen', ySplit: 6, xSplit: 3 }] });
  ws.getCell('A1').value = 'PENGUKURAN KINERJA TAHUN 2024';
  ws.getCell('A2').value = 'BALAI BESAR PENGAWAS OBAT DAN MAKANAN DI SUKAMAJU';
  ws.getCell('A3').value = 'Sumber data: laporan bidang dan SAKTI per 31 Desember 2024';
  for (const a of ['A1', 'A2']) ws.getCell(a).font = { bold: true, size: 13 };
  tulisJudul(ws);
  const lebar = {
    no: 5,
    sasaran: 34,
    indikator: 44,
    satuan: 9,
    bobot: 7,
    polaritas: 10,
    renstra: 10,
    pagu: 18,
    realisasiAnggaran: 18,
    keterangan: 24,
  };
  for (const [k, w] of Object.entries(lebar)) ws.getColumn(KOLOM[k]).width = w;

  const salinan = Math.ceil(jumlahIndikator / JUMLAH_DASAR);
  let r = 7;
  let no = 0;
  for (const p of PERSPEKTIF) {
    const baris = ws.getRow(r++);
    baris.getCell(KOLOM.no).value = p.nama;
    baris.getCell(KOLOM.no).font = { bold: true };
    ws.mergeCells(baris.number, KOLOM.no, baris.number, KOLOM.keterangan);
    for (let k = 1; k <= salinan; k++) {
      for (const s of p.sasaran) {
        const awal = r;
        for (const [nama, satuan, bobot, polaritas, renstra, lalu2022, lalu2023, target, realisasi, pola] of s.indikator) {
          if (no >= jumlahIndikator) break;
          const row = ws.getRow(r++);
          const isi = {
            no: ++no,
            sasaran: k === 1 ? s.nama : `${s.nama} (${k})`,
            indikator: nama,
            satuan,
            bobot,
            polaritas,
            renstra,
            t2022: lalu2022[0],
            r2022: lalu2022[1],
            t2023: lalu2023[0],
            r2023: lalu2023[1],
            target,
            realisasi,
          };
          for (const [kunci, v] of Object.entries(isi)) row.getCell(KOLOM[kunci]).value = v;
          targetBulanan(target, pola).forEach((v, i) => (row.getCell(KOLOM.bulan + i).value = v));
          realisasiTriwulan(realisasi, pola).forEach((v, i) => (row.getCell(KOLOM.tw + i).value = v));
          if (realisasi === 'Akhir Tahun') row.getCell(KOLOM.keterangan).value = 'Hasil evaluasi diterima Maret tahun berikut';
          if (realisasi === '-') row.getCell(KOLOM.keterangan).value = 'Menunggu sertifikat KAN';
        }
        if (r === awal) continue;
        ws.getCell(awal, KOLOM.pagu).value = s.pagu;
        ws.getCell(awal, KOLOM.realisasiAnggaran).value = s.realisasiAnggaran;
        if (r - 1 > awal) for (const k of [KOLOM.sasaran, KOLOM.pagu, KOLOM.realisasiAnggaran]) ws.mergeCells(awal, k, r - 1, k);
      }
    }
  }
  for (let i = 7; i < r; i++) {
    const row = ws.getRow(i);
    for (let k = 1; k <= KOLOM.keterangan; k++) {
      const c = row.getCell(k);
      c.border = GARIS;
      c.alignment = { vertical: 'top', wrapText: k === KOLOM.sasaran || k === KOLOM.indikator };
    }
    for (const k of [KOLOM.pagu, KOLOM.realisasiAnggaran]) row.getCell(k).numFmt = '#,##0';
  }
  return wb;
}

if (process.argv[1] && path.resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  const keluar = path.join(path.dirname(fileURLToPath(import.meta.url)), '..', 'examples', 'contoh-lapkin.xlsx');
  await mkdir(path.dirname(keluar), { recursive: true });
  await buatBukuContoh().xlsx.writeFile(keluar);
  console.log(`Ditulis: ${path.relative(process.cwd(), keluar)}`);
}
