// A table's cells kept compact: each cell is its value and the number of its look (a cell object
// shared by every cell that looks the same). A table of 100,000 indicators has some 1.5 million
// cells; as one object each they took about 130 bytes a cell, here about 12. A writer reads them
// one at a time (bacaSel) and never makes the whole grid; `TabelSpec.sel` makes it when a host asks.
import { tertutup } from './gaya';
import type { SelTabel, TabelSpec } from './spec';

type Nilai = SelTabel['nilai'];

const RATA_KODE: Readonly<Record<string, number>> = { kiri: 1, tengah: 2, kanan: 3 };
/** undefined, false, true as 0, 1, 2 (a look that sets false is not one that leaves it unset). */
const ya = (b: boolean | undefined): number => (b === undefined ? 0 : b ? 2 : 1);
/** Texts (formats, colours) numbered below this make a look's number exact in a double. */
const KODE_MAKS = 4096;
/** Cells per block: a grid grows by blocks, never by copying itself into a larger array (which for a
 *  large table would leave megabytes of old copies behind for the collector). */
const BLOK = 8192;

export class SelRapat {
  private readonly nilaiBlok: Nilai[][] = [];
  private readonly nomorBlok: Int32Array[] = [];
  private jumlahSel = 0;
  private baris = 0;
  /** Each look: the first cell seen with it (its own nilai belongs to that cell only). */
  private readonly tampilan: SelTabel[] = [];
  /** Each look as a blank cell, made when first asked. */
  private readonly kosong: (SelTabel | undefined)[] = [];
  /** Each look → the look of a cell a merge from it covers (tertutup), made when first asked. */
  private readonly tertutup: (number | undefined)[] = [];
  private readonly nomor = new Map<number, number>();
  private readonly nomorLain = new Map<string, number>();
  private readonly kode = new Map<string | undefined, number>([[undefined, 0]]);

  constructor(readonly jumlahKolom: number) {}

  get jumlahBaris(): number {
    return this.baris;
  }

  /** Appends a row of exactly jumlahKolom cells (`isi` padded with `pengisi`); returns its 0-based index. */
  tambah(isi: readonly (SelTabel | undefined)[], pengisi: SelTabel): number {
    for (let k = 0; k < this.jumlahKolom; k++) {
      const s = isi[k] ?? pengisi;
      const i = this.jumlahSel++;
      if (i % BLOK === 0) {
        this.nilaiBlok.push(new Array<Nilai>(BLOK).fill(null));
        this.nomorBlok.push(new Int32Array(BLOK));
      }
      this.simpan(i, s.nilai, this.nomorTampilan(s));
    }
    return this.baris++;
  }

  /** Replaces one cell (a column past the grid is ignored). */
  ganti(r: number, c: number, s: SelTabel): void {
    const i = this.indeks(r, c);
    if (i >= 0) this.simpan(i, s.nilai, this.nomorTampilan(s));
  }

  /** Makes cell (r, c) one a merge from (atas, c) covers: blank, in that cell's look without its note. */
  tutup(r: number, c: number, atas: number): void {
    const i = this.indeks(r, c);
    const j = this.indeks(atas, c);
    if (i < 0 || j < 0) return;
    const t = this.nomorDi(j);
    let n = this.tertutup[t];
    if (n === undefined) this.tertutup[t] = n = this.nomorTampilan(tertutup(this.tampilan[t]!));
    this.simpan(i, null, n);
  }

  /** The value of a cell. */
  nilai(r: number, c: number): Nilai {
    const i = this.indeks(r, c);
    return i < 0 ? null : this.nilaiDi(i);
  }

  /** The look of a cell: a cell object whose own `nilai` is not this cell's (read `nilai` for that). */
  tampil(r: number, c: number): SelTabel | undefined {
    const i = this.indeks(r, c);
    return i < 0 ? undefined : this.tampilan[this.nomorDi(i)];
  }

  /** The cell as an object: a shared one when its value is its look's own or blank. */
  sel(r: number, c: number): SelTabel | undefined {
    const i = this.indeks(r, c);
    if (i < 0) return undefined;
    const t = this.nomorDi(i);
    const gaya = this.tampilan[t]!;
    const nilai = this.nilaiDi(i);
    if (Object.is(nilai, gaya.nilai)) return gaya;
    if (nilai === null) return (this.kosong[t] ??= { ...gaya, nilai: null });
    return { ...gaya, nilai };
  }

  /** The whole grid as rows of cell objects (what `TabelSpec.sel` hands a host). */
  semua(): SelTabel[][] {
    return Array.from({ length: this.baris }, (_, r) => Array.from({ length: this.jumlahKolom }, (_, c) => this.sel(r, c)!));
  }

  private simpan(i: number, nilai: Nilai, nomor: number): void {
    this.nilaiBlok[Math.floor(i / BLOK)]![i % BLOK] = nilai;
    this.nomorBlok[Math.floor(i / BLOK)]![i % BLOK] = nomor;
  }

  private nilaiDi(i: number): Nilai {
    return this.nilaiBlok[Math.floor(i / BLOK)]?.[i % BLOK] ?? null;
  }

  private nomorDi(i: number): number {
    return this.nomorBlok[Math.floor(i / BLOK)]?.[i % BLOK] ?? 0;
  }

  private indeks(r: number, c: number): number {
    return r >= 0 && r < this.baris && c >= 0 && c < this.jumlahKolom ? r * this.jumlahKolom + c : -1;
  }

  private kodeTeks(t: string | undefined): number {
    let k = this.kode.get(t);
    if (k === undefined) this.kode.set(t, (k = this.kode.size));
    return k;
  }

  // the look as one number when it is only formats, colours, flags and alignment (nearly every
  // cell); a note or a dropdown makes it a text key
  private nomorTampilan(s: SelTabel): number {
    const f = this.kodeTeks(s.format);
    const i = this.kodeTeks(s.isi);
    const w = this.kodeTeks(s.warnaHuruf);
    const rata = s.rata === undefined ? 0 : RATA_KODE[s.rata];
    let n: number | undefined;
    if (
      s.catatan === undefined &&
      s.daftar === undefined &&
      s.daftarKetat === undefined &&
      rata !== undefined &&
      Math.max(f, i, w) < KODE_MAKS
    ) {
      const bendera = ((ya(s.tebal) * 3 + ya(s.miring)) * 3 + ya(s.bungkus)) * 3 + ya(s.garis);
      const kunci = ((((f * KODE_MAKS + i) * KODE_MAKS + w) * 81 + bendera) * 4 + rata) as number;
      n = this.nomor.get(kunci);
      if (n === undefined) this.nomor.set(kunci, (n = this.tampilan.push(s) - 1));
      return n;
    }
    const kunci = JSON.stringify([
      s.format,
      s.isi,
      s.warnaHuruf,
      s.tebal,
      s.miring,
      s.rata,
      s.bungkus,
      s.garis,
      s.catatan,
      s.daftar,
      s.daftarKetat,
    ]);
    n = this.nomorLain.get(kunci);
    if (n === undefined) this.nomorLain.set(kunci, (n = this.tampilan.push(s) - 1));
    return n;
  }
}

/** A table's cells one at a time, never the whole grid at once. */
export interface BacaSel {
  readonly jumlahBaris: number;
  /** The widest row or the width list, whichever is wider (rows may be shorter than lebarKolom). */
  readonly jumlahKolom: number;
  /** The value of cell (r, c), 0-based; null past its row's end. */
  nilai(r: number, c: number): Nilai;
  /** Its look: a cell object whose own `nilai` may be another cell's; undefined past its row's end. */
  tampil(r: number, c: number): SelTabel | undefined;
  /** The cell as an object; undefined past its row's end. */
  sel(r: number, c: number): SelTabel | undefined;
}

/** The compact cells of the tables core built, by table (a table made by hand has none). */
const RAPAT = new WeakMap<TabelSpec, SelRapat>();

/** A TabelSpec whose `sel` is made from compact cells the first time a host reads it. */
export function specRapat(spec: Omit<TabelSpec, 'sel'>, sel: SelRapat): TabelSpec {
  let grid: SelTabel[][] | undefined;
  const hasil: TabelSpec = {
    ...spec,
    get sel() {
      return (grid ??= sel.semua());
    },
  };
  RAPAT.set(hasil, sel);
  return hasil;
}

/** Reads a table's cells one at a time: straight from its compact cells when core built it, else from `sel`. */
export function bacaSel(spec: TabelSpec): BacaSel {
  const rapat = RAPAT.get(spec);
  if (rapat !== undefined)
    return { jumlahBaris: rapat.jumlahBaris, jumlahKolom: Math.max(rapat.jumlahKolom, spec.lebarKolom.length), ...metode(rapat) };
  const grid = spec.sel;
  let jumlahKolom = spec.lebarKolom.length;
  for (const baris of grid) jumlahKolom = Math.max(jumlahKolom, baris.length);
  const sel = (r: number, c: number) => grid[r]?.[c];
  return { jumlahBaris: grid.length, jumlahKolom, nilai: (r, c) => sel(r, c)?.nilai ?? null, tampil: sel, sel };
}

const metode = (s: SelRapat): Pick<BacaSel, 'nilai' | 'tampil' | 'sel'> => ({
  nilai: (r, c) => s.nilai(r, c),
  tampil: (r, c) => s.tampil(r, c),
  sel: (r, c) => s.sel(r, c),
});
