// Number formats of a workbook's cells: styles.xml's cellXfs point at a numFmtId, custom ids are
// listed in numFmts, the rest are built in (ECMA-376 Part 1, 18.8.30).
import { SaxesParser } from 'saxes';

const BAWAAN: Readonly<Record<number, string>> = {
  1: '0',
  2: '0.00',
  3: '#,##0',
  4: '#,##0.00',
  9: '0%',
  10: '0.00%',
  11: '0.00E+00',
  12: '# ?/?',
  13: '# ??/??',
  14: 'mm-dd-yy',
  15: 'd-mmm-yy',
  16: 'd-mmm',
  17: 'mmm-yy',
  18: 'h:mm AM/PM',
  19: 'h:mm:ss AM/PM',
  20: 'h:mm',
  21: 'h:mm:ss',
  22: 'm/d/yy h:mm',
  37: '#,##0 ;(#,##0)',
  38: '#,##0 ;[Red](#,##0)',
  39: '#,##0.00;(#,##0.00)',
  40: '#,##0.00;[Red](#,##0.00)',
  45: 'mm:ss',
  46: '[h]:mm:ss',
  47: 'mmss.0',
  48: '##0.0E+0',
  49: '@',
};

export interface FormatSel {
  /** Format code per cellXfs index (undefined: General). */
  readonly kode: readonly (string | undefined)[];
  /** Whether the format shows a date or time. */
  readonly tanggal: readonly boolean[];
}

/** A format code shows a date or time when it has d, m, y, h or s outside quotes, escapes and [..]. */
export function formatTanggal(kode: string): boolean {
  const polos = kode.replace(/"[^"]*"|\\.|\[[^\]]*\]|_.|\*./g, '');
  // only the first section decides for positive numbers
  return /[dmyhs]/i.test(polos.split(';')[0] ?? '') && !/^general$/i.test(polos.trim());
}

export function bacaFormatSel(xml: string): FormatSel {
  const khusus = new Map<number, string>();
  const kode: (string | undefined)[] = [];
  let dalamXf = false;
  const p = new SaxesParser();
  p.on('opentag', (t) => {
    const a = t.attributes as Record<string, string>;
    const nama = lokal(t.name);
    if (nama === 'numFmt') khusus.set(Number(a.numFmtId), a.formatCode ?? '');
    else if (nama === 'cellXfs') dalamXf = true;
    else if (nama === 'xf' && dalamXf) {
      const id = Number(a.numFmtId ?? 0);
      const k = khusus.get(id) ?? BAWAAN[id];
      kode.push(k === undefined || /^general$/i.test(k) ? undefined : k);
    }
  });
  p.on('closetag', (t) => {
    if (lokal(t.name) === 'cellXfs') dalamXf = false;
  });
  p.write(xml).close();
  return { kode, tanggal: kode.map((k) => k !== undefined && formatTanggal(k)) };
}

export const lokal = (nama: string) => {
  const i = nama.indexOf(':');
  return i < 0 ? nama : nama.slice(i + 1);
};
