// Looking a name up in a table of options: only the table's own entries count, so "__proto__",
// "constructor" or "toString" typed by a user are unknown names like any other (never a value
// inherited from Object.prototype). hasOwnProperty rather than Object.hasOwn: Apps Script runs it too.
const punya = Object.prototype.hasOwnProperty;

export function milik<T>(tabel: Readonly<Record<string, T>>, nama: string): T | undefined {
  return punya.call(tabel, nama) ? tabel[nama] : undefined;
}
