// Writes one TabelSpec into a new exceljs worksheet: values, formulas with their cached results,
// number formats, fills, fonts, alignment, borders, merges, widths, frozen rows, notes, dropdowns,
// print setup. exceljs cannot draw charts: a chart becomes data bars in its value cells.
import type { Alignment, Borders, Cvfo, DataBarRuleType, Fill, Font, Style, Workbook, Worksheet } from 'exceljs';
import type { Gabung, GrafikSpec, SelTabel, TabelSpec } from '../core/tabel/spec';
import { pesan } from './pesan';
import { jumlahBarisTeks } from './ukuran-teks';

const GARIS = { style: 'thin', color: { argb: 'FF808080' } } as const;
const BORDER: Partial<Borders> = { top: GARIS, left: GARIS, bottom: GARIS, right: GARIS };
const RATA = { kiri: 'left', tengah: 'center', kanan: 'right' } as const;
/** Points per text line at the default 11 pt font. */
const TINGGI_BARIS = 15;

/** Adds the table as a new sheet (a fresh name if taken); returns notices for the user. */
export function tulisTabel(wb: Workbook, spec: TabelSpec): { lembar: Worksheet; pemberitahuan: string[] } {
  const ws = wb.addWorksheet(namaLembarBaru(wb, spec.namaLembar));
  const gaya = new Map<string, Partial<Style>>();
  const teks = tataTeks(spec);
  spec.sel.forEach((baris, r) => {
    const row = ws.getRow(r + 1);
    baris.forEach((s, c) => {
      const cell = row.getCell(c + 1);
      if (s.rumus !== undefined) cell.value = { formula: s.rumus, result: s.nilai ?? undefined };
      else if (s.nilai !== null) cell.value = s.nilai;
      const st = gayaSel(teks.bungkus.has(`${r},${c}`) ? { ...s, bungkus: true } : s, gaya);
      if (st !== undefined) cell.style = st;
      if (s.catatan !== undefined) cell.note = s.catatan;
      if (s.daftar !== undefined) {
        cell.dataValidation = {
          type: 'list',
          allowBlank: true,
          formulae: [`"${s.daftar.join(',')}"`],
          showErrorMessage: true,
          errorTitle: 'Lapkin',
          error: `Pilih salah satu: ${s.daftar.join(', ')}`,
        };
      }
    });
  });
  gabungkan(ws, spec.gabung);
  spec.lebarKolom.forEach((w, c) => {
    ws.getColumn(c + 1).width = w;
  });
  teks.tinggi.forEach((n, r) => {
    if (n > 1) ws.getRow(r + 1).height = n * TINGGI_BARIS;
  });
  if (spec.barisBeku > 0) ws.views = [{ state: 'frozen', ySplit: spec.barisBeku, xSplit: 0 }];
  ws.pageSetup = {
    paperSize: 9,
    orientation: 'landscape',
    fitToPage: true,
    fitToWidth: 1,
    fitToHeight: 0,
    horizontalCentered: true,
    margins: { left: 0.4, right: 0.4, top: 0.5, bottom: 0.5, header: 0.3, footer: 0.3 },
    ...(spec.barisBeku > 0 ? { printTitlesRow: `1:${spec.barisBeku}` } : {}),
  };
  const pemberitahuan: string[] = [];
  if (spec.grafik !== undefined) pemberitahuan.push(batangData(ws, spec.grafik, spec.barisBeku));
  return { lembar: ws, pemberitahuan };
}

// exceljs writes no charts: the values get in-cell data bars instead. With a reference line (100 %)
// the bar scale runs to twice it, so a bar reaching the middle of its cell meets the target.
function batangData(ws: Worksheet, g: GrafikSpec, barisKepala: number): string {
  const kolom = ws.getColumn(g.kolomNilai + 1).letter;
  const maks: Partial<Cvfo> = g.garisAcuan === undefined ? { type: 'max' } : { type: 'num', value: 2 * g.garisAcuan };
  ws.addConditionalFormatting({
    ref: `${kolom}${g.barisAwal + 1}:${kolom}${g.barisAkhir + 1}`,
    rules: [
      // exceljs's type omits the bar colour its writer takes
      { type: 'dataBar', priority: 1, gradient: false, cfvo: [{ type: 'num', value: 0 }, maks], color: { argb: 'FF9BC2E6' } } as DataBarRuleType,
    ],
  });
  // the note sits on the column's header cell (the last frozen row)
  const kepala = ws.getCell(Math.max(1, barisKepala), g.kolomNilai + 1);
  if (kepala.note === undefined) kepala.note = pesan.catatanGrafik(g.garisAcuan);
  return pesan.grafikSebagaiBatangData(g.judul, ws.name);
}

// exceljs's mergeCells checks each merge against all earlier ones: quadratic, seconds for the few
// thousand merges of a large unit. The spec's merges are checked for overlap once here, then each
// covered cell is pointed at its top-left cell, which is what exceljs saves as the merge.
function gabungkan(ws: Worksheet, gabung: readonly Gabung[]): void {
  const tertutup = new Set<string>();
  for (const g of gabung) {
    const induk = ws.getCell(g.baris + 1, g.kolom + 1);
    for (let r = g.baris; r <= g.barisAkhir; r++) {
      for (let k = g.kolom; k <= g.kolomAkhir; k++) {
        const kunci = `${r},${k}`;
        if (tertutup.has(kunci)) throw new Error(`gabungan sel bertumpuk di ${ws.name}!${ws.getCell(r + 1, k + 1).address}`);
        tertutup.add(kunci);
        if (r > g.baris || k > g.kolom) ws.getCell(r + 1, k + 1).merge(induk);
      }
    }
  }
}

/** Excel sheet names: ≤ 31 characters, unique regardless of case. */
export function namaLembarBaru(wb: Workbook, nama: string): string {
  const ada = new Set(wb.worksheets.map((w) => w.name.toLowerCase()));
  const dasar = nama.slice(0, 31);
  if (!ada.has(dasar.toLowerCase())) return dasar;
  for (let i = 2; ; i++) {
    const akhiran = ` (${i})`;
    const calon = dasar.slice(0, 31 - akhiran.length) + akhiran;
    if (!ada.has(calon.toLowerCase())) return calon;
  }
}

// Cells with the same look share one style object: exceljs then registers it once when saving.
function gayaSel(s: SelTabel, cache: Map<string, Partial<Style>>): Partial<Style> | undefined {
  const kunci = `${s.format}|${s.isi}|${s.warnaHuruf}|${s.tebal}|${s.miring}|${s.rata}|${s.bungkus}|${s.garis}`;
  if (kunci === 'undefined|undefined|undefined|undefined|undefined|undefined|undefined|undefined') return undefined;
  let st = cache.get(kunci);
  if (st === undefined) {
    st = {};
    if (s.format !== undefined) st.numFmt = s.format;
    if (s.isi !== undefined) st.fill = { type: 'pattern', pattern: 'solid', fgColor: { argb: `FF${s.isi}` } } as Fill;
    if (s.tebal || s.miring || s.warnaHuruf !== undefined) {
      const font: Partial<Font> = { name: 'Calibri', size: 11 };
      if (s.tebal) font.bold = true;
      if (s.miring) font.italic = true;
      if (s.warnaHuruf !== undefined) font.color = { argb: `FF${s.warnaHuruf}` };
      st.font = font;
    }
    const al: Partial<Alignment> = { vertical: 'middle' };
    if (s.rata !== undefined) al.horizontal = RATA[s.rata];
    if (s.bungkus) al.wrapText = true;
    st.alignment = al;
    if (s.garis) st.border = BORDER;
    cache.set(kunci, st);
  }
  return st;
}

// Row heights from the lines each text needs (see ukuran-teks.ts). A text too long for its cell
// or merged block is wrapped even when the spec did not ask: clipped words are lost on paper.
function tataTeks(spec: TabelSpec): { bungkus: Set<string>; tinggi: number[] } {
  const lebar = (c: number) => spec.lebarKolom[c] ?? 9;
  const gabungDi = new Map<string, Gabung>();
  for (const g of spec.gabung) gabungDi.set(`${g.baris},${g.kolom}`, g);
  const bungkus = new Set<string>();
  const tinggi: number[] = spec.sel.map(() => 1);
  const tegak: { g: Gabung; baris: number }[] = [];
  spec.sel.forEach((baris, r) => {
    baris.forEach((s, c) => {
      if (typeof s.nilai !== 'string' || s.nilai === '') return;
      const g = gabungDi.get(`${r},${c}`);
      let w = 0;
      for (let k = c; k <= (g?.kolomAkhir ?? c); k++) w += lebar(k);
      const n = jumlahBarisTeks(s.nilai, w, s.tebal);
      if (n === 1) return;
      if (!s.bungkus) bungkus.add(`${r},${c}`);
      if (g !== undefined && g.barisAkhir > g.baris) tegak.push({ g, baris: n });
      else tinggi[r] = Math.max(tinggi[r], n);
    });
  });
  for (const { g, baris } of tegak) {
    let ada = 0;
    for (let r = g.baris; r <= g.barisAkhir; r++) ada += tinggi[r];
    if (ada < baris) tinggi[g.barisAkhir] += baris - ada;
  }
  return { bungkus, tinggi };
}
