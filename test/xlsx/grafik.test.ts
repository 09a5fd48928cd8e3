// The DrawingML parts of a table chart, as pure text: places, references, well-formed XML.
import fc from 'fast-check';
import { SaxesParser } from 'saxes';
import { describe, expect, it } from 'vitest';
import { dataGrafik } from '../../core/tabel/grafik';
import type { TabelSpec } from '../../core/tabel/spec';
import { bagianGrafik, sisipkanDrawing, tambahJenisIsi, tambahRelasi, xmlChart } from '../../xlsx/grafik/index';
import { rujukanKolom } from '../../xlsx/grafik/xml';

const rapi = (xml: string): boolean => {
  const p = new SaxesParser({ xmlns: true });
  p.write(xml).close();
  return true;
};

const tabel = (nilai: (number | null)[], label: string[]): TabelSpec => ({
  id: 'uji',
  namaLembar: "Lembar 'Uji'",
  judul: 'Uji',
  sel: [[{ nilai: 'Uji' }], [{ nilai: 'No' }, { nilai: 'Capaian' }, { nilai: 'Kriteria' }], ...nilai.map((v, i) => [{ nilai: label[i] ?? null }, { nilai: v }, { nilai: 'K', isi: i % 2 ? 'FFFF00' : '00B050' }])],
  gabung: [],
  lebarKolom: [5, 10, 10],
  barisBeku: 2,
  grafik: {
    jenis: 'batang', judul: 'Capaian <&> "uji"', kolomLabel: 0, kolomNilai: 1, barisAwal: 2, barisAkhir: 1 + nilai.length, garisAcuan: 100,
    seri: [{ nama: 'Capaian', kolom: 1, warna: '4472C4', kolomWarna: 2 }],
  },
});

describe('xlsx/grafik', () => {
  it('names runs of rows as ranges and several runs as a union; quotes the sheet name', () => {
    expect(rujukanKolom('Pencapaian IKU', 8, [3, 4, 5])).toBe("'Pencapaian IKU'!$I$4:$I$6");
    expect(rujukanKolom("O'Neil", 27, [3, 4, 7, 9, 10])).toBe("('O''Neil'!$AB$4:$AB$5,'O''Neil'!$AB$8,'O''Neil'!$AB$10:$AB$11)");
  });

  it('puts <drawing> after the page setup and before the legacy drawing, not inside a conditional format', () => {
    const lembar =
      '<worksheet xmlns="x"><sheetData/><conditionalFormatting><cfRule type="dataBar"><extLst><ext/></extLst></cfRule></conditionalFormatting>' +
      '<pageSetup paperSize="9"/><legacyDrawing r:id="rId1"/><extLst><ext/></extLst></worksheet>';
    const hasil = sisipkanDrawing(lembar, '<drawing r:id="rIdG"/>');
    expect(hasil).toContain('<pageSetup paperSize="9"/><drawing r:id="rIdG"/><legacyDrawing');
    expect(hasil).toMatch(/^<worksheet xmlns:r="http:\/\/schemas.openxmlformats.org\/officeDocument\/2006\/relationships" xmlns="x">/);
    expect(sisipkanDrawing('<worksheet><sheetData/></worksheet>', '<drawing r:id="a"/>')).toContain('<sheetData/><drawing r:id="a"/></worksheet>');
    expect(() => sisipkanDrawing('<worksheet><drawing r:id="a"/></worksheet>', '<drawing r:id="b"/>')).toThrow();
  });

  it('adds a relationship and content-type overrides to existing parts or a new rels part', () => {
    const r = { id: 'rIdG', jenis: 'T', target: '../drawings/drawing2.xml' };
    expect(tambahRelasi('<Relationships x="1"><Relationship Id="rId1"/></Relationships>', r)).toBe(
      '<Relationships x="1"><Relationship Id="rId1"/><Relationship Id="rIdG" Type="T" Target="../drawings/drawing2.xml"/></Relationships>',
    );
    expect(rapi(tambahRelasi(null, r))).toBe(true);
    expect(tambahJenisIsi('<Types></Types>', [{ bagian: '/xl/charts/chart1.xml', jenis: 'C' }])).toBe('<Types><Override PartName="/xl/charts/chart1.xml" ContentType="C"/></Types>');
  });

  it('gives the chart, drawing and rels parts, each point with its kriteria colour and the cached values', () => {
    const t = tabel([105.25, 80, null], ['1', '2', '3']);
    const b = bagianGrafik(dataGrafik(t, t.grafik!), {
      nomorChart: 3, nomorDrawing: 2, idRelasi: 'rIdG', lembar: t.namaLembar, letak: { baris: 6, kolom: 0, lebarKolom: 8, tinggiBaris: 20 }, acuan: "'Acuan'!$A$1:$A$3",
    });
    expect([...b.bagian.keys()]).toEqual(['xl/charts/chart3.xml', 'xl/drawings/drawing2.xml', 'xl/drawings/_rels/drawing2.xml.rels']);
    const chart = b.bagian.get('xl/charts/chart3.xml')!;
    expect(chart).toContain("<c:f>'Lembar ''Uji'''!$B$3:$B$5</c:f>");
    expect(chart).toContain('<c:pt idx="0"><c:v>105.25</c:v></c:pt><c:pt idx="1"><c:v>80</c:v></c:pt></c:numCache>');
    expect(chart).toContain('<c:dPt><c:idx val="1"/><c:invertIfNegative val="0"/><c:bubble3D val="0"/><c:spPr><a:solidFill><a:srgbClr val="FFFF00"/>');
    expect(chart).toContain("<c:numRef><c:f>'Acuan'!$A$1:$A$3</c:f>");
    expect(chart).toContain('<a:t>Capaian &lt;&amp;&gt; &quot;uji&quot;</a:t>');
    expect(b.bagian.get('xl/drawings/drawing2.xml')).toContain('<xdr:to><xdr:col>8</xdr:col><xdr:colOff>0</xdr:colOff><xdr:row>26</xdr:row>');
    expect(b.elemenDrawing).toBe('<drawing r:id="rIdG"/>');
    for (const xml of b.bagian.values()) expect(rapi(xml)).toBe(true);
  });

  it('any values and labels give well-formed chart XML with one cached point per figure', () => {
    fc.assert(
      fc.property(
        fc.array(fc.option(fc.double({ min: -1e9, max: 1e9, noNaN: true }), { nil: null }), { minLength: 1, maxLength: 30 }),
        fc.array(fc.string({ unit: 'binary' }), { maxLength: 30 }),
        (nilai, label) => {
          const t = tabel(nilai, label);
          const xml = xmlChart(dataGrafik(t, t.grafik!), 'Lembar');
          expect(rapi(xml)).toBe(true);
          const val = xml.slice(xml.indexOf('<c:numCache>'), xml.indexOf('</c:numCache>'));
          expect((val.match(/<c:pt /g) ?? []).length).toBe(nilai.filter((v) => v !== null).length);
        },
      ),
    );
  });
});
