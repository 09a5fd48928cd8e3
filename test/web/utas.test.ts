// The page's thread stays free while a workbook is filled: the worker reads, scores, builds and
// writes, and the page only shows what comes back. Checked by structure, not by the clock (a
// shared machine makes any time limit flaky; bench/web.mjs prints the longest task instead): the
// page's own script holds none of the pipeline's code, and during Isi tabel on a generated
// 2,000-indicator workbook the progress bar walks through the worker's steps table by table. Then
// the notices lapkin isi prints appear in the panel, and the row preview of a two-row header shows
// both header rows as header. Screenshots go to dist/ui/ for a person to look at.
import { mkdirSync, rmSync } from 'node:fs';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import ExcelJS from 'exceljs';
import { chromium, type Browser, type Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buatBukuContoh } from '../../scripts/buat-contoh.mjs';
import { modulUtasHalaman } from '../../scripts/build/50-web.mjs';
import { OPSI_CHROMIUM } from '../../scripts/chromium.mjs';
import { folderSementara, lapkin } from '../cli/jalankan';

const AKAR = path.resolve(__dirname, '../..');
const HALAMAN = pathToFileURL(path.join(AKAR, 'dist/web/lapkin.html')).href;
const DUA_BARIS = path.join(AKAR, 'examples/contoh-capaian-dua-baris.xlsx');
const GAMBAR = path.join(AKAR, 'dist/ui');
const TUNGGU = { timeout: 120_000 };

let browser: Browser;
let tmp: string;

beforeAll(async () => {
  tmp = folderSementara();
  mkdirSync(GAMBAR, { recursive: true });
  browser = await chromium.launch(OPSI_CHROMIUM);
});

afterAll(async () => {
  await browser?.close();
  if (tmp) rmSync(tmp, { recursive: true, force: true });
});

async function bukaHalaman(lebar = 1366): Promise<{ page: Page; galat: string[]; tutup: () => Promise<void> }> {
  const konteks = await browser.newContext({ viewport: { width: lebar, height: 768 }, acceptDownloads: true });
  const page = await konteks.newPage();
  const galat: string[] = [];
  page.on('pageerror', (e) => galat.push(e.message));
  await page.goto(HALAMAN);
  return { page, galat, tutup: () => konteks.close() };
}

async function bukaBerkas(page: Page, berkas: string): Promise<void> {
  await page.locator('#lk-berkas').setInputFiles(berkas);
  await expect.poll(() => page.locator('section.lk-bagian:not(.lk-berkas) > p.lk-status').textContent(), TUNGGU).toMatch(/^Header di baris/);
}

async function isiTabel(page: Page): Promise<void> {
  await Promise.all([page.waitForEvent('download', TUNGGU), page.getByRole('button', { name: 'Isi tabel' }).click()]);
  await page.getByRole('heading', { name: /^Tabel ditulis/ }).waitFor(TUNGGU);
}

describe("the page's thread during Isi tabel", { timeout: 300_000 }, () => {
  it("holds none of the pipeline's code: reading, scoring, building, writing and the audit are the worker's", async () => {
    const modul = await modulUtasHalaman();
    // the modules that hold the pipeline's entry points; core's constants and the panel's texts may be there
    const milikPekerja = /^(xlsx\/|core\/(alur|skor|nps|tampak)\.ts|core\/periksa\/|ui\/(alur|mesin)\.ts|web\/(pekerja|potong-pratinjau)\.ts)/;
    expect(modul).toContain('ui/panel.ts');
    expect(
      modul.filter((f) => milikPekerja.test(f)),
      'kode alur ada di skrip utas halaman (harus hanya di pekerja): ini cek struktur, bukan ukuran kecepatan',
    ).toEqual([]);
  });

  it('shows the worker’s steps table by table while it fills a 2,000-indicator workbook', async () => {
    const masukan = path.join(tmp, 'indikator-2000.xlsx');
    await buatBukuContoh({ jumlahIndikator: 2000 }).xlsx.writeFile(masukan);
    const { page, galat, tutup } = await bukaHalaman();
    await bukaBerkas(page, masukan);
    await page.evaluate(() => {
      const w = window as unknown as { langkah: string[]; terlama: number };
      w.langkah = [];
      w.terlama = 0;
      const bar = document.querySelector('.lk-kemajuan')!;
      new MutationObserver(() => {
        if (!(bar as HTMLElement).hidden) w.langkah.push(`${bar.getAttribute('aria-valuenow')} ${bar.textContent}`);
      }).observe(bar, { attributes: true, subtree: true, characterData: true, childList: true });
      new PerformanceObserver((l) => {
        for (const e of l.getEntries()) w.terlama = Math.max(w.terlama, e.duration);
      }).observe({ type: 'longtask' });
    });
    const unduhan = page.waitForEvent('download', TUNGGU);
    await page.getByRole('button', { name: 'Isi tabel' }).click();
    await page.locator('.lk-kemajuan', { hasText: /Menulis tabel/ }).waitFor(TUNGGU);
    await page.screenshot({ path: path.join(GAMBAR, 'halaman-isi-berjalan.png') });
    await unduhan;
    await page.getByRole('heading', { name: /^Tabel ditulis/ }).waitFor(TUNGGU);

    const { langkah, terlama } = await page.evaluate(() => {
      const w = window as unknown as { langkah: string[]; terlama: number };
      return { langkah: w.langkah, terlama: w.terlama };
    });
    const dedup = langkah.filter((l, i) => l !== langkah[i - 1]);
    const n = Number(/dari (\d+)/.exec(dedup.find((l) => l.includes('Menulis tabel')) ?? '')?.[1]);
    expect(n).toBeGreaterThan(3);
    const teks = dedup.map((l) => l.replace(/^\d+ /, ''));
    expect(teks).toEqual([
      'Mulai…',
      'Menghitung capaian dan NPS, menyusun tabel…',
      ...Array.from({ length: n }, (_, k) => `Menulis tabel ${k + 1} dari ${n}…`),
      'Selesai.',
    ]);
    const persen = dedup.map((l) => Number(l.split(' ')[0]));
    expect(persen).toEqual([...persen].sort((a, b) => a - b));
    expect(persen.at(-1)).toBe(100);
    // a long list shows its first hundred and says how many there are (laying out thousands held the page up)
    const belum = page.locator('.lk-hasil section', { has: page.getByRole('heading', { name: /^Belum ada angka/ }) });
    const semua = Number(/\((\d+)\)/.exec((await belum.locator('h2').textContent()) ?? '')?.[1]);
    expect(semua).toBeGreaterThan(100);
    expect(await belum.locator('li').count()).toBe(100);
    expect(await belum.locator('p.lk-catatan').textContent()).toBe(`Ditampilkan 100 pertama dari ${semua.toLocaleString('id-ID')}.`);
    // a figure for a person, not a limit (see bench/web.mjs)
    console.log(`tugas terlama di utas halaman selama Isi tabel, 2.000 indikator: ${Math.round(terlama)} ms (dicetak, tidak diuji)`);
    expect(galat).toEqual([]);
    await tutup();
  });

  it('lists the notices lapkin isi prints for the same file, in the same words', async () => {
    const wb = new ExcelJS.Workbook();
    const ws = wb.addWorksheet('IKU');
    ws.addRow(['Perspektif', 'Sasaran', 'No', 'Indikator Kinerja', 'Satuan', 'Bobot', 'Target', 'Realisasi']);
    ws.addRow(['Customer Perspective', 'Meningkatnya layanan', 1, 'Indeks kepuasan masyarakat', 'Indeks', 1, 80, 85.2]);
    ws.addRow(['', '', 2, 'Persentase pengaduan', '%', 1, 90, 70]);
    ws.addRow(['', '', 3, 'Baris yang disembunyikan', '%', 1, 90, 95]);
    ws.getRow(4).hidden = true;
    ws.addRow(['', '', 4, 'Nilai kinerja anggaran', 'Nilai', 1, 90, 'abc']);
    const masukan = path.join(tmp, 'catatan.xlsx');
    await wb.xlsx.writeFile(masukan);
    const cli = await lapkin('isi', masukan, '--keluar', path.join(tmp, 'catatan-cli.xlsx'));
    expect(cli.kode).toBe(2);
    const alasanCli = cli.galat
      .split('\n')
      .filter((l) => l.startsWith('Catatan: '))
      .map((l) => l.replace(/^Catatan: .*?lembar "IKU"(, (sel|baris) \w+)?: /, ''));
    expect(alasanCli).toEqual([
      'nama indikator terbaca "makin kecil makin baik" tetapi dihitung polaritas positif: periksa polaritasnya (tambahkan kolom Polaritas)',
      '1 baris tersembunyi (4) dilewati, seperti yang tampak di lembar',
    ]);

    const { page, galat, tutup } = await bukaHalaman();
    await bukaBerkas(page, masukan);
    await isiTabel(page);
    const bagian = page.locator('.lk-hasil section', { has: page.getByRole('heading', { name: 'Pemberitahuan (2)' }) });
    expect(await bagian.locator('.lk-butir').allInnerTexts()).toEqual([
      `Baris 3 · kolom D\n${alasanCli[0]} (“Persentase pengaduan”)`,
      `Lembar\n${alasanCli[1]}`,
    ]);
    // the row left out is a problem, not a notice
    expect(await page.getByRole('heading', { name: 'Masalah di lembar indikator (1)' }).count()).toBe(1);
    expect(galat).toEqual([]);
    await tutup();
  });

  it('previews a row of a two-row header under both header rows, the groups spanning their years', async () => {
    for (const lebar of [1366, 320]) {
      const { page, galat, tutup } = await bukaHalaman(lebar);
      await bukaBerkas(page, DUA_BARIS);
      await isiTabel(page);
      await page.getByRole('button', { name: /^Baris 10 · kolom I/ }).click();
      const grid = page.locator('.wb-pratinjau table');
      await expect.poll(() => grid.locator('tbody tr th').allTextContents(), TUNGGU).toEqual(['8', '9', '10', '11', '12']);
      expect(await grid.locator('thead tr.wb-baris-judul > th:first-child').allTextContents()).toEqual(['4', '5', '6']);
      const judul = (baris: number) => grid.locator('thead tr.wb-baris-judul').nth(baris).locator(':scope > :not(:first-child)');
      expect(await judul(0).allTextContents()).toEqual(['No', 'Sasaran / Indikator Kinerja', 'Satuan', 'Target', 'Realisasi', 'Capaian (%)']);
      expect(await judul(0).evaluateAll((t) => t.map((e) => e.getAttribute('colspan')))).toEqual([null, null, null, '2', '2', '2']);
      expect(await judul(1).allTextContents()).toEqual(['', '', '', '2023', '2024', '2023', '2024', '2023', '2024']);
      expect(await grid.locator('tr.wb-baris-ini td').allTextContents()).toEqual([
        '3',
        'Waktu rata-rata penyelesaian sertifikasi (hari kerja)',
        'hari',
        '12',
        '10',
        '11',
        '8,5',
        '108,33 %',
        '115,00 %',
      ]);
      expect(await grid.locator('td.wb-sel-ini').textContent()).toBe('115,00 %');
      // however narrow the screen, the marked cell is in the grid's visible part (the grid scrolls sideways to it)
      const kotak = await page.evaluate(() => {
        const [g, s] = ['.wb-grid', '.wb-sel-ini'].map((q) => document.querySelector(q)!.getBoundingClientRect());
        return { kiri: s!.left >= g!.left, kanan: s!.right <= g!.right };
      });
      expect(kotak).toEqual({ kiri: true, kanan: true });
      if (lebar < 960) await page.locator('.wb-pratinjau').screenshot({ path: path.join(GAMBAR, 'halaman-dua-baris-320-pratinjau.png') });
      await page.screenshot({
        path: path.join(GAMBAR, lebar === 1366 ? 'halaman-dua-baris.png' : 'halaman-dua-baris-320.png'),
        fullPage: lebar < 960,
      });
      expect(galat).toEqual([]);
      await tutup();
    }
  });

  it('leaves a wide preview unscrolled when the marked cell is already in sight', async () => {
    const { page, galat, tutup } = await bukaHalaman();
    await bukaBerkas(page, path.join(AKAR, 'examples/contoh-lapkin.xlsx'));
    await isiTabel(page);
    await page.getByRole('button', { name: /^Baris 24 · / }).click();
    await expect.poll(() => page.locator('.wb-pratinjau .wb-nama').textContent(), TUNGGU).toBe('Pengukuran Kinerja · sel C24');
    const grid = await page.evaluate(() => {
      const g = document.querySelector<HTMLElement>('.wb-grid')!;
      const s = document.querySelector('.wb-sel-ini')!.getBoundingClientRect();
      return { lebar: g.scrollWidth > g.clientWidth, geser: g.scrollLeft, terlihat: s.right <= g.getBoundingClientRect().right };
    });
    // the table is wider than its box, column C is in sight: column A stays in sight too
    expect(grid).toEqual({ lebar: true, geser: 0, terlihat: true });
    expect(galat).toEqual([]);
    await tutup();
  });
});
