// Writes one TabelSpec into a new exceljs worksheet: values, formulas with their cached results,
// number formats, fills, fonts, alignment, borders, merges, widths, frozen rows, notes, dropdowns,
// print setup. It writes the template; lapkin isi writes its tables, charts included, through the
// package writer (xlsx/), so a chart here is left out.
import type { Alignment, Borders, Fill, Font, Style, Workbook, Worksheet } from 'exceljs';
import { type Gabung, namaLembarBebas, PESAN_TABEL, RATA_HOST, type SelTabel, type TabelSpec } from '../core/index';
import type { SelXml } from './sel-xml';
import { lebarKisi, tataTeks } from '../xlsx/tata-teks';

const GARIS = { style: 'thin', color: { argb: 'FF808080' } } as const;
const BORDER: Partial<Borders> = { top: GARIS, left: GARIS, bottom: GARIS, right: GARIS };
/** Points per text line at the default 11 pt font. */
const TINGGI_BARIS = 15;

export interface OpsiTulis {
  /**
   * The cells go into the file as XML when simpanBuku saves it, not through exceljs: exceljs lays
   * out the sheet and holds one cell per look (so it registers every style), the rest costs a
   * tenth as much. For big tables; the workbook must be saved with simpanBuku.
   */
  readonly selXml?: boolean;
}

/** Adds the table as a new sheet (a fresh name if taken). */
export function tulisTabel(wb: Workbook, spec: TabelSpec, opsi: OpsiTulis = {}): { lembar: Worksheet; selXml?: SelXml } {
  const ws = wb.addWorksheet(
    namaLembarBebas(
      spec.namaLembar,
      wb.worksheets.map((w) => w.name),
    ),
  );
  const teks = tataTeks(spec);
  const gaya = gayaTabel(spec, teks.bungkus);
  const { kolom } = gaya;
  let selXml: SelXml | undefined;
  if (opsi.selXml) {
    // the first cell of each look carries it for exceljs
    const wakil: (string | undefined)[] = gaya.daftar.map(() => undefined);
    for (const [i, g] of gaya.sel.entries()) {
      const st = gaya.daftar[g];
      if (g === 0 || wakil[g] !== undefined || st === undefined) continue;
      const cell = ws.getCell(Math.floor(i / kolom) + 1, (i % kolom) + 1);
      cell.style = st;
      wakil[g] = cell.address;
    }
    selXml = { lembar: ws, spec, kolom, gaya: gaya.sel, wakil, tinggi: teks.tinggi.map((n) => (n > 1 ? n * TINGGI_BARIS : 0)) };
  }
  spec.sel.forEach((baris, r) => {
    const row = ws.getRow(r + 1);
    baris.forEach((s, c) => {
      if (selXml !== undefined && s.catatan === undefined && s.daftar === undefined) return;
      const cell = row.getCell(c + 1);
      if (selXml === undefined) {
        if (s.nilai !== null) cell.value = s.nilai;
        const g = gaya.sel[r * kolom + c];
        const st = g === undefined ? undefined : gaya.daftar[g];
        if (st !== undefined) cell.style = st;
      }
      if (s.catatan !== undefined) cell.note = s.catatan;
      if (s.daftar !== undefined) {
        // a suggestion list shows no error: Excel then keeps any value typed
        cell.dataValidation = {
          type: 'list',
          allowBlank: true,
          formulae: [`"${s.daftar.join(',')}"`],
          ...(s.daftarKetat ? { showErrorMessage: true, errorTitle: 'Lapkin', error: PESAN_TABEL.pilihSalahSatu(s.daftar) } : {}),
        };
      }
    });
  });
  gabungkan(ws, spec.gabung, kolom, selXml === undefined);
  spec.lebarKolom.forEach((w, c) => {
    ws.getColumn(c + 1).width = w;
  });
  if (selXml === undefined) {
    teks.tinggi.forEach((n, r) => {
      if (n > 1) ws.getRow(r + 1).height = n * TINGGI_BARIS;
    });
  }
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
  return { lembar: ws, ...(selXml ? { selXml } : {}) };
}

// exceljs's mergeCells checks each merge against all earlier ones: quadratic, seconds for the few
// thousand merges of a large unit. The spec's merges are checked for overlap once here, then each
// covered cell is pointed at its top-left cell, which is what exceljs saves as the merge. Cells
// written as XML carry their merges themselves: only the check is needed.
function gabungkan(ws: Worksheet, gabung: readonly Gabung[], kolom: number, keExceljs: boolean): void {
  const tertutup = new Set<number>();
  for (const g of gabung) {
    const induk = keExceljs ? ws.getCell(g.baris + 1, g.kolom + 1) : undefined;
    for (let r = g.baris; r <= g.barisAkhir; r++) {
      for (let k = g.kolom; k <= g.kolomAkhir; k++) {
        const kunci = r * kolom + k;
        if (tertutup.has(kunci)) throw new Error(`gabungan sel bertumpuk di ${ws.name}!${ws.getCell(r + 1, k + 1).address}`);
        tertutup.add(kunci);
        if (induk !== undefined && (r > g.baris || k > g.kolom)) ws.getCell(r + 1, k + 1).merge(induk);
      }
    }
  }
}

/** Every cell's look as an index into `daftar` (0: none), row-major over `kolom` columns. */
interface GayaTabel {
  readonly daftar: readonly (Partial<Style> | undefined)[];
  readonly sel: Uint32Array;
  readonly kolom: number;
}

// Cells with the same look share one style object: exceljs then registers it once when saving.
// A cell under a merge takes its top-left cell's look, as exceljs gives it when merging.
function gayaTabel(spec: TabelSpec, bungkus: Uint8Array): GayaTabel {
  const kolom = lebarKisi(spec);
  const daftar: (Partial<Style> | undefined)[] = [undefined];
  const nomor = new Map<number, number>([[0, 0]]);
  const kode = new Map<string | undefined, number>([[undefined, 0]]);
  const kodeTeks = (t: string | undefined) => {
    let k = kode.get(t);
    if (k === undefined) kode.set(t, (k = kode.size));
    return k;
  };
  const sel = new Uint32Array(spec.sel.length * kolom);
  spec.sel.forEach((baris, r) => {
    baris.forEach((s, c) => {
      const i = r * kolom + c;
      const dibungkus = bungkus[i] === 1 ? true : s.bungkus;
      // the look as one number (no string per cell), exact below 4096 formats and colours;
      // 0 when the cell sets none of it
      const teks = (kodeTeks(s.format) * 4096 + kodeTeks(s.isi)) * 4096 + kodeTeks(s.warnaHuruf);
      const bendera = ((ya(s.tebal) * 3 + ya(s.miring)) * 3 + ya(dibungkus)) * 3 + ya(s.garis);
      const kunci = (teks * 81 + bendera) * 4 + (s.rata === undefined ? 0 : RATA_KODE[s.rata]);
      let g = nomor.get(kunci);
      if (g === undefined) {
        g = daftar.push(gayaSel(s, dibungkus === true)) - 1;
        nomor.set(kunci, g);
      }
      sel[i] = g;
    });
  });
  for (const g of spec.gabung) {
    // look 0 is none
    const induk = sel[g.baris * kolom + g.kolom] ?? 0;
    for (let r = g.baris; r <= g.barisAkhir; r++) sel.fill(induk, r * kolom + g.kolom, r * kolom + g.kolomAkhir + 1);
  }
  return { daftar, sel, kolom };
}

const RATA_KODE = { kiri: 1, tengah: 2, kanan: 3 } as const;
const ya = (b: boolean | undefined) => (b === undefined ? 0 : b ? 2 : 1);

function gayaSel(s: SelTabel, bungkus: boolean): Partial<Style> {
  const st: Partial<Style> = {};
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
  if (s.rata !== undefined) al.horizontal = RATA_HOST[s.rata];
  if (bungkus) al.wrapText = true;
  st.alignment = al;
  if (s.garis) st.border = BORDER;
  return st;
}
