// A1 addresses as hosts hand them back: the inverse of alamatSel (core/kolom.ts).

/** 'C7' or '$C$7' → { baris: 7, kolom: 3 } (both 1-based); null when it is not one cell's address. */
export function posisiA1(a1: string): { baris: number; kolom: number } | null {
  const m = /^\$?([A-Z]{1,3})\$?(\d{1,7})$/i.exec(a1.trim());
  if (!m) return null;
  const [, huruf = '', angka = ''] = m;
  const kolom = [...huruf.toUpperCase()].reduce((n, h) => n * 26 + h.charCodeAt(0) - 64, 0);
  return { baris: Number(angka), kolom };
}

/** "'Data IKU'!$C$7" → 'C7': the cell part of a host's full address, as findings name it. */
export function selDariAlamat(alamat: string): string {
  return alamat
    .slice(alamat.lastIndexOf('!') + 1)
    .replace(/\$/g, '')
    .toUpperCase();
}
