// The planner's scheme choice becomes a scheme in one place: a built-in code or the cells of a range.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { isGalat } from '../../core/galat';
import { cariSkema, SKEMA_BAWAAN, skemaDariRentang, skemaPilihan } from '../../core/skema';

describe('skemaPilihan', () => {
  it('takes a code in any case, a range of bands, and names what it does not know', () => {
    expect(skemaPilihan('bpom 2019')).toBe(SKEMA_BAWAAN['BPOM-2019']);
    expect(
      skemaPilihan([
        [0, 'Kurang'],
        [80, 'Baik'],
      ]),
    ).toMatchObject({ pita: [{ label: 'Kurang' }, { label: 'Baik' }] });
    const salah = skemaPilihan('BPOM-2099');
    expect(isGalat(salah) && salah.pesan).toContain('BPOM-2099');
  });

  it('answers exactly as cariSkema for a text and skemaDariRentang for cells', () => {
    fc.assert(
      fc.property(fc.oneof(fc.string(), fc.constantFrom(...Object.keys(SKEMA_BAWAAN))), (kode) => {
        expect(skemaPilihan(kode)).toEqual(cariSkema(kode));
      }),
    );
    fc.assert(
      fc.property(
        fc.array(fc.tuple(fc.oneof(fc.integer({ min: -10, max: 200 }), fc.constant('')), fc.string({ maxLength: 8 })), { maxLength: 6 }),
        (baris) => {
          expect(skemaPilihan(baris)).toEqual(skemaDariRentang(baris));
        },
      ),
    );
  });
});
