// The rows of a filled table as a tree: perspective groups > sasaran groups > indicator rows, and
// the unit rows. A perspective row is one that says "Perspective"/"Perspektif", carries a letter
// (A, B, I, II) in the No column, starts with "A. ", or, in an indicator matrix, has a label but
// neither an indicator nor a sasaran. A unit row starts with NPS/Nilai Pencapaian and names the
// unit, total or mean, or starts with Jumlah/Total/Rata-rata.
import { normalJudul } from '../kolom';
import type { Sel } from '../model';
import { teks } from './sel';
import type { TataLetak } from './tata-letak';

export interface GrupSasaran {
  readonly nama: string;
  /** 0-based rows of the sasaran (its own row and its indicator rows). */
  readonly baris: number[];
  readonly indikator: number[];
}

export interface GrupPerspektif {
  /** The perspective's own row, null when the group comes from a Perspektif column or is no perspective. */
  readonly baris: number | null;
  /** null: sasaran under no perspective. */
  readonly nama: string | null;
  readonly sasaran: GrupSasaran[];
}

export interface Struktur {
  readonly perspektif: readonly GrupPerspektif[];
  readonly unit: readonly number[];
}

const POLA_PERSPEKTIF = /perspe[ck]?tive?s?\b|perspektif/i;
const POLA_HURUF = /^([A-Z]|I{1,3}|IV|VI{0,3}|IX|X)[.)]?$/;
const POLA_AWAL_HURUF = /^[A-H][.)]\s/;
const POLA_UNIT =
  /^(nps|npss|nspk|nilai pencapaian)\b.*\b(unit|total|keseluruhan|rata|organisasi|instansi|satker|tahun)\b|^(total|jumlah|rata-?rata)\b/i;

export function susunStruktur(nilai: readonly (readonly Sel[])[], tata: TataLetak): Struktur {
  const k = tata.kolom;
  const sel = (baris: readonly Sel[], j: number | undefined): Sel => (j === undefined ? undefined : baris[j]);
  const terisi = (s: Sel) => s !== null && s !== undefined && String(s).trim() !== '';
  const tanpa: GrupPerspektif = { baris: null, nama: null, sasaran: [] };
  const perspektif: GrupPerspektif[] = [tanpa];
  const unit: number[] = [];
  let p = tanpa;
  let s: GrupSasaran | null = null;

  for (let r = tata.indeksData; r < nilai.length; r++) {
    const baris = nilai[r] ?? [];
    if (!baris.some(terisi)) continue;
    const label = baris.map(teks).filter(Boolean);
    if (label.length > 0 && baris.every((x, j) => !terisi(x) || normalJudul(x) === tata.judul[j])) continue;
    // the row's own label, not an indicator named "Jumlah sekolah ..."
    const pertama = baris.findIndex((x) => teks(x) !== '');
    if (pertama >= 0 && pertama !== k.indikator && POLA_UNIT.test(teks(baris[pertama]))) {
      unit.push(r);
      s = null;
      continue;
    }
    const namaPerspektif = teks(sel(baris, k.perspektif));
    if (namaPerspektif !== '' && namaPerspektif !== p.nama) {
      p = { baris: null, nama: namaPerspektif, sasaran: [] };
      perspektif.push(p);
      s = null;
    }
    const namaSasaran = teks(sel(baris, k.sasaran));
    const indikator =
      tata.matriks &&
      (teks(sel(baris, k.indikator)) !== '' || [k.target, k.realisasi, k.capaian].some((j) => terisi(sel(baris, j))));
    if (indikator) {
      // a sasaran starts where its name is filled in and differs: merged cells read blank below,
      // some planners repeat the name on every row
      if (s === null || (namaSasaran !== '' && namaSasaran !== s.nama)) {
        s = { nama: namaSasaran, baris: [], indikator: [] };
        p.sasaran.push(s);
      }
      s.baris.push(r);
      s.indikator.push(r);
      continue;
    }
    const judul = label[0] ?? '';
    const huruf = POLA_HURUF.test(teks(sel(baris, k.no)));
    if (POLA_PERSPEKTIF.test(judul) || POLA_AWAL_HURUF.test(judul) || huruf || (tata.matriks && namaSasaran === '' && judul !== '')) {
      p = { baris: r, nama: judul, sasaran: [] };
      perspektif.push(p);
      s = null;
      continue;
    }
    s = { nama: namaSasaran || judul, baris: [r], indikator: [] };
    p.sasaran.push(s);
  }
  return { perspektif: perspektif.filter((g) => g.nama !== null || g.sasaran.length > 0), unit };
}
