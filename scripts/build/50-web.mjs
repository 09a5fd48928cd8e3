// dist/web/lapkin.html: the offline page for planners without an add-in. ONE file: the page script,
// the worker script (started from a Blob URL of its inlined code), the styles and the icon inline,
// behind a Content-Security-Policy that lets nothing load from anywhere: it works from file://, a
// shared drive or any static host, and never sends a request to another origin.
import { build as esbuild } from 'esbuild';
import { createHash } from 'node:crypto';
import path from 'node:path';
import { mkdir, readFile, rename, writeFile } from 'node:fs/promises';
import { gzipSync } from 'node:zlib';
import { BUNDEL_PERAMBAN } from '../esbuild-peramban.mjs';

const KELUAR = 'dist/web/lapkin.html';
const BATAS = 1.5 * 1024 * 1024;

const JS = { ...BUNDEL_PERAMBAN, write: false, logLevel: 'error' };

const PENGURAI_RUMUS = path.resolve('web/pengurai-rumus.ts');
/** The worker takes fast-formula-parser through web/pengurai-rumus.ts, which requires the package itself on first use. */
const rumusMalas = {
  name: 'rumus-malas',
  setup(b) {
    b.onResolve({ filter: /^fast-formula-parser$/ }, (a) => (a.importer === PENGURAI_RUMUS ? undefined : { path: PENGURAI_RUMUS }));
  },
};

export async function build({ quiet }) {
  const pekerja = (await esbuild({ ...JS, entryPoints: ['web/pekerja.ts'], outfile: 'pekerja.js', plugins: [rumusMalas] })).outputFiles[0].text;
  const kode = JSON.stringify(pekerja);
  // '<!--' and '</script' would end or upset the inline <script>; they can only stand in string,
  // template or regex literals, where \x3C means the same '<'
  const js = sebaris((await bundelHalaman(kode)).outputFiles[0].text);
  const css = await gabungCss(['ui/panel.css', 'web/halaman.css']);
  if (/<\/style/i.test(css)) throw new Error("gaya halaman memuat '</style'");

  const html = halaman(js, css);
  await mkdir('dist/web', { recursive: true });
  await writeFile(`${KELUAR}.tmp`, html);
  await rename(`${KELUAR}.tmp`, KELUAR);
  const mentah = Buffer.byteLength(html);
  if (!quiet) {
    const gzip = gzipSync(html).length;
    console.log(`${KELUAR}: ${mb(mentah)} mentah, ${mb(gzip)} gzip (target ≤ ${mb(BATAS)} mentah${mentah > BATAS ? ': TERLAMPAUI' : ''})`);
  }
}

function bundelHalaman(kode, metafile = false) {
  return esbuild({ ...JS, entryPoints: ['web/halaman.ts'], define: { KODE_PEKERJA: kode }, outfile: 'halaman.js', metafile });
}

/** The source files whose code is in the page's own script (the main thread), the worker's left out. */
export async function modulUtasHalaman() {
  const { metafile } = await bundelHalaman('""', true);
  return Object.values(metafile.outputs).flatMap((o) =>
    Object.entries(o.inputs)
      .filter(([, v]) => v.bytesInOutput > 0)
      .map(([f]) => f),
  );
}

function sebaris(js) {
  return js.replace(/<(!--|\/script)/gi, '\\x3C$1');
}

async function gabungCss(berkas) {
  const teks = (await Promise.all(berkas.map((f) => readFile(f, 'utf8')))).join('\n');
  const hasil = await esbuild({ stdin: { contents: teks, loader: 'css' }, minify: true, write: false, logLevel: 'error' });
  return hasil.outputFiles[0].text;
}

const sha256 = (teks) => `'sha256-${createHash('sha256').update(teks, 'utf8').digest('base64')}'`;

// A blue square with a rising bar chart: the page's icon, inline.
const IKON =
  "data:image/svg+xml,%3Csvg xmlns='http://www.w3.org/2000/svg' viewBox='0 0 32 32'%3E%3Crect width='32' height='32' rx='6' fill='%230f6cbd'/%3E%3Cpath d='M8 24V16M14 24V11M20 24V14M26 24V7' stroke='%23fff' stroke-width='3.5' stroke-linecap='round'/%3E%3C/svg%3E";

function halaman(js, css) {
  const csp = [
    "default-src 'none'",
    `script-src ${sha256(js)}`,
    `style-src ${sha256(css)}`,
    'img-src data:',
    'worker-src blob:',
    "connect-src 'none'",
    "base-uri 'none'",
    "form-action 'none'",
  ].join('; ');
  return `<!DOCTYPE html>
<html lang="id">
<head>
<meta charset="utf-8">
<meta http-equiv="Content-Security-Policy" content="${csp}">
<meta name="referrer" content="no-referrer">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>Lapkin: tabel Laporan Kinerja di peramban</title>
<link rel="icon" href="${IKON}">
<style>${css}</style>
</head>
<body>
<main class="wb-isi">
<div id="lapkin"><p class="lk">Memuat Lapkin… Bila pesan ini tidak hilang, aktifkan JavaScript di peramban Anda.</p></div>
<aside id="lapkin-samping" class="wb-samping" aria-label="Buku kerja, unduhan dan pratinjau"></aside>
</main>
<script>${js}</script>
</body>
</html>
`;
}

function mb(n) {
  return `${(n / 1048576).toFixed(2)} MB`;
}
