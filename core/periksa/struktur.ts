// The rows of a filled table as a tree: perspective groups > sasaran groups > indicator rows, and
// the unit rows. A perspective row is one that says "Perspective"/"Perspektif", carries a letter
// (A, B, I, II) in the No column, starts with "A. ", or, in an indicator matrix, has a label but
// neither an indicator nor a sasaran; it may print its NPS and kriteria. A summary row (Jumlah,
// Total, Rata-rata, NPS, NPS Sasaran, Nilai Pencapaian Sasaran/Perspektif/Unit in any text column)
// belongs to the sasaran or perspective it names, to the unit when it names the unit or the total,
// and a bare one to the sasaran above it when indicators follow, else to the unit.
import { akhirTabel } from '../akhir-tabel';
import { adalahAngka } from '../angka';
import { adalahRingkasan } from '../baris-ringkasan';
import { adalahBarisNomor } from '../baris-nomor';
import { normalJudul } from '../kolom';
import type { Sel } from '../model';
import { teks } from './sel';
import type { TataLetak } from './tata-letak';

export interface GrupSasaran {
  readonly nama: string;
  /** 0-based rows of the sasaran (its own row and its indicator rows). */
  readonly baris: number[];
  readonly indikator: number[];
  /** Its summary rows ('NPS Sasaran', 'Rata-rata' under its indicators): the NPS printed there. */
  readonly ringkasan: number[];
}

export interface GrupPerspektif {
  /** The perspective's own row, null when the group comes from a Perspektif column or is no perspective. */
  readonly baris: number | null;
  /** null: sasaran under no perspective. */
  readonly nama: string | null;
  readonly sasaran: GrupSasaran[];
  /** Its summary rows ('Nilai Pencapaian Perspektif'). */
  readonly ringkasan: number[];
}

export interface Struktur {
  readonly perspektif: readonly GrupPerspektif[];
  readonly unit: readonly number[];
}

const POLA_PERSPEKTIF = /perspe[ck]?tive?s?\b|perspektif/i;
const POLA_HURUF = /^([A-Z]|I{1,3}|IV|VI{0,3}|IX|X)[.)]?$/;
const POLA_AWAL_HURUF = /^[A-H][.)]\s/;
/** A unit row names the unit, the total or the whole; a bare 'Rata-rata' / 'Jumlah' / 'NPS' is the unit's only below the last indicator. */
const POLA_UNIT = /\b(unit|total|keseluruhan|organisasi|instansi|satker|tahun|kinerja)\b/i;

export function susunStruktur(nilai: readonly (readonly Sel[])[], tata: TataLetak): Struktur {
  const k = tata.kolom;
  const sel = (baris: readonly Sel[], j: number | undefined): Sel => (j === undefined ? undefined : baris[j]);
  const terisi = (s: Sel) => s !== null && s !== undefined && String(s).trim() !== '';
  const tanpa: GrupPerspektif = { baris: null, nama: null, sasaran: [], ringkasan: [] };
  // plain summary rows ('Rata-rata', 'NPS'): a sasaran's when indicators follow, else the unit's
  const polos: { r: number; s: GrupSasaran | null; p: GrupPerspektif }[] = [];
  let indikatorTerakhir = -1;
  const unitTegas: number[] = [];
  const perspektif: GrupPerspektif[] = [tanpa];
  const unit: number[] = [];
  let p = tanpa;
  let s: GrupSasaran | null = null;

  for (let r = tata.indeksData; r < nilai.length; r++) {
    const baris = nilai[r] ?? [];
    if (!baris.some(terisi) || adalahBarisNomor(baris)) continue;
    // notes, a signature block or a second table below end the table (a budget table has its own check);
    // a row with a figure, a qualitative one ('Tersedia', 'Opini WTP') included, never does, as in the reader
    const akhir = akhirTabel(
      baris,
      [k.target, k.realisasi].some((j) => adalahAngka(sel(baris, j))),
      nilai[tata.indeksHeader] ?? [],
    );
    if (akhir === 'akhir') break;
    if (akhir === 'catatan') continue;
    const label = baris.map(teks).filter(Boolean);
    if (label.length > 0 && baris.every((x, j) => !terisi(x) || normalJudul(x) === tata.judul[j])) continue;
    // a summary label in any text column, the Indikator column included
    // the row's own label (its first text), not a sasaran or indicator named "Jumlah ..." further right
    const pertama = baris.findIndex((x) => teks(x) !== '');
    const ringkasan = pertama >= 0 && adalahRingkasan(teks(baris[pertama]), pertama === k.indikator) ? teks(baris[pertama]) : undefined;
    if (ringkasan !== undefined) {
      // 'NPS Unit (rata-rata perspektif)' names the unit first
      if (POLA_UNIT.test(ringkasan) && !/sasaran|perspe/i.test(ringkasan.split(/[(:]/)[0] ?? '')) {
        unit.push(r);
        unitTegas.push(r);
        s = null;
      } else if (/sasaran/i.test(ringkasan) && s !== null) s.ringkasan.push(r);
      else if (/perspe/i.test(ringkasan) && p.nama !== null) p.ringkasan.push(r);
      else if (POLA_UNIT.test(ringkasan)) {
        unit.push(r);
        unitTegas.push(r);
        s = null;
      } else polos.push({ r, s, p });
      continue;
    }
    const namaPerspektif = teks(sel(baris, k.perspektif));
    if (namaPerspektif !== '' && namaPerspektif !== p.nama) {
      p = { baris: null, nama: namaPerspektif, sasaran: [], ringkasan: [] };
      perspektif.push(p);
      s = null;
    }
    const namaSasaran = teks(sel(baris, k.sasaran));
    const judul = label[0] ?? '';
    const huruf = POLA_HURUF.test(teks(sel(baris, k.no)));
    const tandaPerspektif = POLA_PERSPEKTIF.test(judul) || POLA_AWAL_HURUF.test(judul) || huruf;
    // a perspective row may print its NPS (and kriteria) in the Capaian column: no target or realisasi
    const tanpaTR = ![k.target, k.realisasi].some((j) => terisi(sel(baris, j)));
    // 'Sasaran 1: ...' typed in a 'Sasaran / Indikator Kinerja' column, above its indicators
    if (tata.matriks && /^(sasaran|tujuan)\b/i.test(judul) && tanpaTR && !terisi(sel(baris, k.capaian)) && namaSasaran === '') {
      s = { nama: judul, baris: [r], indikator: [], ringkasan: [] };
      p.sasaran.push(s);
      continue;
    }
    const indikator =
      tata.matriks &&
      !(tandaPerspektif && tanpaTR && namaSasaran === '') &&
      (teks(sel(baris, k.indikator)) !== '' || [k.target, k.realisasi, k.capaian].some((j) => terisi(sel(baris, j))));
    if (indikator) {
      // a sasaran starts where its name is filled in and differs: merged cells read blank below,
      // some planners repeat the name on every row
      if (s === null || (namaSasaran !== '' && namaSasaran !== s.nama)) {
        s = { nama: namaSasaran, baris: [], indikator: [], ringkasan: [] };
        p.sasaran.push(s);
      }
      s.baris.push(r);
      s.indikator.push(r);
      indikatorTerakhir = r;
      continue;
    }
    if (tandaPerspektif || (tata.matriks && namaSasaran === '' && judul !== '')) {
      p = { baris: r, nama: judul, sasaran: [], ringkasan: [] };
      perspektif.push(p);
      s = null;
      continue;
    }
    s = { nama: namaSasaran || judul, baris: [r], indikator: [], ringkasan: [] };
    p.sasaran.push(s);
  }
  for (const x of polos) {
    // under a sasaran with more indicators or a unit row still to come: the sasaran's
    if ((x.r < indikatorTerakhir || unitTegas.some((u) => u > x.r)) && x.s !== null) x.s.ringkasan.push(x.r);
    else unit.push(x.r);
  }
  unit.sort((a, b) => a - b);
  return { perspektif: perspektif.filter((g) => g.nama !== null || g.sasaran.length > 0), unit };
}
