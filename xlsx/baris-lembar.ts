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

/** Distinct row formats remembered for sharing. */
const FORMAT_DIINGAT = 8;

export class PenyusunBaris {
  // rows kept, in the order kept: parallel lists (no object or map entry per row)
  private readonly nomor: number[] = [];
  private readonly awal: number[] = [];
  private readonly isi: Sel[][] = [];
  private readonly formatTersimpan: ((string | undefined)[] | undefined)[] = [];
  private readonly rumusTersimpan: (readonly RumusBaris[] | undefined)[] = [];
  /** Position of each row number, made only once a row comes out of order (a sheet's rows mostly come in order). */
  private posisi: Map<number, number> | undefined;
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
  /** The last rows' distinct formats: a table's rows repeat a few patterns (a sasaran's first row, the others), and share their arrays (read only). */
  private readonly formatTerakhir: { awal: number; format: (string | undefined)[] }[] = [];

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
    const i = this.cari(this.r);
    const lama = i === undefined ? undefined : this.ke(i);
    const tersimpan = lama === undefined ? baru : gabung(lama, baru);
    for (let j = 0; j < tersimpan.nilai.length; j++) if (tersimpan.nilai[j] === undefined) tersimpan.nilai[j] = null;
    this.slot += tersimpan.nilai.length - (lama?.nilai.length ?? 0);
    if (this.slot > this.batasSlot) throw this.terlaluLebar();
    this.taruh(i ?? this.nomor.length, this.r, tersimpan);
    this.r = 0;
    this.lo = Infinity;
    this.hi = -1;
    this.adaFormat = false;
    this.rumus = undefined;
  }

  /** The rows kept, by ascending row number. */
  *baris(): Generator<[number, BarisTersimpan]> {
    const urutan = this.nomor.map((_, i) => i);
    if (this.posisi !== undefined) urutan.sort((a, b) => (this.nomor[a] ?? 0) - (this.nomor[b] ?? 0));
    for (const i of urutan) yield [this.nomor[i] ?? 0, this.ke(i)];
  }

  private ke(i: number): BarisTersimpan {
    return { awal: this.awal[i] ?? 0, nilai: this.isi[i] ?? [], format: this.formatTersimpan[i], rumus: this.rumusTersimpan[i] };
  }

  /** Where row r was kept, if it was. */
  private cari(r: number): number | undefined {
    const n = this.nomor.length;
    if (this.posisi === undefined) {
      if (n === 0 || r > (this.nomor[n - 1] ?? 0)) return undefined;
      // out of order: from now on rows are found through a map
      this.posisi = new Map(this.nomor.map((x, i) => [x, i]));
    }
    return this.posisi.get(r);
  }

  private taruh(i: number, r: number, b: BarisTersimpan): void {
    this.nomor[i] = r;
    this.awal[i] = b.awal;
    this.isi[i] = b.nilai;
    this.formatTersimpan[i] = b.format;
    this.rumusTersimpan[i] = b.rumus;
    this.posisi?.set(r, i);
  }

  /** The buffer's formats of columns lo..hi as an array from `awal` (holes where none, as long as the last one reaches). */
  private formatBaris(awal: number, lo: number, hi: number): (string | undefined)[] {
    let akhir = hi;
    while (akhir > lo && this.format[akhir] === undefined) akhir--;
    const panjang = akhir - awal + 2;
    for (const sebelum of this.formatTerakhir) {
      if (sebelum.awal !== awal || sebelum.format.length !== panjang) continue;
      let sama = true;
      for (let j = awal - 1; sama && j <= akhir; j++) sama = sebelum.format[j - awal + 1] === this.format[j];
      if (sama) return sebelum.format;
    }
    const format = new Array<string | undefined>(panjang);
    for (let j = lo; j <= akhir; j++) {
      const f = this.format[j];
      if (f !== undefined) format[j - awal + 1] = f;
    }
    if (this.formatTerakhir.unshift({ awal, format }) > FORMAT_DIINGAT) this.formatTerakhir.pop();
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
