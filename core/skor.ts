// Scoring the model: capaian per indicator (for the period chosen), kriteria on the value as
// shown, NPS per sasaran (weighted), per perspektif (mean) and for the unit (a setting).
import { hitungCapaian, type OpsiCapaian } from './capaian';
import { isGalat } from './galat';
import { cariPita } from './kriteria';
import type {
  Angka, HasilSkor, Indikator, ModelLapkin, OpsiSkor, Polaritas, Sasaran, Skema, SkorIndikator, SkorPerspektif, SkorSasaran,
} from './model';
import { rataRata, rataTertimbang } from './nps';
import { targetTriwulan, type Triwulan } from './periode';
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
 * HasilSkor.indikator lists the indicators sasaran by sasaran (the sheet's order when each
 * sasaran's rows are together). With tingkat 'perspektif', sasaran outside any perspective
 * count as groups of their own in the unit mean.
 */
export function skorModel(model: ModelLapkin, opsi: OpsiSkor): HasilSkor {
  const tw = opsi.periode === 'tahunan' ? null : (Number(opsi.periode.slice(2)) as Triwulan);
  const opsiPolaritas = siapkanOpsi(opsi.batasAtas);
  const indikator: SkorIndikator[] = [];
  const perSasaran = new Map<Sasaran, SkorSasaran>();
  const sasaran = model.sasaran.map((s): SkorSasaran => {
    const skor = s.indikator.map((ind) => skorIndikator(ind, tw, opsi.skema, opsiPolaritas[ind.polaritas]));
    for (const x of skor) indikator.push(x);
    const nps = rataTertimbang(
      skor.map((x) => x.capaian),
      s.indikator.map((ind) => ind.bobot),
    );
    const hasil = { sasaran: s, nps, kriteria: label(nps, opsi.skema), indikator: skor };
    perSasaran.set(s, hasil);
    return hasil;
  });
  const perspektif = model.perspektif.map((p): SkorPerspektif => {
    const anggota = p.sasaran.flatMap((s) => perSasaran.get(s) ?? []);
    const nps = rataRata(anggota.map((s) => s.nps));
    return { nama: p.nama, nps, kriteria: label(nps, opsi.skema), sasaran: anggota };
  });
  const npsUnit =
    opsi.tingkat === 'perspektif' && perspektif.length > 0
      ? rataRata([...perspektif.map((p) => p.nps), ...sasaran.filter((s) => s.sasaran.perspektif === null).map((s) => s.nps)])
      : rataRata(sasaran.map((s) => s.nps));
  return { model, opsi, indikator, sasaran, perspektif, unit: { nps: npsUnit, kriteria: label(npsUnit, opsi.skema) } };
}

/** One options object per polarity, made once per scoring (no allocation per indicator). */
function siapkanOpsi(batasAtas: number | undefined): Readonly<Record<Polaritas, OpsiCapaian>> {
  const buat = (polaritas: Polaritas): OpsiCapaian => (batasAtas === undefined ? { polaritas } : { polaritas, batasAtas });
  return { positif: buat('positif'), negatif: buat('negatif'), 'negatif-rasio': buat('negatif-rasio') };
}

function skorIndikator(ind: Indikator, tw: Triwulan | null, skema: Skema, opsi: OpsiCapaian): SkorIndikator {
  const target = tw === null || ind.targetBulanan === null ? ind.target : targetTriwulan(ind.targetBulanan, tw);
  const realisasi = tw === null ? ind.realisasi : realisasiTriwulan(ind, tw);
  const c = hitungCapaian(realisasi, target, opsi);
  const capaian = typeof c === 'number' ? c : null;
  const keterangan = typeof c === 'number' ? '' : isGalat(c) ? c.pesan : c.kosong;
  const tahunan = tw === null || target === ind.target ? c : hitungCapaian(realisasi, ind.target, opsi);
  return {
    indikator: ind,
    target,
    capaian,
    capaianTahunan: typeof tahunan === 'number' ? tahunan : null,
    kriteria: label(capaian, skema),
    keterangan,
  };
}

/** The quarter's realisasi: its last month's figure when the sheet has monthly realisasi. */
function realisasiTriwulan(ind: Indikator, tw: Triwulan): Angka {
  const bulan = ind.realisasiBulanan?.[tw * 3 - 1];
  return bulan !== undefined && bulan.jenis !== 'kosong' ? bulan : ind.realisasi;
}

function label(nilai: number | null, skema: Skema): string | null {
  return nilai === null ? null : (cariPita(nilai, skema)?.label ?? null);
}
