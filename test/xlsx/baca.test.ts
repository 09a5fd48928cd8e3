// The file host's streaming reader: only the cells present, guards against hostile packages,
// strict numbers, OOXML text, formats, hidden rows/columns, merges, formulas.
import ExcelJS from 'exceljs';
import fc from 'fast-check';
import { strToU8, zipSync } from 'fflate';
import { describe, expect, it } from 'vitest';
import { bukaBuku, GalatBuku } from '../../xlsx/index';
import { BATAS } from '../../xlsx/paket';
import { buatPaket, lembarData } from './paket-uji';

const buka = (data: Uint8Array, opsi = {}) => bukaBuku(data, 'uji.xlsx', opsi);
const satuLembar = (isi: string, o = {}) => buatPaket([{ nama: 'L', isi }], o);
async function galat(p: Promise<unknown>): Promise<string> {
  try {
    await p;
  } catch (err) {
    expect(err).toBeInstanceOf(GalatBuku);
    return (err as Error).message;
  }
  throw new Error('tidak gagal');
}

describe('memory bounded by the cells present', () => {
  it('one cell at XFD1048576 reads as a 1×1 range at that address', async () => {
    const b = await buka(satuLembar(lembarData('<row r="1048576"><c r="XFD1048576"><v>7</v></c></row>', ''), {}));
    const r = b.bacaLembar('L');
    expect(r.barisAwal).toBe(1048576);
    expect(r.kolomAwal).toBe(16384);
    expect(r.nilai).toEqual([[7]]);
  });

  it('A1 and XFD1048576: the rows between share one empty row, each row only as wide as its cells', async () => {
    const b = await buka(satuLembar(lembarData('<row r="1"><c r="A1"><v>1</v></c></row><row r="1048576"><c r="XFD1048576"><v>2</v></c></row>')));
    const r = b.bacaLembar('L');
    expect(r.nilai.length).toBe(1048576);
    expect(new Set(r.nilai).size).toBe(3);
    expect(r.nilai[0]).toEqual([1]);
    expect(r.nilai[1048575]!.length).toBe(16384);
    expect(r.nilai[1048575]![16383]).toBe(2);
  });

  it('a declared dimension far away costs nothing', async () => {
    const b = await buka(satuLembar(`<dimension ref="A1:XFD1048576"/>${lembarData('<row r="2"><c r="B2"><v>5</v></c></row>')}`));
    expect(b.bacaLembar('L').nilai).toEqual([[5]]);
  });

  it('more cells than the limit: one message naming the file, the sheet and the limit', async () => {
    const baris = Array.from({ length: 11 }, (_, i) => `<row r="${i + 1}"><c r="A${i + 1}"><v>${i}</v></c></row>`).join('');
    const b = await buka(satuLembar(lembarData(baris)), { batasSel: 10 });
    expect(() => b.bacaLembar('L')).toThrow('uji.xlsx, lembar "L": lebih dari 10 sel terisi; lapkin membaca lembar sampai sebesar itu.');
  });
});

describe('hostile packages', () => {
  it('a part larger than its declared size is refused', async () => {
    const data = satuLembar(lembarData('<row r="1"><c r="A1"><v>1</v></c></row>'));
    // shrink the declared size of the sheet in the central directory
    const d = data.slice();
    const teks = new TextDecoder('latin1').decode(d);
    const pusat = teks.indexOf('PK\x01\x02' + '', teks.lastIndexOf('xl/worksheets/sheet1.xml') - 60);
    const p = teks.lastIndexOf('PK\x01\x02', teks.lastIndexOf('xl/worksheets/sheet1.xml'));
    expect(pusat).toBeGreaterThan(0);
    new DataView(d.buffer).setUint32(p + 24, 10, true);
    const b = await buka(d);
    expect(() => b.bacaLembar('L')).toThrow('uji.xlsx rusak: ukuran bagian xl/worksheets/sheet1.xml tidak sesuai dengan yang dinyatakan.');
  });

  it('a part that inflates more than the ratio limit is refused before inflating', async () => {
    const nol = new Uint8Array(BATAS.rasioMulai * 8);
    const data = zipSync({ '[Content_Types].xml': strToU8('<Types/>'), 'xl/workbook.xml': strToU8('<workbook/>'), 'xl/bom.bin': nol });
    expect(await galat(buka(data))).toBe(
      'uji.xlsx ditolak: bagian xl/bom.bin membesar lebih dari 400 kali saat dibuka (berkas rusak atau bom zip).',
    );
  });

  it('an .ods or a package without xl/workbook.xml: one clear message', async () => {
    const ods = zipSync({ mimetype: strToU8('application/vnd.oasis.opendocument.spreadsheet'), 'content.xml': strToU8('<x/>') });
    expect(await galat(buka(ods))).toBe(
      'uji.xlsx bukan buku kerja Excel: tidak memuat xl/workbook.xml (berkas .ods atau paket lain?). Simpan sebagai "Buku Kerja Excel (*.xlsx)" lalu ulangi.',
    );
    expect(await galat(buka(strToU8('bukan zip sama sekali')))).toContain('uji.xlsx bukan berkas .xlsx yang dapat dibaca');
  });

  it('any bytes: a GalatBuku or a reading, never another error (property)', async () => {
    const dasar = satuLembar(lembarData('<row r="1"><c r="A1" t="s"><v>0</v></c><c r="B1"><v>2</v></c></row>'), { teksBersama: ['a'] });
    await fc.assert(
      fc.asyncProperty(fc.integer({ min: 0, max: dasar.length - 1 }), fc.integer({ min: 0, max: 255 }), async (i, x) => {
        const d = dasar.slice();
        d[i] = x;
        try {
          const b = await buka(d);
          for (const n of b.daftarLembar) b.bacaLembar(n);
        } catch (err) {
          expect(err).toBeInstanceOf(GalatBuku);
        }
      }),
      { numRuns: 150 },
    );
  });
});

describe('cell values', () => {
  it('<v>85,5</v> and <v>0x10</v> in number cells are problems naming the cell, not 85 and 0', async () => {
    const b = await buka(satuLembar(lembarData('<row r="3"><c r="B3"><v>85,5</v></c><c r="C3"><v>0x10</v></c><c r="D3"><v>1e3</v></c></row>')));
    const r = b.bacaLembar('L');
    expect(r.nilai).toEqual([[null, null, 1000]]);
    expect(r.masalah).toEqual([
      { baris: 3, kolom: 'B', teks: '85,5', alasan: 'isi sel angka tidak sah ("85,5"): bukan angka XML (mis. 85.5)' },
      { baris: 3, kolom: 'C', teks: '0x10', alasan: 'isi sel angka tidak sah ("0x10"): bukan angka XML (mis. 85.5)' },
    ]);
  });

  it('OOXML text: _xHHHH_ escapes, rich text runs without phonetic runs, inline strings, booleans, errors', async () => {
    const b = await buka(
      satuLembar(
        lembarData(
          '<row r="1"><c r="A1" t="s"><v>0</v></c><c r="B1" t="s"><v>1</v></c><c r="C1" t="inlineStr"><is><t>in_x000A_line</t></is></c>' +
            '<c r="D1" t="b"><v>1</v></c><c r="E1" t="e"><v>#DIV/0!</v></c><c r="F1" t="str"><f>"a"&amp;"b"</f><v>ab</v></c></row>',
        ),
        { siMentah: ['<t>x_xFFFF_y_x005F_x0041_</t>', '<r><t>Ca</t></r><r><rPr><b/></rPr><t>paian</t></r><rPh><t>ふ</t></rPh>'] },
      ),
    );
    expect(b.bacaLembar('L').nilai).toEqual([['x\uFFFFy_x0041_', 'Capaian', 'in\nline', true, '#DIV/0!', 'ab']]);
  });

  it('number formats travel with the values; dates read as dates; hidden rows and columns; merges', async () => {
    const b = await buka(
      satuLembar(
        '<cols><col min="2" max="2" width="9" hidden="1"/></cols>' +
          lembarData(
            '<row r="1"><c r="A1" s="1"><v>0.8535</v></c><c r="B1" s="2"><v>45292</v></c><c r="C1" s="3"><v>1234.5</v></c></row>' +
              '<row r="2" hidden="1"><c r="A2"><v>1</v></c><c r="B2"><v>9</v></c></row>',
            '<mergeCells count="1"><mergeCell ref="A2:B2"/></mergeCells>',
          ),
        { xf: [10, 14, 164], numFmt: { 164: '#,##0.0' } },
      ),
    );
    const r = b.bacaLembar('L');
    expect(r.format).toEqual([['0.00%', 'mm-dd-yy', '#,##0.0'], undefined]);
    expect(r.nilai[0]![1]).toEqual(new Date(Date.UTC(2024, 0, 1)));
    expect(r.nilai[1]).toEqual([1, null]);
    expect(r.barisTersembunyi).toEqual([1]);
    expect(r.kolomTersembunyi).toEqual([1]);
    expect(r.gabungan).toEqual([{ r1: 1, c1: 0, r2: 1, c2: 1 }]);
  });
});

describe('formulas', () => {
  const data = () =>
    buatPaket([
      {
        nama: 'Data',
        isi: lembarData(
          '<row r="1"><c r="A1"><v>80</v></c><c r="B1"><v>100</v></c><c r="C1"><f t="shared" ref="C1:C3" si="0">ROUND(A1/B1*100,1)</f></c></row>' +
            '<row r="2"><c r="A2"><v>45</v></c><c r="B2"><v>50</v></c><c r="C2"><f t="shared" si="0"/></c></row>' +
            '<row r="3"><c r="A3"><v>1</v></c><c r="B3"><v>0</v></c><c r="C3"><f t="shared" si="0"/></c></row>',
        ),
      },
      {
        nama: 'Ringkasan Unit',
        isi: lembarData(
          '<row r="1"><c r="A1"><f>SUM(Data!A1:A3)</f></c><c r="B1"><f>IFERROR(Data!C3,-1)</f></c><c r="C1"><f>AVERAGE(Data!C1:C2)</f></c>' +
            '<c r="D1"><f>SUMPRODUCT(Data!A1:A2,Data!B1:B2)</f></c><c r="E1"><f>A1*2+1</f><v>999</v></c><c r="F1"><f>FUNGSIASING(1)</f></c>' +
            '<c r="G1"><f>\'Ringkasan Unit\'!A1+G1</f></c></row>',
        ),
      },
    ]);

  it('a cached result is the value; without one the formula is evaluated: shared, cross-sheet, ROUND, IFERROR, SUM, AVERAGE, SUMPRODUCT', async () => {
    const b = await buka(data());
    const r = b.bacaLembar('Ringkasan Unit');
    expect(r.nilai[0]!.slice(0, 5)).toEqual([126, -1, 85, 10250, 999]);
    expect(b.bacaLembar('Data').nilai.map((x) => x[2])).toEqual([80, 90, '#DIV/0!']);
  });

  it('a sheet let go of (lepasLembar) reads again the same, its formulas evaluated again, in any order of sheets', async () => {
    const b = await buka(data());
    const sekali = b.bacaLembar('Ringkasan Unit');
    const data1 = b.bacaLembar('Data');
    for (const nama of ['Data', 'Ringkasan Unit', 'tidak ada']) b.lepasLembar(nama);
    const lagi = b.bacaLembar('Ringkasan Unit');
    expect(lagi.nilai).not.toBe(sekali.nilai);
    expect(lagi.nilai).toEqual(sekali.nilai);
    expect(lagi.masalah).toEqual(sekali.masalah);
    b.lepasLembar('data');
    expect(b.bacaLembar('Data').nilai).toEqual(data1.nilai);
  });

  it('what cannot be evaluated is a problem naming the cell, never a crash', async () => {
    const r = (await buka(data())).bacaLembar('Ringkasan Unit');
    expect(r.masalah.map((m) => `${m.kolom}${m.baris}: ${m.alasan}`)).toEqual([
      'F1: rumus =FUNGSIASING(1) tidak dapat dihitung (#NAME?)',
      "G1: rumus ='Ringkasan Unit'!A1+G1 merujuk dirinya sendiri (melingkar)",
    ]);
  });
});

describe('a workbook saved by another writer (exceljs)', () => {
  it('merged blocks at their top-left cell only, formulas as cached results (evaluated without one), rich text, links, dates, errors, booleans', async () => {
    const wb = new ExcelJS.Workbook();
    const ws = wb.addWorksheet('Data');
    const tanggal = new Date(Date.UTC(2024, 11, 31));
    ws.getCell('A1').value = 'Sasaran 1';
    ws.mergeCells('A1:A3');
    ws.getCell('B1').value = { formula: '37/43*100', result: (37 / 43) * 100 };
    ws.getCell('B2').value = { richText: [{ text: '85,' }, { font: { bold: true }, text: '20' }] };
    ws.getCell('B3').value = { text: 'Laporan', hyperlink: 'https://contoh.go.id' };
    ws.getCell('C1').value = tanggal;
    ws.getCell('C2').value = { formula: 'B1/0', result: { error: '#DIV/0!' } };
    ws.getCell('C3').value = { formula: 'B1*2' } as ExcelJS.CellFormulaValue;
    ws.getCell('E2').value = true;
    const r = (await buka(new Uint8Array(await wb.xlsx.writeBuffer()))).bacaLembar('Data');
    expect({ barisAwal: r.barisAwal, kolomAwal: r.kolomAwal }).toEqual({ barisAwal: 1, kolomAwal: 1 });
    expect(r.nilai).toEqual([
      ['Sasaran 1', (37 / 43) * 100, tanggal],
      [null, '85,20', '#DIV/0!', null, true],
      [null, 'Laporan', (37 / 43) * 100 * 2],
    ]);
    expect(r.gabungan).toEqual([{ r1: 0, c1: 0, r2: 2, c2: 0 }]);
  });
});
