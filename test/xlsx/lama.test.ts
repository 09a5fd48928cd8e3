// The reader of old and open formats (xlsx/lama.ts): .xls and .ods as core's RentangBaca, the same
// values as the .xlsx they were saved from, merges, hidden rows and columns and number formats where
// SheetJS gives them, one Indonesian line for a locked or damaged file, and a new .xlsx of the input.
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { CFB, read, utils, write, type WorkBook } from '@e965/xlsx';
import fc from 'fast-check';
import { strFromU8, strToU8, unzipSync, zipSync } from 'fflate';
import { describe, expect, it } from 'vitest';
import { bukaBuku } from '../../xlsx/index';
import { bacaBukuLama } from '../../xlsx/lama';

const AKAR = path.resolve(__dirname, '../..');
const bytes = (wb: WorkBook, bookType: 'xls' | 'ods' | 'xlsx') => new Uint8Array(write(wb, { type: 'array', bookType }) as ArrayBuffer);
const kosongJadiNull = (nilai: readonly (readonly unknown[])[]) => nilai.map((b) => b.map((s) => (s === '' || s === undefined ? null : s)));

describe('bacaBukuLama', () => {
  it('reads the .xls and .ods copies of the example as the command reads the .xlsx', async () => {
    const xlsx = await bukaBuku(new Uint8Array(readFileSync(path.join(AKAR, 'examples/contoh-lapkin.xlsx'))), 'contoh-lapkin.xlsx');
    for (const jenis of ['xls', 'ods']) {
      const buku = await bacaBukuLama(
        new Uint8Array(readFileSync(path.join(AKAR, `test/fixtures/web/contoh-lapkin.${jenis}`))),
        `contoh.${jenis}`,
      );
      expect(buku.daftarLembar).toEqual(['Petunjuk', 'Pengukuran Kinerja']);
      for (const nama of buku.daftarLembar) {
        const r = buku.bacaLembar(nama);
        const x = xlsx.bacaLembar(nama);
        // the same cells at the same addresses (each range starts at its own first cell)
        const geser = r.nilai.map((b, i) => b.map((_, j) => x.nilai[i + r.barisAwal - x.barisAwal]?.[j + r.kolomAwal - x.kolomAwal] ?? null));
        expect(kosongJadiNull(r.nilai), `${jenis} ${nama}`).toEqual(kosongJadiNull(geser));
      }
      expect(buku.bacaLembar('Pengukuran Kinerja').gabungan?.length).toBeGreaterThan(0);
    }
  });

  it('gives merges, hidden rows and columns and number formats relative to the cells read', async () => {
    const ws = utils.aoa_to_sheet([[], ['', 'Judul', ''], ['', 0.8535, 'x'], ['', 2, 'y']]);
    ws['B3'].z = '0.00%';
    ws['!merges'] = [{ s: { r: 1, c: 1 }, e: { r: 1, c: 2 } }];
    ws['!rows'] = [undefined as never, undefined as never, { hidden: true }];
    ws['!cols'] = [undefined as never, undefined as never, { hidden: true }];
    const wb = utils.book_new();
    utils.book_append_sheet(wb, ws, 'Data');
    for (const jenis of ['xlsx', 'ods'] as const) {
      const r = (await bacaBukuLama(bytes(wb, jenis), `uji.${jenis}`)).bacaLembar('Data');
      expect(r).toMatchObject({
        lembar: 'Data',
        barisAwal: 2,
        kolomAwal: 2,
        nilai: [
          ['Judul', null],
          [0.8535, 'x'],
          [2, 'y'],
        ],
        gabungan: [{ r1: 0, c1: 0, r2: 0, c2: 1 }],
      });
      expect(r.format?.[1]?.[0]).toBe('0.00%');
      // SheetJS gives hidden rows and columns from OOXML and BIFF, not from what it writes as ODS
      if (jenis === 'xlsx') {
        expect(r.barisTersembunyi).toEqual([1]);
        expect(r.kolomTersembunyi).toEqual([1]);
      }
    }
  });

  it('keeps every value it is given, as numbers and texts at their places (.xls and .ods)', async () => {
    // figures as planners keep them (whole, or with two decimals) and texts
    const sel = fc.oneof(
      fc.integer({ min: -1e6, max: 1e6 }),
      fc.integer({ min: -1e8, max: 1e8 }).map((n) => n / 100),
      fc.stringMatching(/^[A-Za-z][A-Za-z0-9,.%-]{0,11}$/),
    );
    await fc.assert(
      fc.asyncProperty(
        fc.array(fc.array(sel, { minLength: 3, maxLength: 3 }), { minLength: 1, maxLength: 6 }),
        fc.constantFrom('xls' as const, 'ods' as const),
        async (baris, jenis) => {
          const wb = utils.book_new();
          utils.book_append_sheet(wb, utils.aoa_to_sheet(baris), 'L');
          const r = (await bacaBukuLama(bytes(wb, jenis), `p.${jenis}`)).bacaLembar('L');
          const harap = baris.map((b) => b.map((s) => (Object.is(s, -0) ? 0 : s)));
          const baca = r.nilai.map((b) => b.map((s) => (Object.is(s, -0) ? 0 : s)));
          expect([r.barisAwal, r.kolomAwal]).toEqual([1, 1]);
          expect(baca).toEqual(harap);
        },
      ),
      { numRuns: 20 },
    );
  });

  it('costs the cells present, not the declared dimension, and saves them as a new .xlsx', async () => {
    const wb = utils.book_new();
    utils.book_append_sheet(
      wb,
      utils.aoa_to_sheet([
        ['Target', 'Realisasi'],
        [80, 85.2],
      ]),
      'Besar',
    );
    // the package declares the whole sheet as used
    const zip = unzipSync(bytes(wb, 'xlsx'));
    const lembar = strFromU8(zip['xl/worksheets/sheet1.xml']!);
    expect(lembar).toContain('<dimension ref="A1:B2"/>');
    zip['xl/worksheets/sheet1.xml'] = strToU8(lembar.replace('<dimension ref="A1:B2"/>', '<dimension ref="A1:XFD1048576"/>'));
    const buku = await bacaBukuLama(zipSync(zip), 'besar.xlsx');
    expect(buku.bacaLembar('Besar').nilai).toEqual([
      ['Target', 'Realisasi'],
      [80, 85.2],
    ]);
    const xlsx = buku.keXlsx();
    expect(xlsx.length).toBeLessThan(20_000);
    const kembali = read(xlsx, { type: 'array' });
    expect(kembali.SheetNames).toEqual(['Besar']);
    expect(utils.sheet_to_json(kembali.Sheets.Besar!, { header: 1 })).toEqual([
      ['Target', 'Realisasi'],
      [80, 85.2],
    ]);
  });

  it('says in one Indonesian line that a file is locked or damaged', async () => {
    const kunci = CFB.utils.cfb_new();
    CFB.utils.cfb_add(kunci, 'EncryptionInfo', new Uint8Array(8));
    CFB.utils.cfb_add(kunci, 'EncryptedPackage', new Uint8Array(64));
    await expect(bacaBukuLama(new Uint8Array(CFB.write(kunci, { type: 'array' }) as ArrayBuffer), 'rahasia.xls')).rejects.toThrow(
      /^rahasia\.xls dilindungi kata sandi: buka di Excel atau LibreOffice, hapus kata sandinya, simpan, lalu coba lagi\.$/,
    );
    const rusak = new Uint8Array([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1, ...new Array(600).fill(3)]);
    await expect(bacaBukuLama(rusak, 'rusak.xls')).rejects.toThrow(
      /^rusak\.xls tidak dapat dibaca: berkasnya rusak atau bukan buku kerja \.xlsx, \.xls atau \.ods\.$/,
    );
    const buku = await bacaBukuLama(new Uint8Array(readFileSync(path.join(AKAR, 'test/fixtures/web/contoh-lapkin.ods'))), 'c.ods');
    expect(() => buku.bacaLembar('Tidak Ada')).toThrow('Lembar "Tidak Ada" tidak ada di c.ods.');
  });
});
