// The one panel (Excel task pane, Sheets sidebar) talks to the workbook only through this.
// Core runs in the panel; a host only reads values and writes what core built.
import type { RentangBaca, TabelSpec, Temuan } from '../core/index';
export type { RentangBaca } from '../core/index';


export interface HasilTulis {
  /** Names of the sheets written (one per table). */
  readonly lembar: readonly string[];
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
}
