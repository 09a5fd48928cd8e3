// A1 addresses for the Sheets calls that take them (RangeList) and for findings named by letter.

export function hurufKolom(n: number): string {
  let huruf = '';
  for (; n > 0; n = Math.floor((n - 1) / 26)) huruf = String.fromCharCode(65 + ((n - 1) % 26)) + huruf;
  return huruf;
}

export function nomorKolom(huruf: string): number {
  return [...huruf.toUpperCase()].reduce((n, h) => n * 26 + h.charCodeAt(0) - 64, 0);
}

/** 1-based row and column → 'C7'. */
export function alamatA1(baris: number, kolom: number): string {
  return `${hurufKolom(kolom)}${baris}`;
}
