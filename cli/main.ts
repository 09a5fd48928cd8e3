// Entry of the `lapkin` command: picks the command, parses its options, runs it, and turns any
// failure into one Indonesian line on stderr with exit code 1 (never a stack trace).
import { once } from 'node:events';
import { setFlagsFromString } from 'node:v8';
import { inginBantuan, uraiArgumen } from './argumen';
import { GalatCli } from './galat-cli';
import { amanTerminal } from './terminal';
import { BANTUAN, BANTUAN_UMUM, pesan } from './pesan';
import type { Io, Perintah } from './perintah/perintah';
import { hitung } from './perintah/hitung';
import { isi } from './perintah/isi';
import { periksa } from './perintah/periksa';

// the Word chapter (docx, resvg) and the template (exceljs) load only when asked for
const PERINTAH: Readonly<Record<string, () => Promise<Perintah>>> = {
  isi: async () => isi,
  hitung: async () => hitung,
  periksa: async () => periksa,
  templat: async () => (await import('./perintah/templat')).templat,
  laporan: async () => (await import('./perintah/laporan')).laporan,
};

async function main(argv: readonly string[], io: Io): Promise<number> {
  const [nama, ...sisa] = argv;
  if (nama === undefined) {
    io.lapor(BANTUAN_UMUM);
    return 1;
  }
  if (nama === '--help' || nama === '-h' || nama === 'bantuan') {
    io.tulis(BANTUAN_UMUM);
    return 0;
  }
  try {
    const muat = Object.hasOwn(PERINTAH, nama) ? PERINTAH[nama] : undefined;
    if (muat === undefined) throw new GalatCli(pesan.perintahTakDikenal(nama));
    if (inginBantuan(sisa)) {
      io.tulis(BANTUAN[nama] ?? BANTUAN_UMUM);
      return 0;
    }
    const perintah = await muat();
    return await perintah.jalankan(uraiArgumen(nama, sisa, perintah.opsi), io);
  } catch (err) {
    const teks = err instanceof GalatCli ? err.message : pesan.galatTakTerduga(err instanceof Error ? err.message : String(err));
    io.lapor(`lapkin: ${teks}\n`);
    return err instanceof GalatCli ? err.kodeKeluar : 1;
  }
}

// One run over one workbook: V8 by default lets the heap grow to several times the live data before
// a full collection, which on 100,000 indicators left peak memory mostly garbage from sheets already
// read. A 30 % growth step keeps the peak nearer the live data; its time cost did not show in bench:cli.
setFlagsFromString('--heap-growing-percent=30');

/** Bytes of answer allowed to wait for a slow reader. */
const ANTREAN_MAKS = 1024 * 1024;

const io: Io = {
  tulis: (teks) => process.stdout.write(amanTerminal(teks)),
  lapor: (teks) => process.stderr.write(amanTerminal(teks)),
  // a full pipe queues writes in memory: past 1 MiB queued the next piece waits until the reader has
  // taken them all (below it, making the answer goes on while the pipe drains)
  lega: () => (process.stdout.writableLength > ANTREAN_MAKS ? once(process.stdout, 'drain').then(() => undefined) : Promise.resolve()),
};
// a reader that stops early (`lapkin hitung --json | head -1`) is no error: end quietly
for (const aliran of [process.stdout, process.stderr]) {
  aliran.on('error', (err: NodeJS.ErrnoException) => {
    if (err.code === 'EPIPE') process.exit(0);
    throw err;
  });
}
// exitCode rather than exit(): a large --json output still reaches a pipe in full
process.exitCode = await main(process.argv.slice(2), io);
