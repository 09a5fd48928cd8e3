// SEMENTARA — HAPUS SETELAH MERGE. Delete this file when the file host package (xlsx/index.ts:
// streaming reader and package writer) lands: scripts/build/50-web.mjs then bundles the real one.
// Until then it stands in for that contract with exceljs's browser build, reading and writing
// exactly as the `lapkin` command does today (cli/baca-xlsx.ts, cli/tulis-xlsx.ts), so the page's
// output can be compared with `lapkin isi` cell by cell.
import ExcelJS from 'exceljs';
import { bacaNilaiLembar } from '../cli/baca-xlsx';
import { tulisTabel } from '../cli/tulis-xlsx';
import { formatAngka } from '../core/bulat';
import type { Temuan } from '../core/model';
import type { TabelSpec } from '../core/tabel/spec';
import type { BukuTerbaca, HasilIsiBuku } from '../xlsx/index';

async function muat(data: Uint8Array): Promise<ExcelJS.Workbook> {
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.load(data.buffer.slice(data.byteOffset, data.byteOffset + data.byteLength) as ArrayBuffer);
  return wb;
}

async function simpan(wb: ExcelJS.Workbook): Promise<Uint8Array> {
  return new Uint8Array(await wb.xlsx.writeBuffer());
}

export async function bukaBuku(data: Uint8Array, _namaBerkas: string): Promise<BukuTerbaca> {
  const wb = await muat(data);
  return {
    daftarLembar: wb.worksheets.map((w) => w.name),
    bacaLembar(nama) {
      const ws = wb.getWorksheet(nama);
      if (ws === undefined) throw new Error(`Lembar "${nama}" tidak ada.`);
      return { lembar: nama, ...bacaNilaiLembar(ws) };
    },
  };
}

export async function isiBuku(data: Uint8Array, _namaBerkas: string, tabel: readonly TabelSpec[]): Promise<HasilIsiBuku> {
  const wb = await muat(data);
  const lembar: string[] = [];
  const pemberitahuan: string[] = [];
  for (const spec of tabel) {
    const ditulis = tulisTabel(wb, spec);
    lembar.push(ditulis.lembar.name);
    pemberitahuan.push(...ditulis.pemberitahuan);
  }
  return { data: await simpan(wb), lembar, pemberitahuan };
}

export async function tandaiBuku(data: Uint8Array, _namaBerkas: string, temuan: readonly Temuan[]): Promise<Uint8Array> {
  const wb = await muat(data);
  for (const t of temuan) {
    const cell = wb.getWorksheet(t.lembar)?.getCell(t.sel);
    if (cell === undefined) continue;
    // a loaded cell shares its style object with every cell of the same look: give it its own
    cell.style = { ...cell.style, fill: { type: 'pattern', pattern: 'solid', fgColor: { argb: 'FFFFC7CE' } } };
    const seharusnya = typeof t.seharusnya === 'number' ? formatAngka(t.seharusnya) : t.seharusnya;
    cell.note = `Lapkin: seharusnya ${seharusnya}. ${t.alasan}`;
  }
  return simpan(wb);
}
