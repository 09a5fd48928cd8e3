// The chart step of saving: each table's chart as DrawingML parts (xlsx/grafik) added to the
// package exceljs saved, the sheet pointing at its drawing. Kept apart from the cell writing so it
// moves onto the package writer as it is.
import type { Workbook, Worksheet } from 'exceljs';
import { dataGrafik } from '../core/tabel/grafik';
import type { TabelSpec } from '../core/tabel/spec';
import { namaLembarBaru } from './tulis-xlsx';
import { bagianGrafik, letakGrafik, sisipkanDrawing, tambahJenisIsi, tambahRelasi, type BagianGrafik } from '../xlsx/grafik/index';

export interface GrafikLembar {
  readonly lembar: Worksheet;
  readonly spec: TabelSpec;
}

export interface RencanaGrafik {
  /** New contents of an existing part (sheet, its rels, content types), or the part unchanged. */
  ubah(nama: string, data: Buffer): Buffer;
  /** Parts to add: charts, drawings, their rels, sheet rels the sheets lacked. */
  readonly tambahan: ReadonlyMap<string, Buffer>;
}

const NAMA_LEMBAR_ACUAN = 'Lapkin Acuan Grafik';

/**
 * LibreOffice drops a series of literal values, so the 100 % line takes its values from cells: one
 * column per chart on a very hidden sheet (no planner sees or prints it). Returns each chart's cells.
 */
export function tambahLembarAcuan(wb: Workbook, grafik: readonly GrafikLembar[]): Map<TabelSpec, string> {
  const rujukan = new Map<TabelSpec, string>();
  const dengan = grafik.filter((g) => g.spec.grafik?.garisAcuan !== undefined);
  if (dengan.length === 0) return rujukan;
  const ws = wb.addWorksheet(namaLembarBaru(wb, NAMA_LEMBAR_ACUAN), { state: 'veryHidden' });
  dengan.forEach(({ spec }, k) => {
    const g = spec.grafik!;
    const n = g.baris?.length ?? g.barisAkhir - g.barisAwal + 1;
    const kolom = ws.getColumn(k + 1);
    for (let r = 1; r <= n; r++) ws.getCell(r, k + 1).value = g.garisAcuan!;
    rujukan.set(spec, `'${ws.name.replace(/'/g, "''")}'!$${kolom.letter}$1:$${kolom.letter}$${Math.max(1, n)}`);
  });
  return rujukan;
}

/** `ada`: the part names already in the package (new parts take numbers none of them uses). */
export function rencanaGrafik(ada: readonly string[], grafik: readonly GrafikLembar[], acuan: ReadonlyMap<TabelSpec, string> = new Map()): RencanaGrafik {
  const nama = new Set(ada);
  const bebas = (pola: (n: number) => string) => {
    let n = 1;
    while (nama.has(pola(n))) n++;
    nama.add(pola(n));
    return n;
  };
  const perLembar = new Map<string, BagianGrafik>();
  const tambahan = new Map<string, Buffer>();
  for (const { lembar, spec } of grafik) {
    if (spec.grafik === undefined) continue;
    const bagian = bagianGrafik(dataGrafik(spec, spec.grafik), {
      nomorChart: bebas((n) => `xl/charts/chart${n}.xml`),
      nomorDrawing: bebas((n) => `xl/drawings/drawing${n}.xml`),
      idRelasi: 'rIdLapkinGrafik',
      lembar: lembar.name,
      letak: letakGrafik(spec.sel.length, spec.lebarKolom),
      ...(acuan.has(spec) ? { acuan: acuan.get(spec) } : {}),
    });
    // exceljs saves worksheet n as xl/worksheets/sheet<n>.xml
    const xml = `xl/worksheets/sheet${lembar.id}.xml`;
    perLembar.set(xml, bagian);
    for (const [p, isi] of bagian.bagian) tambahan.set(p, Buffer.from(isi));
    const rels = relsLembar(xml);
    if (!nama.has(rels)) tambahan.set(rels, Buffer.from(tambahRelasi(null, bagian.relasiLembar)));
  }
  const relsKe = new Map([...perLembar].map(([xml, b]) => [relsLembar(xml), b]));
  const semua = [...perLembar.values()].flatMap((b) => b.jenisIsi);
  return {
    tambahan,
    ubah(p, data) {
      const diLembar = perLembar.get(p);
      if (diLembar !== undefined) return Buffer.from(sisipkanDrawing(data.toString('utf8'), diLembar.elemenDrawing));
      const diRels = relsKe.get(p);
      if (diRels !== undefined) return Buffer.from(tambahRelasi(data.toString('utf8'), diRels.relasiLembar));
      if (p === '[Content_Types].xml' && semua.length > 0) return Buffer.from(tambahJenisIsi(data.toString('utf8'), semua));
      return data;
    },
  };
}

function relsLembar(xml: string): string {
  const i = xml.lastIndexOf('/');
  return `${xml.slice(0, i)}/_rels/${xml.slice(i + 1)}.rels`;
}
