import { describe, expect, it } from 'vitest';
import { BukuData, ID_BUKU, layananPalsu, Penghitung } from './palsu';
import { sheetsApiPalsu } from './palsu-sheets-api';

// The fake is only worth its answers if it refuses what the real services refuse.
describe('the fake Apps Script services', () => {
  const buat = () => {
    const buku = new BukuData({ Lembar1: [['a', 1]] });
    const lay = layananPalsu(buku, { sidebar: '<p>x</p>' });
    return { buku, lay, sheet: lay.SpreadsheetApp.getActiveSpreadsheet().getActiveSheet() };
  };

  it('throws on a member the real class lacks, and on a real one it does not imitate', () => {
    const { sheet } = buat();
    const rl = sheet.getRangeList(['A1:B2']) as unknown as Record<string, unknown>;
    expect(() => rl.merge).toThrow('RangeList.merge tidak ada di Apps Script');
    expect(() => (sheet as unknown as Record<string, unknown>).getValues).toThrow('Sheet.getValues tidak ada di Apps Script');
    expect(() => sheet.getRange(1, 1).getRichTextValue()).toThrow('Range.getRichTextValue belum ditiru oleh layanan palsu');
  });

  it('counts every call', () => {
    const { lay, sheet } = buat();
    lay.hitung.reset();
    sheet
      .getRange(1, 1, 1, 2)
      .setValues([['b', 2]])
      .setFontWeights([['bold', 'normal']]);
    expect(lay.hitung.total).toBe(3);
    expect([...lay.hitung.per]).toEqual([
      ['Sheet.getRange', 1],
      ['Range.setValues', 1],
      ['Range.setFontWeights', 1],
    ]);
  });

  it('checks sizes and merges like the real API', () => {
    const { sheet } = buat();
    expect(() => sheet.getRange(1001, 1)).toThrow('out of bounds');
    expect(() => sheet.getRange(1, 1, 2, 2).setValues([[1, 2]])).toThrow('number of rows');
    expect(() => sheet.getRange(1, 1, 1, 2).setValues([[1]])).toThrow('number of columns');
    sheet.setFrozenRows(1);
    expect(() => sheet.getRange(1, 1, 2, 1).merge()).toThrow("You can't merge frozen and non-frozen rows.");
    sheet.getRange(2, 1, 2, 1).merge();
    expect(() => sheet.setFrozenRows(2)).toThrow('part of a merged cell');
  });

  it('reads a written string as Sheets does: formula, apostrophe text, number', () => {
    const { buku, sheet } = buat();
    sheet.getRange(2, 1, 1, 3).setValues([['=SUM(A1)', "'1.1", '2']]);
    const l = buku.lembar[0];
    expect([l!.ambil(2, 1), l!.ambil(2, 2), l!.ambil(2, 3)]).toEqual([{ rumus: 'SUM(A1)', nilai: '' }, { nilai: '1.1' }, { nilai: 2 }]);
  });

  it('opens an HTML file only when it exists', () => {
    const { lay } = buat();
    expect(lay.HtmlService.createHtmlOutputFromFile('sidebar').setTitle('Lapkin').getTitle()).toBe('Lapkin');
    expect(() => lay.HtmlService.createHtmlOutputFromFile('lain')).toThrow('No HTML file named lain was found.');
  });
});

describe('the fake Sheets API (advanced service)', () => {
  const buat = () => {
    const buku = new BukuData({
      "Data '24": [
        ['Indikator', 'Target', ''],
        ['A', 1, 2],
        ['B', 3, 4],
      ],
    });
    const l = buku.lembar[0];
    l!.barisTersembunyi.add(2);
    l!.kolomTersembunyi.add(3);
    l!.gabung.push({ baris: 1, kolom: 2, barisN: 1, kolomN: 2 });
    const hitung = new Penghitung();
    return { Sheets: sheetsApiPalsu(buku, ID_BUKU, hitung), hitung };
  };
  const FIELDS = 'sheets(data(startRow,rowMetadata(hiddenByUser,hiddenByFilter),columnMetadata.hiddenByUser),merges)';

  it('answers only the fields asked, leaving defaults out as the JSON does, and counts the call', () => {
    const { Sheets, hitung } = buat();
    expect(Sheets.Spreadsheets.get(ID_BUKU, { ranges: ["'Data ''24'!A1:C3"], fields: FIELDS })).toEqual({
      sheets: [
        {
          data: [{ rowMetadata: [{}, { hiddenByUser: true }, {}], columnMetadata: [{}, {}, { hiddenByUser: true }] }],
          merges: [{ endRowIndex: 1, startColumnIndex: 1, endColumnIndex: 3 }],
        },
      ],
    });
    expect([...hitung.per]).toEqual([['Sheets.Spreadsheets.get', 1]]);
  });

  it('refuses what the real API refuses: an unknown field, parameter, spreadsheet or sheet, a member it lacks', () => {
    const { Sheets } = buat();
    const get = (id: string, opsi: Record<string, unknown>) => () => Sheets.Spreadsheets.get(id, opsi);
    expect(get(ID_BUKU, { ranges: ["'Data ''24'!A1"], fields: 'sheets(data(rowMetadata(hidden)))' })).toThrow(
      'Cannot find field: hidden in message DimensionProperties',
    );
    expect(get(ID_BUKU, { ranges: ["'Data ''24'!A1"], fields: 'sheets(merges(startRowIndex(x)))' })).toThrow('is a scalar');
    expect(get(ID_BUKU, { range: ["'Data ''24'!A1"], fields: 'sheets' })).toThrow('Invalid argument: range');
    expect(get('lain', { ranges: ["'Data ''24'!A1"], fields: 'sheets' })).toThrow('Requested entity was not found.');
    expect(get(ID_BUKU, { ranges: ['Hilang!A1'], fields: 'sheets' })).toThrow('Unable to parse range: Hilang!A1');
    expect(() => (Sheets as unknown as Record<string, unknown>).Spreadsheet).toThrow('Sheets.Spreadsheet tidak ada di Apps Script');
    expect(() => Sheets.Spreadsheets.Values).toThrow('Sheets.Spreadsheets.Values belum ditiru oleh layanan palsu');
  });
});
