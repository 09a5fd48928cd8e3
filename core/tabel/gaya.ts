// How table cells look: number formats, fills and the few cell shapes every table uses.
// Numbers stay at full precision; the format rounds them for display (hosts show the decimal comma).
import type { Angka, Skema } from '../model';
import { PESAN } from '../pesan';
import type { SelTabel } from './spec';

export const FORMAT = {
  /** Capaian, NPS, percentages, IE/TE: two decimals. */
  persen: '0.00',
  /** Targets and realisasi as planners type them, which may be large (counts, rupiah). */
  angka: '#,##0.00',
  /** Whole rupiah and counts. */
  utuh: '#,##0',
} as const;

export const WARNA_KEPALA = 'D9E1F2';
export const WARNA_PERSPEKTIF = 'EDEDED';
export const WARNA_JUMLAH = 'F2F2F2';
const PUTIH = 'FFFFFF';

export const KOSONG: SelTabel = { nilai: null, garis: true };

/** A cell covered by a merge: blank, in the style of the merge's top-left cell. */
export function tertutup(atas: SelTabel): SelTabel {
  // a plain spread when there is no note to leave out (object rest is several times slower)
  if (!('catatan' in atas)) return { ...atas, nilai: null };
  const { catatan: _, ...gaya } = atas;
  return { ...gaya, nilai: null };
}

export function kepala(teks: string): SelTabel {
  return { nilai: teks === '' ? null : teks, tebal: true, isi: WARNA_KEPALA, rata: 'tengah', bungkus: true, garis: true };
}

export function teks(nilai: string | null, lain: Partial<SelTabel> = {}): SelTabel {
  return { nilai: nilai === '' ? null : nilai, garis: true, bungkus: true, ...lain };
}

/** A number cell; null stays blank (the reason goes into `catatan` or a Keterangan column). */
export function angka(nilai: number | null, format: string = FORMAT.persen, lain: Partial<SelTabel> = {}): SelTabel {
  // a mean of huge figures can overflow: blank with the reason, never Infinity in a cell
  if (nilai !== null && !Number.isFinite(nilai))
    return { format, rata: 'kanan', garis: true, ...lain, nilai: null, catatan: PESAN.hasilTakHingga };
  return { nilai, format, rata: 'kanan', garis: true, ...lain };
}

/** Sheet numbers like '1' or '2.1' as the planner typed them; plain integers as numbers. */
export function nomor(no: string | number): SelTabel {
  const n = typeof no === 'number' ? no : /^\d{1,9}$/.test(no.trim()) ? Number(no.trim()) : no.trim();
  return { nilai: n === '' ? null : n, rata: 'tengah', garis: true };
}

/** A target or realisasi as read: a figure, a qualitative value (WTP), or blank with the reason. */
export function nilaiAngka(a: Angka | null): SelTabel {
  if (a === null) return KOSONG;
  switch (a.jenis) {
    case 'angka':
      return angka(a.nilai, FORMAT.angka);
    case 'kualitatif':
      return teks(a.teks, { rata: 'tengah' });
    case 'kosong':
      return KOSONG;
    case 'galat':
      return { ...KOSONG, catatan: a.pesan };
  }
}

/** A kriteria label filled with its band's colour (white text on a dark fill). */
export function kriteria(label: string | null, skema: Skema, lain: Partial<SelTabel> = {}): SelTabel {
  if (label === null || label === '') return { ...KOSONG, ...lain };
  return { ...teks(label, { rata: 'tengah', ...lain }), ...warnaPita(label, skema) };
}

export function warnaPita(label: string, skema: Skema): Readonly<Pick<SelTabel, 'isi' | 'warnaHuruf'>> {
  // a table colours thousands of cells from a handful of bands: one answer per scheme and label
  let per = WARNA_PITA.get(skema);
  if (per === undefined) WARNA_PITA.set(skema, (per = new Map()));
  let hasil = per.get(label);
  if (hasil === undefined) {
    const warna = skema.pita.find((p) => p.label === label)?.warna;
    hasil = Object.freeze(!warna ? {} : gelap(warna) ? { isi: warna, warnaHuruf: PUTIH } : { isi: warna });
    per.set(label, hasil);
  }
  return hasil;
}
const WARNA_PITA = new WeakMap<Skema, Map<string, Readonly<Pick<SelTabel, 'isi' | 'warnaHuruf'>>>>();

/** Relative luminance below about half: black text would be hard to read. */
function gelap(hex: string): boolean {
  const [r = 0, g = 0, b = 0] = [0, 2, 4].map((i) => parseInt(hex.slice(i, i + 2), 16) / 255);
  return 0.2126 * r + 0.7152 * g + 0.0722 * b < 0.5;
}
