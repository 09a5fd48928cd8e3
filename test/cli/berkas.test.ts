// The `lapkin` command against hostile files and paths (issue table, one test per row that the
// command itself shows): far cells, bad numbers, escapes, symlinks, races, leftovers, pipes.
import { spawn } from 'node:child_process';
import { strFromU8, strToU8, unzipSync, Zip, ZipDeflate, zipSync } from 'fflate';
import { closeSync, existsSync, openSync, readdirSync, readFileSync, symlinkSync, utimesSync, writeFileSync, writeSync } from 'node:fs';
import path from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { buatPaket, lembarData } from '../xlsx/paket-uji';
import { folderSementara, lapkin, sha256 } from './jalankan';

const CONTOH = path.resolve('examples/contoh-lapkin.xlsx');
const BIN = path.resolve('bin/lapkin.mjs');
let folder: string;
beforeAll(() => {
  folder = folderSementara();
});
const tulis = (nama: string, data: Uint8Array) => {
  const p = path.join(folder, nama);
  writeFileSync(p, data);
  return p;
};

/** The example with one shared string changed (the first text matching `dari`). */
function contohDiubah(dari: RegExp, ke: string): Uint8Array {
  const b = unzipSync(new Uint8Array(readFileSync(CONTOH)));
  b['xl/sharedStrings.xml'] = strToU8(strFromU8(b['xl/sharedStrings.xml']!).replace(dari, ke));
  return zipSync(b);
}

const indikator = (realisasi: string) =>
  buatPaket([
    {
      nama: 'IKU',
      isi: lembarData(
        '<row r="1"><c r="A1" t="inlineStr"><is><t>No</t></is></c><c r="B1" t="inlineStr"><is><t>Indikator Kinerja</t></is></c>' +
          '<c r="C1" t="inlineStr"><is><t>Target</t></is></c><c r="D1" t="inlineStr"><is><t>Realisasi</t></is></c></row>' +
          `<row r="2"><c r="A2"><v>1</v></c><c r="B2" t="inlineStr"><is><t>Persentase layanan</t></is></c><c r="C2"><v>80</v></c>${realisasi}</row>`,
      ),
    },
  ]);

/**
 * A package of one sheet with `baris` rows of `kolom` number cells, written part by part through
 * fflate's streaming zip straight to the file (the sheet's XML, hundreds of MB, never whole).
 */
function tulisLembarBesar(berkas: string, baris: number, kolom: number): void {
  const fd = openSync(berkas, 'w');
  const zip = new Zip((err, potongan) => {
    if (err) throw err;
    writeSync(fd, potongan);
  });
  const R = 'http://schemas.openxmlformats.org/officeDocument/2006/relationships';
  const bagian = (nama: string, isi: string) => {
    const b = new ZipDeflate(nama, { level: 1 });
    zip.add(b);
    b.push(strToU8(isi), true);
  };
  bagian(
    '[Content_Types].xml',
    '<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/>' +
      '<Default Extension="xml" ContentType="application/xml"/></Types>',
  );
  bagian(
    '_rels/.rels',
    `<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="${R}/officeDocument" Target="xl/workbook.xml"/></Relationships>`,
  );
  bagian(
    'xl/workbook.xml',
    `<workbook xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" xmlns:r="${R}"><sheets><sheet name="L" sheetId="1" r:id="rId1"/></sheets></workbook>`,
  );
  bagian(
    'xl/_rels/workbook.xml.rels',
    `<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="${R}/worksheet" Target="worksheets/sheet1.xml"/></Relationships>`,
  );
  const lembar = new ZipDeflate('xl/worksheets/sheet1.xml', { level: 1 });
  zip.add(lembar);
  lembar.push(strToU8('<worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><sheetData>'));
  // cells without r follow one another; values vary so the part compresses like real data
  for (let r = 1; r <= baris; r += 4096) {
    let x = '';
    for (let i = r; i < Math.min(r + 4096, baris + 1); i++) {
      x += `<row r="${i}">`;
      for (let c = 0; c < kolom; c++) x += `<c><v>${(i * 7919 + c * 104729) % 1000003}</v></c>`;
      x += '</row>';
    }
    lembar.push(strToU8(x));
  }
  lembar.push(strToU8('</sheetData></worksheet>'), true);
  zip.end();
  closeSync(fd);
}

describe('files the reader must survive', () => {
  it('one cell at XFD1048576: every command answers at once with a clear message', async () => {
    const f = tulis('jauh.xlsx', buatPaket([{ nama: 'L', isi: lembarData('<row r="1048576"><c r="XFD1048576"><v>1</v></c></row>') }]));
    for (const perintah of ['hitung', 'isi', 'periksa']) {
      const r = await lapkin(perintah, f, ...(perintah === 'isi' ? ['--keluar', path.join(folder, 'jauh-keluar.xlsx')] : []));
      expect(r.kode, perintah).toBe(1);
      expect(r.galat).toMatch(/^lapkin: (Baris judul kolom indikator|.*Tabel tidak dikenali)/);
      expect(r.galat.split('\n').length).toBe(2);
    }
  });

  it("1,048,576 rows of 12 cells (a full-height sheet inside Excel's limits): the cell limit named, exit 1, no crash", async () => {
    const f = path.join(folder, 'penuh.xlsx');
    tulisLembarBesar(f, 1_048_576, 12);
    const r = await lapkin('hitung', f);
    expect(r.kode).toBe(1);
    expect(r.galat).toBe(`lapkin: ${f}, lembar "L": lebih dari 6.000.000 sel terisi; lapkin membaca lembar sampai sebesar itu.\n`);
  }, 600_000);

  it('<v>85,5</v> and <v>0x10</v> in a number cell stop the run naming the cell, never read as 85 or 0', async () => {
    for (const v of ['85,5', '0x10']) {
      const r = await lapkin('hitung', tulis(`angka-${v}.xlsx`, indikator(`<c r="D2"><v>${v}</v></c>`)), '--json', '--ketat');
      expect(r.kode).toBe(1);
      expect(r.galat).toBe(
        `lapkin: ${path.join(folder, `angka-${v}.xlsx`)}, lembar "IKU", sel D2: isi sel angka tidak sah ("${v}"): bukan angka XML (mis. 85.5)\n`,
      );
    }
  });

  it('escape sequences from a cell reach the terminal as \\x1B text', async () => {
    const r = await lapkin(
      'hitung',
      tulis('esc.xlsx', indikator('<c r="D2" t="inlineStr"><is><t>_x001B_[2K_x001B_]0;judul_x0007_</t></is></c>')),
      '--ketat',
    );
    expect(r.kode).toBe(1);
    // eslint-disable-next-line no-control-regex -- control characters are exactly what this finds
    expect(r.galat).not.toMatch(/[\x00-\x08\x0B-\x1F\x7F]/);
    expect(r.galat).toContain('\\x1B[2K\\x1B]0;judul\\x07');
  });

  it('a 32,767-character run of "(" gives one short error line', async () => {
    const r = await lapkin(
      'hitung',
      tulis('kurung.xlsx', indikator(`<c r="D2" t="inlineStr"><is><t>${'('.repeat(32767)}</t></is></c>`)),
      '--ketat',
    );
    expect(r.kode).toBe(1);
    expect(r.galat).toContain(`"${'('.repeat(60)}…" (32.767 karakter)`);
    expect(r.galat.length).toBeLessThan(400);
  });

  it('_xFFFF_ in a cell: isi writes a workbook lapkin (and its audit) can read back', async () => {
    const f = tulis('ffff.xlsx', contohDiubah(/Persentase/, 'Persentase_xFFFF_'));
    const keluar = path.join(folder, 'ffff-keluar.xlsx');
    expect((await lapkin('isi', f, '--keluar', keluar)).kode).toBe(0);
    const r = await lapkin('periksa', keluar);
    expect(r.galat).toBe('');
    expect(r.kode).toBe(0);
  });

  it('.xls and .ods are read as the web page reads them: the .xlsx written holds their sheets and the tables, the input untouched, no reader notes on the terminal', async () => {
    const hasil: Record<string, string> = {};
    for (const jenis of ['xls', 'ods']) {
      const masukan = path.resolve(`test/fixtures/web/contoh-lapkin.${jenis}`);
      const sebelum = sha256(masukan);
      const keluar = path.join(folder, `dari-${jenis}.xlsx`);
      const r = await lapkin('isi', masukan, '--keluar', keluar);
      expect(r.kode, r.galat).toBe(0);
      expect(r.galat).not.toMatch(/ODS|number format|[a-z]+ may be/);
      expect(r.keluar).toContain('22 indikator');
      expect(sha256(masukan)).toBe(sebelum);
      const wb = strFromU8(unzipSync(new Uint8Array(readFileSync(keluar)))['xl/workbook.xml']!);
      hasil[jenis] = [...wb.matchAll(/<sheet [^>]*name="([^"]+)"/g)].map((m) => m[1]).join('|');
    }
    expect(hasil.xls).toBe(hasil.ods);
    expect(hasil.xls!.split('|').slice(0, 3)).toEqual(['Petunjuk', 'Pengukuran Kinerja', 'Perjanjian Kinerja']);
  });

  it('.ods or a package without xl/workbook.xml: exit 1 with one message, never "Tidak ada temuan"', async () => {
    const f = tulis(
      'lembar.ods',
      zipSync({ mimetype: strToU8('application/vnd.oasis.opendocument.spreadsheet'), 'content.xml': strToU8('<x/>') }),
    );
    for (const perintah of ['periksa', 'hitung']) {
      const r = await lapkin(perintah, f);
      expect(r.kode).toBe(1);
      expect(r.keluar).toBe('');
      expect(r.galat).toContain('bukan buku kerja Excel: tidak memuat xl/workbook.xml');
    }
  });

  it('periksa on a workbook with no table it knows: exit 1 saying nothing was checked', async () => {
    const f = tulis(
      'tanpa-tabel.xlsx',
      buatPaket([{ nama: 'Catatan', isi: lembarData('<row r="1"><c r="A1" t="inlineStr"><is><t>halo</t></is></c></row>') }]),
    );
    const r = await lapkin('periksa', f);
    expect(r.kode).toBe(1);
    expect(r.galat).toMatch(/tidak ada yang diperiksa|Tata letak|tidak dikenali/i);
    expect(r.keluar).not.toContain('Tidak ada temuan');
  });
});

describe('safe output', () => {
  it('the input through a symlink, --keluar its real path, --timpa: refused, input unchanged', async () => {
    const asli = tulis('asli.xlsx', new Uint8Array(readFileSync(CONTOH)));
    const tautan = path.join(folder, 'tautan.xlsx');
    symlinkSync(asli, tautan);
    const sebelum = sha256(asli);
    for (const [masuk, keluar] of [
      [tautan, asli],
      [asli, tautan],
      [asli, path.join(folder, 'x', '..', 'asli.xlsx')],
    ]) {
      const r = await lapkin('isi', masuk!, '--keluar', keluar!, '--timpa');
      expect(r.kode).toBe(1);
      expect(r.galat).toContain('Berkas keluaran sama dengan masukan');
    }
    expect(sha256(asli)).toBe(sebelum);
  });

  it('two isi runs to one output without --timpa: the second is refused and the first file stays', async () => {
    const keluar = path.join(folder, 'dua.xlsx');
    expect((await lapkin('isi', CONTOH, '--keluar', keluar)).kode).toBe(0);
    const pertama = sha256(keluar);
    const r = await lapkin('isi', CONTOH, '--keluar', keluar);
    expect(r.kode).toBe(1);
    expect(r.galat).toContain('sudah ada. Tambahkan --timpa');
    expect(sha256(keluar)).toBe(pertama);
  });

  it('a temporary file a killed run left beside the output is removed by the next run; none is left behind', async () => {
    const keluar = path.join(folder, 'sisa.xlsx');
    const sisa = path.join(folder, '.sisa.xlsx.0badf00d.lapkin-tmp');
    writeFileSync(sisa, 'setengah');
    const lama = new Date(Date.now() - 3600_000);
    utimesSync(sisa, lama, lama);
    expect((await lapkin('isi', CONTOH, '--keluar', keluar)).kode).toBe(0);
    expect(existsSync(sisa)).toBe(false);
    expect(readdirSync(folder).filter((n) => n.endsWith('.lapkin-tmp'))).toEqual([]);
  });

  it('SIGINT while isi writes (after "Menulis ..."): no temporary file, input unchanged, no output; exit 130', async () => {
    // 20,000 indicators keep isi busy for seconds after it says it is writing
    const teks = (ref: string, t: string) => `<c r="${ref}" t="inlineStr"><is><t>${t}</t></is></c>`;
    let baris = `<row r="1">${teks('A1', 'Sasaran Strategis')}${teks('B1', 'Indikator Kinerja')}${teks('C1', 'Target')}${teks('D1', 'Realisasi')}</row>`;
    for (let i = 2; i <= 20_001; i++) {
      baris += `<row r="${i}">${teks(`A${i}`, `Sasaran ${Math.ceil(i / 5)}`)}${teks(`B${i}`, `Indikator ${i}`)}<c r="C${i}"><v>80</v></c><c r="D${i}"><v>${60 + (i % 50)}</v></c></row>`;
    }
    const masukan = tulis('besar.xlsx', buatPaket([{ nama: 'IKU', isi: lembarData(baris) }]));
    const sebelum = sha256(masukan);
    const keluar = path.join(folder, 'besar-keluar.xlsx');
    const anak = spawn(process.execPath, [BIN, 'isi', masukan, '--keluar', keluar], { stdio: ['ignore', 'ignore', 'pipe'] });
    let galat = '';
    anak.stderr.setEncoding('utf8').on('data', (d: string) => {
      galat += d;
      if (galat.includes(`Menulis ${keluar} ...`)) anak.kill('SIGINT');
    });
    const [kode, sinyal] = await new Promise<[number | null, string | null]>((selesai) => anak.on('close', (k, s) => selesai([k, s])));
    // while the tables are made, SIGINT ends the process at once (a shell reports 130); while the
    // file is written, lapkin removes its temporary file and exits with 130 itself
    expect(kode === 130 || (kode === null && sinyal === 'SIGINT')).toBe(true);
    expect(galat).toContain(`Menulis ${keluar} ...`);
    expect(readdirSync(folder).filter((n) => n.endsWith('.lapkin-tmp'))).toEqual([]);
    expect(existsSync(keluar)).toBe(false);
    expect(sha256(masukan)).toBe(sebelum);
  });

  it('hitung --json | head -1: ends quietly with exit 0', async () => {
    const anak = spawn(process.execPath, [BIN, 'hitung', CONTOH, '--json'], { stdio: ['ignore', 'pipe', 'pipe'] });
    let galat = '';
    anak.stderr.on('data', (d) => (galat += d));
    anak.stdout.once('data', () => anak.stdout.destroy());
    const kode = await new Promise<number | null>((selesai) => anak.on('close', selesai));
    expect(galat).toBe('');
    expect(kode).toBe(0);
  });

  it('--__proto__, --constructor, --toString are unknown options', async () => {
    for (const o of ['--__proto__', '--constructor', '--toString']) {
      const r = await lapkin('hitung', CONTOH, o, 'x');
      expect(r.kode).toBe(1);
      expect(r.galat).toBe(`lapkin: Opsi tidak dikenal: ${o}. Lihat "lapkin hitung --help".\n`);
    }
  });
});
