// Text in OOXML cells: characters XML cannot carry are written as _xHHHH_ escapes (and a literal
// "_x" followed by four hex digits gets its underscore escaped as _x005F_), read back the same way.

const ESCAPE = /_x([0-9A-Fa-f]{4})_/g;

/** A <t> element's text as the planner typed it. */
export function dekodeTeksOoxml(teks: string): string {
  if (!teks.includes('_x')) return teks;
  return teks.replace(ESCAPE, (_, hex: string) => String.fromCharCode(parseInt(hex, 16)));
}

// characters XML 1.0 does not allow, lone surrogates, and "_xHHHH_" itself (its underscore escaped)
const TAK_BOLEH =
  // eslint-disable-next-line no-control-regex -- control characters are exactly what this finds
  /[\x00-\x08\x0B\x0C\x0E-\x1F\uFFFE\uFFFF]|[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]|_(?=x[0-9A-Fa-f]{4}_)/g;
const ENTITAS: Readonly<Record<string, string>> = { '<': '&lt;', '>': '&gt;', '&': '&amp;', '"': '&quot;' };

const hex4 = (ch: string) => `_x${ch.charCodeAt(0).toString(16).toUpperCase().padStart(4, '0')}_`;

/** Text as XML character data of a cell (<t>, <v> of a string formula): always well-formed. */
export function enkodeTeksOoxml(teks: string): string {
  return teks.replace(TAK_BOLEH, hex4).replace(/[<>&"]/g, (ch) => ENTITAS[ch] ?? ch);
}

/** Text for places that take no _x escapes (attributes, formulas, sheet names): banned characters dropped. */
export function teksXmlPolos(teks: string): string {
  return teks.replace(TAK_BOLEH, (ch) => (ch === '_' ? '_' : '')).replace(/[<>&"]/g, (ch) => ENTITAS[ch] ?? ch);
}
