// Small workbook packages written part by part, for the file host's tests: the sheet XML is
// exactly what a test needs (odd cells, escapes, formulas without results, far addresses).
import { strToU8, zipSync, type Zippable } from 'fflate';

const NS = 'http://schemas.openxmlformats.org/spreadsheetml/2006/main';
const R = 'http://schemas.openxmlformats.org/officeDocument/2006/relationships';

export interface LembarUji {
  readonly nama: string;
  /** Everything inside <worksheet>: <sheetData>...</sheetData> and what follows. */
  readonly isi: string;
}

export interface OpsiPaket {
  readonly teksBersama?: readonly string[];
  /** Raw <si> contents, when a test needs rich text or escapes. */
  readonly siMentah?: readonly string[];
  /** cellXfs numFmtIds, and custom formats. */
  readonly xf?: readonly number[];
  readonly numFmt?: Readonly<Record<number, string>>;
  /** Extra parts, path → text or bytes. */
  readonly bagian?: Readonly<Record<string, string | Uint8Array>>;
  readonly definedNames?: string;
  readonly tanpaGaya?: boolean;
  /** The parts' date (zip stores local time); default now. A fixed one makes the package the same bytes every run. */
  readonly mtime?: Date;
}

export const lembarData = (baris: string, sesudah = '') => `<sheetData>${baris}</sheetData>${sesudah}`;

export function buatPaket(lembar: readonly LembarUji[], o: OpsiPaket = {}): Uint8Array {
  const sheets = lembar.map((l, i) => `<sheet name="${l.nama}" sheetId="${i + 1}" r:id="rId${i + 1}"/>`).join('');
  const relsLembar = lembar
    .map((_, i) => `<Relationship Id="rId${i + 1}" Type="${R}/worksheet" Target="worksheets/sheet${i + 1}.xml"/>`)
    .join('');
  const n = lembar.length;
  const f: Zippable = {
    '[Content_Types].xml': strToU8(
      `<?xml version="1.0" encoding="UTF-8"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">` +
        `<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/>` +
        `<Default Extension="xml" ContentType="application/xml"/>` +
        `<Override PartName="/xl/workbook.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml"/>` +
        lembar
          .map(
            (_, i) =>
              `<Override PartName="/xl/worksheets/sheet${i + 1}.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml"/>`,
          )
          .join('') +
        (o.tanpaGaya
          ? ''
          : `<Override PartName="/xl/styles.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.styles+xml"/>`) +
        `<Override PartName="/xl/sharedStrings.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sharedStrings+xml"/>` +
        `</Types>`,
    ),
    '_rels/.rels': strToU8(
      `<?xml version="1.0" encoding="UTF-8"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">` +
        `<Relationship Id="rId1" Type="${R}/officeDocument" Target="xl/workbook.xml"/></Relationships>`,
    ),
    'xl/workbook.xml': strToU8(
      `<?xml version="1.0" encoding="UTF-8"?><workbook xmlns="${NS}" xmlns:r="${R}"><sheets>${sheets}</sheets>${o.definedNames ?? ''}</workbook>`,
    ),
    'xl/_rels/workbook.xml.rels': strToU8(
      `<?xml version="1.0" encoding="UTF-8"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">${relsLembar}` +
        (o.tanpaGaya ? '' : `<Relationship Id="rId${n + 1}" Type="${R}/styles" Target="styles.xml"/>`) +
        `<Relationship Id="rId${n + 2}" Type="${R}/sharedStrings" Target="sharedStrings.xml"/></Relationships>`,
    ),
    'xl/sharedStrings.xml': strToU8(
      `<?xml version="1.0" encoding="UTF-8"?><sst xmlns="${NS}">` +
        [
          ...(o.teksBersama ?? []).map((t) => `<si><t xml:space="preserve">${t}</t></si>`),
          ...(o.siMentah ?? []).map((s) => `<si>${s}</si>`),
        ].join('') +
        `</sst>`,
    ),
  };
  if (!o.tanpaGaya) {
    const numFmt = Object.entries(o.numFmt ?? {}).map(([id, kode]) => `<numFmt numFmtId="${id}" formatCode="${kode}"/>`);
    f['xl/styles.xml'] = strToU8(
      `<?xml version="1.0" encoding="UTF-8"?><styleSheet xmlns="${NS}">` +
        (numFmt.length ? `<numFmts count="${numFmt.length}">${numFmt.join('')}</numFmts>` : '') +
        `<fonts count="1"><font><sz val="11"/><name val="Calibri"/></font></fonts>` +
        `<fills count="2"><fill><patternFill patternType="none"/></fill><fill><patternFill patternType="gray125"/></fill></fills>` +
        `<borders count="1"><border><left/><right/><top/><bottom/><diagonal/></border></borders>` +
        `<cellStyleXfs count="1"><xf numFmtId="0" fontId="0" fillId="0" borderId="0"/></cellStyleXfs>` +
        `<cellXfs count="${1 + (o.xf?.length ?? 0)}"><xf numFmtId="0" fontId="0" fillId="0" borderId="0" xfId="0"/>` +
        (o.xf ?? []).map((id) => `<xf numFmtId="${id}" fontId="0" fillId="0" borderId="0" xfId="0" applyNumberFormat="1"/>`).join('') +
        `</cellXfs></styleSheet>`,
    );
  }
  lembar.forEach((l, i) => {
    f[`xl/worksheets/sheet${i + 1}.xml`] = strToU8(
      `<?xml version="1.0" encoding="UTF-8"?><worksheet xmlns="${NS}" xmlns:r="${R}">${l.isi}</worksheet>`,
    );
  });
  for (const [p, isi] of Object.entries(o.bagian ?? {})) f[p] = typeof isi === 'string' ? strToU8(isi) : isi;
  return zipSync(f, o.mtime === undefined ? {} : { mtime: o.mtime });
}
