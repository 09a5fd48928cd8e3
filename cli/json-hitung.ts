// The scored model as `lapkin hitung --json` prints it: numbers at full precision, null where
// there is no figure (keterangan says why), qualitative values (WTP) as their text.
import type { Angka, HasilSkor, Masalah } from '../core/index';

export interface IndikatorJson {
  lembar: string;
  baris: number;
  perspektif: string | null;
  sasaran: string;
  indikator: string;
  satuan: string;
  target: number | string | null;
  realisasi: number | string | null;
  capaian: number | null;
  kriteria: string | null;
  keterangan: string;
}

export interface HitungJson {
  skema: string;
  indikator: IndikatorJson[];
  sasaran: { nama: string; perspektif: string | null; nps: number | null; kriteria: string | null }[];
  perspektif: { nama: string; nps: number | null; kriteria: string | null }[];
  unit: { nps: number | null; kriteria: string | null };
  /** Problems (rows left out) and notices (catatan: true) of the sheet read; absent when none. */
  masalah?: readonly Masalah[];
}

export function hitungJson(hasil: HasilSkor, lembar: string, masalah: readonly Masalah[] = []): HitungJson {
  return { ...hitungJsonBertahap(hasil, lembar, masalah), indikator: hasil.indikator.map((s) => indikatorJson(s, lembar)) };
}

/** hitungJson with its indicators made one at a time as they are written (see json-bertahap.ts). */
export function hitungJsonBertahap(
  hasil: HasilSkor,
  lembar: string,
  masalah: readonly Masalah[] = [],
): Omit<HitungJson, 'indikator'> & { indikator: Iterable<IndikatorJson> } {
  return {
    skema: hasil.opsi.skema.kode,
    indikator: {
      *[Symbol.iterator]() {
        for (const s of hasil.indikator) yield indikatorJson(s, lembar);
      },
    },
    sasaran: hasil.sasaran.map((s) => ({
      nama: s.sasaran.nama,
      perspektif: s.sasaran.perspektif,
      nps: s.nps,
      kriteria: s.kriteria,
    })),
    perspektif: hasil.perspektif.map((p) => ({ nama: p.nama, nps: p.nps, kriteria: p.kriteria })),
    unit: { nps: hasil.unit.nps, kriteria: hasil.unit.kriteria },
    ...(masalah.length > 0 ? { masalah } : {}),
  };
}

function indikatorJson(s: HasilSkor['indikator'][number], lembar: string): IndikatorJson {
  return {
    lembar,
    baris: s.indikator.baris,
    perspektif: s.indikator.perspektif,
    sasaran: s.indikator.sasaran,
    indikator: s.indikator.nama,
    satuan: s.indikator.satuan,
    target: nilaiJson(s.target),
    realisasi: nilaiJson(s.realisasi ?? s.indikator.realisasi),
    capaian: s.capaian,
    kriteria: s.kriteria,
    keterangan: s.keterangan,
  };
}

export function nilaiJson(a: Angka): number | string | null {
  if (a.jenis === 'angka') return a.nilai;
  if (a.jenis === 'kualitatif') return a.teks;
  return null;
}
