// One table chart as package parts: the chart part, the drawing part that anchors it on the sheet
// with the drawing's relationships, the sheet's <drawing r:id> element with the relationship the
// sheet needs, and the content-type overrides. Pure text in, text out: the package writer places them.
import type { DataGrafik } from '../../core/tabel/grafik';
import { xmlChart } from './chart-xml';
import { xmlTeks } from './xml';

const REL = 'http://schemas.openxmlformats.org/officeDocument/2006/relationships';
export const JENIS_REL = { drawing: `${REL}/drawing`, chart: `${REL}/chart` } as const;
export const JENIS_ISI = {
  chart: 'application/vnd.openxmlformats-officedocument.drawingml.chart+xml',
  drawing: 'application/vnd.openxmlformats-officedocument.drawing+xml',
} as const;

/** Where the chart sits: its top-left cell (0-based) and how many columns and rows it covers. */
export interface LetakGrafik {
  readonly baris: number;
  readonly kolom: number;
  readonly lebarKolom: number;
  readonly tinggiBaris: number;
}

export interface BagianGrafik {
  /** Package path (no leading '/') → part XML: chart, drawing and the drawing's relationships. */
  readonly bagian: ReadonlyMap<string, string>;
  /** The relationship the sheet's rels part must hold (id, type, target relative to the sheet). */
  readonly relasiLembar: { readonly id: string; readonly jenis: string; readonly target: string };
  /** The element to put into the sheet XML (see sisipkanDrawing). */
  readonly elemenDrawing: string;
  /** Overrides for [Content_Types].xml. */
  readonly jenisIsi: readonly { readonly bagian: string; readonly jenis: string }[];
}

export interface OpsiBagian {
  /** N of xl/charts/chartN.xml and xl/drawings/drawingN.xml: numbers no existing part uses. */
  readonly nomorChart: number;
  readonly nomorDrawing: number;
  /** Relationship id for the sheet, unique in its rels part. */
  readonly idRelasi: string;
  readonly lembar: string;
  readonly letak: LetakGrafik;
  /** Cells holding the reference line's values (see xmlChart). */
  readonly acuan?: string;
}

export function bagianGrafik(data: DataGrafik, opsi: OpsiBagian): BagianGrafik {
  const chart = `xl/charts/chart${opsi.nomorChart}.xml`;
  const drawing = `xl/drawings/drawing${opsi.nomorDrawing}.xml`;
  const { baris, kolom, lebarKolom, tinggiBaris } = opsi.letak;
  const titik = (k: number, b: number) =>
    `<xdr:col>${k}</xdr:col><xdr:colOff>0</xdr:colOff><xdr:row>${b}</xdr:row><xdr:rowOff>0</xdr:rowOff>`;
  const xmlDrawing =
    '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n' +
    '<xdr:wsDr xmlns:xdr="http://schemas.openxmlformats.org/drawingml/2006/spreadsheetDrawing" xmlns:a="http://schemas.openxmlformats.org/drawingml/2006/main">' +
    `<xdr:twoCellAnchor editAs="oneCell"><xdr:from>${titik(kolom, baris)}</xdr:from><xdr:to>${titik(kolom + lebarKolom, baris + tinggiBaris)}</xdr:to>` +
    `<xdr:graphicFrame macro=""><xdr:nvGraphicFramePr><xdr:cNvPr id="2" name="${xmlTeks(`Grafik ${opsi.nomorChart}`)}" descr="${xmlTeks(data.judul)}"/><xdr:cNvGraphicFramePr/></xdr:nvGraphicFramePr>` +
    '<xdr:xfrm><a:off x="0" y="0"/><a:ext cx="0" cy="0"/></xdr:xfrm><a:graphic><a:graphicData uri="http://schemas.openxmlformats.org/drawingml/2006/chart">' +
    `<c:chart xmlns:c="http://schemas.openxmlformats.org/drawingml/2006/chart" xmlns:r="${REL}" r:id="rId1"/>` +
    '</a:graphicData></a:graphic></xdr:graphicFrame><xdr:clientData/></xdr:twoCellAnchor></xdr:wsDr>';
  const relsDrawing = relasiXml([{ id: 'rId1', jenis: JENIS_REL.chart, target: `../charts/chart${opsi.nomorChart}.xml` }]);
  return {
    bagian: new Map([
      [chart, xmlChart(data, opsi.lembar, opsi.acuan)],
      [drawing, xmlDrawing],
      [`xl/drawings/_rels/drawing${opsi.nomorDrawing}.xml.rels`, relsDrawing],
    ]),
    relasiLembar: { id: opsi.idRelasi, jenis: JENIS_REL.drawing, target: `../drawings/drawing${opsi.nomorDrawing}.xml` },
    elemenDrawing: `<drawing r:id="${xmlTeks(opsi.idRelasi)}"/>`,
    jenisIsi: [
      { bagian: `/${chart}`, jenis: JENIS_ISI.chart },
      { bagian: `/${drawing}`, jenis: JENIS_ISI.drawing },
    ],
  };
}

type Relasi = BagianGrafik['relasiLembar'];

function relasiXml(daftar: readonly Relasi[]): string {
  return (
    `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">` +
    daftar.map((r) => `<Relationship Id="${xmlTeks(r.id)}" Type="${r.jenis}" Target="${xmlTeks(r.target)}"/>`).join('') +
    '</Relationships>'
  );
}

/** A sheet's rels part with one more relationship (a new part when the sheet had none). */
export function tambahRelasi(rels: string | null, r: Relasi): string {
  if (rels === null) return relasiXml([r]);
  const akhir = rels.lastIndexOf('</Relationships>');
  if (akhir < 0) throw new Error('bagian relasi lembar tanpa </Relationships>');
  return `${rels.slice(0, akhir)}<Relationship Id="${xmlTeks(r.id)}" Type="${r.jenis}" Target="${xmlTeks(r.target)}"/>${rels.slice(akhir)}`;
}

// CT_Worksheet's order: <drawing> comes after the page setup and before these children
const SESUDAH_DRAWING = new Set(['legacyDrawing', 'legacyDrawingHF', 'drawingHF', 'picture', 'oleObjects', 'controls', 'webPublishItems', 'tableParts', 'extLst']);

/** The sheet XML with the <drawing> element in its schema place (the sheet must have none yet). */
export function sisipkanDrawing(lembar: string, elemen: string): string {
  let di = -1;
  let dalam = 0;
  // children of <worksheet> only: a conditional format has an <extLst> of its own
  const tag = /<(\/?)([A-Za-z_][\w:.-]*)[^>]*?(\/?)>/g;
  for (let m = tag.exec(lembar); m !== null; m = tag.exec(lembar)) {
    const [, tutup, nama, kosong] = m;
    if (tutup) {
      if (--dalam === 0) di = m.index; // </worksheet>
      continue;
    }
    if (dalam === 1) {
      if (nama === 'drawing') throw new Error('lembar sudah memiliki <drawing>');
      if (SESUDAH_DRAWING.has(nama)) {
        di = m.index;
        break;
      }
    }
    if (!kosong) dalam++;
  }
  if (di < 0) throw new Error('lembar tanpa </worksheet>');
  const hasil = `${lembar.slice(0, di)}${elemen}${lembar.slice(di)}`;
  return /<worksheet[^>]*\sxmlns:r=/.test(hasil) ? hasil : hasil.replace('<worksheet', `<worksheet xmlns:r="${REL}"`);
}

/** [Content_Types].xml with the overrides added. */
export function tambahJenisIsi(jenisIsi: string, daftar: BagianGrafik['jenisIsi']): string {
  const akhir = jenisIsi.lastIndexOf('</Types>');
  if (akhir < 0) throw new Error('[Content_Types].xml tanpa </Types>');
  const baru = daftar.map((d) => `<Override PartName="${xmlTeks(d.bagian)}" ContentType="${d.jenis}"/>`).join('');
  return `${jenisIsi.slice(0, akhir)}${baru}${jenisIsi.slice(akhir)}`;
}
