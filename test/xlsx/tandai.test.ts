// The audit's marked copy (tandaiBuku): each finding's cell gets the audit's fill and note, its
// value and every other cell's stay, and every part but the sheet, its notes, styles and content
// types is copied byte for byte. A planner's own note is kept; an earlier Lapkin note is replaced.
import ExcelJS from 'exceljs';
import fc from 'fast-check';
import { unzipSync } from 'fflate';
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { catatanTemuan, type Temuan } from '../../core/index';
import { bukaBuku, tandaiBuku } from '../../xlsx/index';
import { teksCatatan } from '../web/bandingkan';
import { buatPaket, lembarData } from './paket-uji';

const CONTOH = new Uint8Array(readFileSync('examples/contoh-lapkin.xlsx'));
const LEMBAR = 'Pengukuran Kinerja';

const temuan = (sel: string, lembar = LEMBAR): Temuan => ({
  lembar,
  sel,
  baris: Number(/\d+/.exec(sel)![0]),
  kolom: /[A-Z]+/.exec(sel)![0],
  tercetak: 1,
  seharusnya: 2.5,
  alasan: 'Capaian dihitung ulang.',
});

async function exceljs(data: Uint8Array): Promise<ExcelJS.Workbook> {
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.load(data.buffer.slice(data.byteOffset, data.byteOffset + data.byteLength) as ArrayBuffer);
  return wb;
}

const argb = (c: ExcelJS.Cell) => (c.fill as { fgColor?: { argb?: string } } | undefined)?.fgColor?.argb;
describe('tandaiBuku', () => {
  it('marks exactly the finding cells of the example: fill and note, values and the other parts unchanged', async () => {
    const sebelum = CONTOH.slice();
    const t = [temuan('G8'), temuan('H9')];
    const keluar = await tandaiBuku(CONTOH, 'contoh-lapkin.xlsx', t);
    expect(CONTOH).toEqual(sebelum);

    const wb = await exceljs(keluar);
    const ws = wb.getWorksheet(LEMBAR)!;
    const bertanda: string[] = [];
    for (const w of wb.worksheets) w.eachRow((r) => r.eachCell((c) => void (argb(c) === 'FFFFC7CE' && bertanda.push(`${w.name}!${c.address}`))));
    expect(bertanda.sort()).toEqual([`${LEMBAR}!G8`, `${LEMBAR}!H9`]);
    expect(teksCatatan(ws.getCell('G8'))).toBe(catatanTemuan(t[0]!));
    expect(teksCatatan(ws.getCell('H9'))).toBe(catatanTemuan(t[1]!));

    const [a, b] = await Promise.all([bukaBuku(CONTOH, 'a.xlsx'), bukaBuku(keluar, 'b.xlsx')]);
    for (const n of a.daftarLembar) expect(b.bacaLembar(n)).toEqual(a.bacaLembar(n));

    const masuk = unzipSync(CONTOH);
    const hasil = unzipSync(keluar);
    const berubah = Object.keys(hasil).filter((n) => masuk[n] === undefined || !Buffer.from(masuk[n]!).equals(Buffer.from(hasil[n]!)));
    expect(berubah.sort()).toEqual(
      [
        '[Content_Types].xml',
        'xl/comments1.xml',
        'xl/drawings/vmlDrawing1.vml',
        'xl/styles.xml',
        'xl/worksheets/_rels/sheet2.xml.rels',
        'xl/worksheets/sheet2.xml',
      ].sort(),
    );
    expect(Object.keys(masuk).every((n) => n in hasil)).toBe(true);
  });

  it("keeps a planner's note, replaces an earlier Lapkin note, and marks again the same way", async () => {
    const wbMasuk = await exceljs(CONTOH);
    const ws0 = wbMasuk.getWorksheet(LEMBAR)!;
    ws0.getCell('G8').note = 'Catatan perencana';
    const masuk = new Uint8Array(await wbMasuk.xlsx.writeBuffer());
    const sekali = await tandaiBuku(masuk, 'a.xlsx', [temuan('G8'), temuan('H9')]);
    const dua = await tandaiBuku(sekali, 'a.xlsx', [{ ...temuan('H9'), seharusnya: 7 }]);
    const ws = (await exceljs(dua)).getWorksheet(LEMBAR)!;
    expect(teksCatatan(ws.getCell('G8'))).toBe('Catatan perencana');
    expect(argb(ws.getCell('G8'))).toBe('FFFFC7CE');
    expect(teksCatatan(ws.getCell('H9'))).toBe(catatanTemuan({ ...temuan('H9'), seharusnya: 7 }));
    const komentar = Object.entries(unzipSync(dua)).filter(([n]) => /comments\d*\.xml$/.test(n));
    expect(komentar.map(([, d]) => new TextDecoder().decode(d).match(/<comment\b/g)?.length).reduce((x, y) => x! + y!)).toBe(2);
  });

  it('a finding on a sheet or cell the package lacks: the copy is the input, byte for byte', async () => {
    const keluar = await tandaiBuku(CONTOH, 'a.xlsx', [temuan('B2', 'Tidak Ada'), temuan('ZZ900')]);
    expect(keluar).toEqual(CONTOH);
    expect(keluar).not.toBe(CONTOH);
  });

  it('any set of present cells: exactly those marked, every value kept (property)', async () => {
    const alamat = ['A1', 'B1', 'C1', 'A2', 'B2', 'C2', 'A3', 'B3', 'C3'];
    const baris = [1, 2, 3]
      .map(
        (r) =>
          `<row r="${r}">${['A', 'B', 'C'].map((k, i) => `<c r="${k}${r}"${i === 1 ? ' s="1"' : ''}><v>${r * 10 + i}</v></c>`).join('')}</row>`,
      )
      .join('');
    const masuk = buatPaket([{ nama: 'Data', isi: lembarData(baris) }], { xf: [2] });
    await fc.assert(
      fc.asyncProperty(fc.subarray(alamat, { minLength: 1 }), async (pilih) => {
        const keluar = await tandaiBuku(
          masuk,
          'p.xlsx',
          pilih.map((s) => temuan(s, 'Data')),
        );
        const ws = (await exceljs(keluar)).getWorksheet('Data')!;
        for (const a of alamat) {
          expect(argb(ws.getCell(a)) === 'FFFFC7CE').toBe(pilih.includes(a));
          expect(ws.getCell(a).value).toBe(Number(a[1]) * 10 + 'ABC'.indexOf(a[0]!));
        }
        expect(ws.getCell('B1').numFmt).toBe('0.00');
      }),
      { numRuns: 25 },
    );
  });
});
