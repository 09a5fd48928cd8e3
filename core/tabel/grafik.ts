// A table's chart as plain data: category labels, the series with their values and bar colours,
// and the cells they come from. Every chart writer (xlsx DrawingML, SVG, Office JS, Apps Script)
// draws from this, so the four agree on what a chart shows.
import { bacaSel } from './sel-rapat';
import type { GrafikSpec, SelTabel, SeriGrafik, TabelSpec } from './spec';

/** Bars without a kriteria colour; the 100 % line; prior years, newest first. */
export const WARNA_GRAFIK = {
  batang: '4472C4',
  acuan: 'C00000',
  tahun: ['4472C4', 'A5A5A5', 'ED7D31', '70AD47', 'FFC000', '5B9BD5'],
} as const;

export interface SeriData {
  readonly nama: string;
  /** 0-based column in the table. */
  readonly kolom: number;
  readonly nilai: readonly (number | null)[];
  readonly warna: string;
  /** Per point: its own colour (kriteria) or null for the series colour. */
  readonly warnaTitik: readonly (string | null)[];
  /** Per point: the text of the cell its colour came from (the kriteria label), or null. */
  readonly labelTitik: readonly (string | null)[];
}

export interface DataGrafik {
  readonly judul: string;
  readonly judulKategori: string;
  readonly judulNilai: string;
  /** 0-based table rows of the points and column of their labels. */
  readonly baris: readonly number[];
  readonly kolomLabel: number;
  readonly kategori: readonly string[];
  readonly seri: readonly SeriData[];
  /** The reference line's value (100), drawn as a line series. */
  readonly garisAcuan: number | null;
}

export function dataGrafik(tabel: TabelSpec, g: GrafikSpec): DataGrafik {
  const baris = g.baris ?? Array.from({ length: g.barisAkhir - g.barisAwal + 1 }, (_, i) => g.barisAwal + i);
  const baca = bacaSel(tabel);
  const sel = (r: number, k: number): SelTabel | undefined => baca.sel(r, k);
  const seri: readonly SeriGrafik[] = g.seri ?? [{ nama: g.judul, kolom: g.kolomNilai, warna: WARNA_GRAFIK.batang }];
  return {
    judul: g.judul,
    judulKategori: g.judulKategori ?? '',
    judulNilai: g.judulNilai ?? '',
    baris,
    kolomLabel: g.kolomLabel,
    kategori: baris.map((r) => label(sel(r, g.kolomLabel))),
    seri: seri.map((s) => ({
      nama: s.nama,
      kolom: s.kolom,
      warna: s.warna,
      nilai: baris.map((r) => {
        const v = sel(r, s.kolom)?.nilai;
        return typeof v === 'number' && Number.isFinite(v) ? v : null;
      }),
      warnaTitik: baris.map((r) => {
        if (s.kolomWarna === undefined) return null;
        const c = sel(r, s.kolomWarna);
        const label = c?.nilai;
        // own keys only: a label such as "constructor" is no colour
        const dariLabel =
          typeof label === 'string' && s.warnaLabel && Object.prototype.hasOwnProperty.call(s.warnaLabel, label)
            ? (s.warnaLabel[label] ?? null)
            : null;
        return c?.isi ?? dariLabel;
      }),
      labelTitik: baris.map((r) => {
        const v = s.kolomWarna === undefined ? null : sel(r, s.kolomWarna)?.nilai;
        return typeof v === 'string' && v !== '' ? v : null;
      }),
    })),
    garisAcuan: g.garisAcuan ?? null,
  };
}

function label(s: SelTabel | undefined): string {
  return s === undefined || s.nilai === null ? '' : String(s.nilai);
}

/**
 * For hosts that colour a series, not a point (Office JS, Apps Script, at a fixed number of calls):
 * a series in kriteria colours becomes one series per kriteria, each holding only its points, to be
 * stacked so every bar keeps its place; the reference line last, as its own column. Row 0 is the
 * header (category title, series names); the rest one row per point. Hosts write this block beside
 * the table and chart it.
 */
export function blokGrafik(data: DataGrafik): {
  /** The header row first: it is always there. */
  baris: [(string | number | null)[], ...(string | number | null)[][]];
  warna: string[];
  garis: boolean;
  bertumpuk: boolean;
} {
  const kolom: { nama: string; warna: string; nilai: (number | null)[] }[] = [];
  let bertumpuk = false;
  for (const s of data.seri) {
    if (!s.warnaTitik.some((w) => w !== null)) {
      kolom.push({ nama: s.nama, warna: s.warna, nilai: [...s.nilai] });
      continue;
    }
    bertumpuk = true;
    const per = new Map<string, { nama: string; warna: string; nilai: (number | null)[] }>();
    s.nilai.forEach((v, i) => {
      const warna = s.warnaTitik[i] ?? s.warna;
      const nama = s.warnaTitik[i] === null ? s.nama : (s.labelTitik[i] ?? s.nama);
      const kunci = `${nama}\u0000${warna}`;
      let k = per.get(kunci);
      if (k === undefined) per.set(kunci, (k = { nama, warna, nilai: s.nilai.map(() => null) }));
      k.nilai[i] = v;
    });
    kolom.push(...per.values());
  }
  const garis = data.garisAcuan !== null;
  const kepala = [data.judulKategori, ...kolom.map((k) => k.nama), ...(garis ? [`Target ${data.garisAcuan} %`] : [])];
  const baris = data.kategori.map((k, i) => [k, ...kolom.map((c) => c.nilai[i] ?? null), ...(garis ? [data.garisAcuan] : [])]);
  return { baris: [kepala, ...baris], warna: kolom.map((k) => k.warna), garis, bertumpuk };
}
