// Regenerates the .xls and .ods fixtures of the web page's tests (test/fixtures/web/) with
// LibreOffice headless: the example workbook, and lapkin's filled example with one misprint planted
// (Pencapaian IKU!J4, capaian 102,42 printed as 104,42). Run after examples/ or the tables change.
import { execFileSync } from 'node:child_process';
import { copyFileSync, mkdirSync, mkdtempSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import ExcelJS from 'exceljs';

export const SEL_SALAH = { lembar: 'Pencapaian IKU', sel: 'J4', nilai: 104.42 };
const KELUAR = 'test/fixtures/web';

const tmp = mkdtempSync(path.join(os.tmpdir(), 'lapkin-fixture-'));
try {
  execFileSync(process.execPath, ['bin/lapkin.mjs', 'isi', 'examples/contoh-lapkin.xlsx', '--keluar', `${tmp}/terisi.xlsx`], {
    stdio: 'ignore',
  });
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.readFile(`${tmp}/terisi.xlsx`);
  wb.getWorksheet(SEL_SALAH.lembar).getCell(SEL_SALAH.sel).value = SEL_SALAH.nilai;
  await wb.xlsx.writeFile(`${tmp}/salah-j4.xlsx`);
  copyFileSync('examples/contoh-lapkin.xlsx', `${tmp}/contoh-lapkin.xlsx`);
  const profil = pathToFileURL(path.join(tmp, 'profil')).href;
  for (const jenis of ['xls', 'ods']) {
    execFileSync(
      'soffice',
      [
        `-env:UserInstallation=${profil}`,
        '--headless',
        '--convert-to',
        jenis,
        '--outdir',
        tmp,
        `${tmp}/contoh-lapkin.xlsx`,
        `${tmp}/salah-j4.xlsx`,
      ],
      { stdio: 'ignore' },
    );
  }
  mkdirSync(KELUAR, { recursive: true });
  for (const f of ['contoh-lapkin.xls', 'contoh-lapkin.ods', 'salah-j4.xls', 'salah-j4.ods']) copyFileSync(`${tmp}/${f}`, `${KELUAR}/${f}`);
  console.log(`${KELUAR}: contoh-lapkin.xls/.ods, salah-j4.xls/.ods`);
} finally {
  rmSync(tmp, { recursive: true, force: true });
}
