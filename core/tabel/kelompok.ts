// The grouping every indicator table shares: perspective header rows, then each sasaran (numbered
// 1..n across the unit) with its indicators, in sheet order within its perspective.
import type { Angka, HasilSkor, Periode, SkorIndikator, SkorPerspektif, SkorSasaran, Tingkat } from '../model';
import { ROMAWI_TRIWULAN as ROMAWI } from '../pesan';

export interface Kelompok {
  /** null for sasaran under no perspective. */
  readonly perspektif: SkorPerspektif | null;
  /** 'A', 'B', ... for perspective rows (null when the name already starts with one, or none). */
  readonly huruf: string | null;
  readonly sasaran: readonly { readonly skor: SkorSasaran; readonly nomor: number }[];
}

export function kelompokPerspektif(hasil: HasilSkor): Kelompok[] {
  // one group per perspective, in the order the sheet first names it, even when the sheet lists
  // its sasaran apart (P1, P2, P1 ...): a header row's NPS is the mean of the sasaran under it.
  // Sasaran under no perspective stay a group at the place they first appear.
  const kelompok = new Map<string | null, { perspektif: SkorPerspektif | null; huruf: string | null; sasaran: SkorSasaran[] }>();
  const perspektif = new Map(hasil.perspektif.map((p) => [p.nama, p]));
  let urutan = 0;
  for (const skor of hasil.sasaran) {
    const nama = skor.sasaran.perspektif;
    let k = kelompok.get(nama);
    if (k === undefined) {
      const p = nama === null ? null : (perspektif.get(nama) ?? { nama, nps: null, kriteria: null, sasaran: [] });
      const huruf = p === null ? null : String.fromCharCode(65 + (urutan++ % 26));
      k = { perspektif: p, huruf: p && !/^[A-Z][.)]\s/.test(p.nama) ? huruf : null, sasaran: [] };
      kelompok.set(nama, k);
    }
    k.sasaran.push(skor);
  }
  // sasaran are numbered 1..n in the order the tables show them
  let nomor = 0;
  return [...kelompok.values()].map((k) => ({ ...k, sasaran: k.sasaran.map((skor) => ({ skor, nomor: ++nomor })) }));
}

/** 'Triwulan III' for TW3, '' for tahunan. */
export function namaPeriode(periode: Periode): string {
  return periode === 'tahunan' ? '' : `Triwulan ${ROMAWI[Number(periode.slice(2)) - 1]}`;
}

/** 'TW III' for TW3. */
export function singkatPeriode(periode: Exclude<Periode, 'tahunan'>): string {
  return `TW ${ROMAWI[Number(periode.slice(2)) - 1]}`;
}

/** A table's title with the period: 'Pencapaian Sasaran Triwulan III'. */
export function judulPeriode(nama: string, periode: Periode): string {
  return [nama, namaPeriode(periode)].filter(Boolean).join(' ');
}

/** The level the unit NPS was averaged over (sasaran when the sheet has no perspectives). */
export function tingkatUnit(hasil: HasilSkor): Tingkat {
  if (hasil.opsi.tingkat === 'indikator') return 'indikator';
  return hasil.opsi.tingkat === 'perspektif' && hasil.perspektif.length > 0 ? 'perspektif' : 'sasaran';
}

/** The realisasi the period's capaian was computed from (an interim period's month, when the sheet has monthly realisasi). */
export function realisasiPeriode(s: SkorIndikator): Angka {
  return s.realisasi ?? s.indikator.realisasi;
}
