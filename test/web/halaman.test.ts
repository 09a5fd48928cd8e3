// The offline page (dist/web/lapkin.html) in Debian's Chromium, opened from file:// with every
// request to another origin refused and recorded (the test fails on any). A planner uploads the
// example workbook as .xlsx, .xls and .ods, fills the tables and audits a planted misprint; the
// downloads are read back with exceljs and compared, every cell's value, number format, fill and
// boldness and every merge, with what `lapkin isi` writes from the same file: the page's worker and
// the command share the file host (xlsx/), so an .xls or .ods becomes the same .xlsx in both.
import { readFileSync, rmSync } from 'node:fs';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { CFB } from '@e965/xlsx';
import type ExcelJS from 'exceljs';
import { strFromU8, unzipSync } from 'fflate';
import { chromium, type Browser, type BrowserContext, type Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { folderSementara, lapkin, sha256 } from '../cli/jalankan';
import { bukaXlsx, isiLembar, selBertanda, teksCatatan } from './bandingkan';
import { OPSI_CHROMIUM } from '../../scripts/chromium.mjs';

const AKAR = path.resolve(__dirname, '../..');
const HALAMAN = pathToFileURL(path.join(AKAR, 'dist/web/lapkin.html')).href;
const CONTOH = path.join(AKAR, 'examples/contoh-lapkin.xlsx');
const FIXTURE = path.join(AKAR, 'test/fixtures/web');
/** Planted by scripts/buat-fixture-web.mjs in the .xls/.ods fixtures, and below in the .xlsx. */
const SALAH = { lembar: 'Pencapaian IKU', sel: 'J4', nilai: 104.42 };
const LEMBAR_MASUKAN = ['Petunjuk', 'Pengukuran Kinerja'];
/** The worker reads and writes at the pace of a shared machine. */
const TUNGGU = { timeout: 60_000 };
const statusLembar = (page: Page) => page.locator('section.lk-bagian:not(.lk-berkas) > p.lk-status');

let browser: Browser;
let tmp: string;
let cliTerisi: string;
/** The table sheets `lapkin isi` adds to the example. */
let TABEL: string[] = [];
let salahXlsx: string;
let shaContoh: string;

beforeAll(async () => {
  tmp = folderSementara();
  shaContoh = sha256(CONTOH);
  cliTerisi = path.join(tmp, 'cli.xlsx');
  const r = await lapkin('isi', CONTOH, '--keluar', cliTerisi);
  expect(r.kode, r.galat).toBe(0);
  const wb = await bukaXlsx(cliTerisi);
  TABEL = wb.worksheets.map((w) => w.name).filter((n) => !LEMBAR_MASUKAN.includes(n));
  wb.getWorksheet(SALAH.lembar)!.getCell(SALAH.sel).value = SALAH.nilai;
  salahXlsx = path.join(tmp, 'salah-j4.xlsx');
  await wb.xlsx.writeFile(salahXlsx);
  browser = await chromium.launch(OPSI_CHROMIUM);
});

afterAll(async () => {
  await browser?.close();
  if (tmp) rmSync(tmp, { recursive: true, force: true });
});

interface Halaman {
  page: Page;
  konteks: BrowserContext;
  /** Requests that went anywhere but the file itself and the page's own blob: and data: URLs. */
  luar: string[];
  galat: string[];
}

async function bukaHalaman(): Promise<Halaman> {
  const konteks = await browser.newContext({ viewport: { width: 1366, height: 768 }, acceptDownloads: true });
  const luar: string[] = [];
  const galat: string[] = [];
  await konteks.route('**/*', (route) => {
    const url = route.request().url();
    if (/^(file|blob|data):/.test(url)) return route.continue();
    luar.push(url);
    return route.abort();
  });
  const page = await konteks.newPage();
  page.on('request', (r) => {
    if (!/^(file|blob|data):/.test(r.url())) luar.push(r.url());
  });
  page.on('pageerror', (e) => galat.push(e.message));
  page.on('dialog', (d) => {
    galat.push(`dialog: ${d.message()}`);
    void d.dismiss();
  });
  await page.goto(HALAMAN);
  return { page, konteks, luar, galat };
}

async function unggah(page: Page, berkas: string): Promise<void> {
  await page.locator('#lk-berkas').setInputFiles(berkas);
  await expect.poll(() => page.locator('.lk-berkas .lk-status').textContent(), TUNGGU).toBe(`Terbuka: ${path.basename(berkas)}`);
}

async function unduhSaat(page: Page, klik: () => Promise<void>, nama: string): Promise<string> {
  const [unduhan] = await Promise.all([page.waitForEvent('download', { timeout: 60_000 }), klik()]);
  expect(unduhan.suggestedFilename()).toBe(nama);
  const tujuan = path.join(tmp, `${Date.now()}-${nama}`);
  await unduhan.saveAs(tujuan);
  return tujuan;
}

/** The page's filled workbook against `lapkin isi` on the same file: every sheet cell by cell, looks and merges. */
async function bandingkanDenganCli(berkas: string, masukan: string): Promise<void> {
  const cliKeluar = path.join(tmp, `cli-${path.basename(masukan)}.xlsx`);
  const r = await lapkin('isi', masukan, '--keluar', cliKeluar, '--timpa');
  expect(r.kode, r.galat).toBe(0);
  const [web, cli] = await Promise.all([bukaXlsx(berkas), bukaXlsx(cliKeluar)]);
  expect(web.worksheets.map((w) => w.name)).toEqual(cli.worksheets.map((w) => w.name));
  expect(web.worksheets.map((w) => w.name)).toEqual([...LEMBAR_MASUKAN, ...TABEL]);
  for (const ws of cli.worksheets) {
    const a = isiLembar(web.getWorksheet(ws.name)!, true);
    const b = isiLembar(ws, true);
    expect(Object.keys(b.sel).length, `lembar ${ws.name}`).toBeGreaterThan(0);
    expect(a.sel, `lembar ${ws.name}`).toEqual(b.sel);
    expect(a.gabung, `gabungan ${ws.name}`).toEqual(b.gabung);
  }
}

async function periksaSalah(page: Page, berkas: string, unduhan: string): Promise<void> {
  await unggah(page, berkas);
  await page.locator('#lk-lembar').selectOption(SALAH.lembar);
  await expect.poll(() => statusLembar(page).textContent(), TUNGGU).toMatch(/^Header di baris 2/);
  const marked = await unduhSaat(page, () => page.getByRole('button', { name: 'Periksa' }).click(), unduhan);
  await page.getByRole('heading', { name: `Periksa: ${SALAH.lembar}` }).waitFor(TUNGGU);
  expect(await page.locator('.lk-hasil .lk-angka').textContent()).toBe('1 sel tidak sesuai');
  const butir = page.locator('.lk-daftar .lk-butir');
  expect(await butir.allTextContents()).toEqual([
    'J4 · baris 4Tercetak 104,42, seharusnya 102,42. Capaian = realisasi / target × 100 = 102,42 (angka masukan tercetak dibulatkan, jadi setiap nilai antara 102,4185 dan 102,4293 diterima)',
  ]);
  expect(await page.locator('.lk-hasil .lk-catatan').first().textContent()).toBe(
    `Salinan bertanda diunduh sebagai ${unduhan}: sel yang tidak sesuai diberi warna dan komentar, nilainya tidak diubah.`,
  );
  // exactly the planted cell is marked, with a note; its value is unchanged
  const wb = await bukaXlsx(marked);
  expect(selBertanda(wb)).toEqual([`${SALAH.lembar}!${SALAH.sel}`]);
  const sel = wb.getWorksheet(SALAH.lembar)!.getCell(SALAH.sel);
  expect(sel.value).toBe(SALAH.nilai);
  expect(teksCatatan(sel)).toBe(
    'Lapkin: seharusnya 102,42. Capaian = realisasi / target × 100 = 102,42 (angka masukan tercetak dibulatkan, jadi setiap nilai antara 102,4185 dan 102,4293 diterima)',
  );
  // clicking the finding shows its row in the page
  await butir.first().click();
  const ini = page.locator('.wb-pratinjau td.wb-sel-ini');
  await expect.poll(() => ini.textContent(), TUNGGU).toBe('104,42');
  expect(await page.locator('.wb-pratinjau .wb-nama').textContent()).toBe(`${SALAH.lembar} · sel ${SALAH.sel}`);
  expect(await page.locator('.wb-pratinjau tr.wb-baris-ini th').textContent()).toBe('4');
}

describe('the offline page in Chromium, from file://', { timeout: 240_000 }, () => {
  it('fills the tables of an .xlsx exactly as lapkin isi does, and marks exactly a planted misprint', async () => {
    const { page, konteks, luar, galat } = await bukaHalaman();
    await expect
      .poll(() => statusLembar(page).textContent(), TUNGGU)
      .toBe('Pilih atau jatuhkan buku kerja untuk mulai. Buat templat dapat dipakai tanpa berkas.');
    expect(await page.getByRole('button', { name: 'Isi tabel' }).isDisabled()).toBe(true);
    expect(await page.getByRole('button', { name: 'Periksa' }).isDisabled()).toBe(true);

    await unggah(page, CONTOH);
    await expect.poll(() => statusLembar(page).textContent(), TUNGGU).toBe('Header di baris 5: 22 indikator, 10 sasaran, 4 perspektif.');
    expect(await page.locator('#lk-lembar').inputValue()).toBe('Pengukuran Kinerja');
    const terisi = await unduhSaat(page, () => page.getByRole('button', { name: 'Isi tabel' }).click(), 'contoh-lapkin-lapkin.xlsx');
    await page.getByRole('heading', { name: /^Tabel ditulis/ }).waitFor(TUNGGU);
    await bandingkanDenganCli(terisi, CONTOH);
    // the input file itself is untouched
    expect(sha256(CONTOH)).toBe(shaContoh);

    await periksaSalah(page, salahXlsx, 'salah-j4-diperiksa.xlsx');
    expect(luar).toEqual([]);
    expect(galat).toEqual([]);
    await konteks.close();
  });

  it('evaluates a formula saved without a cached result as lapkin isi does (the formula library runs in the worker on first use)', async () => {
    const wb = await bukaXlsx(CONTOH);
    // the second indicator's realisasi (78,6), as a script would save it: a formula and no result
    const sel = wb.getWorksheet('Pengukuran Kinerja')!.getCell('M9');
    expect(sel.value).toBe(78.6);
    sel.value = { formula: 'ROUND(157.2/2,2)' } as ExcelJS.CellFormulaValue;
    const masukan = path.join(tmp, 'rumus-tanpa-hasil.xlsx');
    await wb.xlsx.writeFile(masukan);
    const xml = strFromU8(unzipSync(new Uint8Array(readFileSync(masukan)))['xl/worksheets/sheet2.xml']!);
    expect(/<c r="M9"[^>]*><f>ROUND\(157\.2\/2,2\)<\/f><\/c>/.test(xml)).toBe(true);

    const { page, konteks, luar, galat } = await bukaHalaman();
    await unggah(page, masukan);
    await expect.poll(() => statusLembar(page).textContent(), TUNGGU).toBe('Header di baris 5: 22 indikator, 10 sasaran, 4 perspektif.');
    const terisi = await unduhSaat(page, () => page.getByRole('button', { name: 'Isi tabel' }).click(), 'rumus-tanpa-hasil-lapkin.xlsx');
    await page.getByRole('heading', { name: /^Tabel ditulis/ }).waitFor(TUNGGU);
    await bandingkanDenganCli(terisi, masukan);
    // the formula's value was scored: 78,6 against a target of 80
    const baris = (await bukaXlsx(terisi)).getWorksheet('Pencapaian IKU')!.getRow(5);
    expect([4, 8, 9, 10].map((k) => baris.getCell(k).value)).toEqual(['Persentase obat tradisional yang memenuhi syarat', 80, 78.6, 98.25]);
    expect(luar).toEqual([]);
    expect(galat).toEqual([]);
    await konteks.close();
  });

  for (const jenis of ['xls', 'ods'] as const) {
    it(`reads an .${jenis} copy, writes a new .xlsx with its values and the same tables, and marks the misprint`, async () => {
      const { page, konteks, luar, galat } = await bukaHalaman();
      await unggah(page, path.join(FIXTURE, `contoh-lapkin.${jenis}`));
      expect(await page.locator('.wb-catatan').textContent()).toContain('Hasil selalu ditulis sebagai .xlsx baru');
      await expect.poll(() => statusLembar(page).textContent(), TUNGGU).toBe('Header di baris 5: 22 indikator, 10 sasaran, 4 perspektif.');
      const terisi = await unduhSaat(page, () => page.getByRole('button', { name: 'Isi tabel' }).click(), 'contoh-lapkin-lapkin.xlsx');
      await page.getByRole('heading', { name: /^Tabel ditulis/ }).waitFor(TUNGGU);
      // the filled workbook is the open one now
      await expect.poll(() => page.locator('.lk-berkas .lk-status').textContent(), TUNGGU).toBe('Terbuka: contoh-lapkin-lapkin.xlsx');
      await bandingkanDenganCli(terisi, path.join(FIXTURE, `contoh-lapkin.${jenis}`));
      await periksaSalah(page, path.join(FIXTURE, `salah-j4.${jenis}`), 'salah-j4-diperiksa.xlsx');
      expect(luar).toEqual([]);
      expect(galat).toEqual([]);
      await konteks.close();
    });
  }

  it('downloads the Word chapter lapkin laporan writes for the same workbook, its charts drawn by the browser', async () => {
    const { page, konteks, luar, galat } = await bukaHalaman();
    const tombol = page.getByRole('button', { name: 'Unduh laporan (.docx)' });
    // without a workbook there is nothing to report
    expect(await tombol.isDisabled()).toBe(true);
    await unggah(page, CONTOH);
    await expect.poll(() => statusLembar(page).textContent(), TUNGGU).toBe('Header di baris 5: 22 indikator, 10 sasaran, 4 perspektif.');
    await page.locator('#lk-skema').selectOption('BPOM-2019');
    const web = await unduhSaat(page, () => tombol.click(), 'contoh-lapkin-laporan.docx');
    await page.getByRole('heading', { name: 'Laporan diunduh' }).waitFor(TUNGGU);
    expect(await page.locator('.lk-hasil p').textContent()).toBe('Bab Akuntabilitas Kinerja diunduh sebagai contoh-lapkin-laporan.docx.');

    const cli = path.join(tmp, 'cli-laporan.docx');
    const r = await lapkin('laporan', CONTOH, '--skema', 'BPOM-2019', '--keluar', cli);
    expect(r.kode, r.galat).toBe(0);
    const [a, b] = [web, cli].map((f) => unzipSync(new Uint8Array(readFileSync(f))));
    // the same document, word for word and mark for mark: text, tables, styles and the images' places
    expect(strFromU8(a!['word/document.xml']!)).toBe(strFromU8(b!['word/document.xml']!));
    expect(strFromU8(a!['word/styles.xml']!)).toBe(strFromU8(b!['word/styles.xml']!));
    // the four charts, drawn by the page's canvas as PNG images of the same size
    const gambar = (z: Record<string, Uint8Array>) =>
      Object.keys(z)
        .filter((n) => n.startsWith('word/media/'))
        .sort();
    expect(gambar(a!)).toEqual(gambar(b!));
    expect(gambar(a!)).toHaveLength(4);
    for (const n of gambar(a!)) {
      expect([...a![n]!.subarray(1, 4)].map((c) => String.fromCharCode(c)).join(''), n).toBe('PNG');
      // width and height from the IHDR chunk: 1200 x 600
      const v = new DataView(a![n]!.buffer, a![n]!.byteOffset);
      expect([v.getUint32(16), v.getUint32(20)], n).toEqual([1200, 600]);
    }
    expect(luar).toEqual([]);
    expect(galat).toEqual([]);
    await konteks.close();
  });

  it('says in one Indonesian line when a file is locked with a password, damaged or no workbook', async () => {
    const { page, konteks, luar } = await bukaHalaman();
    // an OLE container with the streams of an encrypted OOXML package
    const kunci = CFB.utils.cfb_new();
    CFB.utils.cfb_add(kunci, 'EncryptionInfo', new Uint8Array([4, 0, 4, 0, 0x40, 0, 0, 0]));
    CFB.utils.cfb_add(kunci, 'EncryptedPackage', new Uint8Array(64));
    const berkas: [string, Buffer, string][] = [
      [
        'rahasia.xlsx',
        Buffer.from(CFB.write(kunci, { type: 'array' }) as ArrayBuffer),
        'rahasia.xlsx dilindungi kata sandi: buka di Excel atau LibreOffice, hapus kata sandinya, simpan, lalu coba lagi.',
      ],
      [
        'rusak.xlsx',
        Buffer.concat([Buffer.from('PK\x03\x04'), Buffer.alloc(200, 7)]),
        'rusak.xlsx tidak dapat dibaca: berkasnya rusak atau bukan buku kerja .xlsx, .xls atau .ods.',
      ],
      ['catatan.txt', Buffer.from('bukan buku kerja'), 'catatan.txt bukan buku kerja .xlsx, .xls atau .ods.'],
    ];
    for (const [nama, data, pesan] of berkas) {
      await page.locator('#lk-berkas').setInputFiles({ name: nama, mimeType: 'application/octet-stream', buffer: data });
      await expect.poll(() => page.locator('.lk-pesan').textContent(), TUNGGU).toBe(pesan);
      expect(await page.locator('.lk-pesan').isVisible()).toBe(true);
    }
    expect(luar).toEqual([]);
    await konteks.close();
  });

  it('downloads the template without any workbook open', async () => {
    const { page, konteks, luar } = await bukaHalaman();
    const templat = await unduhSaat(page, () => page.getByRole('button', { name: 'Buat templat' }).click(), 'templat-lapkin.xlsx');
    await page.getByRole('heading', { name: 'Templat dibuat' }).waitFor();
    const wb = await bukaXlsx(templat);
    expect(wb.worksheets.map((w) => w.name)).toEqual(['Petunjuk', 'Indikator']);
    // the template is the one lapkin templat writes
    const cli = path.join(tmp, 'templat-cli.xlsx');
    expect((await lapkin('templat', cli)).kode).toBe(0);
    expect(isiLembar(wb.getWorksheet('Indikator')!, true)).toEqual(isiLembar((await bukaXlsx(cli)).getWorksheet('Indikator')!, true));
    expect(luar).toEqual([]);
    await konteks.close();
  });
});
