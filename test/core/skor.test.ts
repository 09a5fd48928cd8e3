import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { hitungCapaian } from '../../core/capaian';
import { isGalat } from '../../core/galat';
import { bacaLembar } from './baca';
import type { Angka, ModelLapkin, Polaritas, Sel } from '../../core/model';
import { opsiBawaan, skorModel, skorRingkas } from '../../core/skor';
import { SKEMA_BAWAAN } from '../../core/skema';
import { TABEL_5 } from './lembar-contoh';
import { indikator } from './tabel/contoh';

function baca(nilai: Sel[][], bobotIku?: number): ModelLapkin {
  const h = bacaLembar(nilai, bobotIku === undefined ? {} : { bobotIku });
  if (h.model === null) throw new Error(JSON.stringify(h.masalah));
  return h.model;
}

const BULANAN: Sel[][] = [
  [
    'Perspektif',
    'Sasaran',
    'Indikator',
    'Target',
    'Jan',
    'Feb',
    'Mar',
    'Apr',
    'Mei',
    'Jun',
    'Jul',
    'Ags',
    'Sep',
    'Okt',
    'Nov',
    'Des',
    'Realisasi',
    'Realisasi Sep',
  ],
  ['Stakeholder', 'S1', 'a', 60, 20, 20, 20, 30, 30, 30, 40, 40, 40, 50, 55, 60, 42, 38],
  ['', '', 'b', 91, '-', '-', '-', '-', '-', '-', '-', '-', '-', '-', '-', 91, '', ''],
  ['', 'S2', 'c', 100, 10, 20, 30, 40, 50, 60, 70, 80, 90, 100, 100, 100, 'Akhir Tahun', 95],
  ['', 'S3 tanpa target', 'd', 0, '', '', '', '', '', '', '', '', '', '', '', '', 5, ''],
];

describe('skorModel', () => {
  it('default options: KEPKA-128-2022, tingkat perspektif when there are perspectives, annual', () => {
    const m = baca(TABEL_5);
    expect(opsiBawaan(m)).toEqual({ skema: SKEMA_BAWAAN['KEPKA-128-2022'], tingkat: 'perspektif', periode: 'tahunan' });
    const tanpa = baca([
      ['Indikator', 'Target', 'Realisasi'],
      ['a', 1, 1],
    ]);
    expect(opsiBawaan(tanpa).tingkat).toBe('sasaran');
  });

  it("an interim period takes the quarter target from the monthly ones and the month's realisasi", () => {
    const m = baca(BULANAN);
    expect(m.peta.peran.realisasiBulan9).toBe(17);
    const h = skorModel(m, { ...opsiBawaan(m), periode: 'TW3' });
    const [a, b, c, d] = h.indikator;
    expect([a!.target, a!.realisasi, a!.capaian, a!.capaianTahunan]).toEqual([
      { jenis: 'angka', nilai: 40 },
      { jenis: 'angka', nilai: 38 },
      95,
      (38 / 60) * 100,
    ]);
    expect([b!.capaian, b!.keterangan]).toEqual([null, 'Target September ("-") dan realisasi TW III (sel kosong) belum ada']);
    expect([c!.capaian, c!.capaianTahunan, c!.kriteria]).toEqual([(95 / 90) * 100, 95, 'Memenuhi Ekspektasi']);
    expect([d!.capaian, d!.keterangan]).toEqual([null, 'Target September dan realisasi TW III belum ada (sel kosong)']);
    expect(h.sasaran.map((s) => s.nps)).toEqual([95, (95 / 90) * 100, null]);
  });

  it("an interim period never takes the annual realisasi when the quarter's cell has no figure", () => {
    const m = baca([
      [
        'Sasaran',
        'Indikator',
        'Target',
        ...Array.from({ length: 12 }, (_, k) => `B${k + 1}`),
        'Realisasi',
        'Realisasi TW II',
        'Realisasi TW III',
      ],
      ['S1', 'tiap triwulan', 80, ...Array(12).fill(80), 85, 78, '-'],
      ['', 'akhir tahun', 73, ...Array(11).fill('-'), 73, 74.12, '-', '-'],
      ['', 'sel kosong', 90, ...Array(12).fill(90), 95, 88, ''],
    ]);
    expect(m.peta.peran.realisasiBulan9).toBe(17);
    const h = skorModel(m, { ...opsiBawaan(m), periode: 'TW3' });
    expect(h.indikator.map((x) => [x.realisasi, x.capaian, x.capaianTahunan, x.kriteria])).toEqual([
      [{ jenis: 'kosong', nama: 'Realisasi TW III', alasan: '"-"' }, null, null, null],
      [{ jenis: 'kosong', nama: 'Realisasi TW III', alasan: '"-"' }, null, null, null],
      [{ jenis: 'kosong', nama: 'Realisasi TW III', alasan: 'sel kosong' }, null, null, null],
    ]);
    expect(h.indikator.map((x) => x.keterangan)).toEqual([
      'Realisasi TW III belum ada ("-")',
      'Target September dan realisasi TW III belum ada ("-")',
      'Realisasi TW III belum ada (sel kosong)',
    ]);
    expect(h.sasaran[0]!.nps).toBeNull();
    // the quarter before has its figures; a sheet without quarterly columns keeps the Realisasi column
    expect(skorModel(m, { ...opsiBawaan(m), periode: 'TW2' }).indikator.map((x) => x.capaian)).toEqual([(78 / 80) * 100, null, (88 / 90) * 100]);
    const tanpaKolom = baca(BULANAN.map((b) => b.slice(0, 17)));
    expect(skorModel(tanpaKolom, { ...opsiBawaan(tanpaKolom), periode: 'TW3' }).indikator[0]!.realisasi).toEqual({ jenis: 'angka', nilai: 42 });
  });

  it('the annual period uses the annual target and the Realisasi column; reasons say why a capaian is missing', () => {
    const m = baca(BULANAN);
    const h = skorModel(m, opsiBawaan(m));
    expect(h.indikator.map((x) => x.capaian)).toEqual([70, null, null, null]);
    expect(h.indikator.map((x) => x.keterangan)).toEqual([
      '',
      'Realisasi belum ada (sel kosong)',
      'Realisasi belum ada ("Akhir Tahun")',
      'Target 0: capaian tidak dapat dihitung (pembagian dengan nol)',
    ]);
    expect(h.indikator.every((x) => x.realisasi === x.indikator.realisasi)).toBe(true);
    expect(h.unit).toEqual({ nps: 70, kriteria: 'Tidak Memenuhi Ekspektasi' });
  });

  it('a cap and the unit level are settings', () => {
    const m = baca([
      ['Perspektif', 'Sasaran', 'Indikator', 'Target', 'Realisasi'],
      ['P1', 'S1', 'a', 100, 150],
      ['', 'S2', 'b', 100, 90],
      ['P2', 'S3', 'c', 100, 100],
    ]);
    const bawaan = opsiBawaan(m);
    expect(skorModel(m, bawaan).unit.nps).toBe((120 + 100) / 2);
    expect(skorModel(m, { ...bawaan, tingkat: 'sasaran' }).unit.nps).toBe((150 + 90 + 100) / 3);
    const batas = skorModel(m, { ...bawaan, batasAtas: 120 });
    expect(batas.indikator.map((x) => x.capaian)).toEqual([120, 90, 100]);
    expect(batas.perspektif.map((p) => p.nps)).toEqual([105, 100]);
  });

  it('skorRingkas carries the same figures in typed arrays', () => {
    const m = baca(TABEL_5, 2);
    const opsi = opsiBawaan(m);
    const r = skorRingkas(m, opsi);
    const h = skorModel(m, opsi);
    expect([...r.capaian].map((c) => (Number.isNaN(c) ? null : c))).toEqual(h.indikator.map((x) => x.capaian));
    expect([...r.pita].map((p) => (p < 0 ? null : opsi.skema.pita[p]!.label))).toEqual(h.indikator.map((x) => x.kriteria));
    expect([...r.npsSasaran]).toEqual(h.sasaran.map((s) => s.nps));
    expect(r.npsUnit).toBe(h.unit.nps);
    expect(r.target).toBeNull();
  });
});

describe('skorModel against hitungCapaian, indicator by indicator', () => {
  const angka: fc.Arbitrary<Angka> = fc.oneof(
    fc.double({ min: -1e6, max: 1e6, noNaN: true }).map((nilai) => ({ jenis: 'angka' as const, nilai })),
    fc.constantFrom(0, 100, 80).map((nilai) => ({ jenis: 'angka' as const, nilai })),
    fc.record({
      jenis: fc.constant('kosong' as const),
      alasan: fc.constantFrom('"-"', 'sel kosong'),
      nama: fc.option(fc.constant('Target September'), { nil: undefined }),
    }),
    fc.constantFrom<Angka>(
      { jenis: 'kualitatif', teks: 'WTP', peringkat: 4, skala: 'opini' },
      { jenis: 'kualitatif', teks: 'WDP', peringkat: 3, skala: 'opini' },
    ),
    fc.constant<Angka>({ jenis: 'galat', pesan: '#REF!' }),
  );
  const satuIndikator = fc.record({
    target: angka,
    realisasi: angka,
    polaritas: fc.constantFrom<Polaritas>('positif', 'negatif', 'negatif-rasio'),
    bobot: fc.constantFrom(0, 1, 2),
  });

  // the loop writes NaN for "no figure" without the sentence; the sentence comes on request and
  // must be the one hitungCapaian gives, for every kind of cell, polarity and cap
  it('capaian and keterangan are what hitungCapaian says for that indicator', () => {
    fc.assert(
      fc.property(
        fc.array(fc.array(satuIndikator, { minLength: 1, maxLength: 5 }), { minLength: 1, maxLength: 4 }),
        fc.option(fc.constantFrom(100, 120), { nil: undefined }),
        (daftar, batasAtas) => {
          let baris = 2;
          const sasaran = daftar.map((isi, k) => ({
            nama: `S${k + 1}`,
            perspektif: null,
            indikator: isi.map((x) => indikator({ ...x, baris: baris++, sasaran: `S${k + 1}`, nama: 'i' })),
          }));
          const model: ModelLapkin = {
            barisHeader: 1,
            peta: { peran: {}, tahunLalu: [] },
            perspektif: [],
            sasaran,
            indikator: sasaran.flatMap((s) => s.indikator),
          };
          const opsi = { ...opsiBawaan(model), ...(batasAtas === undefined ? {} : { batasAtas }) };
          const h = skorModel(model, opsi);
          for (const x of h.indikator) {
            const c = hitungCapaian(x.indikator.realisasi, x.indikator.target, {
              polaritas: x.indikator.polaritas,
              ...(batasAtas === undefined ? {} : { batasAtas }),
            });
            expect([x.capaian, x.keterangan]).toEqual(typeof c === 'number' ? [c, ''] : [null, isGalat(c) ? c.pesan : c.kosong]);
          }
        },
      ),
    );
  });
});
