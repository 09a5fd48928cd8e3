// The package writer's pieces: a part deflated as it is made (text chunks never joined) and the
// CRC-32 carried across chunks.
import fc from 'fast-check';
import { inflateSync, strToU8, unzipSync, zipSync } from 'fflate';
import { describe, expect, it } from 'vitest';
import { bukaPaket, crc32, gabungPotongan, padatkan, potonganUlangPaket, tulisPaket, tulisUlangPaket } from '../../xlsx/paket';

const gabung = (potongan: readonly Uint8Array[]) => {
  const hasil = new Uint8Array(potongan.reduce((n, p) => n + p.length, 0));
  let i = 0;
  for (const p of potongan) {
    hasil.set(p, i);
    i += p.length;
  }
  return hasil;
};

describe('crc32', () => {
  it('of the standard check string is CBF43926', () => {
    expect(crc32(strToU8('123456789')).toString(16)).toBe('cbf43926');
  });

  it('carried across two pieces equals the CRC of the whole (property)', () => {
    fc.assert(
      fc.property(fc.uint8Array(), fc.uint8Array(), (a, b) => {
        expect(crc32(b, crc32(a))).toBe(crc32(gabung([a, b])));
      }),
    );
  });
});

describe('padatkan', () => {
  it('text chunks, one string or bytes: the same part once inflated, its size and CRC (property)', () => {
    fc.assert(
      fc.property(fc.array(fc.string({ unit: 'grapheme', maxLength: 200 }), { maxLength: 20 }), (potongan) => {
        const utuh = strToU8(potongan.join(''));
        for (const isi of [potongan, potongan.join(''), utuh]) {
          const p = padatkan('x.xml', isi);
          expect(inflateSync(p.padat)).toEqual(utuh);
          expect(p.ukuranAsli).toBe(utuh.length);
          expect(p.crc).toBe(crc32(utuh));
        }
      }),
    );
  });

  it('a part of 3 MB made in 64 KB chunks reads back whole from the package it goes into', () => {
    const baris = Array.from({ length: 48 }, (_, i) => `<row r="${i + 1}">${'<c><v>1</v></c>'.repeat(4096)}</row>`);
    const paket = tulisPaket(new Uint8Array(0), [padatkan('xl/worksheets/sheet1.xml', baris), { nama: 'a.txt', isi: strToU8('a') }]);
    const dibuka = unzipSync(paket);
    expect(new TextDecoder().decode(dibuka['xl/worksheets/sheet1.xml'])).toBe(baris.join(''));
    expect(new TextDecoder().decode(dibuka['a.txt'])).toBe('a');
  });
});

describe('potonganUlangPaket', () => {
  it('written one after another, the pieces are the package tulisUlangPaket writes (property)', () => {
    const nama = fc.stringMatching(/^[a-z]{1,6}\.xml$/);
    fc.assert(
      fc.property(
        fc.dictionary(nama, fc.uint8Array({ maxLength: 300 }), { minKeys: 1, maxKeys: 5 }),
        fc.dictionary(nama, fc.uint8Array({ maxLength: 300 }), { maxKeys: 3 }),
        fc.array(fc.record({ nama: fc.stringMatching(/^baru\/[a-z]{1,4}\.xml$/), isi: fc.uint8Array({ maxLength: 300 }) }), { maxLength: 3 }),
        (bagian, ganti, baru) => {
          const paket = bukaPaket(zipSync(bagian, { mtime: new Date(2024, 0, 1) }), 'uji.xlsx');
          const diganti = new Map(Object.entries(ganti));
          const unik = [...new Map(baru.map((b) => [b.nama, b])).values()];
          const dihapus = new Set(Object.keys(bagian).slice(0, 1));
          const potongan = potonganUlangPaket(paket, diganti, unik, dihapus);
          const utuh = gabungPotongan(potongan);
          expect(utuh).toEqual(tulisUlangPaket(paket, diganti, unik, dihapus));
          expect(utuh).toEqual(gabung(potongan));
          const dibuka = unzipSync(utuh);
          for (const [n, isi] of Object.entries({ ...bagian, ...ganti })) if (!dihapus.has(n)) expect(dibuka[n]).toEqual(isi);
          for (const b of unik) expect(dibuka[b.nama]).toEqual(b.isi);
        },
      ),
    );
  });
});
