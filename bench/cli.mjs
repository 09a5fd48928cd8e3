// `npm run bench:cli`: `lapkin isi`, `hitung` (as text and --json) and `periksa` (on isi's output) on generated
// workbooks of 2,000 / 20,000 / 100,000 indicators, each as a fresh Node process (as users run it),
// with its time and peak RSS (/usr/bin/time), next to the floor: unzip + streaming XML parse + zip
// of the same bytes (fflate + saxes, nothing else). isi's own bytes are its input read and its
// output, some five times larger, written: its target is against that floor (lantai isi), and the
// input's floor is printed beside it for comparison only. Prints the ratio per size, the growth
// exponent of time between the smallest and largest size, peak RSS against 300 MB at 100,000,
// periksa on 20,000 against 5 s, isi at 2,000 against the bench's first floor (exceljs reading and
// writing the same workbook, ≤ 1.5×), and a one-cell file at XFD1048576 beside a bare `node -e 0`.
// One run per size (the machine is shared; the figures are for reading).
import { spawnSync } from 'node:child_process';
import { mkdtemp, rm, stat, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { strToU8, zipSync } from 'fflate';

const UKURAN = (process.env.LAPKIN_BENCH_UKURAN ?? '2000,20000,100000').split(',').map(Number);
const TARGET_RASIO = 2;
const TARGET_RSS_MB = 300;
const TARGET_PERIKSA_S = 5;
const TARGET_RASIO_EXCELJS = 1.5;
const LANTAI_EXCELJS = `import ExcelJS from 'exceljs';
const wb = new ExcelJS.Workbook();
await wb.xlsx.readFile(process.argv[1]);
await wb.xlsx.writeFile(process.argv[2]);`;

const NS = 'http://schemas.openxmlformats.org/spreadsheetml/2006/main';
const R = 'http://schemas.openxmlformats.org/officeDocument/2006/relationships';
const esc = (s) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;');
const teks = (ref, s) => `<c r="${ref}" t="inlineStr"><is><t>${esc(s)}</t></is></c>`;

/** An indicator sheet of n rows (4 perspectives, a sasaran every 5 indicators), written as XML. */
function bukuIndikator(n) {
  const kepala = ['Perspektif', 'Sasaran Strategis', 'No', 'Indikator Kinerja', 'Satuan', 'Bobot', 'Target', 'Realisasi', 'Polaritas'];
  const baris = [`<row r="1">${kepala.map((k, i) => teks(`${String.fromCharCode(65 + i)}1`, k)).join('')}</row>`];
  for (let i = 0; i < n; i++) {
    const r = i + 2;
    const target = 50 + (i % 50);
    const realisasi = target * (0.8 + ((i * 7) % 40) / 100);
    baris.push(
      `<row r="${r}">` +
        (i % 5 === 0 ? teks(`A${r}`, `Perspektif ${1 + (Math.floor(i / 5) % 4)}`) + teks(`B${r}`, `Sasaran ${Math.floor(i / 5) + 1}`) : '') +
        `<c r="C${r}"><v>${i + 1}</v></c>${teks(`D${r}`, `Persentase layanan nomor ${i + 1} yang diselesaikan tepat waktu`)}` +
        `${teks(`E${r}`, '%')}<c r="F${r}"><v>1</v></c><c r="G${r}"><v>${target}</v></c><c r="H${r}"><v>${realisasi.toFixed(2)}</v></c>` +
        `${teks(`I${r}`, i % 9 === 0 ? 'negatif' : 'positif')}</row>`,
    );
  }
  return zipSync({
    '[Content_Types].xml': strToU8(
      `<?xml version="1.0" encoding="UTF-8"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">` +
        `<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/><Default Extension="xml" ContentType="application/xml"/>` +
        `<Override PartName="/xl/workbook.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml"/>` +
        `<Override PartName="/xl/worksheets/sheet1.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml"/>` +
        `<Override PartName="/xl/styles.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.styles+xml"/></Types>`,
    ),
    '_rels/.rels': strToU8(
      `<?xml version="1.0" encoding="UTF-8"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="${R}/officeDocument" Target="xl/workbook.xml"/></Relationships>`,
    ),
    'xl/workbook.xml': strToU8(
      `<?xml version="1.0" encoding="UTF-8"?><workbook xmlns="${NS}" xmlns:r="${R}"><sheets><sheet name="Pengukuran Kinerja" sheetId="1" r:id="rId1"/></sheets></workbook>`,
    ),
    'xl/_rels/workbook.xml.rels': strToU8(
      `<?xml version="1.0" encoding="UTF-8"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">` +
        `<Relationship Id="rId1" Type="${R}/worksheet" Target="worksheets/sheet1.xml"/><Relationship Id="rId2" Type="${R}/styles" Target="styles.xml"/></Relationships>`,
    ),
    'xl/styles.xml': strToU8(
      `<?xml version="1.0" encoding="UTF-8"?><styleSheet xmlns="${NS}"><fonts count="1"><font><sz val="11"/><name val="Calibri"/></font></fonts>` +
        `<fills count="2"><fill><patternFill patternType="none"/></fill><fill><patternFill patternType="gray125"/></fill></fills>` +
        `<borders count="1"><border><left/><right/><top/><bottom/><diagonal/></border></borders>` +
        `<cellStyleXfs count="1"><xf numFmtId="0" fontId="0" fillId="0" borderId="0"/></cellStyleXfs><cellXfs count="1"><xf numFmtId="0" fontId="0" fillId="0" borderId="0" xfId="0"/></cellXfs></styleSheet>`,
    ),
    'xl/worksheets/sheet1.xml': strToU8(
      `<?xml version="1.0" encoding="UTF-8"?><worksheet xmlns="${NS}"><sheetData>${baris.join('')}</sheetData></worksheet>`,
    ),
  });
}

// the floor: every part of the first file inflated and its XML parsed by saxes as a stream, every
// part of the second file inflated and zipped again (fflate + saxes, nothing else). For hitung
// and periksa both are the file read; for isi the input is read and the output's bytes written.
const LANTAI = `
import { readFileSync } from 'node:fs';
import { unzipSync, zipSync } from 'fflate';
import { SaxesParser } from 'saxes';
const [baca, tulis] = JSON.parse(process.argv[1]);
const bagian = unzipSync(readFileSync(baca));
for (const [nama, isi] of Object.entries(bagian)) {
  if (!/\\.(xml|rels)$/.test(nama)) continue;
  const p = new SaxesParser();
  let n = 0;
  p.on('opentag', () => n++);
  const d = new TextDecoder();
  for (let i = 0; i < isi.length; i += 65536) p.write(d.decode(isi.subarray(i, i + 65536), { stream: true }));
  p.close();
}
zipSync(tulis === baca ? bagian : unzipSync(readFileSync(tulis)), { level: 6 });
`;

/** Seconds, peak RSS (MB) and CPU seconds of one child process. */
function ukur(args, bolehGagal = false) {
  const r = spawnSync('/usr/bin/time', ['-f', '%e %M %U %S', process.execPath, ...args], { encoding: 'utf8', maxBuffer: 256 * 1024 * 1024 });
  const baris = r.stderr.trim().split('\n');
  const [detik, kb, user, sys] = baris[baris.length - 1].split(' ').map(Number);
  if (!bolehGagal && r.status !== 0 && r.status !== 3) throw new Error(`${args.join(' ')} gagal (${r.status}): ${r.stderr.slice(0, 500)}`);
  // CPU seconds (user + system) too: on a loaded machine they move far less than the wall clock
  return { detik, mb: kb / 1024, cpu: user + sys };
}

const fmt = (x, d = 2) => x.toFixed(d).replace('.', ',');
const kerja = await mkdtemp(path.join(os.tmpdir(), 'lapkin-bench-'));
// the floor runs as -e from this folder, so it resolves fflate and saxes from this project
const lantai = (baca, tulis = baca) => ukur(['--input-type=module', '-e', LANTAI, JSON.stringify([baca, tulis])]);
const hasil = [];
try {
  for (const n of UKURAN) {
    const masukan = path.join(kerja, `indikator-${n}.xlsx`);
    const keluaran = path.join(kerja, `keluaran-${n}.xlsx`);
    await writeFile(masukan, bukuIndikator(n));
    const lantaiMasuk = lantai(masukan);
    const isi = ukur(['bin/lapkin.mjs', 'isi', masukan, '--keluar', keluaran, '--timpa']);
    const hitung = ukur(['bin/lapkin.mjs', 'hitung', masukan]);
    const hitungJson = ukur(['bin/lapkin.mjs', 'hitung', masukan, '--json']);
    const lantaiKeluar = lantai(keluaran);
    const lantaiIsi = lantai(masukan, keluaran);
    const periksa = ukur(['bin/lapkin.mjs', 'periksa', keluaran, '--json']);
    const kib = async (f) => `${Math.round((await stat(f)).size / 1024)} KiB`;
    hasil.push({ n, lantaiMasuk, lantaiKeluar, lantaiIsi, isi, hitung, hitungJson, periksa });
    console.log(`${n} indikator (masukan ${await kib(masukan)}, keluaran isi ${await kib(keluaran)}):`);
    console.log(
      `  lantai masukan (unzip + parse + zip masukan):   ${fmt(lantaiMasuk.detik)} s (CPU ${fmt(lantaiMasuk.cpu)} s), ${fmt(lantaiMasuk.mb, 0)} MB`,
    );
    console.log(
      `  lantai keluaran (unzip + parse + zip keluaran): ${fmt(lantaiKeluar.detik)} s (CPU ${fmt(lantaiKeluar.cpu)} s), ${fmt(lantaiKeluar.mb, 0)} MB`,
    );
    console.log(
      `  lantai isi (unzip + parse masukan, zip keluaran): ${fmt(lantaiIsi.detik)} s (CPU ${fmt(lantaiIsi.cpu)} s), ${fmt(lantaiIsi.mb, 0)} MB`,
    );
    for (const [nama, u, l, namaLantai, pembanding] of [
      // isi writes some 5 times the bytes it reads: the floor of its own bytes is lantai isi; the
      // input's floor is printed beside it for comparison, with no target
      ['isi', isi, lantaiMasuk, 'lantai masukan', true],
      ['isi', isi, lantaiIsi, 'lantai isi'],
      ['hitung', hitung, lantaiMasuk, 'lantai masukan'],
      ['hitung --json', hitungJson, lantaiMasuk, 'lantai masukan'],
      ['periksa', periksa, lantaiKeluar, 'lantai keluaran'],
    ]) {
      const rasio = u.detik / l.detik;
      const target = pembanding
        ? '(pembanding, tanpa target: keluaran isi ±5× masukan)'
        : `(target ≤ ${TARGET_RASIO}×) ${rasio <= TARGET_RASIO ? 'TERPENUHI' : 'BELUM'}`;
      console.log(
        `  lapkin ${nama.padEnd(13)} ${fmt(u.detik)} s (CPU ${fmt(u.cpu)} s), puncak RSS ${fmt(u.mb, 0)} MB, rasio ${fmt(rasio)}× ` +
          `(CPU ${fmt(u.cpu / l.cpu)}×) ${namaLantai} ${target}`,
      );
    }
  }
  if (hasil.length > 1) {
    const a = hasil[0];
    const b = hasil[hasil.length - 1];
    console.log(`pertumbuhan waktu ${a.n} → ${b.n} (eksponen; 1 = linear):`);
    for (const k of ['lantaiMasuk', 'lantaiKeluar', 'lantaiIsi', 'isi', 'hitung', 'hitungJson', 'periksa']) {
      const eksponen = (x) => fmt(Math.log(b[k][x] / a[k][x]) / Math.log(b.n / a.n));
      console.log(`  ${k.padEnd(12)} ${eksponen('detik')} (CPU ${eksponen('cpu')})`);
    }
  }
  const besar = hasil.find((h) => h.n === 100000);
  if (besar) {
    for (const k of ['isi', 'hitung', 'hitungJson', 'periksa']) {
      console.log(
        `puncak RSS ${k} pada 100.000: ${fmt(besar[k].mb, 0)} MB (target ≤ ${TARGET_RSS_MB} MB) ${besar[k].mb <= TARGET_RSS_MB ? 'TERPENUHI' : 'BELUM'}`,
      );
    }
  }
  // the bench's first floor, kept for the check planners' layouts asked for: isi at 2,000 against
  // exceljs reading and writing the same workbook with no processing (target ≤ 1.5×)
  const kecil = hasil.find((h) => h.n === 2000);
  if (kecil) {
    const masukan = path.join(kerja, 'indikator-2000.xlsx');
    const ej = ukur(['--input-type=module', '-e', LANTAI_EXCELJS, masukan, path.join(kerja, 'lantai-exceljs.xlsx')]);
    const rasio = kecil.isi.detik / ej.detik;
    console.log(
      `isi 2.000 terhadap lantai lama (exceljs baca + tulis): ${fmt(kecil.isi.detik)} s / ${fmt(ej.detik)} s, rasio ${fmt(rasio)}× ` +
        `(target ≤ ${fmt(TARGET_RASIO_EXCELJS, 1)}×) ${rasio <= TARGET_RASIO_EXCELJS ? 'TERPENUHI' : 'BELUM'}`,
    );
  }
  const sedang = hasil.find((h) => h.n === 20000);
  if (sedang) {
    console.log(
      `periksa 20.000 baris: ${fmt(sedang.periksa.detik)} s (target < ${TARGET_PERIKSA_S} s) ${sedang.periksa.detik < TARGET_PERIKSA_S ? 'TERPENUHI' : 'BELUM'}`,
    );
  }
  // the XFD1048576 file: one cell at the sheet's last address
  const jauh = path.join(kerja, 'xfd1048576.xlsx');
  await writeFile(
    jauh,
    zipSync({
      '_rels/.rels': strToU8(
        `<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="${R}/officeDocument" Target="xl/workbook.xml"/></Relationships>`,
      ),
      '[Content_Types].xml': strToU8('<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"/>'),
      'xl/workbook.xml': strToU8(`<workbook xmlns="${NS}" xmlns:r="${R}"><sheets><sheet name="L" sheetId="1" r:id="rId1"/></sheets></workbook>`),
      'xl/_rels/workbook.xml.rels': strToU8(
        `<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="${R}/worksheet" Target="worksheets/sheet1.xml"/></Relationships>`,
      ),
      'xl/worksheets/sheet1.xml': strToU8(
        `<worksheet xmlns="${NS}"><dimension ref="A1:XFD1048576"/><sheetData><row r="1048576"><c r="XFD1048576"><v>1</v></c></row></sheetData></worksheet>`,
      ),
    }),
  );
  // beside a bare node start: what is left is module loading and the answer itself
  const kosong = ukur(['-e', '0']);
  console.log(`node -e 0 (awal node saja): ${fmt(kosong.detik)} s (CPU ${fmt(kosong.cpu)} s), puncak RSS ${fmt(kosong.mb, 0)} MB`);
  for (const k of ['hitung', 'periksa']) {
    const u = ukur(['bin/lapkin.mjs', k, jauh], true);
    const baik = u.detik < 1 && u.mb < 100;
    console.log(
      `XFD1048576 (satu sel), ${k}: ${fmt(u.detik)} s (CPU ${fmt(u.cpu)} s), puncak RSS ${fmt(u.mb, 0)} MB (target < 1 s, < 100 MB) ${baik ? 'TERPENUHI' : 'BELUM'}; ` +
        `di atas node -e 0: ${fmt(u.detik - kosong.detik)} s (CPU ${fmt(u.cpu - kosong.cpu)} s), ${fmt(u.mb - kosong.mb, 0)} MB`,
    );
  }
} finally {
  await rm(kerja, { recursive: true, force: true });
}
