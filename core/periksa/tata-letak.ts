// Recognising a filled table: its header row and which column holds what. Two layouts are read
// (docs in core/periksa/index.ts): an indicator matrix (Indikator and Target/Realisasi/Capaian
// columns, maybe NPS and kriteria) and a sasaran list (Perspektif / Sasaran | NPS | Kriteria).
import { kenaliJudul, normalJudul, ROMAWI } from '../kolom';
import { cariKepala } from './sel';
import type { Sel } from '../model';

export type JenisKolom =
  'no' | 'perspektif' | 'sasaran' | 'indikator' | 'target' | 'realisasi' | 'capaian' | 'bobot' | 'polaritas' | 'nps' | 'kriteria';

export interface TataLetak {
  /** 0-based row of the header in the read range; data starts below it. */
  readonly indeksHeader: number;
  readonly indeksData: number;
  /** The first column of each kind (capaian: the one against the period's own target). */
  readonly kolom: Partial<Record<Exclude<JenisKolom, 'kriteria'>, number>>;
  /** Kriteria columns judging the indicator's capaian, and those judging the sasaran's NPS. */
  readonly kriteriaCapaian: readonly number[];
  readonly kriteriaNps: readonly number[];
  /** Whether rows are indicators (a matrix) rather than sasaran (a list). */
  readonly matriks: boolean;
  /** Header texts, normalised, to skip the header where it repeats after a page break. */
  readonly judul: readonly string[];
}

/** A capaian against another target than the period's own ('Capaian thd target tahunan'). */
const CAPAIAN_LAIN = /\bthd\b|terhadap|renstra|tahunan|akhir/;

function kenaliJenis(judul: Sel): JenisKolom | null {
  const t = normalJudul(judul);
  if (t === '') return null;
  if (/kriteria/.test(t)) return 'kriteria';
  if (/\bnps\b|\bnspk\b|\bnpss\b|nilai pencapaian/.test(t)) return 'nps';
  if (/keterangan|\bket\b|catatan|kategori|anggaran|pagu|\brp\b|keuangan|serapan|\bsisa\b/.test(t)) return null;
  const c = kenaliJudul(judul);
  if (c === null) return null;
  if ('jenis' in c) return c.jenis;
  const peran = c.peran;
  return peran === 'no' || peran === 'perspektif' || peran === 'sasaran' || peran === 'indikator' || peran === 'bobot' || peran === 'polaritas'
    ? peran
    : null;
}

export function kenaliTataLetak(nilai: readonly (readonly Sel[])[]): TataLetak | null {
  const kepala = cariKepala(
    nilai,
    kenaliJenis,
    (ada) => (ada('capaian') || ada('nps')) && (ada('sasaran') || ada('indikator') || ada('perspektif')),
  );
  if (kepala === null) return null;
  const { indeks, indeksData, judul } = kepala;
  const jenis = periodeKini(kepala.jenis, judul);
  const kolom: Partial<Record<Exclude<JenisKolom, 'kriteria'>, number>> = {};
  const semuaCapaian: number[] = [];
  jenis.forEach((j, k) => {
    if (j === null || j === 'kriteria') return;
    if (j === 'capaian') semuaCapaian.push(k);
    else if ((j === 'target' && CAPAIAN_LAIN.test(judul[k] ?? '')) || kolom[j] !== undefined) return;
    else kolom[j] = k;
  });
  if (kolom.target === undefined) {
    const k = jenis.indexOf('target');
    if (k >= 0) kolom.target = k;
  }
  const capaian = semuaCapaian.find((k) => !CAPAIAN_LAIN.test(judul[k] ?? '')) ?? semuaCapaian[0];
  if (capaian !== undefined) kolom.capaian = capaian;

  const kriteriaCapaian: number[] = [];
  const kriteriaNps: number[] = [];
  jenis.forEach((j, k) => {
    if (j !== 'kriteria') return;
    const menilai = yangDinilai(judul[k] ?? '', k, kolom.capaian, kolom.nps);
    if (menilai === 'capaian') kriteriaCapaian.push(k);
    else if (menilai === 'nps') kriteriaNps.push(k);
  });
  return {
    indeksHeader: indeks,
    indeksData,
    kolom,
    kriteriaCapaian,
    kriteriaNps,
    matriks: (['indikator', 'target', 'realisasi', 'capaian'] as const).some((j) => kolom[j] !== undefined),
    judul,
  };
}

/** A kriteria column judges what its header names, else the nearest figure to its left. */
function yangDinilai(judul: string, k: number, capaian?: number, nps?: number): 'capaian' | 'nps' | null {
  if (nps !== undefined && /sasaran|\bnps\b|\bnspk\b|\bnpss\b/.test(judul)) return 'nps';
  if (capaian !== undefined && /capaian|indikator/.test(judul)) return 'capaian';
  const kiri = [capaian, nps].filter((x): x is number => x !== undefined && x < k);
  if (kiri.length > 0) return Math.max(...kiri) === capaian ? 'capaian' : 'nps';
  return capaian !== undefined ? 'capaian' : nps !== undefined ? 'nps' : null;
}

/**
 * Only the current period's Target/Realisasi/Capaian columns are checked: of columns named by a
 * year ('Target 2017 | 2018') the latest year, of columns named by a quarter the last quarter.
 * Earlier ones are the year-comparison table's business.
 */
function periodeKini(jenis: readonly (JenisKolom | null)[], judul: readonly string[]): (JenisKolom | null)[] {
  const periode = judul.map((t, k) => {
    const j = jenis[k];
    if (j !== 'target' && j !== 'realisasi' && j !== 'capaian') return null;
    const tahun = /\b(19\d\d|20\d\d)\b/.exec(t)?.[1];
    const tw = /\b(?:tw|triwulan|trw)\s*-?\s*(iv|iii|ii|i|[1-4])\b/.exec(t)?.[1];
    return (tahun ? Number(tahun) * 10 : 0) + (tw ? (ROMAWI[tw] ?? Number(tw)) : 0);
  });
  const kini = Math.max(0, ...periode.map((p) => p ?? 0));
  return jenis.map((j, k) => (periode[k] !== null && periode[k] !== 0 && periode[k] !== kini ? null : j));
}
