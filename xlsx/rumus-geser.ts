// A shared formula's text for another cell of its range: relative references move by the cell's
// distance from the master cell ($-anchored parts stay). Texts in quotes are left alone.
const REF = /(^|[^A-Za-z0-9_.$'"])(\$?)([A-Z]{1,3})(\$?)(\d{1,7})(?![A-Za-z0-9_(!])/g;

function huruf(n: number): string {
  let s = '';
  for (let x = n; x > 0; x = Math.floor((x - 1) / 26)) s = String.fromCharCode(65 + ((x - 1) % 26)) + s;
  return s;
}

function angkaKolom(h: string): number {
  let n = 0;
  for (const ch of h) n = n * 26 + (ch.charCodeAt(0) - 64);
  return n;
}

function geserBagian(teks: string, dr: number, dc: number): string {
  return teks.replace(REF, (semua, awal: string, $c: string, kol: string, $r: string, baris: string) => {
    const c = $c === '' ? angkaKolom(kol) + dc : angkaKolom(kol);
    const r = $r === '' ? Number(baris) + dr : Number(baris);
    if (c < 1 || r < 1) return `${awal}#REF!`;
    return `${awal}${$c}${huruf(c)}${$r}${r}`;
  });
}

export function geserRumus(rumus: string, dr: number, dc: number): string {
  if (dr === 0 && dc === 0) return rumus;
  // split on string literals ("...") and quoted sheet names ('...'!), shifting only the rest;
  // a quoted sheet name keeps its '!' so the reference after it still moves
  let hasil = '';
  let i = 0;
  while (i < rumus.length) {
    const ch = rumus[i];
    if (ch === '"' || ch === "'") {
      let j = i + 1;
      while (j < rumus.length) {
        if (rumus[j] === ch && rumus[j + 1] === ch) j += 2;
        else if (rumus[j] === ch) break;
        else j++;
      }
      hasil += rumus.slice(i, j + 1);
      i = j + 1;
      continue;
    }
    let j = i;
    while (j < rumus.length && rumus[j] !== '"' && rumus[j] !== "'") j++;
    hasil += geserBagian(rumus.slice(i, j), dr, dc);
    i = j;
  }
  return hasil;
}
