// Arbitrary indicator models for property tests: grouped as the sheet reader groups them
// (contiguous perspectives and sasaran), with every kind of cell a reader can produce.
import fc from 'fast-check';
import { bacaAngka } from '../../../core/angka';
import type { Angka, Indikator, ModelLapkin, OpsiSkor, PeranKolom, Polaritas } from '../../../core/model';
import { SKEMA_BAWAAN } from '../../../core/skema';

const angka = (opsi: { positif?: boolean } = {}): fc.Arbitrary<Angka> =>
  fc
    .oneof(
      fc.double({ noNaN: true, noDefaultInfinity: true, ...(opsi.positif ? { min: 0 } : {}) }),
      fc.integer({ min: 0, max: 200 }),
      fc.integer({ min: 0, max: 20000 }).map((n) => n / 100),
    )
    .map((nilai) => ({ jenis: 'angka', nilai: nilai === 0 ? 0 : nilai }) as Angka);

const sel = (opsi: { positif?: boolean } = {}): fc.Arbitrary<Angka> =>
  fc.oneof(
    { weight: 6, arbitrary: angka(opsi) },
    { weight: 1, arbitrary: fc.constantFrom('-', '', 'Akhir Tahun', 'WTP', 'WDP', 'Baik', 'Cukup', 'teks aneh', '#DIV/0!').map(bacaAngka) },
  );

const nama = (awalan: string) => fc.stringMatching(/^[A-Za-z][A-Za-z ,.()/-]{0,60}$/).map((s) => `${awalan} ${s}`);

interface OpsiAcak {
  /** Only what the audit reads back from the table itself: positive polarity, no cap. */
  readonly dapatDiperiksa?: boolean;
}

const indikatorAcak = (o: OpsiAcak) =>
  fc.record({
    no: fc.oneof(fc.constant(''), fc.integer({ min: 1, max: 99 }).map(String), fc.constantFrom('1.a', 'IKU 3')),
    // names a total row also starts with: the audit must still read them as indicators
    nama: fc.constantFrom('Indikator', 'Jumlah', 'Persentase', 'Total', 'Rata-rata', 'Program').chain(nama),
    satuan: fc.constantFrom('%', 'Indeks', 'dokumen', '', '-'),
    target: sel(),
    realisasi: sel(),
    bobot: fc.oneof(fc.constant(1), fc.constant(2), fc.constant(0), fc.double({ min: 0, max: 10, noNaN: true })),
    iku: fc.boolean(),
    polaritas: o.dapatDiperiksa ? fc.constant<Polaritas>('positif') : fc.constantFrom<Polaritas>('positif', 'negatif', 'negatif-rasio'),
    targetBulanan: fc.option(fc.array(sel(), { minLength: 12, maxLength: 12 })),
    realisasiBulanan: fc.option(fc.array(sel(), { minLength: 12, maxLength: 12 })),
    pagu: fc.option(sel({ positif: true })),
    realisasiAnggaran: fc.option(sel({ positif: true })),
    tahunLalu: fc.array(fc.record({ tahun: fc.integer({ min: 2015, max: 2023 }), target: sel(), realisasi: sel() }), { maxLength: 3 }),
    targetRenstra: fc.option(sel()),
  });

export function modelAcak(o: OpsiAcak = {}): fc.Arbitrary<{ model: ModelLapkin; opsi: OpsiSkor }> {
  const sasaranAcak = fc.record({ nama: nama('Sasaran'), indikator: fc.array(indikatorAcak(o), { minLength: 1, maxLength: 4 }) });
  const perspektifAcak = fc.record({
    nama: fc.option(fc.constantFrom('Stakeholder Perspective', 'Customer', 'Proses Internal', 'Learning & Growth Perspective')),
    sasaran: fc.array(sasaranAcak, { minLength: 1, maxLength: 3 }),
  });
  const peranAcak = fc.subarray<PeranKolom>(['pagu', 'realisasiAnggaran', 'targetRenstra']);
  const opsiAcak = fc.record({
    skema: fc.constantFrom(...Object.values(SKEMA_BAWAAN)),
    tingkat: fc.constantFrom('perspektif' as const, 'sasaran' as const),
    periode: fc.constantFrom('tahunan' as const, 'TW1' as const, 'TW2' as const, 'TW3' as const, 'TW4' as const),
    batasAtas: o.dapatDiperiksa ? fc.constant(undefined) : fc.option(fc.constantFrom(110, 120), { nil: undefined }),
  });
  return fc.tuple(fc.array(perspektifAcak, { maxLength: 4 }), peranAcak, opsiAcak).map(([daftar, peran, opsi]) => {
    const indikator: Indikator[] = [];
    const sasaran: ModelLapkin['sasaran'][number][] = [];
    const perspektif: ModelLapkin['perspektif'][number][] = [];
    const dipakai = new Set<string>();
    for (const [k, p] of daftar.entries()) {
      // as the reader groups: sasaran under no perspective only before the first perspective (it
      // fills perspectives down), one block per perspective, sasaran names unique within one
      const namaP = p.nama === null ? (dipakai.size > 0 ? `Perspektif ${k}` : null) : dipakai.has(p.nama) ? `${p.nama} ${k}` : p.nama;
      if (namaP !== null) dipakai.add(namaP);
      const milik = p.sasaran.map((s, j) => {
        const namaS = `${s.nama} ${j + 1}`;
        const ind = s.indikator.map((x) => {
          const i: Indikator = { ...x, baris: indikator.length + 2, perspektif: namaP, sasaran: namaS };
          indikator.push(i);
          return i;
        });
        const hasil = { nama: namaS, perspektif: namaP, indikator: ind };
        sasaran.push(hasil);
        return hasil;
      });
      if (namaP !== null) perspektif.push({ nama: namaP, sasaran: milik });
    }
    const tahun = [...new Set(indikator.flatMap((i) => i.tahunLalu.map((t) => t.tahun)))];
    const model: ModelLapkin = {
      barisHeader: 1,
      peta: {
        peran: { indikator: 0, target: 1, ...Object.fromEntries(peran.map((k, i) => [k, 2 + i])) },
        tahunLalu: tahun.map((t) => ({ tahun: t })),
      },
      perspektif,
      sasaran,
      indikator,
    };
    return { model, opsi };
  });
}
