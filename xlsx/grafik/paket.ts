// The table charts as extra parts of lapkin's sheets (xlsx/tulis.ts, bagianTambahan): per chart table
// a drawing that anchors the chart under the table and the chart part, and one very hidden sheet,
// marked as lapkin's like the tables, holding the 100 % line's values. Pure text: the package writer
// places the parts, their relationships and content types.
import { bacaSel, dataGrafik, type SelTabel, type TabelSpec } from '../../core/index';
import type { BagianTambahan, LembarBaru, OpsiIsiBuku } from '../tulis';
import { potonganChart } from './chart-xml';
import { letakGrafik } from './letak';
import { rujukanKolom, xmlTeks } from './xml';

const REL = 'http://schemas.openxmlformats.org/officeDocument/2006/relationships';
export const JENIS_REL = { drawing: `${REL}/drawing`, chart: `${REL}/chart` } as const;
export const JENIS_ISI = {
  chart: 'application/vnd.openxmlformats-officedocument.drawingml.chart+xml',
  drawing: 'application/vnd.openxmlformats-officedocument.drawing+xml',
} as const;

/** The very hidden sheet of the 100 % line's values (LibreOffice drops a series of literal values). */
export const NAMA_LEMBAR_ACUAN = 'Lapkin Acuan Grafik';

/** The sheet's relationship to its drawing, and the drawing's to its chart. */
const RID_DRAWING = 'rIdLapkinGrafik';
const RID_CHART = 'rId1';

/** Where the chart sits: its top-left cell (0-based) and how many columns and rows it covers. */
export interface LetakGrafik {
  readonly baris: number;
  readonly kolom: number;
  readonly lebarKolom: number;
  readonly tinggiBaris: number;
}

/** The drawing part: one chart frame anchored from cell to cell, pointing at its chart by `rIdChart`. */
export function xmlDrawing(judul: string, nomor: number, letak: LetakGrafik, rIdChart: string): string {
  const { baris, kolom, lebarKolom, tinggiBaris } = letak;
  const titik = (k: number, b: number) => `<xdr:col>${k}</xdr:col><xdr:colOff>0</xdr:colOff><xdr:row>${b}</xdr:row><xdr:rowOff>0</xdr:rowOff>`;
  return (
    '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n' +
    '<xdr:wsDr xmlns:xdr="http://schemas.openxmlformats.org/drawingml/2006/spreadsheetDrawing" xmlns:a="http://schemas.openxmlformats.org/drawingml/2006/main">' +
    `<xdr:twoCellAnchor editAs="oneCell"><xdr:from>${titik(kolom, baris)}</xdr:from><xdr:to>${titik(kolom + lebarKolom, baris + tinggiBaris)}</xdr:to>` +
    `<xdr:graphicFrame macro=""><xdr:nvGraphicFramePr><xdr:cNvPr id="2" name="${xmlTeks(`Grafik ${nomor}`)}" descr="${xmlTeks(judul)}"/><xdr:cNvGraphicFramePr/></xdr:nvGraphicFramePr>` +
    '<xdr:xfrm><a:off x="0" y="0"/><a:ext cx="0" cy="0"/></xdr:xfrm><a:graphic><a:graphicData uri="http://schemas.openxmlformats.org/drawingml/2006/chart">' +
    `<c:chart xmlns:c="http://schemas.openxmlformats.org/drawingml/2006/chart" xmlns:r="${REL}" r:id="${xmlTeks(rIdChart)}"/>` +
    '</a:graphicData></a:graphic></xdr:graphicFrame><xdr:clientData/></xdr:twoCellAnchor></xdr:wsDr>'
  );
}

/** How many points a table's chart has (the rows of its reference line). */
function jumlahTitik(spec: TabelSpec): number {
  const g = spec.grafik!;
  return g.baris?.length ?? g.barisAkhir - g.barisAwal + 1;
}

/**
 * The package writer's options for the tables' charts: `lembarTersembunyi` holds one column of the
 * reference value per chart that has a 100 % line, `bagianTambahan` gives each chart table its
 * drawing and chart, the line read from that column.
 */
export function opsiGrafik(tabel: readonly TabelSpec[]): Required<Pick<OpsiIsiBuku, 'lembarTersembunyi' | 'bagianTambahan'>> {
  // table index → its column on the hidden sheet
  const kolomAcuan = new Map<number, number>();
  tabel.forEach((t, i) => {
    if (t.grafik?.garisAcuan !== undefined) kolomAcuan.set(i, kolomAcuan.size);
  });
  const lembarTersembunyi = kolomAcuan.size === 0 ? [] : [lembarAcuan(tabel)];
  return { lembarTersembunyi, bagianTambahan: (l) => bagianGrafik(l, kolomAcuan.get(l.indeks)) };
}

/** One column per table with a reference line, in the tables' order (as kolomAcuan numbers them). */
function lembarAcuan(tabel: readonly TabelSpec[]): TabelSpec {
  const kolom = tabel.flatMap((t) =>
    t.grafik?.garisAcuan === undefined ? [] : [{ nilai: t.grafik.garisAcuan, n: Math.max(1, jumlahTitik(t)) }],
  );
  const baris = Math.max(...kolom.map((k) => k.n));
  // rows that read the same share one array of shared cells: 100,000 points cost one pointer a row
  const kosong: SelTabel = { nilai: null };
  const isi = kolom.map((k): SelTabel => ({ nilai: k.nilai }));
  let pola = '';
  let sama: SelTabel[] = [];
  const barisKe = (r: number): SelTabel[] => {
    const p = kolom.map((k) => (r < k.n ? 1 : 0)).join('');
    if (p !== pola) [pola, sama] = [p, kolom.map((k, i) => (r < k.n ? isi[i]! : kosong))];
    return sama;
  };
  return {
    id: 'acuan-grafik',
    namaLembar: NAMA_LEMBAR_ACUAN,
    judul: NAMA_LEMBAR_ACUAN,
    sel: Array.from({ length: baris }, (_, r) => barisKe(r)),
    gabung: [],
    lebarKolom: [],
    barisBeku: 0,
  };
}

function bagianGrafik(l: LembarBaru, kolomAcuan: number | undefined): BagianTambahan[] {
  const g = l.spec.grafik;
  if (g === undefined) return [];
  // beside the sheet's own folder (xl/worksheets → xl/charts, xl/drawings)
  const folder = l.bagian.slice(0, l.bagian.lastIndexOf('/worksheets/'));
  const drawing = l.pathBebas(`${folder}/drawings/drawing`, '.xml');
  const chart = l.pathBebas(`${folder}/charts/chart`, '.xml');
  const n = Math.max(1, jumlahTitik(l.spec));
  const acuan =
    kolomAcuan === undefined || l.namaTersembunyi[0] === undefined
      ? undefined
      : rujukanKolom(
          l.namaTersembunyi[0],
          kolomAcuan,
          Array.from({ length: n }, (_, i) => i),
        );
  const data = dataGrafik(l.spec, g);
  return [
    {
      path: drawing,
      isi: xmlDrawing(data.judul, l.indeks + 1, letakGrafik(bacaSel(l.spec).jumlahBaris, l.spec.lebarKolom), RID_CHART),
      contentType: JENIS_ISI.drawing,
      relType: JENIS_REL.drawing,
      rId: RID_DRAWING,
    },
    {
      path: chart,
      isi: potonganChart(data, l.nama, acuan),
      contentType: JENIS_ISI.chart,
      relType: JENIS_REL.chart,
      dari: drawing,
      rId: RID_CHART,
    },
  ];
}
