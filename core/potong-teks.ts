// A cell's text inside a message: long texts are cut to their first 60 characters and their
// length, so one hostile cell cannot flood an error line.
export const PANJANG_KUTIPAN = 60;

export function kutipPendek(teks: string): string {
  const n = Array.from(teks).length;
  if (n <= PANJANG_KUTIPAN) return `"${teks}"`;
  return `"${Array.from(teks).slice(0, PANJANG_KUTIPAN).join('')}…" (${n.toLocaleString('id-ID')} karakter)`;
}
