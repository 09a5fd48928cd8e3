// The analysis paragraphs: committed text for three indicators of report 000 (above target, below,
// no figure), the sentences that need more figures (trend, Renstra, interim), and the property that
// every number a paragraph quotes is a figure of the scored model.
import fc from 'fast-check';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { bacaAngka } from '../../../core/angka';
import { bacaLembar } from '../baca';
import { bulat } from '../../../core/bulat';
import { angkaTeks, paragrafIndikator, paragrafSasaran } from '../../../core/laporan';
import type { Angka, SkorIndikator } from '../../../core/model';
import { SKEMA_BAWAAN } from '../../../core/skema';
import { skorModel } from '../../../core/skor';
import { modelAcak } from '../tabel/acak';
import { lembar000 } from '../tabel/laporan-000';

const emas = JSON.parse(readFileSync(path.resolve('test/fixtures/laporan-000-paragraf.json'), 'utf8')) as { paragraf: Record<string, string> };

function hasil000() {
  const lembar = lembar000();
  // indicator 12 before its figure arrives
  const baris = lembar.findIndex((b) => b[2] === 12);
  lembar[baris]![7] = '-';
  return skorModel(bacaLembar(lembar).model!, { skema: SKEMA_BAWAAN['BPOM-2019'], tingkat: 'perspektif', periode: 'tahunan' });
}

describe('paragrafIndikator', () => {
  it('report 000: above target, below target, and no figure match the committed text', () => {
    const h = hasil000();
    for (const [no, teks] of Object.entries(emas.paragraf)) {
      expect(
        paragrafIndikator(
          h.indikator.find((s) => s.indikator.no === no)!,
          h.opsi,
        ),
      ).toBe(teks);
    }
  });

  const dasar = hasil000().indikator.find((s) => s.indikator.no === '5')!;
  const dengan = (ubah: Partial<SkorIndikator['indikator']>): SkorIndikator => ({ ...dasar, indikator: { ...dasar.indikator, ...ubah } });
  const a = (n: number): Angka => ({ jenis: 'angka', nilai: n });

  it('the prior years on the sheet, oldest first, and this year against the latest', () => {
    const s = dengan({
      tahunLalu: [
        { tahun: 2018, target: a(60), realisasi: a(88.5) },
        { tahun: 2017, target: a(55), realisasi: a(70) },
      ],
    });
    expect(paragrafIndikator(s, { periode: 'tahunan' })).toBe(
      'Realisasi tahun ini sebesar 85,20 % dari target 65 %, sehingga capaiannya 131,08 %. Capaian ini melampaui target. ' +
        'Nilai ini termasuk kriteria Tidak Dapat Disimpulkan. Realisasi tahun sebelumnya: 2017 sebesar 70 %, 2018 sebesar 88,50 %. ' +
        'Realisasi tahun ini lebih rendah daripada tahun 2018.',
    );
    // a prior year without a figure is not quoted, and no comparison is made with it
    const tanpa = dengan({ tahunLalu: [{ tahun: 2018, target: a(60), realisasi: bacaAngka('-') }] });
    expect(paragrafIndikator(tanpa, { periode: 'tahunan' })).not.toContain('2018');
  });

  it('the end-of-Renstra target, reached or not (by polarity)', () => {
    expect(paragrafIndikator(dengan({ targetRenstra: a(90) }), { periode: 'tahunan' })).toContain(
      'Target akhir Renstra sebesar 90 % belum tercapai.',
    );
    expect(paragrafIndikator(dengan({ targetRenstra: a(80) }), { periode: 'tahunan' })).toContain(
      'Target akhir Renstra sebesar 80 % sudah tercapai.',
    );
  });

  it('a missing target says so; an interim period says up to which quarter and compares no years', () => {
    const s = { ...dasar, target: bacaAngka(''), capaian: null, kriteria: null, keterangan: 'x' };
    expect(paragrafIndikator(s, { periode: 'tahunan' })).toBe('Target belum tersedia (sel kosong), sehingga capaian belum dapat dihitung.');
    const tw = dengan({ tahunLalu: [{ tahun: 2018, target: a(60), realisasi: a(70) }] });
    const teks = paragrafIndikator(tw, { periode: 'TW3' });
    expect(teks).toContain('Realisasi sampai Triwulan III sebesar 85,20 %');
    expect(teks).not.toMatch(/lebih (tinggi|rendah)|sama dengan tahun/);
  });
});

describe('paragrafSasaran', () => {
  it('the NPS and its kriteria, or why there is none', () => {
    const h = hasil000();
    expect(paragrafSasaran(h.sasaran[0]!)).toBe('Nilai Pencapaian Sasaran (NPS) sebesar 98,85 %, kriteria Baik.');
    expect(paragrafSasaran({ ...h.sasaran[0]!, nps: null, kriteria: null })).toBe(
      'NPS sasaran ini belum dapat dihitung karena belum ada indikator dengan angka capaian.',
    );
  });
});

/** The figure a quoted number stands for: equal at two decimals, or within the 15 significant digits
 *  Excel (and the chapter) shows of a huge figure: half a unit of the 15th digit is at most 5e-15 of it. */
const sama = (v: number, n: number) => Math.abs(v - n) <= Math.max(1e-9, Math.abs(v) * 1e-14);
const sebut = (boleh: readonly number[], n: number) => boleh.some((v) => sama(v, n));

/** The numbers of a paragraph in Indonesian format ('1.234,56', '-5', '1e+300'). */
function angkaDi(teks: string): number[] {
  return [...teks.matchAll(/-?\d+(?:\.\d+)?e[+-]\d+|-?\d{1,3}(?:\.\d{3})+(?:,\d+)?|-?\d+(?:,\d+)?/g)].map((m) =>
    m[0].includes('e') ? Number(m[0]) : Number(m[0].replace(/\./g, '').replace(',', '.')),
  );
}

describe('every number a paragraph quotes is a figure of the scored model', () => {
  it('over arbitrary models, schemes and periods', () => {
    fc.assert(
      fc.property(modelAcak(), ({ model, opsi }) => {
        const h = skorModel(model, opsi);
        for (const s of h.indikator) {
          const ind = s.indikator;
          const angka = (x: Angka | null | undefined) => (x?.jenis === 'angka' ? [x.nilai] : []);
          const boleh = [
            ...angka(s.target),
            ...angka(s.realisasi ?? ind.realisasi),
            ...angka(ind.targetRenstra),
            ...(s.capaian === null ? [] : [s.capaian]),
            ...ind.tahunLalu.flatMap((t) => [t.tahun, ...angka(t.realisasi)]),
          ].map((x) => bulat(x, 2));
          for (const n of angkaDi(paragrafIndikator(s, h.opsi))) {
            expect(sebut(boleh, n), `${n} di "${paragrafIndikator(s, h.opsi)}" (${boleh.join(' ')})`).toBe(true);
          }
        }
        for (const s of h.sasaran) {
          // as for the indicators: a huge NPS has no second decimal to show
          for (const n of angkaDi(paragrafSasaran(s))) expect(sebut([bulat(s.nps ?? NaN, 2)], n), `${n} ~ ${s.nps}`).toBe(true);
        }
      }),
      { numRuns: 300 },
    );
  });

  it('angkaTeks reads back as the value at two decimals', () => {
    fc.assert(
      fc.property(fc.double({ min: -1e12, max: 1e12, noNaN: true }), (x) => {
        expect(angkaDi(angkaTeks(x))).toEqual([bulat(x, 2) === 0 ? 0 : bulat(x, 2)]);
      }),
    );
  });
});
