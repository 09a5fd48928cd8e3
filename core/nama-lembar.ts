// The name of a sheet a host adds: Excel and Sheets both allow 31 characters and refuse a name
// that differs from an existing one only in case, so every host picks names by the same rule.

const PANJANG_NAMA_LEMBAR = 31;

/** The name asked for (cut to 31), or "Name (2)", "Name (3)" … when a sheet already has it, whatever its case. */
export function namaLembarBebas(nama: string, terpakai: Iterable<string>): string {
  const ada = new Set<string>();
  for (const n of terpakai) ada.add(n.toLowerCase());
  const dasar = nama.slice(0, PANJANG_NAMA_LEMBAR);
  let calon = dasar;
  for (let i = 2; ada.has(calon.toLowerCase()); i++) {
    const akhiran = ` (${i})`;
    calon = dasar.slice(0, PANJANG_NAMA_LEMBAR - akhiran.length).trimEnd() + akhiran;
  }
  return calon;
}
