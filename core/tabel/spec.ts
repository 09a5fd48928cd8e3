// A host-free description of one output table. The xlsx writer (exceljs), the Excel host (Office JS)
// and the Sheets host (Apps Script) each write it in one batch; nothing here knows a host.

export interface SelTabel {
  /** Literal value; null = leave blank. Numbers stay at full precision (format rounds for display). */
  readonly nilai: number | string | null;
  /** Number format code, e.g. '0.00' or '#,##0'. */
  readonly format?: string;
  /** Fill colour, 6-digit hex without '#'. */
  readonly isi?: string;
  /** Font colour, 6-digit hex without '#'. */
  readonly warnaHuruf?: string;
  readonly tebal?: boolean;
  readonly miring?: boolean;
  readonly rata?: 'kiri' | 'tengah' | 'kanan';
  readonly bungkus?: boolean;
  /** Thin border around the cell (body and header cells). */
  readonly garis?: boolean;
  /** A comment/note on the cell. */
  readonly catatan?: string;
  /** A dropdown of values (templates: polaritas, perspektif). */
  readonly daftar?: readonly string[];
  /** The dropdown's values are the only ones allowed (polaritas); by default they are suggestions
   *  and the cell takes any other value (a unit's own perspective names). */
  readonly daftarKetat?: boolean;
}

/** A merged block, 0-based and inclusive, relative to the table's top-left cell. */
export interface Gabung {
  readonly baris: number;
  readonly kolom: number;
  readonly barisAkhir: number;
  readonly kolomAkhir: number;
}

/** One value series of a chart, read from a column of the table. */
export interface SeriGrafik {
  readonly nama: string;
  /** 0-based column of the values. */
  readonly kolom: number;
  /** Bar colour, 6-digit hex without '#'. */
  readonly warna: string;
  /** Each bar takes the fill of this column's cell in its row (the kriteria colour), when it has one. */
  readonly kolomWarna?: number;
  /** Without a fill, the colour of the kriteria label in that cell (warnaKriteriaGrafik: a scheme without colours). */
  readonly warnaLabel?: Readonly<Record<string, string>>;
}

export interface GrafikSpec {
  readonly jenis: 'batang';
  readonly judul: string;
  /** 0-based rows/columns of the category labels and of the values in `sel`. */
  readonly kolomLabel: number;
  readonly kolomNilai: number;
  readonly barisAwal: number;
  readonly barisAkhir: number;
  /** A reference line (the 100 % line), drawn as a line series. */
  readonly garisAcuan?: number;
  /** The rows between barisAwal and barisAkhir that are points (default: all of them). */
  readonly baris?: readonly number[];
  /** The series (default: one from kolomNilai). */
  readonly seri?: readonly SeriGrafik[];
  /** Axis titles: categories (x) and values (y). */
  readonly judulKategori?: string;
  readonly judulNilai?: string;
}

export interface TabelSpec {
  /** Stable id, e.g. 'pencapaian-iku'. */
  readonly id: string;
  /** Sheet name the table goes into (≤ 31 chars, no []:*?/\). */
  readonly namaLembar: string;
  /** Title text, also in sel[0][0] (merged across the table). */
  readonly judul: string;
  /** The whole grid, title and header rows included; rows may be shorter than lebarKolom. */
  readonly sel: readonly (readonly SelTabel[])[];
  readonly gabung: readonly Gabung[];
  /** Column widths in characters. */
  readonly lebarKolom: readonly number[];
  /** Rows to freeze at the top (title + header). */
  readonly barisBeku: number;
  readonly grafik?: GrafikSpec;
}

/** A table that could not be built, with the reason (e.g. the sheet lacks a column). */
export interface TabelDilewati {
  readonly id: string;
  readonly alasan: string;
}
