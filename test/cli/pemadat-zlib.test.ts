// The command's deflater (Node's zlib in 1 MiB batches joined into one raw deflate stream): any
// bytes in any pieces inflate back to themselves, the caller's buffer may be reused at once, and
// the batches compress within 1 % of one zlib call over the whole.
import fc from 'fast-check';
import { inflateSync } from 'fflate';
import { deflateRawSync } from 'node:zlib';
import { describe, expect, it } from 'vitest';
import { pemadatZlib } from '../../cli/pemadat-zlib';
import { gabungPotongan, padatkan } from '../../xlsx/paket';

/** Pushes the pieces in order (through one reused buffer, as padatkan does) and joins the output. */
function padatkanPotongan(potongan: readonly Uint8Array[]): Uint8Array {
  const keluar: Uint8Array[] = [];
  const d = pemadatZlib((p) => keluar.push(p));
  const buffer = new Uint8Array(Math.max(1, ...potongan.map((p) => p.length)));
  for (const p of potongan) {
    buffer.set(p);
    d.push(buffer.subarray(0, p.length), false);
    // overwritten before the next push: the deflater must have taken its copy
    buffer.fill(0xaa);
  }
  d.push(new Uint8Array(0), true);
  return gabungPotongan(keluar);
}

const gabung = (potongan: readonly Uint8Array[]) => Buffer.concat(potongan);
/** Byte equality without the matcher's element-by-element walk (seconds on megabytes). */
const sama = (a: Uint8Array, b: Uint8Array) => Buffer.compare(a, b) === 0;

describe('pemadatZlib', () => {
  it('nothing at all: an empty final block', () => {
    expect([...padatkanPotongan([])]).toEqual([0x03, 0x00]);
    expect(inflateSync(padatkanPotongan([]))).toEqual(new Uint8Array(0));
  });

  it('any pieces inflate back to their bytes', () => {
    fc.assert(
      fc.property(fc.array(fc.uint8Array({ maxLength: 3000 }), { maxLength: 20 }), (potongan) => {
        expect(sama(inflateSync(padatkanPotongan(potongan)), gabung(potongan))).toBe(true);
      }),
      { numRuns: 200 },
    );
  });

  it('across batches: 5 MiB of sheet-like XML in uneven pieces, back byte for byte, packed within 1 % of one zlib call', () => {
    const baris = (i: number) =>
      `<row r="${i}"><c r="A${i}" t="inlineStr"><is><t>Indikator ${i % 977} tepat waktu</t></is></c><c r="B${i}"><v>${(i * 7) % 100}</v></c></row>`;
    const teks: string[] = [];
    let n = 0;
    for (let i = 1; n < 5 * 1024 * 1024; i++) {
      teks.push(baris(i));
      n += teks[teks.length - 1]!.length;
    }
    const semua = new TextEncoder().encode(teks.join(''));
    // pieces of 1 to 300,000 bytes, none on the batch boundary on purpose
    const potongan: Uint8Array[] = [];
    for (let i = 0, k = 1; i < semua.length; k = (k * 7919) % 300_000 || 1) {
      potongan.push(semua.subarray(i, i + k));
      i += k;
    }
    const padat = padatkanPotongan(potongan);
    expect(sama(inflateSync(padat), semua)).toBe(true);
    const sekaligus = deflateRawSync(semua, { level: 3 }).length;
    expect(padat.length).toBeLessThan(sekaligus * 1.01);
  });

  it('in the package writer: the same part as fflate gives once inflated, with its CRC and size', () => {
    const teks = ['<?xml version="1.0"?>', '<a>', 'x'.repeat(2_500_000), 'é€𝄞', '</a>'];
    const zlib = padatkan('p.xml', teks, pemadatZlib);
    const fflate = padatkan('p.xml', teks);
    expect(zlib.crc).toBe(fflate.crc);
    expect(zlib.ukuranAsli).toBe(fflate.ukuranAsli);
    expect(sama(inflateSync(zlib.padat), inflateSync(fflate.padat))).toBe(true);
    expect(new TextDecoder().decode(inflateSync(zlib.padat))).toBe(teks.join(''));
  });
});
