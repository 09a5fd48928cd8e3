// The one panel (Excel task pane, Sheets sidebar) talks to the workbook only through this.
// Core runs in the panel; a host only reads values and writes what core built.
import type { RentangBaca, TabelSpec, Temuan } from '../core/index';
export type { RentangBaca } from '../core/index';

export interface HasilTulis {
  /** Names of the sheets written (one per table). */
  readonly lembar: readonly string[];
  /** Notes on what was written, for the planner (a file host: a text cut to the cell limit, ...). */
  readonly pemberitahuan?: readonly string[];
}

export interface Host {
  /** 'excel' | 'sheets' | 'fake': for the few texts that differ. */
  readonly nama: string;
  daftarLembar(): Promise<string[]>;
  lembarAktif(): Promise<string>;
  /** The used range of a sheet, in one batch. */
  bacaLembar(lembar: string): Promise<RentangBaca>;
  /** A custom scheme range, e.g. "Skema!A1:C5". */
  bacaRentang(alamat: string): Promise<RentangBaca>;
  /** Each table into a sheet the add-in owns: new, or one it made before (replaced). Never a user's.
   *  A host that writes table by table reports how many are written (the panel's progress line). */
  tulisTabel(tabel: readonly TabelSpec[], kemajuan?: (ditulis: number) => void): Promise<HasilTulis>;
  /** Marks each finding with a fill and a note; values stay as they are. With `lembar` (the audited
   *  sheet), the marks an earlier audit left there are removed first, even when nothing is found now. */
  tandaiTemuan(temuan: readonly Temuan[], lembar?: string): Promise<void>;
  /** Selects a cell so the planner sees it. */
  pilihSel(lembar: string, sel: string): Promise<void>;
  /** Present on a file host only (the web page). */
  readonly berkas?: KemampuanBerkas;
  /** Hands a file the panel made (the Word chapter) to the planner as a download. Absent where the
   *  host's webview saves no download (Office on Mac and iPad): the panel then offers no such button. */
  readonly unduh?: (nama: string, data: Uint8Array) => Promise<void>;
}

/** What a host over a workbook file adds (the web page): the planner opens a file in the panel,
 *  and each result is a new file the host hands over as a download. */
export interface KemampuanBerkas {
  /** File types the picker offers, e.g. '.xlsx,.xls,.ods'. */
  readonly jenis: string;
  /** Opens a workbook the planner picked or dropped; its sheets are the host's from then on. */
  buka(berkas: File, kemajuan: (langkah: string, bagian: number) => void): Promise<void>;
  /** Name of the open workbook; null before one is opened. */
  namaBuka(): string | null;
  /** Name of the file the last action downloaded (filled tables, marked copy, template), or null. */
  unduhanTerakhir(): string | null;
}
