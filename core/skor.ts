// Scoring the model: capaian per indicator (for the period chosen), kriteria on the value as
// shown, NPS per sasaran (weighted), per perspektif (mean) and for the unit (a setting).
// skorRingkas is the loop itself, writing into typed arrays (no object per indicator, so a
// million indicators score in tens of milliseconds); skorModel gives the same as objects.
import { capaianAngka, hitungCapaian, type OpsiCapaian } from './capaian';
import { isGalat } from './galat';
import { cariIndeksPita, pencariPita } from './kriteria';
import type {
  Angka,
  HasilSkor,
  Indikator,
  ModelLapkin,
  OpsiSkor,
  Polaritas,
  Sasaran,
  Skema,
  SkorIndikator,
  SkorPerspektif,
  SkorSasaran,
} from './model';
import { PenjumlahTertimbang, rataRata } from './nps';
import { realisasiTriwulan, targetTriwulan, type Triwulan } from './periode';
import { SKEMA_BAWAAN, SKEMA_DEFAULT } from './skema';

/** KEPKA-128-2022; unit = mean of perspektif when the sheet has them, else of sasaran; annual. */
export function opsiBawaan(model: ModelLapkin): OpsiSkor {
  return {
    skema: SKEMA_BAWAAN[SKEMA_DEFAULT],
    tingkat: model.perspektif.length > 0 ? 'perspektif' : 'sasaran',
    periode: 'tahunan',
  };
}

/**
 * The scores as typed arrays. Indicators are numbered sasaran by sasaran (model.sasaran[0]'s
 * indicators first); NaN marks "no figure" here (skorModel turns it into null).
 */
export interface SkorRingkas {
  /** Capaian for the period, full precision. */
  readonly capaian: Float64Array;
  /** Capaian against the annual target (the same array as capaian in the annual period). */
  readonly capaianTahunan: Float64Array;
  /** Band of the capaian as shown: index into opsi.skema.pita, -1 when none. */
  readonly pita: Int16Array;
  /** Target and realisasi used per indicator in an interim period; null in the annual one
   *  (then indikator.target and indikator.realisasi). */
  readonly target: readonly Angka[] | null;
  readonly realisasi: readonly Angka[] | null;
  /** Why indicator i has no capaian; '' when it has one. Built on request, not in the loop. */
  readonly keterangan: (i: number) => string;
  /** Per model.sasaran / model.perspektif. */
  readonly npsSasaran: Float64Array;
  readonly npsPerspektif: Float64Array;
  readonly npsUnit: number;
}

export function skorRingkas(model: ModelLapkin, opsi: OpsiSkor): SkorRingkas {
  const tw = opsi.periode === 'tahunan' ? null : (Number(opsi.periode.slice(2)) as Triwulan);
  const opsiPolaritas = siapkanOpsi(opsi.batasAtas);
  const tanpaBatas = opsi.batasAtas === undefined;
  let n = 0;
  for (const s of model.sasaran) n += s.indikator.length;
  const capaian = new Float64Array(n);
  const capaianTahunan = tw === null ? capaian : new Float64Array(n);
  const pita = new Int16Array(n);
  const target: Angka[] | null = tw === null ? null : new Array<Angka>(n);
  const realisasi: Angka[] | null = tw === null ? null : new Array<Angka>(n);
  const npsSasaran = new Float64Array(model.sasaran.length);
  const cariPita = pencariPita(opsi.skema);
  const nps = new PenjumlahTertimbang();
  const umum = (r: Angka, t: Angka, polaritas: Polaritas) =>
    r.jenis === 'angka' && t.jenis === 'angka' && tanpaBatas
      ? capaianAngka(r.nilai, t.nilai, polaritas)
      : kosong(r, t)
        ? NaN
        : hitungCapaian(r, t, opsiPolaritas[polaritas]);
  let i = 0;
  for (const [s, { indikator }] of model.sasaran.entries()) {
    nps.mulaiLagi();
    for (const ind of indikator) {
      const t = tw === null || ind.targetBulanan === null ? ind.target : targetTriwulan(ind.targetBulanan, tw);
      // without monthly realisasi columns the Realisasi column is the figure so far
      const r = tw === null || ind.realisasiBulanan === null ? ind.realisasi : realisasiTriwulan(ind.realisasiBulanan, tw);
      // the common case, two plain numbers of positive polarity, is the division itself; anything
      // else (no figure, text, other polarity, a cap, target 0) takes the general path
      const biasa = r.jenis === 'angka' && t.jenis === 'angka' && tanpaBatas && ind.polaritas === 'positif' && t.nilai !== 0;
      const langsung = biasa ? (r.nilai / t.nilai) * 100 : NaN;
      const c = biasa && Number.isFinite(langsung) ? langsung : umum(r, t, ind.polaritas);
      const v = typeof c === 'number' ? c : NaN;
      capaian[i] = v;
      pita[i] = Number.isNaN(v) ? -1 : cariPita(v);
      if (target !== null && realisasi !== null) {
        target[i] = t;
        realisasi[i] = r;
        capaianTahunan[i] =
          t === ind.target ? v : kosong(r, ind.target) ? NaN : angkaAtauNaN(hitungCapaian(r, ind.target, opsiPolaritas[ind.polaritas]));
      }
      nps.tambah(v, ind.bobot);
      i++;
    }
    npsSasaran[s] = nps.hasil() ?? NaN;
  }
  const nomorSasaran = new Map<Sasaran, number>(model.sasaran.map((s, k) => [s, k]));
  const npsPerspektif = Float64Array.from(
    model.perspektif,
    (p) => rataRata(p.sasaran.map((s) => npsSasaran[nomorSasaran.get(s) ?? -1] ?? NaN)) ?? NaN,
  );
  const tanpaPerspektif = model.sasaran.flatMap((s, k) => (s.perspektif === null ? [npsSasaran[k] ?? NaN] : []));
  // 'indikator': the plain mean of every indicator's capaian, as some reports print the unit figure
  const npsUnit =
    opsi.tingkat === 'indikator'
      ? rataRata(capaian)
      : opsi.tingkat === 'perspektif' && model.perspektif.length > 0
        ? rataRata([...npsPerspektif, ...tanpaPerspektif])
        : rataRata(npsSasaran);
  let urutan: readonly Indikator[] | null = null;
  const keterangan = (k: number): string => {
    if (!Number.isNaN(capaian[k] ?? 0)) return '';
    urutan ??= model.sasaran.flatMap((s) => s.indikator);
    const ind = urutan[k];
    if (ind === undefined) return '';
    const c = hitungCapaian(realisasi?.[k] ?? ind.realisasi, target?.[k] ?? ind.target, opsiPolaritas[ind.polaritas]);
    return typeof c === 'number' ? '' : isGalat(c) ? c.pesan : c.kosong;
  };
  return { capaian, capaianTahunan, pita, target, realisasi, keterangan, npsSasaran, npsPerspektif, npsUnit: npsUnit ?? NaN };
}

/**
 * The scored model as objects for the tables. HasilSkor.indikator lists the indicators sasaran
 * by sasaran (the sheet's order when each sasaran's rows are together). With tingkat
 * 'perspektif', sasaran outside any perspective count as groups of their own in the unit mean.
 */
export function skorModel(model: ModelLapkin, opsi: OpsiSkor): HasilSkor {
  const r = skorRingkas(model, opsi);
  const indikator: SkorIndikator[] = [];
  const sasaran = model.sasaran.map((s, k): SkorSasaran => {
    const skor = s.indikator.map((ind): SkorIndikator => {
      const i = indikator.length;
      const x: SkorIndikator = {
        indikator: ind,
        target: r.target?.[i] ?? ind.target,
        realisasi: r.realisasi?.[i] ?? ind.realisasi,
        capaian: atauNull(r.capaian[i]),
        capaianTahunan: atauNull(r.capaianTahunan[i]),
        kriteria: opsi.skema.pita[r.pita[i] ?? -1]?.label ?? null,
        keterangan: r.keterangan(i),
      };
      indikator.push(x);
      return x;
    });
    const nps = atauNull(r.npsSasaran[k]);
    return { sasaran: s, nps, kriteria: label(nps, opsi.skema), indikator: skor };
  });
  const perSasaran = new Map(sasaran.map((s) => [s.sasaran, s]));
  const perspektif = model.perspektif.map((p, k): SkorPerspektif => {
    const nps = atauNull(r.npsPerspektif[k]);
    return { nama: p.nama, nps, kriteria: label(nps, opsi.skema), sasaran: p.sasaran.flatMap((s) => perSasaran.get(s) ?? []) };
  });
  const npsUnit = atauNull(r.npsUnit);
  return { model, opsi, indikator, sasaran, perspektif, unit: { nps: npsUnit, kriteria: label(npsUnit, opsi.skema) } };
}

/** One options object per polarity, made once per scoring (no allocation per indicator). */
function siapkanOpsi(batasAtas: number | undefined): Readonly<Record<Polaritas, OpsiCapaian>> {
  const buat = (polaritas: Polaritas): OpsiCapaian => (batasAtas === undefined ? { polaritas } : { polaritas, batasAtas });
  return { positif: buat('positif'), negatif: buat('negatif'), 'negatif-rasio': buat('negatif-rasio') };
}

/**
 * A side without a figure: the loop writes NaN and builds no sentence (a million-row loop's worth
 * of sentences wakes the garbage collector); keterangan(i) builds it when asked.
 */
function kosong(r: Angka, t: Angka): boolean {
  return r.jenis === 'kosong' || t.jenis === 'kosong';
}

function angkaAtauNaN(x: unknown): number {
  return typeof x === 'number' ? x : NaN;
}

function atauNull(x: number | undefined): number | null {
  return x === undefined || Number.isNaN(x) ? null : x;
}

function label(nilai: number | null, skema: Skema): string | null {
  if (nilai === null) return null;
  return skema.pita[cariIndeksPita(nilai, skema)]?.label ?? null;
}
