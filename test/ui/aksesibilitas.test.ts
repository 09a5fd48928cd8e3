// axe-core in Chromium over the one panel in its three homes: the offline page (file://, 1366×768),
// the Excel task pane (served, over the fake office.js, 320 px) and the Sheets sidebar (file://,
// google.script.run answered from a small in-page sheet, 300 px). Checked before and after a fill,
// so the results lists are checked too: no serious or critical violation anywhere. Screenshots of
// each state go to dist/ui/ for a person to look at.
import { mkdirSync, readFileSync } from 'node:fs';
import type { Server } from 'node:http';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { chromium, type Browser, type Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { sajikan } from '../../scripts/serve-addin.mjs';
import { bundelOfficePalsu } from './office-palsu-bundel';
import { OPSI_CHROMIUM } from '../../scripts/chromium.mjs';

const AKAR = path.resolve(__dirname, '../..');
const AXE = readFileSync(require.resolve('axe-core/axe.min.js'), 'utf8');
const GAMBAR = path.join(AKAR, 'dist/ui');
const OFFICE_JS = 'https://appsforoffice.microsoft.com/lib/1/hosted/office.js';
const TUNGGU = { timeout: 60_000 };

const INDIKATOR = [
  ['Perspektif', 'Sasaran', 'No', 'Indikator Kinerja', 'Satuan', 'Bobot', 'Target', 'Realisasi'],
  ['Customer Perspective', 'Meningkatnya kepuasan layanan', 1, 'Indeks kepuasan masyarakat', 'Indeks', 2, 80, 85.2],
  ['', '', 2, 'Persentase pengaduan yang diselesaikan', '%', 1, 90, 70],
  ['', 'Meningkatnya mutu pengawasan', 3, 'Persentase sarana memenuhi ketentuan', '%', 1, 60, '43,87'],
  ['Internal Process Perspective', 'Terkelolanya anggaran', 4, 'Nilai kinerja anggaran', 'Nilai', 1, 90, 130],
  ['', '', 5, 'Persentase rekomendasi ditindaklanjuti', '%', 1, 100, 'Akhir Tahun'],
];

let browser: Browser;
let server: Server;
let alamat: string;
let officePalsu: string;

beforeAll(async () => {
  officePalsu = await bundelOfficePalsu();
  ({ server, url: alamat } = await sajikan(path.join(AKAR, 'dist/addin')));
  browser = await chromium.launch(OPSI_CHROMIUM);
  mkdirSync(GAMBAR, { recursive: true });
});

afterAll(async () => {
  await browser?.close();
  server?.close();
});

interface Pelanggaran {
  id: string;
  impact: string | null;
  help: string;
  nodes: { target: string[] }[];
}

/** axe's serious and critical findings on the page as it is now (WCAG 2.x A and AA rules). */
async function periksaAxe(page: Page): Promise<string[]> {
  await page.evaluate(AXE);
  const hasil = (await page.evaluate(
    `axe.run(document, { runOnly: { type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'best-practice'] } })`,
  )) as {
    violations: Pelanggaran[];
  };
  return hasil.violations
    .filter((v) => v.impact === 'serious' || v.impact === 'critical')
    .map((v) => `${v.id} (${v.impact}): ${v.help} — ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`);
}

/** Every control reachable by Tab shows a focus ring or outline. */
async function fokusTerlihat(page: Page, langkah: number): Promise<string[]> {
  const tanpa: string[] = [];
  await page.locator('body').focus();
  for (let i = 0; i < langkah; i++) {
    await page.keyboard.press('Tab');
    const f = await page.evaluate(() => {
      const e = document.activeElement as HTMLElement | null;
      if (!e || e === document.body) return null;
      const s = getComputedStyle(e);
      const garis = s.outlineStyle !== 'none' && parseFloat(s.outlineWidth) > 0;
      const bawah = parseFloat(s.borderBottomWidth) >= 2;
      return { nama: `${e.tagName.toLowerCase()}#${e.id}.${e.className}`, terlihat: garis || bawah };
    });
    if (f && !f.terlihat) tanpa.push(f.nama);
  }
  return [...new Set(tanpa)];
}

describe('accessibility of the panel (axe-core in Chromium)', { timeout: 240_000 }, () => {
  it('the offline page at 1366×768: before and after a fill, and a finding previewed', async () => {
    const konteks = await browser.newContext({ viewport: { width: 1366, height: 768 }, bypassCSP: true, acceptDownloads: true });
    const page = await konteks.newPage();
    await page.goto(pathToFileURL(path.join(AKAR, 'dist/web/lapkin.html')).href);
    await page.getByRole('button', { name: 'Pilih buku kerja…' }).waitFor();
    expect(await periksaAxe(page)).toEqual([]);
    await page.screenshot({ path: path.join(GAMBAR, 'halaman-awal.png') });

    // by keyboard alone: the first Tab reaches the file button, Enter opens the browser's picker
    await page.keyboard.press('Tab');
    expect(await page.evaluate(() => document.activeElement?.textContent)).toBe('Pilih buku kerja…');
    // Enter must open the picker: the hidden file input receives the click (the native dialog itself
    // is not awaited: headless Chromium does not always report it), then the file goes in as if chosen
    await page.evaluate(() => {
      const masuk = document.getElementById('lk-berkas') as HTMLInputElement;
      masuk.addEventListener('click', (e) => {
        (window as unknown as { diklik: boolean }).diklik = true;
        e.preventDefault();
      });
    });
    await page.keyboard.press('Enter');
    await expect.poll(() => page.evaluate(() => (window as unknown as { diklik?: boolean }).diklik === true), TUNGGU).toBe(true);
    await page.setInputFiles('#lk-berkas', path.join(AKAR, 'examples/contoh-lapkin.xlsx'));
    await page.getByRole('button', { name: 'Isi tabel' }).waitFor({ state: 'visible' });
    await expect.poll(() => page.getByRole('button', { name: 'Isi tabel' }).isEnabled(), TUNGGU).toBe(true);
    expect(await fokusTerlihat(page, 40)).toEqual([]);
    expect(await periksaAxe(page)).toEqual([]);
    await page.screenshot({ path: path.join(GAMBAR, 'halaman-deteksi.png') });

    await page.getByRole('button', { name: 'Isi tabel' }).click();
    await page.getByRole('heading', { name: /^Tabel ditulis/ }).waitFor(TUNGGU);
    await expect.poll(() => page.locator('.wb-pratinjau table').count(), TUNGGU).toBe(1);
    expect(await periksaAxe(page)).toEqual([]);
    await page.screenshot({ path: path.join(GAMBAR, 'halaman-isi.png') });
    await page.locator('.lk-butir').first().click();
    await expect.poll(() => page.locator('.wb-sel-ini').count(), TUNGGU).toBe(1);
    await page.screenshot({ path: path.join(GAMBAR, 'halaman-pratinjau.png') });
    await page.setViewportSize({ width: 320, height: 800 });
    await page.screenshot({ path: path.join(GAMBAR, 'halaman-320.png'), fullPage: true });
    await konteks.close();
  });

  it('the Excel task pane at 320 px', async () => {
    const konteks = await browser.newContext({ viewport: { width: 320, height: 900 }, bypassCSP: true });
    const page = await konteks.newPage();
    await page.route('**/*', (route) => {
      const url = route.request().url();
      if (url === OFFICE_JS)
        return route.fulfill({
          contentType: 'text/javascript',
          body: `${officePalsu}\n__lapkinIsi(${JSON.stringify({ Indikator: INDIKATOR })});`,
        });
      if (url.startsWith(alamat)) return route.continue();
      return route.abort();
    });
    await page.goto(`${alamat}/taskpane.html`);
    await expect.poll(() => page.locator('.lk-status').textContent(), TUNGGU).toMatch(/^Header di baris 1/);
    expect(await fokusTerlihat(page, 30)).toEqual([]);
    expect(await periksaAxe(page)).toEqual([]);
    await page.screenshot({ path: path.join(GAMBAR, 'taskpane-320.png'), fullPage: true });
    await page.getByRole('button', { name: 'Isi tabel' }).click();
    await page.getByRole('heading', { name: /^Tabel ditulis/ }).waitFor(TUNGGU);
    expect(await periksaAxe(page)).toEqual([]);
    await page.screenshot({ path: path.join(GAMBAR, 'taskpane-320-isi.png'), fullPage: true });
    await konteks.close();
  });

  it('the Sheets sidebar at 300 px', async () => {
    const konteks = await browser.newContext({ viewport: { width: 300, height: 900 }, bypassCSP: true });
    const page = await konteks.newPage();
    // the few server calls the panel makes, answered from one sheet held in the page
    await page.addInitScript((data) => {
      const jawab: Record<string, (...a: unknown[]) => unknown> = {
        lapkinDaftarLembar: () => ['Indikator'],
        lapkinLembarAktif: () => 'Indikator',
        lapkinBacaLembar: (lembar) => ({ lembar, nilai: data, barisAwal: 1, kolomAwal: 1 }),
        lapkinTulisTabel: (tabel) => ({ lembar: (tabel as { namaLembar: string }[]).map((t) => t.namaLembar) }),
        lapkinTandaiTemuan: () => undefined,
        lapkinPilihSel: () => undefined,
      };
      const runner = (berhasil?: (x: unknown) => void): object =>
        new Proxy(
          {},
          {
            get: (_t, nama) =>
              nama === 'withSuccessHandler'
                ? (f: (x: unknown) => void) => runner(f)
                : nama === 'withFailureHandler'
                  ? () => runner(berhasil)
                  : (...a: unknown[]) => setTimeout(() => berhasil?.(jawab[String(nama)]?.(...a)), 0),
          },
        );
      (window as unknown as { google: unknown }).google = { script: { run: runner() } };
    }, INDIKATOR);
    await page.goto(pathToFileURL(path.join(AKAR, 'dist/gas/sidebar.html')).href);
    await expect.poll(() => page.locator('.lk-status').textContent(), TUNGGU).toMatch(/^Header di baris 1/);
    expect(await fokusTerlihat(page, 30)).toEqual([]);
    expect(await periksaAxe(page)).toEqual([]);
    await page.getByRole('button', { name: 'Isi tabel' }).click();
    await page.getByRole('heading', { name: /^Tabel ditulis/ }).waitFor(TUNGGU);
    expect(await periksaAxe(page)).toEqual([]);
    await page.screenshot({ path: path.join(GAMBAR, 'sidebar-300-isi.png'), fullPage: true });
    await konteks.close();
  });
});
