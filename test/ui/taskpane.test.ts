// The task pane page from dist/addin in Debian's Chromium, with office.js answered by a fake
// Office host over an in-memory workbook: detect, correct a column, fill, and the workbook holds
// the tables; workbook text that looks like HTML stays text.
import { mkdirSync, mkdtempSync, rmSync } from 'node:fs';
import type { Server } from 'node:http';
import os from 'node:os';
import path from 'node:path';
import { chromium, type BrowserContext, type Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { sajikan } from '../../scripts/serve-addin.mjs';
import type { FakeWorkbook } from '../addin/fake-excel';
import { bundelOfficePalsu } from './office-palsu-bundel';
import { unduhDocx } from './unduhan-docx';
import { OPSI_CHROMIUM } from '../../scripts/chromium.mjs';

const AKAR = path.resolve(__dirname, '../..');
const OFFICE_JS = 'https://appsforoffice.microsoft.com/lib/1/hosted/office.js';
const JAHAT = '<img src=x onerror=alert(1)>';
const GAMBAR = path.join(AKAR, 'dist/browser');

// "Hasil Akhir" is the realisasi column under a name the reader does not know: the planner maps it.
const DATA_IKU = [
  ['Indikator Kinerja Utama 2024'],
  ['No', 'Sasaran', 'Indikator Kinerja', 'Satuan', 'Target', 'Hasil Akhir', 'Bobot', JAHAT],
  [1, 'Meningkatnya kualitas layanan', 'Indeks kepuasan masyarakat', 'Indeks', 80, '85,20', 1, ''],
  [2, '', 'Persentase pengaduan yang diselesaikan', '%', 90, 99.44, 1, ''],
  [3, 'Meningkatnya akuntabilitas kinerja', 'Nilai AKIP', 'Nilai', 75, 78.35, 2, ''],
  [4, '', JAHAT, '%', 100, '-', 1, ''],
  [5, 'Terkelolanya anggaran', 'Persentase serapan anggaran', '%', 95, 91.3, 1, ''],
  [6, '', 'Opini BPK', '-', 'WTP', 'WTP', 1, ''],
];

let konteks: BrowserContext;
let server: Server;
let alamat: string;
let palsu: string;
let profil: string;

beforeAll(async () => {
  palsu = await bundelOfficePalsu();
  ({ server, url: alamat } = await sajikan(path.join(AKAR, 'dist/addin')));
  profil = mkdtempSync(path.join(os.tmpdir(), 'lapkin-chromium-'));
  konteks = await chromium.launchPersistentContext(profil, {
    ...OPSI_CHROMIUM,
    viewport: { width: 320, height: 900 },
  });
  mkdirSync(GAMBAR, { recursive: true });
});

afterAll(async () => {
  await konteks?.close();
  server?.close();
  if (profil) rmSync(profil, { recursive: true, force: true });
});

/** Opens the task pane over a workbook; only the local server and the fake office.js answer. */
async function bukaPanel(lembar: Record<string, unknown[][]>, platform = 'OfficeOnline'): Promise<{ page: Page; dialog: string[] }> {
  const page = await konteks.newPage();
  const dialog: string[] = [];
  page.on('dialog', (d) => {
    dialog.push(d.message());
    void d.dismiss();
  });
  await page.route('**/*', (route) => {
    const url = route.request().url();
    if (url === OFFICE_JS)
      return route.fulfill({
        contentType: 'text/javascript',
        body: `window.__lapkinPlatform = ${JSON.stringify(platform)};\n${palsu}\n__lapkinIsi(${JSON.stringify(lembar)});`,
      });
    if (url.startsWith(alamat)) return route.continue();
    return route.abort();
  });
  await page.goto(`${alamat}/taskpane.html`);
  return { page, dialog };
}

const buku = (page: Page, f: (b: FakeWorkbook) => unknown) => page.evaluate(`(${f.toString()})(window.__buku)`) as Promise<unknown>;

describe('task pane in Chromium', () => {
  it('detects the table, takes a corrected column, fills the tables into the workbook', async () => {
    const { page, dialog } = await bukaPanel({ 'Data IKU': DATA_IKU, Catatan: [['catatan pengguna']] });
    const status = page.locator('.lk-status');
    await expect.poll(() => status.textContent()).toContain('Kolom Realisasi belum dipetakan');
    expect(await page.locator('#lk-lembar').inputValue()).toBe('Data IKU');

    // the planner points Realisasi at "Hasil Akhir"
    const realisasi = page.locator('#lk-p-realisasi');
    expect(await realisasi.inputValue()).toBe('');
    await realisasi.selectOption({ label: 'F · Hasil Akhir' });
    await expect.poll(() => status.textContent()).toBe('Header di baris 2: 6 indikator, 3 sasaran.');
    await page.screenshot({ path: path.join(GAMBAR, 'taskpane-deteksi.png'), fullPage: true });

    await page.locator('#lk-periode').selectOption('tahunan');
    await page.getByRole('button', { name: 'Isi tabel' }).click();
    await page.getByRole('heading', { name: /^Tabel ditulis/ }).waitFor();
    await page.screenshot({ path: path.join(GAMBAR, 'taskpane-isi.png'), fullPage: true });
    await page.locator('.lk-hasil').screenshot({ path: path.join(GAMBAR, 'taskpane-hasil.png') });

    const nama = (await buku(page, (b) => b.sheets.map((s) => s.name))) as string[];
    expect(nama.slice(0, 2)).toEqual(['Data IKU', 'Catatan']);
    expect(nama).toEqual(expect.arrayContaining(['Pencapaian IKU', 'Pencapaian Sasaran', 'Rekap Kriteria', 'Legenda Kriteria']));
    const tertulis = (await page.locator('.lk-tautan li').allTextContents()) as string[];
    expect(tertulis).toEqual(nama.slice(2));
    // the user's sheets are as they were, the tables hold the indicators
    expect(await buku(page, (b) => b.grid('Catatan'))).toEqual([['catatan pengguna']]);
    const iku = JSON.stringify(await buku(page, (b) => b.grid('Pencapaian IKU')));
    expect(iku).toContain('Indeks kepuasan masyarakat');
    expect(iku).toContain(JSON.stringify(JAHAT));
    // the first table is selected for the planner to see
    expect(await buku(page, (b) => b.selection)).toEqual({ sheet: nama[2], address: 'A1' });
    expect(dialog).toEqual([]);
    await page.close();
  });

  it('a filled table is no indicator sheet: a calm note, Periksa on, Isi tabel off until an indicator table is detected', async () => {
    const { page, dialog } = await bukaPanel({ 'Data IKU': DATA_IKU });
    const status = page.locator('.lk-status');
    const isiTabel = page.getByRole('button', { name: 'Isi tabel' });
    const periksa = page.getByRole('button', { name: 'Periksa' });
    await page.locator('#lk-p-realisasi').selectOption({ label: 'F · Hasil Akhir' });
    await isiTabel.click();
    await page.getByRole('heading', { name: /^Tabel ditulis/ }).waitFor();

    // the planner reads the sheet list again and picks a table the fill wrote
    await page.getByRole('button', { name: 'Deteksi' }).click();
    await expect.poll(() => page.locator('#lk-lembar option').allTextContents()).toContain('Pencapaian Sasaran');
    await page.locator('#lk-lembar').selectOption('Pencapaian Sasaran');
    await expect
      .poll(() => status.textContent())
      .toBe(
        'Tidak ada tabel indikator di lembar ini. Periksa tetap dapat dipakai untuk tabel yang sudah terisi. Untuk Isi tabel, pilih lembar indikator atau atur Pemetaan kolom.',
      );
    expect(await status.getAttribute('class')).toBe('lk-status');
    expect(await page.locator('.lk-peta').isVisible()).toBe(false);
    expect(await periksa.isEnabled()).toBe(true);
    expect(await isiTabel.isDisabled()).toBe(true);
    expect(await page.locator('.lk-pesan').isHidden()).toBe(true);

    await periksa.click();
    await page.getByRole('heading', { name: 'Periksa: Pencapaian Sasaran' }).waitFor();
    expect(await page.locator('.lk-hasil .lk-angka').textContent()).toBe('Semua angka sesuai');
    // after an action the buttons are as before it
    expect(await periksa.isEnabled()).toBe(true);
    expect(await isiTabel.isDisabled()).toBe(true);
    await page.screenshot({ path: path.join(GAMBAR, 'taskpane-periksa-tabel.png'), fullPage: true });

    // back on the indicator sheet, Isi tabel is on again
    await page.locator('#lk-lembar').selectOption('Data IKU');
    await expect.poll(() => status.textContent()).toContain('Header di baris 2: 6 indikator, 3 sasaran.');
    expect(await isiTabel.isEnabled()).toBe(true);
    expect(dialog).toEqual([]);
    await page.close();
  });

  it('shows an indicator and a sheet named like HTML as text, and fires no dialog', async () => {
    const { page, dialog } = await bukaPanel({ 'Data IKU': DATA_IKU, [JAHAT]: [['x']] });
    await page.locator('#lk-p-realisasi').selectOption({ label: 'F · Hasil Akhir' });
    await page.getByRole('button', { name: 'Isi tabel' }).click();
    await page.getByRole('heading', { name: /^Belum ada angka/ }).waitFor();
    await expect.poll(() => page.getByText(`Baris 6 · ${JAHAT}`, { exact: true }).count()).toBe(1);
    expect(await page.locator('#lk-lembar option').allTextContents()).toEqual(['Data IKU', JAHAT]);
    expect(await page.locator('#lapkin img').count()).toBe(0);
    expect(dialog).toEqual([]);

    // clicking the row selects the indicator's cell in the workbook
    await page.getByText(`Baris 6 · ${JAHAT}`, { exact: true }).click();
    await expect.poll(() => buku(page, (b) => b.selection)).toEqual({ sheet: 'Data IKU', address: 'C6' });
    await page.close();
  });

  it('downloads the Word chapter on Office on the web and Windows; on Mac, which saves no download, offers no button', async () => {
    for (const platform of ['OfficeOnline', 'PC']) {
      const { page, dialog } = await bukaPanel({ 'Data IKU': DATA_IKU }, platform);
      await page.locator('#lk-p-realisasi').selectOption({ label: 'F · Hasil Akhir' });
      await expect.poll(() => page.locator('.lk-status').textContent()).toBe('Header di baris 2: 6 indikator, 3 sasaran.');
      const teks = await unduhDocx(page, () => page.getByRole('button', { name: 'Unduh laporan (.docx)' }).click(), 'lapkin-laporan.docx');
      expect(teks).toContain('Akuntabilitas Kinerja');
      expect(teks).toContain('Indeks kepuasan masyarakat');
      await page.getByRole('heading', { name: 'Laporan diunduh' }).waitFor();
      // the workbook gets no sheet from it
      expect(await buku(page, (b) => b.sheets.map((s) => s.name))).toEqual(['Data IKU']);
      expect(dialog).toEqual([]);
      await page.close();
    }
    const { page } = await bukaPanel({ 'Data IKU': DATA_IKU }, 'Mac');
    await expect.poll(() => page.locator('.lk-status').textContent()).toContain('Header di baris 2');
    expect(await page.locator('.lk-aksi button').allTextContents()).toEqual(['Isi tabel', 'Periksa', 'Buat templat']);
    await page.close();
  });

  it('takes a scheme from a range, says in Indonesian when the address is wrong, and makes a template', async () => {
    const skema = [
      ['Batas bawah', 'Label', 'Warna'],
      [null, 'Kurang', 'merah'],
      [90, 'Baik', 'hijau'],
      [110, 'Istimewa', 'biru'],
    ];
    const { page } = await bukaPanel({ 'Data IKU': DATA_IKU, Skema: skema });
    await page.locator('#lk-p-realisasi').selectOption({ label: 'F · Hasil Akhir' });
    await page.locator('#lk-skema').selectOption({ label: 'Skema sendiri dari rentang…' });
    await page.locator('#lk-rentang').fill('Skema!A9:C1x');
    await page.getByRole('button', { name: 'Isi tabel' }).click();
    await expect
      .poll(() => page.locator('.lk-pesan').textContent())
      .toBe('Alamat rentang "Skema!A9:C1x" tidak dikenal: tulis seperti Skema!A1:C5.');

    await page.locator('#lk-rentang').fill('Skema!A1:C4');
    await page.getByRole('button', { name: 'Isi tabel' }).click();
    await page.getByRole('heading', { name: /^Tabel ditulis/ }).waitFor();
    expect(await page.locator('.lk-pesan').isHidden()).toBe(true);
    expect(await page.locator('.lk-rekap tbody td:first-child').allTextContents()).toEqual(['Kurang', 'Baik', 'Istimewa']);

    await page.getByRole('button', { name: 'Buat templat' }).click();
    await page.getByRole('heading', { name: 'Templat dibuat' }).waitFor();
    const templat = (await page.locator('.lk-hasil .lk-tautan-lembar').textContent()) as string;
    expect(await buku(page, (b) => b.sheets.map((s) => s.name))).toContain(templat);
    await page.close();
  });
});
