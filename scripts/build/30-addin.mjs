// dist/addin: the Excel add-in as Office loads it. functions.js (the LAPKIN.* functions),
// functions.json (their metadata: core/fungsi's METADATA written as JSDoc declarations into
// dist/gen/functions.ts, which custom-functions-metadata reads), taskpane.html
// with taskpane.js and taskpane.css (the panel; it also registers the functions, since the shared
// runtime loads this page), a help page, the icons, and manifest.xml with its URLs pointing at
// LAPKIN_URL (default https://localhost:3000, the development server of `npm start`).
import { build as esbuild } from 'esbuild';
import { generateCustomFunctionsMetadata } from 'custom-functions-metadata';
import { copyFile, mkdir, readdir, readFile, rename, rm, writeFile } from 'node:fs/promises';
import { gzipSync } from 'node:zlib';
import { BUNDEL_PERAMBAN } from '../esbuild-peramban.mjs';
import { deklarasiExcel, muatMetadata } from '../metadata-fungsi.mjs';

/** Generated, not kept by hand: the declarations the metadata generator reads. */
const DEKLARASI = 'dist/gen/functions.ts';

const URL_DEV = 'https://localhost:3000';

/** keluar: the output folder (tests build a deployment copy elsewhere). */
export async function build({ quiet, keluar = 'dist/addin' }) {
  const dasar = urlDasar(process.env.LAPKIN_URL);
  // built beside and swapped in whole, so a half-built add-in never sits in dist/addin
  const tmp = `${keluar}.tmp-${process.pid}`;
  await rm(tmp, { recursive: true, force: true });
  await mkdir(`${tmp}/assets`, { recursive: true });
  try {
    // written under a name of this build's own, then moved into place: builds may run side by side
    await mkdir('dist/gen', { recursive: true });
    const deklarasi = DEKLARASI.replace(/\.ts$/, `.${process.pid}.ts`);
    await writeFile(deklarasi, deklarasiExcel(await muatMetadata()));
    let metadata;
    try {
      metadata = await metadataFungsi(deklarasi);
    } finally {
      await rename(deklarasi, DEKLARASI);
    }
    await writeFile(`${tmp}/functions.json`, `${JSON.stringify(metadata, null, 2)}\n`);

    const js = { ...BUNDEL_PERAMBAN, logLevel: quiet ? 'error' : 'warning' };
    await esbuild({ ...js, entryPoints: ['addin/functions.ts'], outfile: `${tmp}/functions.js` });
    await esbuild({ ...js, entryPoints: ['addin/taskpane.ts'], outfile: `${tmp}/taskpane.js` });
    await esbuild({ entryPoints: ['ui/panel.css'], outfile: `${tmp}/taskpane.css`, bundle: true, minify: true, logLevel: js.logLevel });
    await copyFile('addin/taskpane.html', `${tmp}/taskpane.html`);
    await writeFile(`${tmp}/bantuan.html`, halamanBantuan(metadata));
    for (const f of await readdir('addin/assets')) await copyFile(`addin/assets/${f}`, `${tmp}/assets/${f}`);
    const manifest = await readFile('manifest.xml', 'utf8');
    await writeFile(`${tmp}/manifest.xml`, manifest.split(URL_DEV).join(dasar));

    await rm(keluar, { recursive: true, force: true });
    await rename(tmp, keluar);
  } finally {
    await rm(tmp, { recursive: true, force: true });
  }

  if (!quiet) {
    for (const f of ['functions.js', 'taskpane.js', 'taskpane.css']) {
      const isi = await readFile(`${keluar}/${f}`);
      console.log(`${keluar}/${f}: ${kb(isi.length)} minified, ${kb(gzipSync(isi).length)} gzip`);
    }
    if (dasar !== URL_DEV) console.log(`manifest.xml menunjuk ke ${dasar}`);
  }
}

/** LAPKIN_URL for deployment: an https address without a trailing slash. */
function urlDasar(env) {
  if (env === undefined || env === '') return URL_DEV;
  const url = env.trim().replace(/\/+$/, '');
  if (!/^https:\/\/[^\s"'<>&]+$/.test(url)) {
    throw new Error(`LAPKIN_URL "${env}" tidak sah: Office hanya memuat add-in dari alamat https://, misalnya https://contoh.go.id/lapkin.`);
  }
  return url;
}

/** The generator's CLI exits 0 on errors, so its errors are checked here. */
async function metadataFungsi(berkas) {
  const hasil = await generateCustomFunctionsMetadata(berkas);
  if (hasil.errors.length > 0) {
    throw new Error(`metadata fungsi ${berkas} bermasalah:\n${hasil.errors.join('\n')}`);
  }
  return JSON.parse(hasil.metadataJson);
}

const escape = (s) => String(s).replace(/[&<>"]/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;' })[c]);

/** The add-in's help page (SupportUrl, LearnMoreUrl), listing the functions from their metadata. */
function halamanBantuan(metadata) {
  const fungsi = metadata.functions
    .map((f) => {
      const argumen = f.parameters.map((p) => (p.optional ? `[${p.name}]` : p.name)).join('; ');
      const param = f.parameters.map((p) => `<li><code>${escape(p.name)}</code>: ${escape(p.description)}</li>`).join('');
      return `<section><h2><code>=LAPKIN.${escape(f.name)}(${escape(argumen)})</code></h2><p>${escape(f.description)}</p><ul>${param}</ul></section>`;
    })
    .join('\n');
  return `<!doctype html>
<html lang="id"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1">
<title>Bantuan Lapkin</title>
<style>body{font:14px/1.5 "Segoe UI",system-ui,sans-serif;color:#242424;max-width:48rem;margin:2rem auto;padding:0 1rem}h1{font-size:24px;font-weight:600}h2{font-size:16px;margin-top:24px}code{font-family:Consolas,monospace;background:#f5f5f5;padding:0 4px;border-radius:2px}</style>
</head><body>
<h1>Lapkin untuk Excel</h1>
<p>Buka tab <b>Beranda</b> lalu klik <b>Lapkin</b> untuk membuka panel: panel mendeteksi tabel indikator, mengisi tabel standar Laporan Kinerja ke lembar baru, dan memeriksa tabel yang sudah terisi. Fungsi di bawah ini menerima satu sel atau satu rentang dan mengembalikan hasil seukuran rentang itu.</p>
${fungsi}
</body></html>
`;
}

function kb(n) {
  return `${(n / 1024).toFixed(1)} kB`;
}
