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
