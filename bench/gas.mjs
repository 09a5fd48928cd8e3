// npm run bench:gas — one =CAPAIAN(E2:E5001; D2:D5001) as Google Sheets runs it: the built project
// (dist/gas/*.js) evaluated fresh into one global scope, as Apps Script does for each custom-function
// call, then the call over two 5,000-row ranges. Target: under 1 s (Apps Script allows 30 s per
// call and runs slower than Node).
import { readdirSync, readFileSync } from 'node:fs';
import { performance } from 'node:perf_hooks';
import vm from 'node:vm';

const BARIS = 5000;
const TARGET_MS = 1000;
const ULANG = 5;

const berkas = readdirSync('dist/gas')
  .filter((f) => f.endsWith('.js'))
  .sort((a, b) => a.localeCompare(b));
const kode = berkas.map((f) => new vm.Script(readFileSync(`dist/gas/${f}`, 'utf8'), { filename: f }));

// Ranges as Sheets passes them: numbers, text as typed, '' for a blank cell.
const realisasi = [];
const target = [];
for (let i = 0; i < BARIS; i++) {
  const t = 50 + (i % 50);
  target.push([i % 97 === 0 ? '' : i % 5 === 0 ? `${t},5` : t]);
  realisasi.push([i % 89 === 0 ? '-' : i % 7 === 0 ? `${(t * 1.07).toFixed(2).replace('.', ',')} %` : t * 0.93 + (i % 11)]);
}

function sekali() {
  const awal = performance.now();
  const konteks = vm.createContext({});
  for (const s of kode) s.runInContext(konteks);
  const hasil = konteks.CAPAIAN(realisasi, target);
  const ms = performance.now() - awal;
  if (!Array.isArray(hasil) || hasil.length !== BARIS) throw new Error('CAPAIAN tidak mengembalikan rentang berbentuk sama');
  return ms;
}

sekali(); // the first run pays for V8 compiling the scripts once per process, not per call
const waktu = Array.from({ length: ULANG }, sekali).sort((a, b) => a - b);
const median = waktu[Math.floor(ULANG / 2)];
console.log(`CAPAIAN atas ${BARIS.toLocaleString('id-ID')} baris (muat proyek + satu panggilan, median ${ULANG}x): ${median.toFixed(1)} ms`);
console.log(`target: < ${TARGET_MS} ms   rasio: ${(median / TARGET_MS).toFixed(3)}`);
