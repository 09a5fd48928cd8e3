// The chapter's body written as text: the same WordprocessingML the docx library writes for the
// same paragraphs and tables (the chapter must look exactly as it did when the library built it),
// well-formed for any text, and spliced back into the library's package in place of its placeholders.
import { AlignmentType, Document, Packer, Paragraph, ShadingType, Table, TableCell, TableLayoutType, TableRow, TextRun, WidthType } from 'docx';
import fc from 'fast-check';
import { strFromU8, unzipSync } from 'fflate';
import { SaxesParser } from 'saxes';
import { describe, expect, it } from 'vitest';
import { sisipkan, susunBlok } from '../../docx/sisip';
import { paragrafXml, runXml, tabelXml, teksXml, type ParagrafWml, type Rata, type RunWml, type SelWml, type TabelWml } from '../../docx/wml';

const RATA = { kiri: AlignmentType.LEFT, tengah: AlignmentType.CENTER, kanan: AlignmentType.RIGHT, rata: AlignmentType.JUSTIFIED } as const;

// how the chapter built its body with the library before: the reference the text must equal
const runDocx = (r: RunWml) => new TextRun({ text: r.teks, ...(r.tebal ? { bold: true } : {}), ...(r.warna ? { color: r.warna } : {}) });
const paragrafDocx = (p: ParagrafWml) =>
  new Paragraph({
    ...(p.gaya ? { style: p.gaya } : {}),
    ...(p.keepNext ? { keepNext: true } : {}),
    ...(p.sebelum !== undefined || p.sesudah !== undefined
      ? { spacing: { ...(p.sebelum !== undefined ? { before: p.sebelum } : {}), ...(p.sesudah !== undefined ? { after: p.sesudah } : {}) } }
      : {}),
    ...(p.rata && p.rata !== 'kiri' ? { alignment: RATA[p.rata] } : {}),
    children: p.run.map(runDocx),
  });
const selDocx = (s: SelWml) =>
  new TableCell({
    ...(s.isi ? { shading: { type: ShadingType.CLEAR, color: 'auto', fill: s.isi } } : {}),
    children: [paragrafDocx({ ...(s.rata ? { rata: s.rata } : {}), run: [{ teks: s.teks, tebal: s.tebal, warna: s.warnaHuruf }] })],
  });
const tabelDocx = (t: TabelWml) =>
  new Table({
    style: t.gaya,
    width: { size: t.lebar.reduce((a, w) => a + w, 0), type: WidthType.DXA },
    layout: TableLayoutType.FIXED,
    columnWidths: [...t.lebar],
    rows: [
      new TableRow({ tableHeader: true, cantSplit: true, children: t.kepala.map(selDocx) }),
      ...t.baris.map((b) => new TableRow({ cantSplit: true, children: b.map(selDocx) })),
    ],
  });

/** The body of the document.xml the library packs for these blocks. */
async function badanDocx(anak: (Paragraph | Table)[]): Promise<string> {
  const paket = unzipSync(new Uint8Array(await Packer.toArrayBuffer(new Document({ sections: [{ children: anak }] }))));
  const xml = strFromU8(paket['word/document.xml']!);
  return xml.slice(xml.indexOf('<w:body>') + '<w:body>'.length, xml.indexOf('<w:sectPr>'));
}

// texts the library writes as they are: XML 1.0 characters (it keeps U+FFFE and lone surrogates, which the text writer drops)
const teks = fc.string({ unit: fc.constantFrom('a', 'Z', ' ', '&', '<', '>', '"', "'", '%', '≤', 'é', '\t', '\n', '\u0007', '1', ',') });
const warna = fc.constantFrom('FF0000', '00B050', 'D9E1F2', 'FFFFFF');
const rata = fc.constantFrom<Rata>('kiri', 'tengah', 'kanan', 'rata');
const run: fc.Arbitrary<RunWml> = fc.record({ teks, tebal: fc.boolean(), warna }, { requiredKeys: ['teks'] });
const paragraf: fc.Arbitrary<ParagrafWml> = fc.record(
  {
    gaya: fc.constantFrom('Heading1', 'Caption'),
    keepNext: fc.boolean(),
    sebelum: fc.nat(400),
    sesudah: fc.nat(400),
    rata,
    run: fc.array(run, { minLength: 1, maxLength: 3 }),
  },
  { requiredKeys: ['run'] },
);
const sel: fc.Arbitrary<SelWml> = fc.record({ teks, tebal: fc.boolean(), rata, isi: warna, warnaHuruf: warna }, { requiredKeys: ['teks'] });
const tabel: fc.Arbitrary<TabelWml> = fc.integer({ min: 1, max: 5 }).chain((n) =>
  fc.record({
    gaya: fc.constant('LapkinTabel'),
    lebar: fc.array(fc.integer({ min: 200, max: 4000 }), { minLength: n, maxLength: n }),
    kepala: fc.array(sel, { minLength: n, maxLength: n }),
    baris: fc.array(fc.array(sel, { minLength: n, maxLength: n }), { maxLength: 4 }),
  }),
);

/** Text of the w:t elements of well-formed XML (the parser throws on anything else). */
function teksDari(xml: string): string {
  let hasil = '';
  let dalam = false;
  const p = new SaxesParser();
  p.on('opentag', (t) => (dalam = t.name === 'w:t'));
  p.on('closetag', () => (dalam = false));
  p.on('text', (t) => (hasil += dalam ? t : ''));
  p.write(`<w:body xmlns:w="urn:w">${xml}</w:body>`).close();
  return hasil;
}

/** XML 1.0's Char production. */
function karakterXml(c: string): boolean {
  const k = c.codePointAt(0)!;
  return k === 0x9 || k === 0xa || k === 0xd || (k >= 0x20 && k <= 0xd7ff) || (k >= 0xe000 && k <= 0xfffd) || k >= 0x10000;
}

describe('paragrafXml, tabelXml (the chapter body as text)', () => {
  it('writes what the docx library writes for the same paragraphs and tables, byte for byte', async () => {
    await fc.assert(
      fc.asyncProperty(
        fc.array(
          fc.oneof(
            paragraf.map((p) => ({ p })),
            tabel.map((t) => ({ t })),
          ),
          { minLength: 1, maxLength: 4 },
        ),
        async (blok) => {
          const teksKita = blok.map((b) => ('p' in b ? paragrafXml(b.p) : tabelXml(b.t))).join('');
          expect(teksKita).toBe(await badanDocx(blok.map((b) => ('p' in b ? paragrafDocx(b.p) : tabelDocx(b.t)))));
        },
      ),
      { numRuns: 60 },
    );
  });

  it('a chapter table row as the library wrote it', () => {
    expect(
      tabelXml({
        gaya: 'T',
        lebar: [500, 900],
        kepala: [{ teks: 'No', tebal: true, rata: 'tengah', isi: 'D9E1F2' }, { teks: 'A & B' }],
        baris: [],
      }),
    ).toBe(
      '<w:tbl><w:tblPr><w:tblStyle w:val="T"/><w:tblW w:type="dxa" w:w="1400"/><w:tblLayout w:type="fixed"/></w:tblPr>' +
        '<w:tblGrid><w:gridCol w:w="500"/><w:gridCol w:w="900"/></w:tblGrid><w:tr><w:trPr><w:cantSplit/><w:tblHeader/></w:trPr>' +
        '<w:tc><w:tcPr><w:tcW w:type="dxa" w:w="500"/><w:shd w:fill="D9E1F2" w:color="auto" w:val="clear"/></w:tcPr>' +
        '<w:p><w:pPr><w:jc w:val="center"/></w:pPr><w:r><w:rPr><w:b/><w:bCs/></w:rPr><w:t xml:space="preserve">No</w:t></w:r></w:p></w:tc>' +
        '<w:tc><w:tcPr><w:tcW w:type="dxa" w:w="900"/></w:tcPr><w:p><w:r><w:t xml:space="preserve">A &amp; B</w:t></w:r></w:p></w:tc></w:tr></w:tbl>',
    );
  });

  it('is well-formed XML for any text, which it keeps but for characters XML cannot hold', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'binary' }), (s) => {
        const sah = [...s].filter(karakterXml).join('');
        expect(teksDari(runXml({ teks: s, tebal: true }))).toBe(sah.replace(/\r\n?/g, '\n'));
        expect(teksDari(paragrafXml({ gaya: s, run: [{ teks: s }] }))).toBe(sah.replace(/\r\n?/g, '\n'));
      }),
    );
    expect(teksXml('a\u0000b\ud800c\udc00d\ud83d\ude00\uffff')).toBe('abcd\ud83d\ude00');
  });
});

describe('susunBlok, sisipkan (the text blocks in the library-packed package)', () => {
  it('gives each run of text blocks one placeholder, and the package gets the text back in order', async () => {
    const gambar = () => new Paragraph({ children: [new TextRun('gambar')] });
    const gambarXml = await badanDocx([gambar()]);
    await fc.assert(
      fc.asyncProperty(fc.array(fc.option(paragraf.map(paragrafXml)), { maxLength: 6 }), async (bagian) => {
        const { anak, sisipan } = susunBlok(bagian.map((b) => b ?? gambar()));
        expect(anak.length).toBe(bagian.filter((b) => b === null).length + sisipan.length);
        const paket = new Uint8Array(await Packer.toArrayBuffer(new Document({ sections: [{ children: anak }] })));
        for (const tersimpan of [false, true]) {
          const xml = strFromU8(unzipSync(sisipkan(paket, sisipan, tersimpan))['word/document.xml']!);
          expect(xml.slice(xml.indexOf('<w:body>') + '<w:body>'.length, xml.indexOf('<w:sectPr>'))).toBe(
            bagian.map((b) => b ?? gambarXml).join(''),
          );
        }
      }),
      { numRuns: 15 },
    );
  });

  it('refuses a package that lost a placeholder', async () => {
    const paket = new Uint8Array(await Packer.toArrayBuffer(new Document({ sections: [{ children: [new Paragraph('x')] }] })));
    expect(() => sisipkan(paket, ['<w:p/>'])).toThrow('1 bagian bab tidak menemukan tempatnya di word/document.xml; bab laporan tidak dibuat.');
  });
});
