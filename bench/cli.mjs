// `npm run bench:cli`: `lapkin isi` on a generated 2,000-indicator workbook, next to the floor:
// exceljs reading and writing the same workbook with no processing. Both run as a fresh Node
// process (as users run the command), taking turns; the median of 7 runs each. Target: ratio ≤ 1,5×.
import { spawnSync } from 'node:child_process';
import { mkdtemp, rm, stat } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { performance } from 'node:perf_hooks';
import { buatBukuContoh } from '../scripts/buat-contoh.mjs';

const JUMLAH = 2000;
const ULANG = 7;
const TARGET = 1.5;

const kerja = await mkdtemp(path.join(os.tmpdir(), 'lapkin-bench-'));
const masukan = path.join(kerja, 'indikator-2000.xlsx');
await buatBukuContoh({ jumlahIndikator: JUMLAH }).xlsx.writeFile(masukan);

const lantai = `import ExcelJS from 'exceljs';
const wb = new ExcelJS.Workbook();
await wb.xlsx.readFile(${JSON.stringify(masukan)});
await wb.xlsx.writeFile(${JSON.stringify(path.join(kerja, 'lantai.xlsx'))});`;

/** Median seconds of each command, run in turns so both meet the same load on a shared machine. */
function waktuBergantian(...perintah) {
  const hasil = perintah.map(() => []);
  for (let i = 0; i < ULANG; i++) {
    perintah.forEach((args, k) => {
      const mulai = performance.now();
      const r = spawnSync(process.execPath, args, { encoding: 'utf8' });
      hasil[k].push(performance.now() - mulai);
      if (r.status !== 0) throw new Error(`${args.join(' ')} gagal (${r.status}): ${r.stderr}`);
    });
  }
  return hasil.map((h) => h.sort((a, b) => a - b)[Math.floor(ULANG / 2)]);
}

const detik = (ms) => (ms / 1000).toFixed(2).replace('.', ',');
try {
  const [tLantai, tLapkin] = waktuBergantian(
    ['--input-type=module', '-e', lantai],
    ['bin/lapkin.mjs', 'isi', masukan, '--keluar', path.join(kerja, 'keluaran.xlsx'), '--timpa'],
  );
  const rasio = tLapkin / tLantai;
  const kib = async (f) => `${Math.round((await stat(f)).size / 1024)} KiB`;
  const ukuran = { masukan: await kib(masukan), keluaran: await kib(path.join(kerja, 'keluaran.xlsx')) };
  console.log(`lapkin isi, ${JUMLAH} indikator (masukan ${ukuran.masukan}, keluaran ${ukuran.keluaran}), median ${ULANG} kali:`);
  console.log(`  lantai (exceljs baca + tulis, tanpa olahan): ${detik(tLantai)} s`);
  console.log(`  lapkin isi:                                  ${detik(tLapkin)} s`);
  console.log(`  rasio: ${rasio.toFixed(2).replace('.', ',')}× (target ≤ ${String(TARGET).replace('.', ',')}×) ${rasio <= TARGET ? 'TERPENUHI' : 'BELUM'}`);
} finally {
  await rm(kerja, { recursive: true, force: true });
}
