// The page's deflater for lapkin's new parts (OpsiIsiBuku.padatkan): the browser's own deflate
// (CompressionStream 'deflate-raw', native code) instead of fflate's JavaScript one, which was
// about a third of filling a workbook in the page. The text is encoded in batches of 256 KiB and
// each batch waits for the stream to take it, so one part's text at a time is in memory. Where
// the browser lacks it (before Chromium 103, Firefox 113, Safari 16.4), fflate does the work.
import { crc32, gabungPotongan, padatkan, type BagianPadat, type PadatkanBagian } from '../xlsx/index';

/** Text gathered before each write to the stream: the writes' fixed cost then does not count. */
const KUMPULAN = 256 * 1024;

/** Whether this browser (or Node, in the tests) has the 'deflate-raw' stream. */
export const adaDeflateRaw = (() => {
  try {
    new CompressionStream('deflate-raw');
    return true;
  } catch {
    return false;
  }
})();

export const padatkanBrowser: PadatkanBagian = (nama, isi) => (adaDeflateRaw ? padatkanAliran(nama, isi) : padatkan(nama, isi));

async function padatkanAliran(nama: string, isi: string | Uint8Array | Iterable<string>): Promise<BagianPadat> {
  const aliran = new CompressionStream('deflate-raw');
  const penulis = aliran.writable.getWriter();
  const keluar: Uint8Array[] = [];
  const dibaca = (async () => {
    const pembaca = aliran.readable.getReader();
    for (let r = await pembaca.read(); !r.done; r = await pembaca.read()) {
      keluar.push(r.value);
    }
  })();
  let crc = 0;
  let ukuranAsli = 0;
  // each batch is a new array: the stream keeps what it is given until it has compressed it
  const tulis = async (b: Uint8Array<ArrayBuffer>) => {
    crc = crc32(b, crc);
    ukuranAsli += b.length;
    await penulis.write(b);
  };
  const enkoder = new TextEncoder();
  if (isi instanceof Uint8Array) await tulis(isi.slice());
  else if (typeof isi === 'string') await tulis(enkoder.encode(isi));
  else {
    let kumpul = '';
    for (const s of isi) {
      kumpul += s;
      if (kumpul.length >= KUMPULAN) {
        await tulis(enkoder.encode(kumpul));
        kumpul = '';
      }
    }
    if (kumpul !== '') await tulis(enkoder.encode(kumpul));
  }
  await penulis.close();
  await dibaca;
  return { nama, padat: gabungPotongan(keluar), crc, ukuranAsli };
}
