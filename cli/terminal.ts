// Text bound for a terminal: control characters and escape sequences from a workbook's cells are
// shown as visible escapes (\x1B, \u009B, \u202E) instead of acting on the terminal. Line breaks
// and tabs stay. The \u form is also a valid JSON escape, so --json output stays parseable.
// eslint-disable-next-line no-control-regex -- control characters are what this escapes
const KENDALI = /[\x00-\x08\x0B-\x1F\x7F]|[\u0080-\u009F\u061C\u200E\u200F\u202A-\u202E\u2066-\u2069]/g;

export function amanTerminal(teks: string): string {
  return teks.replace(KENDALI, (ch) => {
    const kode = ch.charCodeAt(0);
    const hex = kode.toString(16).toUpperCase();
    return kode < 0x80 ? `\\x${hex.padStart(2, '0')}` : `\\u${hex.padStart(4, '0')}`;
  });
}
