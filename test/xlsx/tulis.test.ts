// Writing by adding: an input workbook carrying parts exceljs does not model (a chart, an image,
// notes, dropdowns, conditional formats, defined names, VBA) comes out of isiBuku with each of
// those parts byte for byte, lapkin's sheets added, and opens in exceljs and LibreOffice.
import ExcelJS from 'exceljs';
import { strFromU8, strToU8, unzipSync, zipSync } from 'fflate';
import { execFileSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { SaxesParser } from 'saxes';
import { beforeAll, describe, expect, it } from 'vitest';
import { bacaRentang } from '../../core/index';
import { opsiBawaan, skorModel } from '../../core/skor';
import { bangunTabel } from '../../core/tabel/index';
import type { TabelSpec } from '../../core/tabel/spec';
import { bukaBuku, isiBuku, NAMA_LEMBAR_ACUAN, opsiGrafik } from '../../xlsx/index';

const PNG = Uint8Array.from(atob('iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNk+M9QDwADhgGAWjR9awAAAABJRU5ErkJggg=='), (c) =>
  c.charCodeAt(0),
);
const C = 'http://schemas.openxmlformats.org/drawingml/2006/chart';
const A = 'http://schemas.openxmlformats.org/drawingml/2006/main';
const R = 'http://schemas.openxmlformats.org/officeDocument/2006/relationships';

const CHART = `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<c:chartSpace xmlns:c="${C}" xmlns:a="${A}" xmlns:r="${R}"><c:chart><c:plotArea><c:layout/><c:barChart><c:barDir val="col"/><c:grouping val="clustered"/>
<c:ser><c:idx val="0"/><c:order val="0"/><c:val><c:numRef><c:f>'Pengukuran Kinerja'!$H$5:$H$8</c:f></c:numRef></c:val></c:ser>
<c:axId val="1"/><c:axId val="2"/></c:barChart><c:catAx><c:axId val="1"/><c:scaling><c:orientation val="minMax"/></c:scaling><c:axPos val="b"/><c:crossAx val="2"/></c:catAx>
<c:valAx><c:axId val="2"/><c:scaling><c:orientation val="minMax"/></c:scaling><c:axPos val="l"/><c:crossAx val="1"/></c:valAx></c:plotArea></c:chart></c:chartSpace>`;

const bingkaiGrafik = (rId: string) =>
  `<xdr:twoCellAnchor><xdr:from><xdr:col>12</xdr:col><xdr:colOff>0</xdr:colOff><xdr:row>2</xdr:row><xdr:rowOff>0</xdr:rowOff></xdr:from>` +
  `<xdr:to><xdr:col>18</xdr:col><xdr:colOff>0</xdr:colOff><xdr:row>16</xdr:row><xdr:rowOff>0</xdr:rowOff></xdr:to>` +
  `<xdr:graphicFrame macro=""><xdr:nvGraphicFramePr><xdr:cNvPr id="9" name="Grafik 1"/><xdr:cNvGraphicFramePr/></xdr:nvGraphicFramePr>` +
  `<xdr:xfrm><a:off x="0" y="0"/><a:ext cx="0" cy="0"/></xdr:xfrm><a:graphic><a:graphicData uri="${C}">` +
  `<c:chart xmlns:c="${C}" r:id="${rId}"/></a:graphicData></a:graphic></xdr:graphicFrame><xdr:clientData/></xdr:twoCellAnchor>`;

/** The example workbook with an image, a note, a dropdown, a conditional format and a defined name (exceljs), then a chart in the image's drawing and a VBA project (parts written directly). */
async function masukanKorpus(): Promise<Uint8Array> {
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.readFile('examples/contoh-lapkin.xlsx');
  const ws = wb.getWorksheet('Pengukuran Kinerja')!;
  ws.addImage(wb.addImage({ buffer: Buffer.from(PNG) as unknown as ExcelJS.Buffer, extension: 'png' }), 'M20:N22');
  ws.getCell('M1').note = 'Catatan perencana';
  ws.getCell('M2').dataValidation = { type: 'list', allowBlank: true, formulae: ['"Ya,Tidak"'] };
  ws.addConditionalFormatting({
    ref: 'H5:H30',
    rules: [{ type: 'cellIs', operator: 'lessThan', formulae: [80], priority: 1, style: { font: { color: { argb: 'FFC00000' } } } }],
  });
  wb.definedNames.add("'Pengukuran Kinerja'!$B$5:$B$30", 'DaftarIndikator');
  const bagian = unzipSync(new Uint8Array(await wb.xlsx.writeBuffer()));
  const drawing = Object.keys(bagian).find((p) => /^xl\/drawings\/drawing\d+\.xml$/.test(p))!;
  const relsDrawing = drawing.replace('drawings/', 'drawings/_rels/') + '.rels';
  bagian[drawing] = strToU8(strFromU8(bagian[drawing]!).replace('</xdr:wsDr>', `${bingkaiGrafik('rIdGrafik')}</xdr:wsDr>`));
  bagian[relsDrawing] = strToU8(
    strFromU8(bagian[relsDrawing]!).replace(
      '</Relationships>',
      `<Relationship Id="rIdGrafik" Type="${R}/chart" Target="../charts/chart1.xml"/></Relationships>`,
    ),
  );
  bagian['xl/charts/chart1.xml'] = strToU8(CHART);
  bagian['xl/vbaProject.bin'] = Uint8Array.from({ length: 512 }, (_, i) => (i * 37) % 256);
  bagian['xl/_rels/workbook.xml.rels'] = strToU8(
    strFromU8(bagian['xl/_rels/workbook.xml.rels']!).replace(
      '</Relationships>',
      `<Relationship Id="rIdVba" Type="http://schemas.microsoft.com/office/2006/relationships/vbaProject" Target="vbaProject.bin"/></Relationships>`,
    ),
  );
  bagian['[Content_Types].xml'] = strToU8(
    strFromU8(bagian['[Content_Types].xml']!).replace(
      '</Types>',
      `<Override PartName="/xl/charts/chart1.xml" ContentType="application/vnd.openxmlformats-officedocument.drawingml.chart+xml"/>` +
        `<Default Extension="bin" ContentType="application/vnd.ms-office.vbaProject"/></Types>`,
    ),
  );
  return zipSync(bagian);
}

async function tabelDari(data: Uint8Array): Promise<TabelSpec[]> {
  const buku = await bukaBuku(data, 'masukan.xlsx');
  const r = buku.bacaLembar('Pengukuran Kinerja');
  const { model } = bacaRentang(r);
  return bangunTabel(skorModel(model!, opsiBawaan(model!))).tabel;
}

const DIUBAH = new Set(['xl/workbook.xml', 'xl/_rels/workbook.xml.rels', '[Content_Types].xml', 'xl/styles.xml']);

function wellFormed(xml: string): void {
  new SaxesParser().write(xml).close();
}

let masukan: Uint8Array;
let tabel: TabelSpec[];
let keluaran: Uint8Array;
beforeAll(async () => {
  masukan = await masukanKorpus();
  tabel = await tabelDari(masukan);
  keluaran = (await isiBuku(masukan, 'masukan.xlsx', tabel)).data;
}, 60_000);

describe('isiBuku keeps every input part', () => {
  it('chart, drawing, image, notes, VBA, sheets: byte for byte; the four parts it updates only gain', () => {
    const a = unzipSync(masukan);
    const b = unzipSync(keluaran);
    expect(Object.keys(a).filter((p) => /chart|drawing|media|comments|vba|worksheets\/sheet\d/.test(p)).length).toBeGreaterThanOrEqual(8);
    for (const [p, isi] of Object.entries(a)) {
      expect(b[p], p).toBeDefined();
      if (!DIUBAH.has(p)) expect(Buffer.compare(Buffer.from(b[p]!), Buffer.from(isi)), p).toBe(0);
    }
    // styles: every existing look keeps its index
    const xf = (x: string) => /<cellXfs[^>]*>([\s\S]*?)<\/cellXfs>/.exec(x)![1];
    expect(xf(strFromU8(b['xl/styles.xml']!))!.startsWith(xf(strFromU8(a['xl/styles.xml']!))!)).toBe(true);
    for (const p of Object.keys(b)) if (/\.(xml|rels|vml)$/.test(p)) wellFormed(strFromU8(b[p]!));
  });

  it('opens in exceljs: input sheets first, one sheet per table, dropdowns and the defined name kept', async () => {
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.load(Buffer.from(keluaran) as unknown as ExcelJS.Buffer);
    expect(wb.worksheets.map((w) => w.name)).toEqual(['Petunjuk', 'Pengukuran Kinerja', ...tabel.map((t) => t.namaLembar), NAMA_LEMBAR_ACUAN]);
    const ws = wb.getWorksheet('Pengukuran Kinerja')!;
    // (exceljs drops this note on its own round trip too; the comments part is checked byte for byte above)
    expect(ws.getCell('M2').dataValidation.formulae).toEqual(['"Ya,Tidak"']);
    expect(wb.definedNames.getRanges('DaftarIndikator').ranges).toEqual(["'Pengukuran Kinerja'!$B$5:$B$30"]);
    const iku = wb.getWorksheet('Pencapaian IKU')!;
    expect(iku.getCell('A1').value).toBe(tabel.find((t) => t.id === 'pencapaian-iku')!.judul);
  });

  it('reads back through the file host with the same values lapkin wrote', async () => {
    const buku = await bukaBuku(keluaran, 'keluaran.xlsx');
    const spec = tabel.find((t) => t.id === 'pencapaian-iku')!;
    const r = buku.bacaLembar('Pencapaian IKU');
    spec.sel.forEach((baris, i) =>
      baris.forEach((s, c) => {
        if (s.nilai !== null && s.nilai !== '') expect(r.nilai[i + 1 - r.barisAwal]![c + 1 - r.kolomAwal]).toEqual(s.nilai);
      }),
    );
  });

  it('a rerun replaces only lapkin own sheets', async () => {
    const lagi = (await isiBuku(keluaran, 'keluaran.xlsx', tabel)).data;
    const buku = await bukaBuku(lagi, 'lagi.xlsx');
    expect(buku.daftarLembar).toEqual(['Petunjuk', 'Pengukuran Kinerja', ...tabel.map((t) => t.namaLembar), NAMA_LEMBAR_ACUAN]);
    const a = unzipSync(masukan);
    const b = unzipSync(lagi);
    for (const [p, isi] of Object.entries(a)) if (!DIUBAH.has(p)) expect(Buffer.compare(Buffer.from(b[p]!), Buffer.from(isi)), p).toBe(0);
    expect(Object.keys(b).length).toBe(Object.keys(unzipSync(keluaran)).length);
  });

  it.runIf(existsSync('/usr/bin/soffice'))(
    'LibreOffice converts the output to PDF',
    () => {
      const folder = mkdtempSync(path.join(os.tmpdir(), 'lapkin-lo-'));
      const berkas = path.join(folder, 'keluaran.xlsx');
      writeFileSync(berkas, keluaran);
      execFileSync(
        '/usr/bin/soffice',
        [`-env:UserInstallation=file://${folder}/profil`, '--headless', '--convert-to', 'pdf', '--outdir', folder, berkas],
        { timeout: 120_000, stdio: 'ignore' },
      );
      expect(readFileSync(path.join(folder, 'keluaran.pdf')).subarray(0, 5).toString()).toBe('%PDF-');
    },
    150_000,
  );
});

describe('texts lapkin writes', () => {
  const spec = (nilai: string): TabelSpec => ({
    id: 'uji',
    namaLembar: 'Uji',
    judul: 'Uji',
    sel: [[{ nilai }], [{ nilai: 'b', catatan: `catatan ${nilai.slice(0, 10)}` }]],
    gabung: [],
    lebarKolom: [10],
    barisBeku: 0,
  });

  it('_xFFFF_, control characters and "_x0041_" stay well-formed XML and read back as written', async () => {
    const teks = 'a\uFFFF\u001B[2K_x0041_b';
    const out = await isiBuku(masukan, 'masukan.xlsx', [spec(teks)]);
    const b = unzipSync(out.data);
    for (const p of Object.keys(b)) if (/\.(xml|rels|vml)$/.test(p)) wellFormed(strFromU8(b[p]!));
    expect((await bukaBuku(out.data, 'k.xlsx')).bacaLembar('Uji').nilai[0]![0]).toBe(teks);
  });

  it('a text over 32,767 characters is cut, with a notice naming the cell', async () => {
    const out = await isiBuku(masukan, 'masukan.xlsx', [spec('x'.repeat(40000))]);
    expect(out.pemberitahuan).toEqual(['Lembar "Uji" sel A1: teks 40.000 karakter dipotong ke 32.767 karakter (batas Excel).']);
    expect(((await bukaBuku(out.data, 'k.xlsx')).bacaLembar('Uji').nilai[0]![0] as string).length).toBe(32767);
  });
});

describe('extra parts per table sheet (bagianTambahan)', () => {
  it('a drawing with a chart goes in, related from the sheet, and the output opens in exceljs', async () => {
    const wsDr = (rId: string) =>
      `<?xml version="1.0" encoding="UTF-8" standalone="yes"?><xdr:wsDr xmlns:xdr="http://schemas.openxmlformats.org/drawingml/2006/spreadsheetDrawing" xmlns:a="${A}" xmlns:r="${R}">${bingkaiGrafik(rId)}</xdr:wsDr>`;
    const out = await isiBuku(masukan, 'masukan.xlsx', tabel.slice(0, 1), {
      bagianTambahan: ({ indeks }) => [
        {
          path: `xl/drawings/lapkin-drawing${indeks + 1}.xml`,
          isi: wsDr('rIdC1'),
          contentType: 'application/vnd.openxmlformats-officedocument.drawing+xml',
          relType: `${R}/drawing`,
          rId: 'rIdD1',
        },
        {
          path: `xl/charts/lapkin-chart${indeks + 1}.xml`,
          isi: CHART,
          contentType: 'application/vnd.openxmlformats-officedocument.drawingml.chart+xml',
          relType: `${R}/chart`,
          dari: `xl/drawings/lapkin-drawing${indeks + 1}.xml`,
          rId: 'rIdC1',
        },
      ],
    });
    const b = unzipSync(out.data);
    const lembar = Object.keys(b)
      .filter((p) => /^xl\/worksheets\/sheet\d+\.xml$/.test(p))
      .sort()
      .pop()!;
    expect(strFromU8(b[lembar]!)).toContain('<drawing r:id="rIdD1"/>');
    expect(strFromU8(b['xl/drawings/_rels/lapkin-drawing1.xml.rels']!)).toContain('Target="../charts/lapkin-chart1.xml"');
    expect(strFromU8(b['[Content_Types].xml']!)).toContain('PartName="/xl/charts/lapkin-chart1.xml"');
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.load(Buffer.from(out.data) as unknown as ExcelJS.Buffer);
    expect(wb.worksheets.length).toBe(3);
  });
});

describe("lapkin's charts beside the user's (opsiGrafik)", () => {
  /** Chart part → its title, for the charts lapkin wrote (they have one). */
  const judulChart = (b: Record<string, Uint8Array>) =>
    Object.keys(b)
      .filter((p) => /^xl\/charts\/chart\d+\.xml$/.test(p) && p !== 'xl/charts/chart1.xml')
      .map((p) => /<a:t>([^<]+)<\/a:t>/.exec(strFromU8(b[p]!))![1])
      .sort();
  const semuaJudul = () =>
    tabel
      .filter((t) => t.grafik !== undefined)
      .map((t) => t.grafik!.judul)
      .sort();

  it("adds one chart per chart table and the very hidden sheet, keeps the user's chart; a rerun replaces only lapkin's", async () => {
    const pertama = (await isiBuku(masukan, 'masukan.xlsx', tabel, opsiGrafik(tabel))).data;
    const kedua = (await isiBuku(pertama, 'pertama.xlsx', tabel, opsiGrafik(tabel))).data;
    const a = unzipSync(masukan);
    for (const data of [pertama, kedua]) {
      const b = unzipSync(data);
      // the user's chart, its drawing and every other input part: byte for byte
      for (const [p, isi] of Object.entries(a)) if (!DIUBAH.has(p)) expect(Buffer.compare(Buffer.from(b[p]!), Buffer.from(isi)), p).toBe(0);
      expect(judulChart(b)).toEqual(semuaJudul());
      for (const p of Object.keys(b)) if (/\.(xml|rels|vml)$/.test(p)) wellFormed(strFromU8(b[p]!));
      const wb = strFromU8(b['xl/workbook.xml']!);
      expect(wb.match(new RegExp(`<sheet name="${NAMA_LEMBAR_ACUAN}"[^>]*state="veryHidden"`, 'g'))).toHaveLength(1);
      expect((await bukaBuku(data, 'k.xlsx')).daftarLembar).toEqual([
        'Petunjuk',
        'Pengukuran Kinerja',
        ...tabel.map((t) => t.namaLembar),
        NAMA_LEMBAR_ACUAN,
      ]);
    }
    expect(Object.keys(unzipSync(kedua)).sort()).toEqual(Object.keys(unzipSync(pertama)).sort());
    // exceljs reads it; the hidden sheet holds the 100 % values the lines read
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.load(Buffer.from(kedua) as unknown as ExcelJS.Buffer);
    expect(wb.getWorksheet(NAMA_LEMBAR_ACUAN)!.state).toBe('veryHidden');
    expect(wb.getWorksheet(NAMA_LEMBAR_ACUAN)!.getCell('A1').value).toBe(100);
  });

  it('a part path the writer already holds is refused (the hook takes its paths from pathBebas)', async () => {
    await expect(
      isiBuku(masukan, 'masukan.xlsx', tabel.slice(0, 1), {
        bagianTambahan: () => [{ path: 'xl/charts/chart1.xml', isi: CHART, contentType: 'x', relType: `${R}/chart` }],
      }),
    ).rejects.toThrow('xl/charts/chart1.xml');
  });
});
