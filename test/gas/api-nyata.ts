// The member names of the real Apps Script classes, read from @types/google-apps-script, so the
// fakes refuse exactly what the real services would not have.
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';

const require = createRequire(import.meta.url);
const folder = path.dirname(require.resolve('@types/google-apps-script/package.json'));

const BERKAS: Record<string, string> = {
  Spreadsheet: 'google-apps-script.spreadsheet.d.ts',
  Base: 'google-apps-script.base.d.ts',
  HTML: 'google-apps-script.html.d.ts',
  Charts: 'google-apps-script.charts.d.ts',
};

const cache = new Map<string, ReadonlySet<string>>();

/** Members of `interface <nama>` in namespace GoogleAppsScript.<ns>, e.g. anggota('Spreadsheet', 'Range'). */
export function anggota(ns: keyof typeof BERKAS, nama: string): ReadonlySet<string> {
  const kunci = `${ns}.${nama}`;
  const ada = cache.get(kunci);
  if (ada) return ada;
  const teks = readFileSync(path.join(folder, BERKAS[ns]!), 'utf8');
  const awal = teks.indexOf(`\n        interface ${nama} {`);
  if (awal < 0) throw new Error(`interface ${kunci} tidak ada di @types/google-apps-script`);
  const akhir = teks.indexOf('\n        }', awal + 1);
  const nama2 = new Set<string>();
  for (const m of teks.slice(awal, akhir).matchAll(/^ {12}(?:\/\*\*.*?\*\/ )?(\w+)\??[(:<]/gm)) nama2.add(m[1]!);
  cache.set(kunci, nama2);
  return nama2;
}

// ---- the advanced service "Sheets" (apis/sheets_v4.d.ts) ----

const SHEETS_API = 'apis/sheets_v4.d.ts';
const cacheApi = new Map<string, ReadonlyMap<string, string | null>>();

/**
 * Members of an interface of the Sheets advanced service, e.g. 'Sheets' (the global),
 * 'SpreadsheetsCollection', 'Sheet', 'GridData'; each with the Schema type it holds (null: a scalar
 * or a method), so a field mask can be checked name by name.
 */
export function anggotaSheetsApi(nama: string): ReadonlyMap<string, string | null> {
  const ada = cacheApi.get(nama);
  if (ada) return ada;
  const teks = readFileSync(path.join(folder, SHEETS_API), 'utf8');
  const m = new RegExp(`\\n( +)interface ${nama} \\{\\n`).exec(teks);
  if (!m) throw new Error(`interface Sheets ${nama} tidak ada di @types/google-apps-script`);
  const indent = m[1];
  const awal = m.index + m[0].length;
  const akhir = teks.indexOf(`\n${indent}}`, awal);
  const hasil = new Map<string, string | null>();
  for (const baris of teks.slice(awal, akhir).split('\n')) {
    const a = new RegExp(`^${indent}    (\\w+)\\??[(:<]\\s*(?:Sheets\\.Schema\\.(\\w+)|Sheets\\.Collection\\.(?:\\w+\\.)*(\\w+))?`).exec(baris);
    if (a) hasil.set(a[1]!, a[2] ?? a[3] ?? null);
  }
  cacheApi.set(nama, hasil);
  return hasil;
}
