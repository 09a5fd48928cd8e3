// Renders the tables of a filled workbook to PNG, one image per printed page, to look at them as a
// planner would print them: LibreOffice (headless, Indonesian locale, so '0.00' shows a decimal
// comma as Excel does for an Indonesian user) → PDF → pdftoppm.
// Usage: node scripts/render.mjs [filled.xlsx] [folder]   (default: the demo output → dist/render)
import ExcelJS from 'exceljs';
import { execFileSync } from 'node:child_process';
import { strFromU8, strToU8, unzipSync, zipSync } from 'fflate';
import { mkdir, mkdtemp, readFile, readdir, rm, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';

const masukan = process.argv[2] ?? 'dist/contoh-lapkin-lapkin.xlsx';
const folder = process.argv[3] ?? 'dist/render';

// only the sheets lapkin added (the input's own sheets have no print setup of ours): the others are
// hidden in a copy of the package, never re-saved through exceljs, which would drop the charts
const wb = new ExcelJS.Workbook();
await wb.xlsx.readFile(masukan);
const tabel = wb.worksheets.filter((ws) => ws.pageSetup.fitToPage && ws.pageSetup.orientation === 'landscape');
const paket = unzipSync(await readFile(masukan));
const namaTabel = new Set(tabel.map((ws) => ws.name));
paket['xl/workbook.xml'] = strToU8(
  strFromU8(paket['xl/workbook.xml']).replace(/<sheet ([^>]*?)name="([^"]*)"([^>]*?)\/>/g, (s, a, nama, b) => {
    if (namaTabel.has(nama.replace(/&amp;/g, '&')) || /state="veryHidden"/.test(s)) return s;
    return `<sheet ${`${a}name="${nama}"${b}`.replace(/\s*state="[^"]*"/, '')} state="hidden"/>`;
  }),
);

const kerja = await mkdtemp(path.join(os.tmpdir(), 'lapkin-render-'));
try {
  const xlsx = path.join(kerja, 'tabel.xlsx');
  await writeFile(xlsx, zipSync(paket));
  const env = { ...process.env, LANG: 'id_ID.UTF-8', LC_ALL: 'id_ID.UTF-8' };
  execFileSync(
    'libreoffice',
    [`-env:UserInstallation=file://${path.join(kerja, 'profil')}`, '--headless', '--convert-to', 'pdf', '--outdir', kerja, xlsx],
    { env, stdio: 'ignore' },
  );
  await mkdir(folder, { recursive: true });
  for (const f of await readdir(folder)) if (f.endsWith('.png')) await rm(path.join(folder, f));
  execFileSync('pdftoppm', ['-png', '-r', process.env.RESOLUSI ?? '60', path.join(kerja, 'tabel.pdf'), path.join(folder, 'hal')]);
  const hasil = (await readdir(folder)).filter((f) => f.endsWith('.png'));
  console.log(`${hasil.length} halaman (${tabel.map((ws) => ws.name).join(', ')}) → ${folder}/`);
} finally {
  await rm(kerja, { recursive: true, force: true });
}
