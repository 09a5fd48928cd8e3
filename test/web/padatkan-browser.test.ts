// The page's deflater: the browser's CompressionStream (Node has the same API), or fflate where
// the browser has no 'deflate-raw'. Either way a part inflates back to its text, with the CRC and
// size fflate's writer gives.
import { inflateSync } from 'fflate';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { adaDeflateRaw } from '../../web/padatkan-browser';
import { padatkan } from '../../xlsx/paket';

const teks = [
  '<?xml version="1.0"?><worksheet>',
  ...Array.from({ length: 30_000 }, (_, i) => `<row r="${i + 1}"><c><v>${i}</v></c></row>`),
  'é€𝄞</worksheet>',
];
const semua = teks.join('');

afterEach(() => {
  vi.unstubAllGlobals();
  vi.resetModules();
});

describe('padatkanBrowser', () => {
  // Node has 'deflate-raw' from 20.12 on (the project runs on any 20): where it lacks it, the first two tests show nothing
  it.runIf(adaDeflateRaw)("CompressionStream 'deflate-raw': pieces, a string and bytes inflate back, CRC and size as fflate's", async () => {
    const { padatkanBrowser } = await import('../../web/padatkan-browser');
    const acuan = padatkan('a.xml', semua);
    for (const isi of [teks, semua, new TextEncoder().encode(semua)]) {
      const p = await padatkanBrowser('a.xml', isi);
      expect(p.nama).toBe('a.xml');
      expect(p.crc).toBe(acuan.crc);
      expect(p.ukuranAsli).toBe(acuan.ukuranAsli);
      expect(new TextDecoder().decode(inflateSync(p.padat))).toBe(semua);
    }
    const kosong = await padatkanBrowser('k.xml', []);
    expect([kosong.ukuranAsli, kosong.crc, inflateSync(kosong.padat).length]).toEqual([0, 0, 0]);
  });

  it.runIf(adaDeflateRaw)('the stream is what compresses: its deflate is called, one write per 256 KiB of text', async () => {
    const Asli = globalThis.CompressionStream;
    let tulis = 0;
    vi.stubGlobal(
      'CompressionStream',
      class extends Asli {
        constructor(format: CompressionFormat) {
          super(format);
          const asliGetWriter = this.writable.getWriter.bind(this.writable);
          Object.defineProperty(this.writable, 'getWriter', {
            value: () => {
              const penulis = asliGetWriter();
              const write = penulis.write.bind(penulis);
              penulis.write = (b) => (tulis++, write(b));
              return penulis;
            },
          });
        }
      },
    );
    const { padatkanBrowser } = await import('../../web/padatkan-browser');
    const p = await padatkanBrowser('a.xml', teks);
    expect(new TextDecoder().decode(inflateSync(p.padat))).toBe(semua);
    expect(tulis).toBe(Math.ceil(new TextEncoder().encode(semua).length / (256 * 1024)));
  });

  it("without 'deflate-raw' (an older browser): fflate, the same part", async () => {
    vi.stubGlobal(
      'CompressionStream',
      class {
        constructor() {
          throw new TypeError('Unsupported compression format');
        }
      },
    );
    const { padatkanBrowser } = await import('../../web/padatkan-browser');
    const p = await padatkanBrowser('a.xml', teks);
    expect(p).toEqual(padatkan('a.xml', teks));
  });
});
