// A planner's workbook with a pivot table (made by LibreOffice from a flat ODS, as the xlsx library
// cannot make one): isiBuku keeps the pivot table, its cache and records byte for byte and the
// workbook's link to the cache, and LibreOffice still finds the pivot table in lapkin's output.
import { strFromU8, unzipSync } from 'fflate';
import { execFileSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { bacaRentang } from '../../core/index';
import { opsiBawaan, skorModel } from '../../core/skor';
import { bangunTabel } from '../../core/tabel/index';
import { bukaBuku, isiBuku } from '../../xlsx/index';

const sel = (v: string | number) =>
  typeof v === 'number'
    ? `<table:table-cell office:value-type="float" office:value="${v}"/>`
    : `<table:table-cell office:value-type="string"><text:p>${v}</text:p></table:table-cell>`;
const baris = (...isi: (string | number)[]) => `<table:table-row>${isi.map(sel).join('')}</table:table-row>`;

const FODS = `<?xml version="1.0" encoding="UTF-8"?>
<office:document xmlns:office="urn:oasis:names:tc:opendocument:xmlns:office:1.0" xmlns:table="urn:oasis:names:tc:opendocument:xmlns:table:1.0"
 xmlns:text="urn:oasis:names:tc:opendocument:xmlns:text:1.0" office:version="1.3" office:mimetype="application/vnd.oasis.opendocument.spreadsheet">
<office:body><office:spreadsheet>
<table:table table:name="Pengukuran Kinerja">${baris('Sasaran', 'Indikator', 'Target', 'Realisasi')}${baris('S1', 'Indikator a', 100, 90)}${baris('S1', 'Indikator b', 80, 88)}${baris('S2', 'Indikator c', 50, 55)}</table:table>
<table:table table:name="Pivot"><table:table-row><table:table-cell/></table:table-row></table:table>
<table:data-pilot-tables><table:data-pilot-table table:name="Ringkasan" table:target-range-address="Pivot.A1:B4" table:buttons="Pivot.A1">
<table:source-cell-range table:cell-range-address="'Pengukuran Kinerja'.A1:'Pengukuran Kinerja'.D4"/>
<table:data-pilot-field table:source-field-name="Sasaran" table:orientation="row"/>
<table:data-pilot-field table:source-field-name="Realisasi" table:orientation="data" table:function="sum"/>
</table:data-pilot-table></table:data-pilot-tables>
</office:spreadsheet></office:body></office:document>`;

/** LibreOffice headless converts `berkas` to `ke` in a folder of its own; returns the new file's bytes. */
function konversi(berkas: string, ke: string, folder: string): Uint8Array {
  const keluar = path.join(folder, `hasil-${ke}`);
  execFileSync(
    '/usr/bin/soffice',
    [`-env:UserInstallation=file://${folder}/profil`, '--headless', '--convert-to', ke, '--outdir', keluar, berkas],
    {
      timeout: 120_000,
      stdio: 'ignore',
    },
  );
  return readFileSync(path.join(keluar, `${path.parse(berkas).name}.${ke}`));
}

const PIVOT = /^xl\/(pivotTables|pivotCache)\//;

describe.runIf(existsSync('/usr/bin/soffice'))('a pivot table in the input workbook', () => {
  let folder: string;
  let masukan: Uint8Array;
  let keluaran: Uint8Array;
  beforeAll(async () => {
    folder = mkdtempSync(path.join(os.tmpdir(), 'lapkin-pivot-'));
    writeFileSync(path.join(folder, 'pivot.fods'), FODS);
    masukan = konversi(path.join(folder, 'pivot.fods'), 'xlsx', folder);
    const buku = await bukaBuku(masukan, 'pivot.xlsx');
    const { model } = bacaRentang(buku.bacaLembar('Pengukuran Kinerja'));
    const tabel = bangunTabel(skorModel(model!, opsiBawaan(model!))).tabel;
    keluaran = (await isiBuku(masukan, 'pivot.xlsx', tabel)).data;
  }, 240_000);

  it('keeps the pivot table, its cache and records byte for byte, and the links to them', () => {
    const a = unzipSync(masukan);
    const b = unzipSync(keluaran);
    const bagianPivot = Object.keys(a).filter((p) => PIVOT.test(p));
    expect(bagianPivot.filter((p) => p.endsWith('.xml')).sort()).toEqual([
      'xl/pivotCache/pivotCacheDefinition1.xml',
      'xl/pivotCache/pivotCacheRecords1.xml',
      'xl/pivotTables/pivotTable1.xml',
    ]);
    for (const p of bagianPivot) expect(Buffer.compare(Buffer.from(b[p]!), Buffer.from(a[p]!)), p).toBe(0);
    const workbook = strFromU8(b['xl/workbook.xml']!);
    const cache = /<pivotCache [^>]*r:id="([^"]+)"/.exec(workbook);
    expect(cache).not.toBeNull();
    expect(strFromU8(b['xl/_rels/workbook.xml.rels']!)).toMatch(
      new RegExp(`Id="${cache![1]}"[^>]*Target="pivotCache/pivotCacheDefinition1.xml"`),
    );
    expect(strFromU8(b['[Content_Types].xml']!)).toContain('/xl/pivotTables/pivotTable1.xml');
  });

  it('LibreOffice reads the pivot table back from the filled workbook', () => {
    const berkas = path.join(folder, 'terisi.xlsx');
    writeFileSync(berkas, keluaran);
    const lagi = unzipSync(konversi(berkas, 'xlsx', folder));
    const pivot = Object.keys(lagi).find((p) => /^xl\/pivotTables\/pivotTable\d+\.xml$/.test(p));
    expect(pivot).toBeDefined();
    expect(strFromU8(lagi[pivot!]!)).toMatch(/name="Ringkasan"/);
  }, 180_000);
});
