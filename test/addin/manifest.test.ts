import { execFileSync, spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import os from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';

const AKAR = path.resolve(__dirname, '../..');
const DIST = path.join(AKAR, 'dist/addin');
const { parseStringPromise } = createRequire(import.meta.url)('xml2js') as { parseStringPromise(xml: string): Promise<unknown> };

interface Elemen {
  nama: string;
  attr: Record<string, string>;
  teks: string;
}

/** Every element of the manifest with its attributes and text, in document order. */
async function elemen(berkas: string): Promise<Elemen[]> {
  const keluar: Elemen[] = [];
  const jelajah = (node: unknown, nama: string) => {
    if (typeof node === 'string') return keluar.push({ nama, attr: {}, teks: node });
    if (typeof node !== 'object' || node === null) return;
    const o = node as Record<string, unknown>;
    keluar.push({ nama, attr: (o.$ as Record<string, string>) ?? {}, teks: typeof o._ === 'string' ? o._ : '' });
    for (const [k, v] of Object.entries(o)) if (k !== '$' && k !== '_') for (const a of v as unknown[]) jelajah(a, k);
  };
  const xml = (await parseStringPromise(readFileSync(berkas, 'utf8'))) as { OfficeApp: unknown };
  jelajah(xml.OfficeApp, 'OfficeApp');
  return keluar;
}

const sementara: string[] = [];
afterAll(() => sementara.forEach((d) => rmSync(d, { recursive: true, force: true })));

describe('manifest.xml as built', () => {
  it('resolves every resid, and the namespace is LAPKIN', async () => {
    const e = await elemen(path.join(DIST, 'manifest.xml'));
    const sumber = new Map(e.filter((x) => /^bt:(Image|Url|String)$/.test(x.nama)).map((x) => [x.attr.id, x.attr.DefaultValue]));
    const resid = e.filter((x) => x.attr.resid).map((x) => x.attr.resid);
    expect(resid.length).toBeGreaterThan(10);
    expect(resid.filter((r) => !sumber.has(r))).toEqual([]);
    const ns = e.find((x) => x.nama === 'Namespace')!;
    expect(sumber.get(ns.attr.resid)).toBe('LAPKIN');
  });

  it('points every URL at a file the build produced', async () => {
    const e = await elemen(path.join(DIST, 'manifest.xml'));
    const url = e.filter((x) => x.attr.DefaultValue?.startsWith('https://')).map((x) => x.attr.DefaultValue);
    expect(url.length).toBeGreaterThan(8);
    for (const u of url) {
      expect(u!.startsWith('https://localhost:3000/'), u).toBe(true);
      expect(existsSync(path.join(DIST, u!.slice('https://localhost:3000/'.length))), u).toBe(true);
    }
  });

  it('asks for a shared runtime, a Home tab button that opens the pane, and read/write access', async () => {
    const e = await elemen(path.join(DIST, 'manifest.xml'));
    const satu = (nama: string) => e.filter((x) => x.nama === nama);
    expect(satu('Id')[0]!.teks).toMatch(/^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/);
    expect(satu('Permissions')[0]!.teks).toBe('ReadWriteDocument');
    expect(satu('Set').map((s) => `${s.attr.Name} ${s.attr.MinVersion}`)).toContain('SharedRuntime 1.1');
    expect(satu('Runtime')[0]!.attr).toEqual({ resid: 'Taskpane.Url', lifetime: 'long' });
    expect(satu('OfficeTab')[0]!.attr.id).toBe('TabHome');
    expect(satu('Action')[0]!.attr['xsi:type']).toBe('ShowTaskpane');
    expect(satu('ExtensionPoint').map((x) => x.attr['xsi:type'])).toEqual(['CustomFunctions', 'PrimaryCommandSurface']);
    const label = e.find((x) => x.attr.id === 'TaskpaneButton.Label');
    expect(label?.attr.DefaultValue).toBe('Lapkin');
    expect(satu('DisplayName')[0]!.attr.DefaultValue).toBe('Lapkin');
    expect(satu('Description')[0]!.attr.DefaultValue).toMatch(/Laporan Kinerja/);
  });

  it('passes npm run validate offline, and the check names a resid that does not resolve', () => {
    const ok = spawnSync(process.execPath, ['scripts/validate-manifest.mjs', 'dist/addin/manifest.xml'], { cwd: AKAR, encoding: 'utf8' });
    expect(ok.stdout).toBe('dist/addin/manifest.xml: sah (pemeriksaan luring).\n');
    expect(ok.status).toBe(0);

    const dir = mkdtempSync(path.join(os.tmpdir(), 'lapkin-manifest-'));
    sementara.push(dir);
    const rusak = readFileSync(path.join(DIST, 'manifest.xml'), 'utf8').replace('resid="Functions.Namespace"', 'resid="Fungsi.Namespace"');
    writeFileSync(path.join(dir, 'manifest.xml'), rusak);
    const gagal = spawnSync(process.execPath, ['scripts/validate-manifest.mjs', path.join(dir, 'manifest.xml')], {
      cwd: AKAR,
      encoding: 'utf8',
    });
    expect(gagal.status).toBe(1);
    expect(gagal.stderr).toContain('resid "Fungsi.Namespace" (di Namespace) tidak ada di Resources.');
  });

  it('moves every URL to LAPKIN_URL for deployment, and refuses a plain http one', () => {
    const dir = mkdtempSync(path.join(os.tmpdir(), 'lapkin-deploy-'));
    sementara.push(dir);
    const bangun = (url: string) =>
      spawnSync(
        process.execPath,
        [
          '--input-type=module',
          '-e',
          `await (await import('./scripts/build/30-addin.mjs')).build({ quiet: true, keluar: ${JSON.stringify(path.join(dir, 'addin'))} })`,
        ],
        {
          cwd: AKAR,
          encoding: 'utf8',
          env: { ...process.env, LAPKIN_URL: url },
        },
      );
    expect(bangun('https://contoh.go.id/lapkin/').status).toBe(0);
    const xml = readFileSync(path.join(dir, 'addin/manifest.xml'), 'utf8');
    expect(xml).not.toContain('localhost');
    expect(xml).toContain('<bt:Url id="Functions.Script.Url" DefaultValue="https://contoh.go.id/lapkin/functions.js"/>');
    const tolak = bangun('http://contoh.go.id/lapkin');
    expect(tolak.status).not.toBe(0);
    expect(tolak.stderr).toContain('LAPKIN_URL "http://contoh.go.id/lapkin" tidak sah: Office hanya memuat add-in dari alamat https://');
    execFileSync(process.execPath, ['scripts/validate-manifest.mjs', path.join(dir, 'addin/manifest.xml')], { cwd: AKAR });
  });
});
