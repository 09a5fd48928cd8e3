// `npm run bench:web`: the offline page in Chromium filling a generated 2,000- and 20,000-indicator
// workbook (reading, detection, scoring, writing), next to `lapkin isi` on the same file in Node (a
// fresh process, as users run it). They take turns, median of 3 each. Target: page ≤ 2× the command.
// The page's time is what a planner waits for, taken by the page's own clock: from the file reaching
// the page (its change event) until Isi tabel can be clicked, plus from the click until the page hands
// the filled workbook to the browser as a download. The driver's own latency (the protocol round
// trips of setInputFiles, polling for the button, the click's actionability checks, the download
// event's trip back) is no part of it; that outer figure is printed beside it. Also printed: the
// page's size (target ≤ 1.5 MB raw) and the longest task on the page's main thread during the run
// (what a planner would feel as a freeze; the worker does the reading, scoring and writing).
/* global window, document, PerformanceObserver, MutationObserver, HTMLAnchorElement -- the functions run inside the page */
import { spawnSync } from 'node:child_process';
import { mkdtemp, readFile, rm, stat } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { gzipSync } from 'node:zlib';
import { performance } from 'node:perf_hooks';
import { pathToFileURL } from 'node:url';
import { chromium } from 'playwright-core';
import { buatBukuContoh } from '../scripts/buat-contoh.mjs';
import { OPSI_CHROMIUM } from '../scripts/chromium.mjs';

const JUMLAH = [2000, 20000];
const ULANG = 3;
const TARGET = 2;
const HALAMAN = pathToFileURL(path.resolve('dist/web/lapkin.html')).href;

const BATAS_HALAMAN = 1.5 * 1024 * 1024;
const halaman = await readFile('dist/web/lapkin.html');
const mb = (n) => `${(n / 1048576).toFixed(2).replace('.', ',')} MB`;
console.log(
  `dist/web/lapkin.html: ${mb(halaman.length)} mentah, ${mb(gzipSync(halaman).length)} gzip ` +
    `(target ≤ ${mb(BATAS_HALAMAN)} mentah: ${halaman.length <= BATAS_HALAMAN ? 'TERPENUHI' : 'BELUM'})`,
);

const kerja = await mkdtemp(path.join(os.tmpdir(), 'lapkin-bench-web-'));
const browser = await chromium.launch(OPSI_CHROMIUM);

function waktuCli(masukan) {
  const mulai = performance.now();
  const r = spawnSync(process.execPath, ['bin/lapkin.mjs', 'isi', masukan, '--keluar', path.join(kerja, 'cli.xlsx'), '--timpa'], {
    encoding: 'utf8',
  });
  if (r.status !== 0) throw new Error(`lapkin isi gagal (${r.status}): ${r.stderr}`);
  return performance.now() - mulai;
}

/** The planner's wait in the page (ms, the page's clock), the same measured from the driver, and the longest main-thread task. */
async function waktuHalaman(masukan) {
  const konteks = await browser.newContext({ viewport: { width: 1366, height: 768 }, acceptDownloads: true });
  const page = await konteks.newPage();
  await page.goto(HALAMAN);
  await page.evaluate(() => {
    const w = (window.__waktu = { tugasTerlama: 0 });
    new PerformanceObserver((l) => {
      for (const e of l.getEntries()) w.tugasTerlama = Math.max(w.tugasTerlama, e.duration);
    }).observe({ type: 'longtask', buffered: false });
    const tombolIsi = () => [...document.querySelectorAll('button')].find((x) => x.textContent === 'Isi tabel');
    // the file arrives; Isi tabel comes on (the observer runs right after the task that enabled it)
    document.addEventListener('change', (e) => e.target.id === 'lk-berkas' && (w.masuk = e.timeStamp), true);
    new MutationObserver(() => {
      const b = tombolIsi();
      if (w.masuk !== undefined && w.siap === undefined && b && !b.disabled) w.siap = performance.now();
    }).observe(document.body, { subtree: true, attributes: true, attributeFilter: ['disabled'] });
    // the planner clicks; the page clicks its download link
    document.addEventListener(
      'click',
      (e) => {
        if (e.target === tombolIsi()) w.klik = e.timeStamp;
        else if (e.target instanceof HTMLAnchorElement && e.target.download && w.klik !== undefined) w.unduh ??= performance.now();
      },
      true,
    );
  });
  const isi = page.getByRole('button', { name: 'Isi tabel' });
  const mulai = performance.now();
  await page.locator('#lk-berkas').setInputFiles(masukan);
  await page.waitForFunction(() => window.__waktu.siap !== undefined, null, { timeout: 600_000, polling: 50 });
  const [unduhan] = await Promise.all([page.waitForEvent('download', { timeout: 600_000 }), isi.click()]);
  const luar = performance.now() - mulai;
  await unduhan.saveAs(path.join(kerja, 'web.xlsx'));
  const w = await page.evaluate(() => window.__waktu);
  await konteks.close();
  return { ms: w.siap - w.masuk + (w.unduh - w.klik), luar, terlama: w.tugasTerlama };
}

const median = (xs) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];
const detik = (ms) => (ms / 1000).toFixed(2).replace('.', ',');
try {
  for (const n of JUMLAH) {
    const masukan = path.join(kerja, `indikator-${n}.xlsx`);
    await buatBukuContoh({ jumlahIndikator: n }).xlsx.writeFile(masukan);
    const cli = [];
    const web = [];
    const luar = [];
    const terlama = [];
    for (let i = 0; i < ULANG; i++) {
      cli.push(waktuCli(masukan));
      const h = await waktuHalaman(masukan);
      web.push(h.ms);
      luar.push(h.luar);
      terlama.push(h.terlama);
    }
    const [tCli, tWeb] = [median(cli), median(web)];
    const rasio = tWeb / tCli;
    const kib = async (f) => `${Math.round((await stat(f)).size / 1024)} KiB`;
    console.log(
      `${n.toLocaleString('id-ID')} indikator (masukan ${await kib(masukan)}, unduhan ${await kib(path.join(kerja, 'web.xlsx'))}), median ${ULANG} kali:`,
    );
    console.log(`  lapkin isi (Node):                         ${detik(tCli)} s`);
    console.log(`  halaman (berkas masuk sampai unduhan):     ${detik(tWeb)} s  (tanpa menunggu klik Isi tabel)`);
    console.log(`  halaman diukur dari pengendali (luar):     ${detik(median(luar))} s  (dengan latensi playwright)`);
    console.log(`  rasio: ${rasio.toFixed(2).replace('.', ',')}× (target ≤ ${TARGET}×) ${rasio <= TARGET ? 'TERPENUHI' : 'BELUM'}`);
    console.log(`  rasio dari pengendali (luar, dengan latensi playwright): ${(median(luar) / tCli).toFixed(2).replace('.', ',')}×`);
    console.log(`  tugas terlama di utas halaman: ${Math.round(median(terlama))} ms (median)`);
  }
} finally {
  await browser.close();
  await rm(kerja, { recursive: true, force: true });
}
