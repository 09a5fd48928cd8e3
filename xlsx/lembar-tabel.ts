// One TabelSpec as the parts of a worksheet written straight to XML: the sheet (values, formulas
// with their cached results, looks, merges, widths, heights, frozen rows, dropdowns, data bars,
// print setup) and, when cells carry notes, its comments and the VML drawing Excel shows them with.
import { PESAN_TABEL, alamatSel, bacaSel, hurufKolom, type GrafikSpec, type SelTabel, type TabelSpec } from '../core/index';
import type { DaftarGaya } from './gaya-tulis';
import { PESAN_BUKU } from './pesan';
import { tataTeks } from './tata-teks';
import { enkodeTeksOoxml, teksXmlPolos } from './teks-xml';

/** Points per text line at the default 11 pt font. */
const TINGGI_BARIS = 15;
/** Excel's cell text limit. */
export const MAKS_TEKS = 32767;

export const NS_MAIN = 'http://schemas.openxmlformats.org/spreadsheetml/2006/main';
export const NS_REL = 'http://schemas.openxmlformats.org/officeDocument/2006/relationships';

export interface LembarTertulis {
  /** The sheet's XML in chunks, made as it is read (a large table never sits whole in memory). */
  readonly xml: Iterable<string>;
  /** Notes as a comments part and its VML drawing (undefined when none). */
  readonly komentar?: { readonly xml: string; readonly vml: string };
  readonly pemberitahuan: readonly string[];
}

export interface OpsiLembar {
  readonly nama: string;
  readonly gaya: DaftarGaya;
  /** rIds the sheet points at: its notes' drawing, and a drawing of extra parts. */
  readonly rIdVml?: string;
  readonly rIdDrawing?: string;
  /** This sheet's block of VML shape ids (unique in the workbook; 1024 ids a block). */
  readonly blokVml: number;
}

/** Characters of row XML gathered before a chunk is handed on. */
const POTONGAN_XML = 64 * 1024;

/**
 * A table sheet's parts. Every look is registered in `o.gaya` (and every note, dropdown and
 * notice found) right away, so styles.xml can be written before the rows; the rows' XML is made
 * only as `xml` is read.
 */
export function tulisLembarTabel(spec: TabelSpec, o: OpsiLembar): LembarTertulis {
  const baca = bacaSel(spec);
  const kolom = baca.jumlahKolom;
  const jumlahBaris = baca.jumlahBaris;
  const teks = tataTeks(spec, baca);
  const pemberitahuan: string[] = [];
  const huruf = Array.from({ length: kolom }, (_, c) => hurufKolom(c));
  // a covered cell takes its merge's top-left look and holds no value
  const induk = new Int32Array(jumlahBaris * kolom).fill(-1);
  for (const g of spec.gabung) {
    for (let r = g.baris; r <= g.barisAkhir && r < jumlahBaris; r++) {
      for (let c = g.kolom; c <= g.kolomAkhir && c < kolom; c++) induk[r * kolom + c] = g.baris * kolom + g.kolom;
    }
  }
  const gayaDi = (r: number, c: number): number => {
    const s = baca.tampil(r, c);
    if (s === undefined) return 0;
    return o.gaya.indeks(s, teks.bungkus[r * kolom + c] === 1 ? true : s.bungkus === true);
  };
  // first pass: each cell's look (-1: no <c>), the notes, dropdowns and the used box
  const gayaSel = new Int32Array(jumlahBaris * kolom).fill(-1);
  const catatan: { r: number; c: number; teks: string }[] = [];
  const daftar = new Map<string, { s: SelTabel; sel: string[] }>();
  let barisAkhir = 1;
  let kolomAkhir = 1;
  for (let r = 0; r < jumlahBaris; r++) {
    const nomor = r + 1;
    let ada = (teks.tinggi[r] ?? 1) > 1;
    for (let c = 0; c < kolom; c++) {
      const i = r * kolom + c;
      const atas = induk[i] ?? -1;
      const s = baca.tampil(r, c);
      if (atas >= 0 && atas !== i) gayaSel[i] = gayaDi(Math.floor(atas / kolom), atas % kolom);
      else if (s !== undefined) {
        const g = gayaDi(r, c);
        const nilai = baca.nilai(r, c);
        if (typeof nilai === 'string' && nilai.length > MAKS_TEKS)
          pemberitahuan.push(PESAN_BUKU.teksDipotong(o.nama, `${huruf[c]}${nomor}`, nilai.length));
        if (g !== 0 || nilaiSel(nilai) !== null) gayaSel[i] = g;
        if (s.catatan !== undefined) catatan.push({ r, c, teks: s.catatan });
        if (s.daftar !== undefined) {
          const k = `${s.daftarKetat ? 1 : 0}${JSON.stringify(s.daftar)}`;
          const d = daftar.get(k) ?? { s, sel: [] };
          d.sel.push(`${huruf[c]}${nomor}`);
          daftar.set(k, d);
        }
      }
      if ((gayaSel[i] ?? -1) < 0) continue;
      ada = true;
      kolomAkhir = Math.max(kolomAkhir, c + 1);
    }
    if (ada) barisAkhir = nomor;
  }
  if (spec.grafik?.garisAcuan !== undefined) {
    // the note sits on the value column's header cell (the last frozen row)
    const r = Math.max(1, spec.barisBeku) - 1;
    const c = spec.grafik.kolomNilai;
    if (!catatan.some((k) => k.r === r && k.c === c)) catatan.push({ r, c, teks: PESAN_BUKU.catatanGrafik(spec.grafik.garisAcuan) });
  }

  const kepala: string[] = [];
  kepala.push(`<sheetPr><pageSetUpPr fitToPage="1"/></sheetPr>`);
  kepala.push(`<dimension ref="A1:${alamatSel(barisAkhir, kolomAkhir - 1)}"/>`);
  const beku =
    spec.barisBeku > 0
      ? `<pane ySplit="${spec.barisBeku}" topLeftCell="A${spec.barisBeku + 1}" activePane="bottomLeft" state="frozen"/><selection pane="bottomLeft"/>`
      : '';
  kepala.push(`<sheetViews><sheetView workbookViewId="0">${beku}</sheetView></sheetViews>`);
  kepala.push(`<sheetFormatPr defaultRowHeight="15"/>`);
  if (spec.lebarKolom.length > 0) {
    kepala.push(`<cols>${spec.lebarKolom.map((w, c) => `<col min="${c + 1}" max="${c + 1}" width="${w}" customWidth="1"/>`).join('')}</cols>`);
  }
  const ekor: string[] = [];
  if (spec.gabung.length > 0) {
    const g = spec.gabung.map((m) => `<mergeCell ref="${alamatSel(m.baris + 1, m.kolom)}:${alamatSel(m.barisAkhir + 1, m.kolomAkhir)}"/>`);
    ekor.push(`<mergeCells count="${g.length}">${g.join('')}</mergeCells>`);
  }
  if (spec.grafik?.garisAcuan !== undefined) ekor.push(batangData({ ...spec.grafik, garisAcuan: spec.grafik.garisAcuan }));
  if (daftar.size > 0) {
    const d = [...daftar.values()].map(({ s, sel }) => {
      const galat = s.daftarKetat
        ? ` showErrorMessage="1" errorTitle="Lapkin" error="${teksXmlPolos(PESAN_TABEL.pilihSalahSatu(s.daftar!))}"`
        : '';
      return `<dataValidation type="list" allowBlank="1"${galat} sqref="${sel.join(' ')}"><formula1>${teksXmlPolos(`"${s.daftar!.join(',')}"`)}</formula1></dataValidation>`;
    });
    ekor.push(`<dataValidations count="${d.length}">${d.join('')}</dataValidations>`);
  }
  ekor.push(`<printOptions horizontalCentered="1"/>`);
  ekor.push(`<pageMargins left="0.4" right="0.4" top="0.5" bottom="0.5" header="0.3" footer="0.3"/>`);
  ekor.push(`<pageSetup paperSize="9" orientation="landscape" fitToWidth="1" fitToHeight="0"/>`);
  // the chart goes under the table: it starts a page, so no page cuts it
  if (spec.grafik !== undefined)
    ekor.push(`<rowBreaks count="1" manualBreakCount="1"><brk id="${jumlahBaris}" max="16383" man="1"/></rowBreaks>`);
  if (o.rIdDrawing !== undefined) ekor.push(`<drawing r:id="${o.rIdDrawing}"/>`);
  if (catatan.length > 0 && o.rIdVml !== undefined) ekor.push(`<legacyDrawing r:id="${o.rIdVml}"/>`);

  function* xml(): Generator<string> {
    yield `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<worksheet xmlns="${NS_MAIN}" xmlns:r="${NS_REL}">${kepala.join('')}<sheetData>`;
    let potongan = '';
    for (let r = 0; r < jumlahBaris; r++) {
      const nomor = r + 1;
      let x = '';
      for (let c = 0; c < kolom; c++) {
        const i = r * kolom + c;
        const g = gayaSel[i] ?? -1;
        if (g < 0) continue;
        const atas = induk[i] ?? -1;
        const alamat = `${huruf[c]}${nomor}`;
        // a cell with a look is a merged area's follower or a cell of the spec (first pass)
        if (atas >= 0 && atas !== i) x += `<c r="${alamat}"${g ? ` s="${g}"` : ''}/>`;
        else if (baca.tampil(r, c) !== undefined) x += selXml(alamat, g, baca.nilai(r, c));
      }
      const n = teks.tinggi[r] ?? 1;
      const ht = n > 1 ? ` ht="${n * TINGGI_BARIS}" customHeight="1"` : '';
      if (x === '' && ht === '') continue;
      potongan += `<row r="${nomor}"${ht}>${x}</row>`;
      if (potongan.length >= POTONGAN_XML) {
        yield potongan;
        potongan = '';
      }
    }
    yield `${potongan}</sheetData>${ekor.join('')}</worksheet>`;
  }
  return { xml: xml(), ...(catatan.length > 0 ? { komentar: komentar(catatan, o.blokVml) } : {}), pemberitahuan };
}

/** A cell's value as written: text cut to Excel's limit, a number that is not finite left blank. */
function nilaiSel(nilai: SelTabel['nilai']): number | string | null {
  if (typeof nilai === 'string' && nilai.length > MAKS_TEKS) return nilai.slice(0, MAKS_TEKS);
  if (typeof nilai === 'number' && !Number.isFinite(nilai)) return null;
  return nilai;
}

/** One cell: text inline, numbers as they are; a blank cell only when it has a look. */
function selXml(alamat: string, gaya: number, isi: SelTabel['nilai']): string {
  const awal = `<c r="${alamat}"${gaya ? ` s="${gaya}"` : ''}`;
  const nilai = nilaiSel(isi);
  if (nilai === null) return `${awal}/>`;
  if (typeof nilai === 'number') return `${awal}><v>${nilai}</v></c>`;
  const spasi = /^\s|\n|\s$/.test(nilai) ? ' xml:space="preserve"' : '';
  return `${awal} t="inlineStr"><is><t${spasi}>${enkodeTeksOoxml(nilai)}</t></is></c>`;
}

// In-cell data bars beside the chart: the bar scale runs to twice the reference line (100 %), so a
// bar reaching the middle of its cell meets the target.
function batangData(g: GrafikSpec & { garisAcuan: number }): string {
  const k = hurufKolom(g.kolomNilai);
  return (
    `<conditionalFormatting sqref="${k}${g.barisAwal + 1}:${k}${g.barisAkhir + 1}">` +
    `<cfRule type="dataBar" priority="1"><dataBar><cfvo type="num" val="0"/><cfvo type="num" val="${2 * g.garisAcuan}"/><color rgb="FF9BC2E6"/></dataBar></cfRule>` +
    `</conditionalFormatting>`
  );
}

/** A note as written in a comments part and as its VML shape (r, c 0-based). */
export interface Catatan {
  readonly r: number;
  readonly c: number;
  readonly teks: string;
}

/** One <comment> of a comments part, by author index. */
export const unsurKomentar = (k: Catatan, author = 0) =>
  `<comment ref="${alamatSel(k.r + 1, k.c)}" authorId="${author}"><text><r><rPr><sz val="9"/><rFont val="Tahoma"/></rPr>` +
  `<t xml:space="preserve">${enkodeTeksOoxml(k.teks.slice(0, MAKS_TEKS))}</t></r></text></comment>`;

/** The hidden VML box Excel shows a note in; id unique in the workbook. */
export const bentukKomentar = (k: Catatan, id: number, z: number) =>
  `<v:shape id="_x0000_s${id}" type="#_x0000_t202" style="position:absolute;margin-left:59.25pt;margin-top:1.5pt;` +
  `width:160pt;height:80pt;z-index:${z};visibility:hidden" fillcolor="#ffffe1" o:insetmode="auto">` +
  `<v:fill color2="#ffffe1"/><v:shadow on="t" color="black" obscured="t"/><v:path o:connecttype="none"/>` +
  `<v:textbox style="mso-direction-alt:auto"><div style="text-align:left"></div></v:textbox>` +
  `<x:ClientData ObjectType="Note"><x:MoveWithCells/><x:SizeWithCells/>` +
  `<x:Anchor>${k.c + 1}, 15, ${k.r}, 2, ${k.c + 3}, 15, ${k.r + 4}, 16</x:Anchor><x:AutoFill>False</x:AutoFill>` +
  `<x:Row>${k.r}</x:Row><x:Column>${k.c}</x:Column></x:ClientData></v:shape>`;

/** A sheet's notes as a new comments part and VML drawing; the shapes take ids from 1024-id block `blok` on. */
export function komentar(catatan: readonly Catatan[], blok: number): { xml: string; vml: string } {
  const xml =
    `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<comments xmlns="${NS_MAIN}">` +
    `<authors><author>Lapkin</author></authors><commentList>${catatan.map((k) => unsurKomentar(k)).join('')}</commentList></comments>`;
  const bentuk = catatan.map((k, i) => bentukKomentar(k, blok * 1024 + 1 + i, i + 1));
  const blokDipakai = Array.from({ length: Math.ceil(catatan.length / 1024) }, (_, i) => blok + i);
  const vml =
    `<xml xmlns:v="urn:schemas-microsoft-com:vml" xmlns:o="urn:schemas-microsoft-com:office:office" xmlns:x="urn:schemas-microsoft-com:office:excel">` +
    `<o:shapelayout v:ext="edit"><o:idmap v:ext="edit" data="${blokDipakai.join(',')}"/></o:shapelayout>` +
    `<v:shapetype id="_x0000_t202" coordsize="21600,21600" o:spt="202" path="m,l,21600r21600,l21600,xe">` +
    `<v:stroke joinstyle="miter"/><v:path gradientshapeok="t" o:connecttype="rect"/></v:shapetype>${bentuk.join('')}</xml>`;
  return { xml, vml };
}
