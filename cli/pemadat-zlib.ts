// Node's zlib as the package writer's deflater (xlsx/paket.ts, BuatPemadat). fflate's JavaScript
// deflate allocates some 250 KB of typed arrays per 64 KB it compresses; on a 100,000-indicator
// output (about 190 MB of XML) that garbage, outside V8's heap until a collection finds it, was
// tens of MB of the command's peak memory, and compressing was a large share of its time.
import { constants, deflateRawSync } from 'node:zlib';
import { DEFLATE_LEVEL, padatkan, type BuatPemadat, type PadatkanBagian } from '../xlsx/index';

/** Bytes gathered before each zlib call: large enough that the calls' fixed cost and the restart of
 *  the 32 KiB look-back at each batch do not count (under 1 % larger than one call over the whole). */
const KUMPULAN = 1024 * 1024;

/**
 * Pieces are gathered to 1 MiB and each batch deflated on its own with a sync flush: it ends
 * byte-aligned and not final, so the batches join into one raw deflate stream, which the last
 * batch ends.
 */
export const pemadatZlib: BuatPemadat = (terima) => {
  const kumpulan = Buffer.allocUnsafe(KUMPULAN);
  let isi = 0;
  const kirim = (akhir: boolean) => {
    const finishFlush = akhir ? constants.Z_FINISH : constants.Z_SYNC_FLUSH;
    terima(new Uint8Array(deflateRawSync(kumpulan.subarray(0, isi), { level: DEFLATE_LEVEL, finishFlush })));
    isi = 0;
  };
  return {
    push(data, akhir) {
      // copied into the batch at once: the caller may write its buffer again
      for (let i = 0; i < data.length;) {
        const n = Math.min(data.length - i, KUMPULAN - isi);
        kumpulan.set(data.subarray(i, i + n), isi);
        isi += n;
        i += n;
        if (isi === KUMPULAN) kirim(false);
      }
      if (akhir) kirim(true);
    },
  };
};

/** A new part of the workbook deflated by Node's zlib (OpsiIsiBuku.padatkan). */
export const padatkanZlib: PadatkanBagian = (nama, isi) => padatkan(nama, isi, pemadatZlib);
