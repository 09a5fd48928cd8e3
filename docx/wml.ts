// The chapter's body as WordprocessingML text: paragraphs and tables written straight as strings,
// the same markup the docx library writes for the same paragraph or table (element order,
// attribute order, escaping), without building ~100k objects for it to pack. A 2,000-indicator
// chapter holds tens of thousands of table cells; the library keeps the rest of the package
// (styles, numbering, settings, images and their relationships).

export type Rata = 'kiri' | 'tengah' | 'kanan' | 'rata';

export interface RunWml {
  readonly teks: string;
  readonly tebal?: boolean;
  /** Text colour, hex RRGGBB. */
  readonly warna?: string;
}

export interface ParagrafWml {
  /** Paragraph style id (Heading1, Caption ...). */
  readonly gaya?: string;
  readonly keepNext?: boolean;
  /** Space before and after, in twips. */
  readonly sebelum?: number;
  readonly sesudah?: number;
  /** Left is Word's default and is not written. */
  readonly rata?: Rata;
  readonly run: readonly RunWml[];
}

export interface SelWml {
  readonly teks: string;
  readonly tebal?: boolean;
  readonly rata?: Rata;
  /** Cell fill, hex RRGGBB. */
  readonly isi?: string;
  readonly warnaHuruf?: string;
}

export interface TabelWml {
  /** Table style id. */
  readonly gaya: string;
  /** Column widths in twips; the table is as wide as their sum, in a fixed layout. */
  readonly lebar: readonly number[];
  /** The header row, repeated on each page. */
  readonly kepala: readonly SelWml[];
  readonly baris: readonly (readonly SelWml[])[];
}

const JC: Readonly<Record<Rata, string>> = { kiri: 'left', tengah: 'center', kanan: 'right', rata: 'both' };
const ENTITAS: Readonly<Record<string, string>> = { '&': '&amp;', '"': '&quot;', "'": '&apos;', '<': '&lt;', '>': '&gt;' };

/** Text for an XML attribute or element: the five entities escaped, and characters XML 1.0 cannot
 *  hold dropped (C0 controls but tab and line breaks, U+FFFE, U+FFFF, lone surrogates). */
export function teksXml(teks: string): string {
  return teks.replace(
    // eslint-disable-next-line no-control-regex
    /[&"'<>\u0000-\u0008\u000b\u000c\u000e-\u001f\ufffe\uffff]|[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/g,
    (c) => ENTITAS[c] ?? '',
  );
}

export function runXml(r: RunWml): string {
  const rPr = (r.tebal ? '<w:b/><w:bCs/>' : '') + (r.warna ? `<w:color w:val="${teksXml(r.warna)}"/>` : '');
  return `<w:r>${rPr ? `<w:rPr>${rPr}</w:rPr>` : ''}<w:t xml:space="preserve">${teksXml(r.teks)}</w:t></w:r>`;
}

export function paragrafXml(p: ParagrafWml): string {
  const spasi =
    p.sebelum === undefined && p.sesudah === undefined
      ? ''
      : `<w:spacing${p.sesudah === undefined ? '' : ` w:after="${p.sesudah}"`}${p.sebelum === undefined ? '' : ` w:before="${p.sebelum}"`}/>`;
  const pPr =
    (p.gaya ? `<w:pStyle w:val="${teksXml(p.gaya)}"/>` : '') +
    (p.keepNext ? '<w:keepNext/>' : '') +
    spasi +
    (p.rata && p.rata !== 'kiri' ? `<w:jc w:val="${JC[p.rata]}"/>` : '');
  return `<w:p>${pPr ? `<w:pPr>${pPr}</w:pPr>` : ''}${p.run.map(runXml).join('')}</w:p>`;
}

/** A table: header row repeated on each page, no row split across pages, widths kept as given. */
export function tabelXml(t: TabelWml): string {
  const lebar = t.lebar.reduce((a, w) => a + w, 0);
  // a cell's width and the start of its properties are the same on every row of a column
  const awalSel = t.lebar.map((w) => `<w:tc><w:tcPr><w:tcW w:type="dxa" w:w="${w}"/>`);
  const baris = (sel: readonly SelWml[], kepala: boolean) =>
    `<w:tr><w:trPr><w:cantSplit/>${kepala ? '<w:tblHeader/>' : ''}</w:trPr>${sel.map((s, i) => selXml(s, awalSel[i] ?? '<w:tc><w:tcPr>')).join('')}</w:tr>`;
  return (
    `<w:tbl><w:tblPr><w:tblStyle w:val="${teksXml(t.gaya)}"/><w:tblW w:type="dxa" w:w="${lebar}"/><w:tblLayout w:type="fixed"/></w:tblPr>` +
    `<w:tblGrid>${t.lebar.map((w) => `<w:gridCol w:w="${w}"/>`).join('')}</w:tblGrid>` +
    baris(t.kepala, true) +
    t.baris.map((b) => baris(b, false)).join('') +
    '</w:tbl>'
  );
}

function selXml(s: SelWml, awal: string): string {
  const shd = s.isi ? `<w:shd w:fill="${teksXml(s.isi)}" w:color="auto" w:val="clear"/>` : '';
  const p = paragrafXml({
    ...(s.rata ? { rata: s.rata } : {}),
    run: [{ teks: s.teks, ...(s.tebal ? { tebal: true } : {}), ...(s.warnaHuruf ? { warna: s.warnaHuruf } : {}) }],
  });
  return `${awal}${shd}</w:tcPr>${p}</w:tc>`;
}
