import { mkdirSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { chromium, type BrowserContext, type Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DIST, muatProyek, type ProyekGas } from '../gas/muat';
import { BukuData } from '../gas/palsu';
import { OPSI_CHROMIUM } from '../../scripts/chromium.mjs';
import { unduhDocx } from './unduhan-docx';

// The built sidebar page (dist/gas/sidebar.html) in Debian's Chromium, 300px wide as Sheets shows
// it. google.script.run is stubbed the way Apps Script provides it (a runner with success and
// failure handlers, arguments and results passed as plain data), each call going to the top-level
// functions of the built project, which run in a vm over the fake spreadsheet.

const JAHAT = '<img src=x onerror=alert(1)>';
const GAMBAR = path.resolve(__dirname, '../../render');

let konteks: BrowserContext;
let dataDir: string;

beforeAll(async () => {
  dataDir = mkdtempSync(path.join(tmpdir(), 'lapkin-chromium-'));
  konteks = await chromium.launchPersistentContext(dataDir, {
    ...OPSI_CHROMIUM,
    viewport: { width: 300, height: 1100 },
  });
});

afterAll(async () => {
  await konteks?.close();
  rmSync(dataDir, { recursive: true, force: true });
});

function bukuContoh(): BukuData {
  return new BukuData({
    Indikator: [
      ['Capaian Kinerja 2024', '', '', '', '', '', ''],
      ['Perspektif', 'Sasaran', 'No', 'Indikator Kinerja', 'Bobot', 'Target', 'Realisasi'],
      ['Customer Perspective', 'Meningkatnya kepuasan layanan', 1, 'Indeks kepuasan masyarakat', 2, 80, 85.2],
      ['', '', 2, JAHAT, 1, 90, JAHAT],
      ['', 'Meningkatnya mutu pengawasan', 3, 'Persentase sarana memenuhi ketentuan', 1, 60, '43,87'],
      ['Internal Process Perspective', 'Terkelolanya anggaran', 4, 'Nilai kinerja anggaran', 1, 90, 93.5],
      ['', '', 5, 'Persentase rekomendasi ditindaklanjuti', 1, 100, 'Akhir Tahun'],
    ],
    [JAHAT]: [['milik pengguna']],
  });
}

async function bukaSidebar(p: ProyekGas): Promise<{ page: Page; dialog: string[] }> {
  const page = await konteks.newPage();
  const dialog: string[] = [];
  page.on('dialog', (d) => {
    dialog.push(d.message());
    void d.dismiss();
  });
  await page.exposeFunction('__lapkinServer', (nama: string, argumen: string) => {
    const f = p.global[nama];
    if (typeof f !== 'function') return { ok: false, pesan: `Script function not found: ${nama}` };
    try {
      const hasil = f(...(JSON.parse(argumen) as unknown[]));
      return { ok: true, hasil: hasil === undefined ? undefined : JSON.stringify(hasil) };
    } catch (e) {
      return { ok: false, pesan: e instanceof Error ? e.message : String(e) };
    }
  });
  await page.addInitScript(() => {
    type Balas = { ok: boolean; hasil?: string; pesan?: string };
    const server = (window as unknown as { __lapkinServer(n: string, a: string): Promise<Balas> }).__lapkinServer;
    const runner = (berhasil?: (x: unknown) => void, gagal?: (e: Error) => void): object =>
      new Proxy(
        {},
        {
          get(_t, nama) {
            if (typeof nama !== 'string' || nama === 'then') return undefined;
            if (nama === 'withSuccessHandler') return (f: (x: unknown) => void) => runner(f, gagal);
            if (nama === 'withFailureHandler') return (f: (e: Error) => void) => runner(berhasil, f);
            return (...args: unknown[]) => {
              void server(nama, JSON.stringify(args)).then((b) =>
                b.ok ? berhasil?.(b.hasil === undefined ? undefined : JSON.parse(b.hasil)) : gagal?.(new Error(b.pesan)),
              );
            };
          },
        },
      );
    (window as unknown as { google: unknown }).google = { script: { run: runner() } };
  });
  await page.goto(pathToFileURL(path.join(DIST, 'sidebar.html')).href);
  return { page, dialog };
}

describe('the Lapkin sidebar', () => {
  it('detects the indicator table, fills the tables, and shows every workbook text as text', async () => {
    const p = muatProyek(bukuContoh());
    const { page, dialog } = await bukaSidebar(p);
    const status = page.locator('.lk-status');
    await expect.poll(() => status.textContent()).toMatch(/^Header di baris 2: 5 indikator, 3 sasaran, 2 perspektif\.$/);
    expect(await page.locator('#lk-lembar').inputValue()).toBe('Indikator');
    expect(await page.locator('#lk-lembar option').allTextContents()).toEqual(['Indikator', JAHAT]);

    // the unreadable realisasi is listed as a problem, its text shown as typed
    const masalah = page.locator('.lk-daftar');
    await expect.poll(() => masalah.textContent()).toContain(JAHAT);

    await page.getByRole('button', { name: 'Isi tabel' }).click();
    await expect.poll(() => page.locator('.lk-hasil h2').allTextContents(), { timeout: 20_000 }).toContain('NPS unit');
    const tabel = p.buku.lembar.map((l) => l.nama).slice(2);
    expect(tabel).toContain('Pencapaian IKU');
    expect(await page.locator('.lk-tautan li').allTextContents()).toEqual(tabel);
    const iku = p.buku.cari('Pencapaian IKU');
    expect([...(iku?.isi().values() ?? [])]).toContain(JAHAT);
    expect([...(p.buku.cari(JAHAT)?.isi().values() ?? [])]).toEqual(['milik pengguna']);

    expect(await page.locator('#lapkin img').count()).toBe(0);
    expect(dialog).toEqual([]);
    mkdirSync(GAMBAR, { recursive: true });
    await page.screenshot({ path: path.join(GAMBAR, 'gas-sidebar-isi.png'), fullPage: true });
    await page.close();
  });

  it('downloads the Word chapter of the indicator sheet; the spreadsheet gets no sheet from it', async () => {
    const p = muatProyek(bukuContoh());
    const { page, dialog } = await bukaSidebar(p);
    await expect.poll(() => page.locator('.lk-status').textContent()).toMatch(/^Header di baris 2/);
    expect(await page.locator('.lk-aksi button').allTextContents()).toEqual(['Isi tabel', 'Periksa', 'Buat templat', 'Unduh laporan (.docx)']);
    const teks = await unduhDocx(page, () => page.getByRole('button', { name: 'Unduh laporan (.docx)' }).click(), 'lapkin-laporan.docx');
    expect(teks).toContain('Meningkatnya mutu pengawasan');
    // workbook text stays text in the document too
    expect(teks).toContain(JAHAT.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;'));
    expect(p.buku.lembar.map((l) => l.nama)).toEqual(['Indikator', JAHAT]);
    expect(dialog).toEqual([]);
    await page.close();
  });

  it('audits a filled table and lists what disagrees, the cells marked in the sheet', async () => {
    const p = muatProyek(bukuContoh());
    p.global.lapkinIsiTabel!();
    const sasaran = p.buku.cari('Pencapaian Sasaran');
    if (!sasaran) throw new Error('tabel Pencapaian Sasaran tidak ditulis');
    // a planner types over one NPS
    const [kunci] = [...sasaran.sel].find(([, s]) => typeof s.nilai === 'number') ?? [];
    const [r, c] = (kunci as string).split(',').map(Number);
    sasaran.ubah(r!, c!, (s) => (s.nilai = 12.34));

    const { page, dialog } = await bukaSidebar(p);
    await expect.poll(() => page.locator('.lk-status').textContent()).toMatch(/^Header di baris 2/);
    await page.locator('#lk-lembar').selectOption('Pencapaian Sasaran');
    await page.getByRole('button', { name: 'Periksa' }).click();
    await expect.poll(() => page.locator('.lk-hasil').textContent(), { timeout: 20_000 }).toMatch(/\d+ sel tidak sesuai/);
    expect(sasaran.ambil(r!, c!)).toMatchObject({ nilai: 12.34, latar: '#FFC7CE' });
    expect(sasaran.ambil(r!, c!)?.catatan).toMatch(/^Lapkin: seharusnya /);
    expect(dialog).toEqual([]);
    await page.screenshot({ path: path.join(GAMBAR, 'gas-sidebar-periksa.png'), fullPage: true });
    await page.close();
  });
});
