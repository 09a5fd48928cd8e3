import { execFileSync } from 'node:child_process';
import { copyFileSync, cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { berkasDidorong, DIST } from './muat';

// The project asks Google for exactly three permissions: this spreadsheet, the menu and sidebar, and
// reading spreadsheets through the Sheets API (the one call that tells rows hidden by hand and merges;
// the API takes no "current only" scope, and spreadsheets.readonly is its narrowest that reaches the
// spreadsheet a bound script sits in).
const CAKUPAN = [
  'https://www.googleapis.com/auth/spreadsheets.currentonly',
  'https://www.googleapis.com/auth/script.container.ui',
  'https://www.googleapis.com/auth/spreadsheets.readonly',
];

const AKAR = path.resolve(__dirname, '../..');
const manifes = (berkas: string) => JSON.parse(readFileSync(berkas, 'utf8'));

describe('appsscript.json', () => {
  for (const [nama, berkas] of [
    ['source', path.join(AKAR, 'gas/appsscript.json')],
    ['dist', path.join(DIST, 'appsscript.json')],
  ]) {
    it(`${nama}: asks for no scope beyond the three named, one advanced service`, () => {
      const m = manifes(berkas!);
      expect([...m.oauthScopes].sort()).toEqual([...CAKUPAN].sort());
      expect(m).toMatchObject({ runtimeVersion: 'V8', timeZone: 'Asia/Jakarta', exceptionLogging: 'STACKDRIVER' });
      // no library, and only the Sheets API as an advanced service (each would bring scopes of its own)
      expect(m.dependencies).toEqual({ enabledAdvancedServices: [{ userSymbol: 'Sheets', serviceId: 'sheets', version: 'v4' }] });
    });
  }

  it('clasp pushes only the built files (clasp status, run on a copy set up from .clasp.json.example)', () => {
    const dir = mkdtempSync(path.join(tmpdir(), 'lapkin-clasp-'));
    const contoh = JSON.parse(readFileSync(path.join(AKAR, '.clasp.json.example'), 'utf8'));
    expect(contoh.rootDir).toBe('dist/gas');
    writeFileSync(path.join(dir, '.clasp.json'), JSON.stringify(contoh));
    copyFileSync(path.join(AKAR, '.claspignore'), path.join(dir, '.claspignore'));
    cpSync(DIST, path.join(dir, 'dist/gas'), { recursive: true });
    writeFileSync(path.join(dir, 'dist/gas/catatan.txt'), 'bukan untuk didorong');
    const keluaran = execFileSync(path.join(AKAR, 'node_modules/.bin/clasp'), ['status', '--json'], { cwd: dir, encoding: 'utf8' });
    const didorong = ['appsscript.json', 'global.js', 'lapkin.js', 'sidebar.html'];
    // clasp lists files in directory order, which differs between file systems
    expect([...JSON.parse(keluaran).filesToPush].sort()).toEqual(didorong.map((f) => `dist/gas/${f}`));
    expect(berkasDidorong()).toEqual(didorong);
    rmSync(dir, { recursive: true, force: true });
  });
});
