// The helpers every host writer shares, once in core: A1 positions, the names of added sheets, the
// audit's marks.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { posisiA1, selDariAlamat } from '../../core/alamat';
import { alamatSel } from '../../core/kolom';
import { namaLembarBebas } from '../../core/nama-lembar';
import { catatanTemuan, TANDA_TEMUAN } from '../../core/periksa/tanda';
import { RATA_HOST } from '../../core/tabel/blok';

describe('posisiA1', () => {
  it('reads an address with or without $, in either case', () => {
    expect(posisiA1('C7')).toEqual({ baris: 7, kolom: 3 });
    expect(posisiA1(' $ab$12 ')).toEqual({ baris: 12, kolom: 28 });
    expect(posisiA1('XFD1048576')).toEqual({ baris: 1048576, kolom: 16384 });
    for (const salah of ['', 'C', '7', 'C7:D8', 'Data!C7', 'ABCD1', 'C12345678']) expect(posisiA1(salah), salah).toBeNull();
  });

  it('is the inverse of alamatSel', () => {
    fc.assert(
      fc.property(fc.integer({ min: 1, max: 1048576 }), fc.integer({ min: 0, max: 16383 }), (baris, kolom) => {
        expect(posisiA1(alamatSel(baris, kolom))).toEqual({ baris, kolom: kolom + 1 });
      }),
    );
  });
});

describe('selDariAlamat', () => {
  it('keeps the cell of a full address, without $ and in capitals', () => {
    expect(selDariAlamat("'Data IKU'!$c$7")).toBe('C7');
    expect(selDariAlamat('Sheet1!B2')).toBe('B2');
    expect(selDariAlamat('d4')).toBe('D4');
  });

  it('gives back what alamatSel made, whatever sheet name stands before it', () => {
    fc.assert(
      fc.property(fc.string({ maxLength: 20 }), fc.integer({ min: 1, max: 9999 }), fc.integer({ min: 0, max: 700 }), (lembar, b, k) => {
        const sel = alamatSel(b, k);
        expect(selDariAlamat(`'${lembar.replace(/!/g, '')}'!$${sel.replace(/(\d)/, '$$$1')}`)).toBe(sel);
      }),
    );
  });
});

describe('namaLembarBebas', () => {
  it('numbers a taken name, ignoring case, and keeps 31 characters', () => {
    expect(namaLembarBebas('Pencapaian IKU', [])).toBe('Pencapaian IKU');
    expect(namaLembarBebas('Pencapaian IKU', ['pencapaian iku', 'PENCAPAIAN IKU (2)'])).toBe('Pencapaian IKU (3)');
    expect(namaLembarBebas('x'.repeat(40), [])).toBe('x'.repeat(31));
    expect(namaLembarBebas(`${'x'.repeat(26)} y z`, ['x'.repeat(26) + ' y z'])).toBe(`${'x'.repeat(26)} (2)`);
  });

  it('gives a name of at most 31 characters that no sheet has, whatever the case', () => {
    fc.assert(
      fc.property(
        fc.array(fc.string({ minLength: 1, maxLength: 40 }), { maxLength: 8 }),
        fc.string({ minLength: 1, maxLength: 40 }),
        (ada, nama) => {
          const baru = namaLembarBebas(nama, ada);
          expect(baru.length).toBeLessThanOrEqual(31);
          expect(ada.map((n) => n.toLowerCase())).not.toContain(baru.toLowerCase());
        },
      ),
    );
  });
});

describe('the audit marks', () => {
  const temuan = { lembar: 'L', sel: 'C7', baris: 7, kolom: 'C', tercetak: 80, alasan: 'Capaian = realisasi / target × 100' };

  it('write the value it should have, as shown, after the prefix a later audit looks for', () => {
    expect(catatanTemuan({ ...temuan, seharusnya: 104.4733 })).toBe('Lapkin: seharusnya 104,47. Capaian = realisasi / target × 100');
    expect(catatanTemuan({ ...temuan, seharusnya: 'Baik' })).toBe('Lapkin: seharusnya Baik. Capaian = realisasi / target × 100');
    expect(TANDA_TEMUAN).toEqual({ warna: 'FFC7CE', awalan: 'Lapkin: ' });
    expect(RATA_HOST).toEqual({ kiri: 'left', tengah: 'center', kanan: 'right' });
  });

  it('always start with the prefix and never show NaN or Infinity', () => {
    fc.assert(
      fc.property(fc.oneof(fc.double({ min: -1e12, max: 1e12, noNaN: true }), fc.string()), fc.string(), (seharusnya, alasan) => {
        const c = catatanTemuan({ ...temuan, seharusnya, alasan });
        expect(c.startsWith(TANDA_TEMUAN.awalan)).toBe(true);
        if (typeof seharusnya === 'number') expect(c).not.toMatch(/NaN|Infinity/);
      }),
    );
  });
});
