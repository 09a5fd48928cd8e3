// Loads the built Apps Script project the way Apps Script runs it: every .js file clasp would push,
// in push order, evaluated into ONE global scope, with the services as globals.
import { readdirSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';
import vm from 'node:vm';
import { BukuData, ID_BUKU, layananPalsu, Penghitung } from './palsu';
import { sheetsApiPalsu } from './palsu-sheets-api';

export const DIST = path.resolve(__dirname, '../../dist/gas');

// clasp's own matcher (a dependency of @google/clasp), called the way clasp calls it.
const micromatch = createRequire(import.meta.url)('micromatch') as {
  not(list: string[], patterns: string[], opts: { dot: boolean }): string[];
};

/** What clasp pushes from dist/gas: the files .claspignore lets through, in clasp's order. */
export function berkasDidorong(): string[] {
  const pola = readFileSync(path.resolve(__dirname, '../../.claspignore'), 'utf8')
    .split(/\r?\n/)
    .filter((l) => l.length > 0);
  return micromatch.not(readdirSync(DIST, { recursive: true }) as string[], pola, { dot: true }).sort((a, b) => a.localeCompare(b));
}

export interface ProyekGas {
  /** The shared global scope: top-level functions of every file (CAPAIAN, onOpen, lapkin…, Lapkin). */
  readonly global: Record<string, (...a: unknown[]) => unknown> & { Lapkin: Record<string, unknown> };
  readonly buku: BukuData;
  readonly hitung: Penghitung;
  readonly layanan: ReturnType<typeof layananPalsu>;
}

/** `sheetsApi: false`: a copy of the project without the advanced service "Sheets". */
export function muatProyek(buku = new BukuData({ Lembar1: [] }), { sheetsApi = true } = {}): ProyekGas {
  const html: Record<string, string> = {};
  const hitung = new Penghitung();
  for (const f of berkasDidorong()) if (f.endsWith('.html')) html[f.replace(/\.html$/, '')] = readFileSync(path.join(DIST, f), 'utf8');
  const layanan = layananPalsu(buku, html, hitung);
  const konteks = vm.createContext({
    SpreadsheetApp: layanan.SpreadsheetApp,
    Charts: layanan.Charts,
    HtmlService: layanan.HtmlService,
    Logger: layanan.Logger,
    ...(sheetsApi ? { Sheets: sheetsApiPalsu(buku, ID_BUKU, hitung) } : {}),
    console,
  });
  for (const f of berkasDidorong().filter((f) => f.endsWith('.js'))) {
    vm.runInContext(readFileSync(path.join(DIST, f), 'utf8'), konteks, { filename: f });
  }
  return { global: konteks as ProyekGas['global'], buku, hitung, layanan };
}

/** A value from the vm realm as plain data of this realm (arrays, objects, numbers, strings). */
export function polos<T>(x: T): T {
  return JSON.parse(JSON.stringify(x)) as T;
}
