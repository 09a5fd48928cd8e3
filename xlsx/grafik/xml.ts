// Text and attribute values inside the chart parts (attributes are always in double quotes): the
// same escape as every other part's text without _x escapes (teks-xml.ts): the XML entities, and the
// characters XML 1.0 does not allow dropped (a cell may hold a control character; the part must still parse).
export { teksXmlPolos as xmlTeks } from '../teks-xml';

/** A1 address with $ (0-based row and column). */
export function alamatMutlak(baris: number, kolom: number): string {
  let huruf = '';
  for (let k = kolom + 1; k > 0; k = Math.floor((k - 1) / 26)) huruf = String.fromCharCode(65 + ((k - 1) % 26)) + huruf;
  return `$${huruf}$${baris + 1}`;
}

/**
 * A formula naming the cells of one column at the given rows: one range per run of consecutive
 * rows, several runs as a union in parentheses ('S'!$C$4:$C$5,'S'!$C$7).
 */
export function rujukanKolom(lembar: string, kolom: number, baris: readonly number[]): string {
  const nama = `'${lembar.replace(/'/g, "''")}'`;
  const bagian: string[] = [];
  // runs as [first, last] rows
  const runs: [number, number][] = [];
  for (const b of baris) {
    const akhir = runs.at(-1);
    if (akhir !== undefined && b === akhir[1] + 1) akhir[1] = b;
    else runs.push([b, b]);
  }
  for (const [awal, akhir] of runs) {
    const a = `${nama}!${alamatMutlak(awal, kolom)}`;
    bagian.push(akhir > awal ? `${a}:${alamatMutlak(akhir, kolom)}` : a);
  }
  return bagian.length === 1 ? (bagian[0] ?? '') : `(${bagian.join(',')})`;
}
