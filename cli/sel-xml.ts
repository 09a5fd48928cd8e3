// A table's cells rendered straight to worksheet XML. exceljs builds an object per cell and walks
// them twice to save; for the hundred thousand cells of a large unit's tables that was most of the
// command's time. exceljs still writes the sheet around the cells (widths, frozen rows, notes,
// dropdowns, data bars, print setup) from a stand-in holding one cell per look; this puts the
// table's rows and merges in place of the stand-in's.
import type { Worksheet } from 'exceljs';
import { alamatSel, hurufKolom, type SelTabel, type TabelSpec } from '../core/index';

export interface SelXml {
  readonly lembar: Worksheet;
  readonly spec: TabelSpec;
  /** Columns of the grid; cell (r, c) is index r * kolom + c. */
  readonly kolom: number;
  /** Each cell's look: an index into `wakil` (0: none). */
  readonly gaya: Uint32Array;
  /** Address of the stand-in cell exceljs styled with each look. */
  readonly wakil: readonly (string | undefined)[];
  /** Row heights in points (0: default). */
  readonly tinggi: readonly number[];
}

/** The stand-in sheet exceljs wrote, with the table's rows, merges and extent. */
export function isiLembarXml(xml: string, sel: SelXml): string {
  // the stand-in never has merges of its own, nor anything exceljs puts between sheetData and them
  if (!DATA.test(xml) || /<mergeCells|<sheetProtection|<autoFilter/.test(xml)) {
    throw new Error(`lembar ${sel.lembar.name}: susunan XML dari exceljs tidak dikenal`);
  }
  // the end of a cell's opening tag after its column letter and row number, per look
  const akhirAlamat = idGaya(xml, sel.wakil).map((s) => (s === '0' ? TANPA_GAYA : `" s="${s}"`));
  const tertutup = selTertutup(sel);
  const huruf = Array.from({ length: sel.kolom }, (_, c) => `<c r="${hurufKolom(c)}`);
  let baris = '';
  let kolomAkhir = 1;
  let barisAkhir = 1;
  sel.spec.sel.forEach((isi, r) => {
    const nomor = String(r + 1);
    let xmlBaris = '';
    for (let c = 0; c < sel.kolom; c++) {
      const i = r * sel.kolom + c;
      // look 0 is none
      const akhir = akhirAlamat[sel.gaya[i] ?? 0] ?? TANPA_GAYA;
      const s = isi[c];
      let x = '';
      // a cell under a merge: no value, the look of the merge's top-left cell
      if (tertutup[i] === 1) x = `${huruf[c]}${nomor}${akhir}/>`;
      else if (s !== undefined) x = xmlSel(`${huruf[c]}${nomor}${akhir}`, akhir === TANPA_GAYA, s);
      if (x === '') continue;
      xmlBaris += x;
      kolomAkhir = Math.max(kolomAkhir, c + 1);
    }
    const tinggi = sel.tinggi[r] ?? 0;
    const ht = tinggi > 0 ? ` ht="${tinggi}" customHeight="1"` : '';
    if (xmlBaris === '' && ht === '') return;
    baris += `<row r="${nomor}"${ht}>${xmlBaris}</row>`;
    barisAkhir = r + 1;
  });
  const gabung = sel.spec.gabung.map(
    (g) => `<mergeCell ref="${alamatSel(g.baris + 1, g.kolom)}:${alamatSel(g.barisAkhir + 1, g.kolomAkhir)}"/>`,
  );
  const luas = `A1:${alamatSel(barisAkhir, kolomAkhir - 1)}`;
  const data = `<sheetData>${baris}</sheetData>${gabung.length > 0 ? `<mergeCells count="${gabung.length}">${gabung.join('')}</mergeCells>` : ''}`;
  // a function as replacement: a '$' in a cell's text is no pattern
  return xml.replace(/<dimension ref="[^"]*"\/>/, () => `<dimension ref="${luas}"/>`).replace(DATA, () => data);
}

const TANPA_GAYA = '"';
const DATA = /<sheetData\/>|<sheetData>[\s\S]*<\/sheetData>/;

/**
 * One cell as exceljs saves it, `awal` being its opening tag up to the attributes' end; text
 * inline rather than in the shared-string table.
 */
function xmlSel(awal: string, tanpaGaya: boolean, isi: SelTabel): string {
  const { nilai } = isi;
  if (nilai === null) return tanpaGaya ? '' : `${awal}/>`;
  if (typeof nilai === 'number') return `${awal}><v>${nilai}</v></c>`;
  // leading, trailing or line-break spaces survive only when marked
  const spasi = /^\s|\n|\s$/.test(nilai) ? ' xml:space="preserve"' : '';
  return `${awal} t="inlineStr"><is><t${spasi}>${teksXml(nilai)}</t></is></c>`;
}

// eslint-disable-next-line no-control-regex -- the control characters XML 1.0 cannot hold
const KHUSUS = /[<>&\x00-\x08\x0B\x0C\x0E-\x1F\x7F]/;
const ENTITAS: Readonly<Record<string, string>> = { '<': '&lt;', '>': '&gt;', '&': '&amp;' };

/** Text as XML character data; control characters XML cannot hold are dropped (as exceljs does). */
function teksXml(teks: string): string {
  return KHUSUS.test(teks) ? teks.replace(new RegExp(KHUSUS.source, 'g'), (ch) => ENTITAS[ch] ?? '') : teks;
}

/** The s="n" exceljs gave each stand-in cell ('0' for the default look). */
function idGaya(xml: string, wakil: readonly (string | undefined)[]): string[] {
  const id = new Map<string, string>();
  for (const m of xml.matchAll(/<c r="([A-Z]+\d+)"(?: s="(\d+)")?/g)) id.set(m[1] ?? '', m[2] ?? '0');
  return wakil.map((alamat) => (alamat === undefined ? '0' : (id.get(alamat) ?? '0')));
}

/** Cells under a merge other than its top-left: blank, as exceljs saves them. */
function selTertutup(sel: SelXml): Uint8Array {
  const tertutup = new Uint8Array(sel.gaya.length);
  for (const g of sel.spec.gabung) {
    for (let r = g.baris; r <= g.barisAkhir; r++) tertutup.fill(1, r * sel.kolom + g.kolom, r * sel.kolom + g.kolomAkhir + 1);
    tertutup[g.baris * sel.kolom + g.kolom] = 0;
  }
  return tertutup;
}
