// `npm run bench:laporan`: `lapkin laporan` (the Word chapter) on a generated 2,000-indicator
// workbook, next to `lapkin isi` on the same file. Both run as a fresh Node process, taking turns;
// the median of 5 runs each. Target: ratio ≤ 2×.
import { spawnSync } from 'node:child_process';
import { mkdtemp, rm, stat } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { performance } from 'node:perf_hooks';
import { buatBukuContoh } from '../scripts/buat-contoh.mjs';

const JUMLAH = 2000;
const ULANG = 5;
const TARGET = 2;

const kerja = await mkdtemp(path.join(os.tmpdir(), 'lapkin-bench-laporan-'));
const masukan = path.join(kerja, 'indikator-2000.xlsx');
await buatBukuContoh({ jumlahIndikator: JUMLAH }).xlsx.writeFile(masukan);

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
  const docx = path.join(kerja, 'BAB3.docx');
  const [tIsi, tLaporan] = waktuBergantian(
    ['bin/lapkin.mjs', 'isi', masukan, '--keluar', path.join(kerja, 'keluaran.xlsx'), '--timpa'],
    ['bin/lapkin.mjs', 'laporan', masukan, '--keluar', docx, '--timpa'],
  );
  const rasio = tLaporan / tIsi;
  console.log(`lapkin laporan, ${JUMLAH} indikator (.docx ${Math.round((await stat(docx)).size / 1024)} KiB), median ${ULANG} kali:`);
  console.log(`  lapkin isi (pembanding):  ${detik(tIsi)} s`);
  console.log(`  lapkin laporan:           ${detik(tLaporan)} s`);
  console.log(`  rasio: ${rasio.toFixed(2).replace('.', ',')}× (target ≤ ${TARGET}×) ${rasio <= TARGET ? 'TERPENUHI' : 'BELUM'}`);
} finally {
  await rm(kerja, { recursive: true, force: true });
}
