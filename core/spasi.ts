// Whitespace as planners' cells hold it: a run of any whitespace (line breaks, tabs, non-breaking
// spaces) reads as one space, and none at either end. The readers normalise every text cell of a
// sheet several times; most need no change, and a check by character returns them as they are,
// without the two new strings of replace + trim (on 100,000 rows a large share of reading was those).

/** Whitespace other than ' ' and \t-\r, as JavaScript's \s has it. */
function spasiLain(c: number): boolean {
  return (
    c === 0xa0 ||
    c === 0x1680 ||
    (c >= 0x2000 && c <= 0x200a) ||
    c === 0x2028 ||
    c === 0x2029 ||
    c === 0x202f ||
    c === 0x205f ||
    c === 0x3000 ||
    c === 0xfeff
  );
}

const ganti = (t: string) => t.replace(/\s+/g, ' ').trim();

/** The same as `t.replace(/\s+/g, ' ').trim()`. */
export function rapiSpasi(t: string): string {
  // a space first, two in a row, or one last needs the change; so does any other whitespace
  let spasiSebelumnya = true;
  for (let i = 0; i < t.length; i++) {
    const c = t.charCodeAt(i);
    if (c === 32) {
      if (spasiSebelumnya) return ganti(t);
      spasiSebelumnya = true;
    } else if ((c >= 9 && c <= 13) || (c >= 0xa0 && spasiLain(c))) return ganti(t);
    else spasiSebelumnya = false;
  }
  return spasiSebelumnya && t.length > 0 ? ganti(t) : t;
}
