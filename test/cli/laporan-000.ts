// Report 000 (Laporan Kinerja Sekretariat Utama BPOM 2019), Tabel 5: its 17 indicators as a
// planner's input workbook. Names, units, targets and realisasi are the report's figures
// (test/fixtures/laporan-000); the IKU weights come from the golden NPS cases; the expected figures
// are the golden ones (test/fixtures/golden).
import ExcelJS from 'exceljs';
import { emas } from '../core/golden/emas';
import { bobotSasaran, tabel5 } from '../core/tabel/laporan-000';

type Baris = [no: number, indikator: string, satuan: string, target: string, realisasi: string];
interface Sasaran {
  no: number;
  nama: string;
  indikator: Baris[];
}

// the report prints 86,05 for indicator 8; its lampiran gives 37 of 43 satker: kept as the formula
const RUMUS: Readonly<Record<string, string>> = { '8': '=37/43*100' };

/** Tabel 5 grouped as printed: perspectives, their sasaran, their indicators. */
export const PERSPEKTIF: { nama: string; sasaran: Sasaran[] }[] = [];
for (const b of tabel5()) {
  let p = PERSPEKTIF.at(-1);
  if (p?.nama !== b.perspektif) PERSPEKTIF.push((p = { nama: b.perspektif, sasaran: [] }));
  let s = p.sasaran.at(-1);
  if (s?.no !== Number(b.noSasaran)) p.sasaran.push((s = { no: Number(b.noSasaran), nama: b.sasaran, indikator: [] }));
  s.indikator.push([Number(b.no), b.indikator, b.satuan, b.target, RUMUS[b.no] ?? b.realisasi]);
}

/** The unrounded realisasi the golden capaian cases give for an indicator (its formula's result). */
export function realisasiTakDibulatkan(nama: string): number {
  const k = emas<{ kasus: { indikator: string; realisasi: number }[] }>('capaian').kasus.find((c) => c.indikator === nama);
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
