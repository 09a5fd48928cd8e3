// The rows of a sheet as its reader keeps them. The cells of the row being read go into one buffer
// reused for every row, and a row is kept once it ends as an array of just its width, from the
// lowest column seen so far: nothing per cell outlives its row but the value itself (lists of cells
// kept until the end of the sheet and copied then outlived every row and filled the old heap).

import type { Sel } from '../core/index';

export interface RumusBaris {
  /** 1-based column. */
  readonly kolom: number;
  readonly rumus: string;
}

export interface BarisTersimpan {
  /** 1-based column of nilai[0]. */
  readonly awal: number;
  /** From awal to the row's last cell; null where no cell is. */
  readonly nilai: Sel[];
  /** Number formats by the same index, holes where none; undefined when the row has none. */
  readonly format: (string | undefined)[] | undefined;
  readonly rumus: readonly RumusBaris[] | undefined;
}

export class PenyusunBaris {
  /** Rows kept, by 1-based row number. */
  readonly baris = new Map<number, BarisTersimpan>();
  /** Lowest column of any cell so far (1-based; Infinity before the first). */
  kolomMin = Infinity;
  /** Slots of the rows kept, each from the lowest column seen when it was kept: never more than the laid-out box holds. */
  private slot = 0;
  // the row being read: 0-based columns lo..hi of the buffers hold its cells, undefined where none
  private r = 0;
  private lo = Infinity;
  private hi = -1;
  private readonly nilai: (Sel | undefined)[] = [];
  private readonly format: (string | undefined)[] = [];
  private adaFormat = false;
  private rumus: RumusBaris[] | undefined;
  /** The last row's formats: a table's rows mostly repeat them, and then share one array (read only). */
  private formatSebelum: { awal: number; format: (string | undefined)[] } | undefined;

  /** `terlaluLebar` is thrown as soon as the rows kept need more than `batasSlot` slots. */
  constructor(
    private readonly batasSlot: number,
    private readonly terlaluLebar: () => Error,
  ) {}

  /** A cell (1-based row and column); a later cell at the same place replaces it, a format only where it has one. */
  tambah(r: number, c: number, nilai: Sel, format: string | undefined, rumus?: string): void {
    if (r !== this.r) this.simpan();
    this.r = r;
    const j = c - 1;
    while (this.nilai.length <= j) {
      this.nilai.push(undefined);
      this.format.push(undefined);
    }
    if (j < this.lo) this.lo = j;
    if (j > this.hi) this.hi = j;
    this.nilai[j] = nilai;
    if (format !== undefined) {
      this.format[j] = format;
      this.adaFormat = true;
    }
    if (rumus !== undefined) (this.rumus ??= []).push({ kolom: c, rumus });
  }

  /** Keeps the row being read (at a row's end, a cell of another row, the sheet's end). */
  simpan(): void {
    if (this.r === 0) return;
    const { lo, hi } = this;
    this.kolomMin = Math.min(this.kolomMin, lo + 1);
    const awal = this.kolomMin;
    const nilai = this.nilai.slice(awal - 1, hi + 1);
    let format: (string | undefined)[] | undefined;
    if (this.adaFormat) {
      format = this.formatBaris(awal, lo, hi);
      this.format.fill(undefined, lo, hi + 1);
    }
    this.nilai.fill(undefined, lo, hi + 1);
    const baru: BarisTersimpan = { awal, nilai: nilai as Sel[], format, rumus: this.rumus };
    const lama = this.baris.get(this.r);
    const tersimpan = lama === undefined ? baru : gabung(lama, baru);
    for (let i = 0; i < tersimpan.nilai.length; i++) if (tersimpan.nilai[i] === undefined) tersimpan.nilai[i] = null;
    this.slot += tersimpan.nilai.length - (lama?.nilai.length ?? 0);
    if (this.slot > this.batasSlot) throw this.terlaluLebar();
    this.baris.set(this.r, tersimpan);
    this.r = 0;
    this.lo = Infinity;
    this.hi = -1;
    this.adaFormat = false;
    this.rumus = undefined;
  }

  /** The buffer's formats of columns lo..hi as an array from `awal` (holes where none, as long as the last one reaches). */
  private formatBaris(awal: number, lo: number, hi: number): (string | undefined)[] {
    let akhir = hi;
    while (akhir > lo && this.format[akhir] === undefined) akhir--;
    const panjang = akhir - awal + 2;
    const sebelum = this.formatSebelum;
    if (sebelum !== undefined && sebelum.awal === awal && sebelum.format.length === panjang) {
      let sama = true;
      for (let j = awal - 1; sama && j <= akhir; j++) sama = sebelum.format[j - awal + 1] === this.format[j];
      if (sama) return sebelum.format;
    }
    const format = new Array<string | undefined>(panjang);
    for (let j = lo; j <= akhir; j++) {
      const f = this.format[j];
      if (f !== undefined) format[j - awal + 1] = f;
    }
    this.formatSebelum = { awal, format };
    return format;
  }
}

/** A row met a second time (its cells in two row elements): the later cells replace the earlier ones. */
function gabung(lama: BarisTersimpan, baru: BarisTersimpan): BarisTersimpan {
  const awal = Math.min(lama.awal, baru.awal);
  const akhir = Math.max(lama.awal + lama.nilai.length, baru.awal + baru.nilai.length);
  const nilai: Sel[] = new Array<Sel>(akhir - awal).fill(null);
  lama.nilai.forEach((s, i) => (nilai[lama.awal - awal + i] = s));
  baru.nilai.forEach((s, i) => {
    if (s !== undefined) nilai[baru.awal - awal + i] = s;
  });
  let format: (string | undefined)[] | undefined;
  for (const b of [lama, baru]) b.format?.forEach((f, i) => ((format ??= [])[b.awal - awal + i] = f));
  const rumus = lama.rumus === undefined ? baru.rumus : [...lama.rumus, ...(baru.rumus ?? [])];
  return { awal, nilai, format, rumus };
}
