// The indicator model read from a sheet: perspektif > sasaran > indikator.
// Plain data, no behaviour: scoring lives in its own modules.

/** A raw cell value as hosts return it (Excel, Sheets, exceljs all reduce to these). */
export type Sel = number | string | boolean | Date | null | undefined;

/** A cell read as a planner meant it. */
export type Angka =
  | { readonly jenis: 'angka'; readonly nilai: number }
  /**
   * "no figure yet": empty, '-', 'Akhir Tahun', 'Dimulai TW III', 'belum diukur', ...; alasan is
   * what the cell holds ('"-"', 'sel kosong'), nama what has no figure when it is more than the
   * target or the realisasi ('Target September', 'Realisasi TW III').
   */
  | { readonly jenis: 'kosong'; readonly alasan: string; readonly nama?: string }
  /** WTP, Efisien, Baik ...; peringkat orders audit opinions (WTP 4 > WDP 3 > TW 2 > TMP 1). */
  | {
      readonly jenis: 'kualitatif';
      readonly teks: string;
      readonly peringkat?: number;
      /** Which ordered scale peringkat belongs to ('opini', 'predikat', ...); ranks compare only within one. */
      readonly skala?: string;
    }
  | { readonly jenis: 'galat'; readonly pesan: string };

export type Polaritas = 'positif' | 'negatif' | 'negatif-rasio';

export interface Indikator {
  /** 1-based worksheet row. */
  readonly baris: number;
  readonly perspektif: string | null;
  readonly sasaran: string;
  readonly no: string;
  readonly nama: string;
  readonly satuan: string;
  readonly target: Angka;
  readonly realisasi: Angka;
  /** The capaian printed in the sheet, when it has a Capaian column (for the audit). */
  readonly capaianTercetak?: Angka;
  readonly bobot: number;
  readonly iku: boolean;
  readonly polaritas: Polaritas;
  /** Cumulative monthly targets Jan..Des (12 entries) or null when the sheet has none. */
  readonly targetBulanan: readonly Angka[] | null;
  readonly realisasiBulanan: readonly Angka[] | null;
  readonly pagu: Angka | null;
  readonly realisasiAnggaran: Angka | null;
  /** Prior years, when the sheet has columns like "Target 2023" / "Realisasi 2023". */
  readonly tahunLalu: readonly { tahun: number; target: Angka; realisasi: Angka }[];
  /** Target akhir Renstra, when present. */
  readonly targetRenstra: Angka | null;
}

export interface Sasaran {
  readonly nama: string;
  readonly perspektif: string | null;
  readonly indikator: readonly Indikator[];
}

export interface Perspektif {
  readonly nama: string;
  readonly sasaran: readonly Sasaran[];
}

/** Column roles the sheet reader recognises (keys of the column mapping). */
export type PeranKolom =
  | 'perspektif'
  | 'sasaran'
  | 'no'
  | 'indikator'
  | 'satuan'
  | 'target'
  | 'realisasi'
  | 'capaian'
  | 'bobot'
  | 'iku'
  | 'polaritas'
  | 'pagu'
  | 'realisasiAnggaran'
  | 'targetRenstra'
  | `bulan${1 | 2 | 3 | 4 | 5 | 6 | 7 | 8 | 9 | 10 | 11 | 12}`
  | `realisasiBulan${1 | 2 | 3 | 4 | 5 | 6 | 7 | 8 | 9 | 10 | 11 | 12}`;

/** Role → 0-based column index in the read range. Prior-year columns are kept apart. */
export interface PetaKolom {
  readonly peran: Partial<Record<PeranKolom, number>>;
  readonly tahunLalu: readonly { tahun: number; target?: number; realisasi?: number }[];
}

export interface Masalah {
  /** 1-based worksheet row, 0 when the problem is about the whole sheet. */
  readonly baris: number;
  /** Column letter(s), '' when about a whole row or the sheet. */
  readonly kolom: string;
  readonly teks: string;
  readonly alasan: string;
  /** A notice, not a problem: the reading went on as the sheet shows it (hidden rows skipped,
   *  a polarity taken from the printed capaian, a name that reads lower-is-better). */
  readonly catatan?: boolean;
}

export interface ModelLapkin {
  /** 1-based worksheet row of the header row. */
  readonly barisHeader: number;
  readonly peta: PetaKolom;
  readonly perspektif: readonly Perspektif[];
  /** All sasaran in sheet order (also those under no perspective). */
  readonly sasaran: readonly Sasaran[];
  /** All indicators in sheet order. */
  readonly indikator: readonly Indikator[];
}

export interface HasilBaca {
  /** null when no indicator header row was found. */
  readonly model: ModelLapkin | null;
  readonly masalah: readonly Masalah[];
}

// ---- Kriteria schemes (data, not code) ----

export interface Pita {
  readonly label: string;
  /** null = open below. */
  readonly bawah: number | null;
  readonly bawahTermasuk: boolean;
  /** null = open above. */
  readonly atas: number | null;
  readonly atasTermasuk: boolean;
  /** Fill colour as 6-digit hex without '#', e.g. 'C00000'. */
  readonly warna?: string;
  readonly efektivitas?: string;
  /** Short grade some schemes print beside the label (IKM 'B', IPP 'C-', AKIP 'BB'). */
  readonly kode?: string;
}

export interface Skema {
  readonly kode: string;
  readonly nama: string;
  readonly pita: readonly Pita[];
  /** Shown under the legend (e.g. how BPOM-2019 closes the gap at exactly 120). */
  readonly catatan?: string;
}

// ---- The scored model ----

/** Unit NPS: mean of perspectives, of sasaran, or the plain mean of all indicators. */
export type Tingkat = 'perspektif' | 'sasaran' | 'indikator';
export type Periode = 'tahunan' | 'TW1' | 'TW2' | 'TW3' | 'TW4';

export interface OpsiSkor {
  readonly skema: Skema;
  /** Unit NPS = mean of perspektif (default when the sheet has perspectives) or of sasaran. */
  readonly tingkat: Tingkat;
  readonly periode: Periode;
  readonly batasAtas?: number;
}

export interface SkorIndikator {
  readonly indikator: Indikator;
  /** Target used for this period (the TW target in an interim period). */
  readonly target: Angka;
  /** Realisasi used for this period: indikator.realisasi, or in an interim period the quarter's
   *  last month from monthly realisasi; the tables show it beside the period's target. */
  readonly realisasi?: Angka;
  /** Full precision; null when there is no figure (see keterangan). */
  readonly capaian: number | null;
  /** Capaian against the annual target, in an interim period. */
  readonly capaianTahunan: number | null;
  readonly kriteria: string | null;
  /** Why there is no capaian ('' when there is one). */
  readonly keterangan: string;
}

export interface SkorSasaran {
  readonly sasaran: Sasaran;
  readonly nps: number | null;
  readonly kriteria: string | null;
  readonly indikator: readonly SkorIndikator[];
}

export interface SkorPerspektif {
  readonly nama: string;
  readonly nps: number | null;
  readonly kriteria: string | null;
  readonly sasaran: readonly SkorSasaran[];
}

export interface HasilSkor {
  readonly model: ModelLapkin;
  readonly opsi: OpsiSkor;
  readonly indikator: readonly SkorIndikator[];
  readonly sasaran: readonly SkorSasaran[];
  readonly perspektif: readonly SkorPerspektif[];
  readonly unit: { readonly nps: number | null; readonly kriteria: string | null };
}

// ---- Audit (periksa) ----

export interface Temuan {
  readonly lembar: string;
  /** A1-style address, e.g. 'C7'. */
  readonly sel: string;
  /** 1-based row and column letter(s). */
  readonly baris: number;
  readonly kolom: string;
  /** What the table prints, as read. */
  readonly tercetak: number | string;
  /** What it should print (numbers at full precision; show with 2 decimals). */
  readonly seharusnya: number | string;
  readonly alasan: string;
}

/** A merged block of cells, 0-based and inclusive, relative to the values it came with. */
export interface Gabungan {
  readonly r1: number;
  readonly c1: number;
  readonly r2: number;
  readonly c2: number;
}

/** One sheet as every host hands it to core: the values with what the planner sees of them.
 *  Formats, hidden rows/columns and merges are optional so a host that cannot tell leaves them out. */
export interface RentangBaca {
  readonly lembar: string;
  /** Values of the used range, as the host returns them (blank = '' or null). */
  readonly nilai: readonly (readonly Sel[])[];
  /** 1-based row and column of nilai[0][0] in the sheet. */
  readonly barisAwal: number;
  readonly kolomAwal: number;
  /** Number format code of each cell, same indices as nilai; missing or 'General' = no format. */
  readonly format?: readonly (readonly (string | undefined)[] | undefined)[];
  /** Indices into nilai (rows) and into a row (columns) that are hidden in the sheet. */
  readonly barisTersembunyi?: readonly number[];
  readonly kolomTersembunyi?: readonly number[];
  /** Merged cells, indices into nilai. */
  readonly gabungan?: readonly Gabungan[];
  /** What the host could not tell about the sheet (e.g. rows hidden by hand), said once among the notices. */
  readonly catatan?: readonly string[];
}
