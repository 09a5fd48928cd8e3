// The DrawingML parts of a table chart, as pure text: places, references, well-formed XML.
import fc from 'fast-check';
import { SaxesParser } from 'saxes';
import { describe, expect, it } from 'vitest';
import { dataGrafik, type TabelSpec } from '../../core/index';
import { JENIS_ISI, JENIS_REL, NAMA_LEMBAR_ACUAN, opsiGrafik, xmlChart } from '../../xlsx/grafik/index';
import { rujukanKolom } from '../../xlsx/grafik/xml';
import type { BagianTambahan } from '../../xlsx/index';

/** A part's text (a chart part is made as pieces, read once: its text is kept for a second look). */
const dibaca = new WeakMap<BagianTambahan, string>();
const teks = (b: BagianTambahan): string => {
  const ada = dibaca.get(b);
  if (ada !== undefined) return ada;
  const t = typeof b.isi === 'string' ? b.isi : b.isi instanceof Uint8Array ? new TextDecoder().decode(b.isi) : [...b.isi].join('');
  dibaca.set(b, t);
  return t;
};

const rapi = (xml: string): boolean => {
  const p = new SaxesParser({ xmlns: true });
  p.write(xml).close();
  return true;
};

const tabel = (nilai: (number | null)[], label: string[]): TabelSpec => ({
  id: 'uji',
  namaLembar: "Lembar 'Uji'",
  judul: 'Uji',
  sel: [
    [{ nilai: 'Uji' }],
    [{ nilai: 'No' }, { nilai: 'Capaian' }, { nilai: 'Kriteria' }],
    ...nilai.map((v, i) => [{ nilai: label[i] ?? null }, { nilai: v }, { nilai: 'K', isi: i % 2 ? 'FFFF00' : '00B050' }]),
  ],
  gabung: [],
  lebarKolom: [5, 10, 10],
  barisBeku: 2,
  grafik: {
    jenis: 'batang',
    judul: 'Capaian <&> "uji"',
    kolomLabel: 0,
    kolomNilai: 1,
    barisAwal: 2,
    barisAkhir: 1 + nilai.length,
    garisAcuan: 100,
    seri: [{ nama: 'Capaian', kolom: 1, warna: '4472C4', kolomWarna: 2 }],
  },
});

describe('xlsx/grafik', () => {
  it('names runs of rows as ranges and several runs as a union; quotes the sheet name', () => {
    expect(rujukanKolom('Pencapaian IKU', 8, [3, 4, 5])).toBe("'Pencapaian IKU'!$I$4:$I$6");
    expect(rujukanKolom("O'Neil", 27, [3, 4, 7, 9, 10])).toBe("('O''Neil'!$AB$4:$AB$5,'O''Neil'!$AB$8,'O''Neil'!$AB$10:$AB$11)");
  });

  it('gives each chart table a drawing and its chart at free paths, the 100 % line from the hidden sheet', () => {
    const t = tabel([105.25, 80, null], ['1', '2', '3']);
    const opsi = opsiGrafik([{ ...t, grafik: undefined }, t]);
    expect(opsi.lembarTersembunyi).toHaveLength(1);
    const acuan = opsi.lembarTersembunyi[0];
    expect(acuan!.namaLembar).toBe(NAMA_LEMBAR_ACUAN);
    expect(acuan!.sel.map((b) => b.map((s) => s.nilai))).toEqual([[100], [100], [100]]);
    const dipakai = new Set(['xl/charts/chart1.xml']);
    const pathBebas = (dasar: string, akhiran: string) => {
      let i = 1;
      while (dipakai.has(`${dasar}${i}${akhiran}`)) i++;
      dipakai.add(`${dasar}${i}${akhiran}`);
      return `${dasar}${i}${akhiran}`;
    };
    const lembar = { indeks: 1, spec: t, nama: t.namaLembar, bagian: 'xl/worksheets/sheet7.xml', namaTersembunyi: ['Acuan (2)'], pathBebas };
    expect(opsi.bagianTambahan({ ...lembar, indeks: 0, spec: { ...t, grafik: undefined } })).toEqual([]);
    const [drawing, chart] = opsi.bagianTambahan(lembar);
    expect([drawing!.path, chart!.path]).toEqual(['xl/drawings/drawing1.xml', 'xl/charts/chart2.xml']);
    expect(drawing).toMatchObject({ relType: JENIS_REL.drawing, contentType: JENIS_ISI.drawing, rId: 'rIdLapkinGrafik' });
    expect(drawing!.dari).toBeUndefined();
    expect(chart).toMatchObject({ relType: JENIS_REL.chart, contentType: JENIS_ISI.chart, dari: 'xl/drawings/drawing1.xml', rId: 'rId1' });
    // not one string: the package writer deflates the pieces as they are made
    expect(typeof chart!.isi).not.toBe('string');
    expect(chart!.isi).not.toBeInstanceOf(Uint8Array);
    // the chart part is made as pieces of text: together, xmlChart's text
    const xml = teks(chart!);
    expect(xml).toBe(xmlChart(dataGrafik(t, t.grafik!), t.namaLembar, "'Acuan (2)'!$A$1:$A$3"));
    expect(xml).toContain("<c:f>'Lembar ''Uji'''!$B$3:$B$5</c:f>");
    expect(xml).toContain('<c:pt idx="0"><c:v>105.25</c:v></c:pt><c:pt idx="1"><c:v>80</c:v></c:pt></c:numCache>');
    expect(xml).toContain(
      '<c:dPt><c:idx val="1"/><c:invertIfNegative val="0"/><c:bubble3D val="0"/><c:spPr><a:solidFill><a:srgbClr val="FFFF00"/>',
    );
    expect(xml).toContain("<c:numRef><c:f>'Acuan (2)'!$A$1:$A$3</c:f>");
    expect(xml).toContain('<a:t>Capaian &lt;&amp;&gt; &quot;uji&quot;</a:t>');
    expect(drawing!.isi).toContain('r:id="rId1"');
    // under the table (5 rows, one blank between), 20 rows high, widened to about 60 characters
    expect(drawing!.isi).toContain('<xdr:from><xdr:col>0</xdr:col><xdr:colOff>0</xdr:colOff><xdr:row>6</xdr:row>');
    expect(drawing!.isi).toContain('<xdr:to><xdr:col>7</xdr:col><xdr:colOff>0</xdr:colOff><xdr:row>26</xdr:row>');
    for (const b of [drawing, chart]) expect(rapi(teks(b!))).toBe(true);
  });

  it('without a 100 % line: no hidden sheet, the line left out', () => {
    const t = tabel([1, 2], ['a', 'b']);
    const tanpa = { ...t, grafik: { ...t.grafik!, garisAcuan: undefined } };
    const opsi = opsiGrafik([tanpa]);
    expect(opsi.lembarTersembunyi).toEqual([]);
    const [, chart] = opsi.bagianTambahan({
      indeks: 0,
      spec: tanpa,
      nama: 'X',
      bagian: 'xl/worksheets/sheet1.xml',
      namaTersembunyi: [],
      pathBebas: (d, a) => `${d}1${a}`,
    });
    expect(teks(chart!)).not.toContain('<c:lineChart>');
  });

  it('any set of tables: one hidden column per 100 % line, each chart reading exactly its points from it', () => {
    fc.assert(
      fc.property(
        fc.array(fc.record({ n: fc.integer({ min: 1, max: 12 }), grafik: fc.constantFrom('garis', 'tanpa', 'tidak') }), { maxLength: 8 }),
        (daftar) => {
          const semua = daftar.map(({ n, grafik }) => {
            const t = tabel(
              Array.from({ length: n }, (_, i) => i),
              [],
            );
            if (grafik === 'tidak') return { ...t, grafik: undefined };
            return grafik === 'tanpa' ? { ...t, grafik: { ...t.grafik!, garisAcuan: undefined } } : t;
          });
          const opsi = opsiGrafik(semua);
          const dengan = daftar.filter((d) => d.grafik === 'garis');
          expect(opsi.lembarTersembunyi.length).toBe(dengan.length > 0 ? 1 : 0);
          if (dengan.length > 0) expect(opsi.lembarTersembunyi[0]!.sel.length).toBe(Math.max(...dengan.map((d) => d.n)));
          let k = 0;
          semua.forEach((spec, indeks) => {
            const bagian = opsi.bagianTambahan({
              indeks,
              spec,
              nama: 'L',
              bagian: 'xl/worksheets/sheet1.xml',
              namaTersembunyi: ['H'],
              pathBebas: (d, a) => `${d}${indeks}${a}`,
            });
            expect(bagian.length).toBe(spec.grafik === undefined ? 0 : 2);
            if (daftar[indeks]!.grafik !== 'garis') return;
            const kolom = String.fromCharCode(65 + k++);
            const n = daftar[indeks]!.n;
            expect(teks(bagian[1]!)).toContain(`<c:f>'H'!$${kolom}$1${n > 1 ? `:$${kolom}$${n}` : ''}</c:f>`);
            for (let r = 0; r < opsi.lembarTersembunyi[0]!.sel.length; r++) {
              expect(opsi.lembarTersembunyi[0]!.sel[r]![kolom.charCodeAt(0) - 65]!.nilai).toBe(r < daftar[indeks]!.n ? 100 : null);
            }
          });
        },
      ),
    );
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
