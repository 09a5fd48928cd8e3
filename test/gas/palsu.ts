// A small, honest fake of the Apps Script services the Sheets host calls. It keeps every cell's
// value, formula, format, fill, font, alignment, wrap, note and validation, the merges, borders,
// frozen rows, column widths and developer metadata; it counts every service call; and any member
// the real class does not have (per @types/google-apps-script) throws, as do real members the fake
// does not imitate. Sizes are checked like the real API (a range outside the sheet, a 2D array of
// the wrong shape, a merge across the frozen rows all throw).
import { anggota } from './api-nyata';

type Nilai = string | number | boolean | Date;

export interface Sel {
  nilai?: Nilai;
  rumus?: string;
  format?: string;
  latar?: string;
  warnaHuruf?: string;
  tebal?: string;
  gaya?: string;
  rata?: string;
  rataTegak?: string;
  bungkus?: boolean;
  catatan?: string;
  validasi?: AturanPalsu;
}

export interface AturanPalsu {
  readonly daftar: readonly string[];
  readonly dropdown: boolean;
  readonly bolehSalah: boolean;
}

export interface Gabungan {
  readonly baris: number;
  readonly kolom: number;
  readonly barisN: number;
  readonly kolomN: number;
}

/** Every call, by 'Class.method', and their total. */
export class Penghitung {
  total = 0;
  readonly per = new Map<string, number>();
  catat(nama: string): void {
    this.total++;
    this.per.set(nama, (this.per.get(nama) ?? 0) + 1);
  }
  reset(): void {
    this.total = 0;
    this.per.clear();
  }
}

type Ns = Parameters<typeof anggota>[0];

/** The fake spreadsheet's id (Spreadsheet.getId). */
export const ID_BUKU = 'buku-palsu';

// Wraps a fake object so that only members of the real class can be read, and every call counts.
function bungkus<T extends object>(ns: Ns, kelas: string, objek: T, hitung: Penghitung): T {
  return bungkusNyata(anggota(ns, kelas), kelas, objek, hitung);
}

/** The same over a given set of real member names (the Sheets advanced service's). */
export function bungkusNyata<T extends object>(nyata: { has(nama: string): boolean }, kelas: string, objek: T, hitung: Penghitung): T {
  return new Proxy(objek, {
    get(target, prop, receiver) {
      if (typeof prop === 'symbol' || prop === 'then' || prop === 'toJSON') return undefined;
      if (!nyata.has(prop)) throw new TypeError(`${kelas}.${prop} tidak ada di Apps Script`);
      const v = Reflect.get(target, prop, receiver);
      if (v === undefined) throw new TypeError(`${kelas}.${prop} belum ditiru oleh layanan palsu`);
      if (typeof v !== 'function') return v;
      return (...args: unknown[]) => {
        hitung.catat(`${kelas}.${prop}`);
        return v.apply(target, args);
      };
    },
    set(_t, prop) {
      throw new TypeError(`${kelas}.${String(prop)} tidak dapat diubah`);
    },
  });
}

// ---- A1 notation ----

export function kolomKeNomor(huruf: string): number {
  return [...huruf.toUpperCase()].reduce((n, h) => n * 26 + h.charCodeAt(0) - 64, 0);
}

export function nomorKeKolom(n: number): string {
  let s = '';
  for (; n > 0; n = Math.floor((n - 1) / 26)) s = String.fromCharCode(65 + ((n - 1) % 26)) + s;
  return s;
}

/** 'B2:D5' or 'C7' → 1-based row, column and size. */
export function bacaA1(a1: string): Gabungan {
  const m = /^\$?([A-Z]+)\$?(\d+)(?::\$?([A-Z]+)\$?(\d+))?$/i.exec(a1.trim());
  if (!m) throw new Error('Range not found');
  const [c0, r0] = [kolomKeNomor(m[1]!), Number(m[2])];
  const [c1, r1] = m[3] ? [kolomKeNomor(m[3]), Number(m[4])] : [c0, r0];
  return { baris: Math.min(r0, r1), kolom: Math.min(c0, c1), barisN: Math.abs(r1 - r0) + 1, kolomN: Math.abs(c1 - c0) + 1 };
}

function a1Dari(g: Gabungan): string {
  const awal = `${nomorKeKolom(g.kolom)}${g.baris}`;
  return g.barisN === 1 && g.kolomN === 1 ? awal : `${awal}:${nomorKeKolom(g.kolom + g.kolomN - 1)}${g.baris + g.barisN - 1}`;
}

export interface GrafikPalsu {
  jenis: string;
  /** A1 areas of the ranges, header rows, and every option set. */
  range: string[];
  header?: number;
  tersembunyi?: string;
  warna?: string[];
  judul?: string;
  legenda?: string;
  bertumpuk?: boolean;
  opsi: Record<string, unknown>;
  posisi?: [number, number, number, number];
}

// ---- the workbook ----

export class LembarData {
  /** Grid size: [rows, columns], a new sheet's 1000 × 26. */
  readonly ukuran: [number, number] = [1000, 26];
  get maxBaris(): number {
    return this.ukuran[0];
  }
  get maxKolom(): number {
    return this.ukuran[1];
  }
  beku = 0;
  readonly sel = new Map<string, Sel>();
  readonly gabung: Gabungan[] = [];
  /** Each setBorder call on this sheet: the A1 areas and its six flags. */
  readonly garis: { a1: string[]; sisi: (boolean | null)[] }[] = [];
  readonly lebarKolom = new Map<number, number>();
  readonly metadata: { kunci: string; nilai: string | null }[] = [];
  /** 1-based columns and rows hidden by the user (SpreadsheetApp tells a row only one call per row; the Sheets API in one). */
  readonly kolomTersembunyi = new Set<number>();
  readonly barisTersembunyi = new Set<number>();
  /** A basic filter: its range and, per 1-based column, the values it hides. */
  filter: { baris: number; kolom: number; barisN: number; kolomN: number; sembunyi: Map<number, string[]> } | null = null;
  /** Charts inserted, as their builders left them. */
  readonly grafik: GrafikPalsu[] = [];
  constructor(public nama: string) {}

  ambil(r: number, c: number): Sel | undefined {
    return this.sel.get(`${r},${c}`);
  }
  ubah(r: number, c: number, f: (s: Sel) => void): void {
    const k = `${r},${c}`;
    const s = this.sel.get(k) ?? {};
    f(s);
    this.sel.set(k, s);
  }
  /** Values of a block as getValues gives them ('' for blank). */
  nilai(baris: number, kolom: number, n: number, m: number): Nilai[][] {
    return Array.from({ length: n }, (_, i) => Array.from({ length: m }, (_, j) => this.ambil(baris + i, kolom + j)?.nilai ?? ''));
  }
  /** The cells holding a value, for 'untouched' checks. */
  isi(): Map<string, Nilai> {
    const hasil = new Map<string, Nilai>();
    for (const [k, s] of this.sel) if (s.nilai !== undefined && s.nilai !== '') hasil.set(k, s.nilai);
    return hasil;
  }
  terakhir(): { baris: number; kolom: number } {
    let baris = 0;
    let kolom = 0;
    for (const [k, s] of this.sel) {
      if (s.nilai === undefined || s.nilai === '') continue;
      const [r, c] = k.split(',').map(Number);
      baris = Math.max(baris, r!);
      kolom = Math.max(kolom, c!);
    }
    return { baris, kolom };
  }
  geser(sumbu: 0 | 1, dari: number, jumlah: number): void {
    const baru = new Map<string, Sel>();
    for (const [k, s] of this.sel) {
      const p = k.split(',').map(Number);
      if (jumlah < 0 && p[sumbu]! >= dari && p[sumbu]! < dari - jumlah) continue;
      if (p[sumbu]! >= dari) p[sumbu]! += jumlah;
      baru.set(p.join(','), s);
    }
    this.sel.clear();
    for (const [k, s] of baru) this.sel.set(k, s);
  }
}

export class BukuData {
  readonly lembar: LembarData[] = [];
  aktif = 0;
  readonly toast: string[] = [];
  readonly alert: string[] = [];
  readonly sidebar: { judul: string; isi: string }[] = [];
  readonly menu: { judul: string; item: [string, string][] }[] = [];
  constructor(lembar: Record<string, Nilai[][]>) {
    for (const [nama, nilai] of Object.entries(lembar)) {
      const l = new LembarData(nama);
      nilai.forEach((b, r) => b.forEach((v, c) => v !== '' && l.ubah(r + 1, c + 1, (s) => (s.nilai = v))));
      l.ukuran[0] = Math.max(1000, nilai.length);
      this.lembar.push(l);
    }
  }
  cari(nama: string): LembarData | undefined {
    return this.lembar.find((l) => l.nama === nama);
  }
}

/** The globals Apps Script gives a bound script: SpreadsheetApp, HtmlService, Logger. */
export function layananPalsu(buku: BukuData, berkasHtml: Record<string, string>, hitung = new Penghitung()) {
  const b = <T extends object>(ns: Ns, kelas: string, o: T) => bungkus(ns, kelas, o, hitung);

  const range = (l: LembarData, g: Gabungan): GoogleAppsScript.Spreadsheet.Range => {
    if (g.baris < 1 || g.kolom < 1 || g.barisN < 1 || g.kolomN < 1) throw new Error('The starting row or column of the range is too small.');
    if (g.baris + g.barisN - 1 > l.maxBaris || g.kolom + g.kolomN - 1 > l.maxKolom) {
      throw new Error(`Range ${a1Dari(g)} is out of bounds of sheet ${l.nama}.`);
    }
    const setiap = (f: (s: Sel, v: unknown) => void, kisi: unknown[][], nama: string) => {
      if (!Array.isArray(kisi) || kisi.length !== g.barisN) {
        throw new Error(`${nama}: the number of rows in the data does not match the number of rows in the range.`);
      }
      kisi.forEach((baris, i) => {
        if (!Array.isArray(baris) || baris.length !== g.kolomN) {
          throw new Error(`${nama}: the number of columns in the data does not match the number of columns in the range.`);
        }
        baris.forEach((v, j) => l.ubah(g.baris + i, g.kolom + j, (s) => f(s, v)));
      });
      return self;
    };
    const baca = <T>(f: (s: Sel | undefined) => T): T[][] =>
      Array.from({ length: g.barisN }, (_, i) => Array.from({ length: g.kolomN }, (_, j) => f(l.ambil(g.baris + i, g.kolom + j))));
    const teks = (v: unknown, nama: string): string | undefined => {
      if (v === null || v === '') return undefined;
      if (typeof v !== 'string') throw new Error(`${nama}: ${String(v)} bukan teks`);
      return v;
    };
    const o = {
      getSheet: () => sheet(l),
      getRow: () => g.baris,
      getColumn: () => g.kolom,
      getNumRows: () => g.barisN,
      getNumColumns: () => g.kolomN,
      getLastRow: () => g.baris + g.barisN - 1,
      getLastColumn: () => g.kolom + g.kolomN - 1,
      getA1Notation: () => a1Dari(g),
      getValues: () => baca((s) => s?.nilai ?? ''),
      getDisplayValues: () =>
        baca((s) => {
          const v = s?.nilai ?? '';
          return v instanceof Date ? `${v.getDate()}/${v.getMonth() + 1}/${v.getFullYear()}` : String(v);
        }),
      getFormulas: () => baca((s) => (s?.rumus ? `=${s.rumus}` : '')),
      getNumberFormats: () => baca((s) => s?.format ?? 'General'),
      getBackgrounds: () => baca((s) => s?.latar ?? '#ffffff'),
      getFontWeights: () => baca((s) => s?.tebal ?? 'normal'),
      getNotes: () => baca((s) => s?.catatan ?? ''),
      getDataValidations: () => baca((s) => s?.validasi ?? null),
      setValues: (kisi: unknown[][]) =>
        setiap(
          (s, v) => {
            if (v === undefined || (typeof v === 'number' && !Number.isFinite(v))) throw new Error(`setValues: nilai tidak sah ${String(v)}`);
            if (v !== null && typeof v === 'object' && !(v instanceof Date)) throw new Error('setValues: objek tidak dapat ditulis');
            delete s.rumus;
            // Sheets reads a written string as if typed: '=…' is a formula, a leading ' keeps text as is
            if (typeof v === 'string' && v.startsWith('=')) {
              s.rumus = v.slice(1);
              s.nilai = '';
            } else if (typeof v === 'string' && v.startsWith("'")) s.nilai = v.slice(1);
            else if (typeof v === 'string' && v !== '' && !Number.isNaN(Number(v))) s.nilai = Number(v);
            else s.nilai = (v ?? '') as Nilai;
          },
          kisi,
          'setValues',
        ),
      setNumberFormats: (k: unknown[][]) => setiap((s, v) => (s.format = teks(v, 'setNumberFormats')), k, 'setNumberFormats'),
      setBackgrounds: (k: unknown[][]) => setiap((s, v) => (s.latar = teks(v, 'setBackgrounds')), k, 'setBackgrounds'),
      setFontColors: (k: unknown[][]) => setiap((s, v) => (s.warnaHuruf = teks(v, 'setFontColors')), k, 'setFontColors'),
      setFontWeights: (k: unknown[][]) => setiap((s, v) => (s.tebal = pilih(v, ['bold', 'normal'], 'setFontWeights')), k, 'setFontWeights'),
      setFontStyles: (k: unknown[][]) => setiap((s, v) => (s.gaya = pilih(v, ['italic', 'normal'], 'setFontStyles')), k, 'setFontStyles'),
      setHorizontalAlignments: (k: unknown[][]) =>
        setiap((s, v) => (s.rata = pilih(v, ['left', 'center', 'right', 'normal'], 'setHorizontalAlignments')), k, 'setHorizontalAlignments'),
      setWraps: (k: unknown[][]) =>
        setiap(
          (s, v) => {
            if (typeof v !== 'boolean') throw new Error('setWraps: bukan boolean');
            s.bungkus = v;
          },
          k,
          'setWraps',
        ),
      setNotes: (k: unknown[][]) => setiap((s, v) => (s.catatan = teks(v, 'setNotes')), k, 'setNotes'),
      setDataValidations: (k: unknown[][]) =>
        setiap(
          (s, v) => {
            if (v !== null && !aturanSah.has(v as object)) throw new Error('setDataValidations: bukan DataValidation');
            s.validasi = v === null ? undefined : aturanSah.get(v as object);
          },
          k,
          'setDataValidations',
        ),
      clearDataValidations: () => {
        baca(() => null).forEach((b, i) => b.forEach((_, j) => l.ubah(g.baris + i, g.kolom + j, (s) => delete s.validasi)));
        return self;
      },
      merge: () => {
        if (l.beku > 0 && g.baris <= l.beku && g.baris + g.barisN - 1 > l.beku) {
          throw new Error("You can't merge frozen and non-frozen rows.");
        }
        if (l.gabung.some((m) => tumpang(m, g))) throw new Error('Merged ranges may not overlap.');
        for (let i = 0; i < g.barisN; i++) {
          for (let j = 0; j < g.kolomN; j++) if (i || j) l.ubah(g.baris + i, g.kolom + j, (s) => (s.nilai = ''));
        }
        l.gabung.push(g);
        return self;
      },
      breakApart: () => {
        for (let i = l.gabung.length - 1; i >= 0; i--) if (tumpang(l.gabung[i]!, g)) l.gabung.splice(i, 1);
        return self;
      },
      activate: () => {
        buku.aktif = buku.lembar.indexOf(l);
        aktifSel = { lembar: l.nama, a1: a1Dari(g) };
        return self;
      },
    };
    const self = b('Spreadsheet', 'Range', o) as unknown as GoogleAppsScript.Spreadsheet.Range;
    return self;
  };

  const rangeList = (l: LembarData, a1: string[]) => {
    const daftar = a1.map((a) => bacaA1(a));
    const tiapSel = (f: (s: Sel) => void) => {
      for (const g of daftar) range(l, g); // bounds, as the real call checks them
      for (const g of daftar) {
        for (let i = 0; i < g.barisN; i++) for (let j = 0; j < g.kolomN; j++) l.ubah(g.baris + i, g.kolom + j, f);
      }
      return self;
    };
    const o = {
      getRanges: () => daftar.map((g) => range(l, g)),
      setBackground: (warna: string | null) => tiapSel((s) => (s.latar = warna ?? undefined)),
      setVerticalAlignment: (rata: string | null) =>
        tiapSel((s) => (s.rataTegak = pilih(rata, ['top', 'middle', 'bottom'], 'setVerticalAlignment'))),
      setBorder: (...sisi: (boolean | null)[]) => {
        if (sisi.length !== 6 && sisi.length !== 8) throw new Error('setBorder: 6 atau 8 argumen');
        l.garis.push({ a1, sisi: sisi.slice(0, 6) });
        return self;
      },
    };
    const self = b('Spreadsheet', 'RangeList', o);
    return self;
  };

  // EmbeddedChartBuilder and its combo form: every call kept in the chart's state
  const grafikDibangun = new Map<unknown, GrafikPalsu>();
  const grafikJadi = (d: GrafikPalsu) => {
    const g = b('Spreadsheet', 'EmbeddedChart', { getOptions: () => ({ get: (k: string) => d.opsi[k] }) });
    grafikDibangun.set(g, d);
    return g;
  };
  const pembangunGrafik = () => {
    const d: GrafikPalsu = { jenis: 'belum', range: [], opsi: {} };
    const kelas = { jenis: 'EmbeddedChartBuilder' };
    const o: Record<string, unknown> = {
      asComboChart: () => {
        d.jenis = 'COMBO';
        kelas.jenis = 'EmbeddedComboChartBuilder';
        return (self = b('Spreadsheet', 'EmbeddedComboChartBuilder', o));
      },
      addRange: (r: GoogleAppsScript.Spreadsheet.Range) => {
        d.range.push(r.getA1Notation());
        return self;
      },
      setNumHeaders: (n: number) => {
        d.header = n;
        return self;
      },
      setHiddenDimensionStrategy: (s: string) => {
        d.tersembunyi = pilih(s, Object.values(STRATEGI_TERSEMBUNYI), 'setHiddenDimensionStrategy');
        return self;
      },
      setColors: (w: string[]) => {
        if (!w.every((x) => /^#[0-9A-Fa-f]{6}$/.test(x))) throw new Error(`setColors: ${w.join(',')}`);
        d.warna = [...w];
        return self;
      },
      setTitle: (t: string) => {
        d.judul = t;
        return self;
      },
      setLegendPosition: (p: string) => {
        d.legenda = pilih(p, Object.values(POSISI), 'setLegendPosition');
        return self;
      },
      setStacked: () => {
        d.bertumpuk = true;
        return self;
      },
      setOption: (k: string, v: unknown) => {
        d.opsi[k] = v;
        return self;
      },
      setPosition: (baris: number, kolom: number, x: number, y: number) => {
        if (baris < 1 || kolom < 1) throw new Error('setPosition: baris dan kolom mulai dari 1');
        d.posisi = [baris, kolom, x, y];
        return self;
      },
      build: () => {
        if (d.jenis === 'belum' || d.range.length === 0) throw new Error('build: grafik tanpa jenis atau range');
        return grafikJadi(d);
      },
    };
    let self = b('Spreadsheet', kelas.jenis, o);
    return self;
  };

  const cacheSheet = new Map<LembarData, GoogleAppsScript.Spreadsheet.Sheet>();
  const sheet = (l: LembarData): GoogleAppsScript.Spreadsheet.Sheet => {
    const ada = cacheSheet.get(l);
    if (ada) return ada;
    const o = {
      getName: () => l.nama,
      getIndex: () => buku.lembar.indexOf(l) + 1,
      getMaxRows: () => l.maxBaris,
      getMaxColumns: () => l.maxKolom,
      getLastRow: () => l.terakhir().baris,
      getLastColumn: () => l.terakhir().kolom,
      isColumnHiddenByUser: (kolom: number) => l.kolomTersembunyi.has(kolom),
      isRowHiddenByUser: (baris: number) => l.barisTersembunyi.has(baris),
      getFilter: () => {
        const f = l.filter;
        if (f === null) return null;
        return b('Spreadsheet', 'Filter', {
          getRange: () => range(l, f),
          getColumnFilterCriteria: (kolom: number) => {
            const sembunyi = f.sembunyi.get(kolom);
            return sembunyi === undefined ? null : b('Spreadsheet', 'FilterCriteria', { getHiddenValues: () => [...sembunyi] });
          },
        });
      },
      getFrozenRows: () => l.beku,
      getRange: (...a: unknown[]) => {
        if (typeof a[0] === 'string') return range(l, bacaA1(a[0]));
        const [baris, kolom, n = 1, m = 1] = a as [number, number, number?, number?];
        return range(l, { baris, kolom, barisN: n, kolomN: m });
      },
      getRangeList: (a1: string[]) => rangeList(l, a1),
      getDataRange: () => {
        const t = l.terakhir();
        return range(l, { baris: 1, kolom: 1, barisN: Math.max(t.baris, 1), kolomN: Math.max(t.kolom, 1) });
      },
      deleteRows: (dari: number, n: number) => hapus(0, dari, n),
      insertRowsAfter: (setelah: number, n: number) => sisip(0, setelah, n),
      deleteColumns: (dari: number, n: number) => hapus(1, dari, n),
      insertColumnsAfter: (setelah: number, n: number) => sisip(1, setelah, n),
      setColumnWidths: (awal: number, n: number, lebar: number) => {
        if (awal + n - 1 > l.maxKolom) throw new Error('Those columns are out of bounds.');
        for (let i = 0; i < n; i++) l.lebarKolom.set(awal + i, lebar);
        return self;
      },
      setFrozenRows: (n: number) => {
        if (l.gabung.some((g) => g.baris <= n && g.baris + g.barisN - 1 > n)) {
          throw new Error('Sorry, it is not possible to freeze rows that contain only part of a merged cell.');
        }
        l.beku = n;
      },
      createDeveloperMetadataFinder: () => finder(null, l),
      addDeveloperMetadata: (kunci: string, nilai?: string) => {
        l.metadata.push({ kunci, nilai: nilai ?? null });
        return self;
      },
      clear: () => {
        for (const s of l.sel.values()) for (const k of Object.keys(s)) if (k !== 'catatan' && k !== 'validasi') delete s[k as keyof Sel];
        return self;
      },
      clearNotes: () => {
        for (const s of l.sel.values()) delete s.catatan;
        return self;
      },
      activate: () => {
        buku.aktif = buku.lembar.indexOf(l);
        return self;
      },
      hideColumns: (awal: number, n = 1) => tampakKolom(awal, n, false),
      showColumns: (awal: number, n = 1) => tampakKolom(awal, n, true),
      newChart: () => pembangunGrafik(),
      insertChart: (g: GoogleAppsScript.Spreadsheet.EmbeddedChart) => {
        const data = grafikDibangun.get(g);
        if (!data) throw new Error('insertChart: bukan grafik dari EmbeddedChartBuilder.build()');
        l.grafik.push(data);
      },
      getCharts: () => l.grafik.map((d) => grafikJadi(d)),
      removeChart: (g: GoogleAppsScript.Spreadsheet.EmbeddedChart) => {
        const data = grafikDibangun.get(g);
        const i = data ? l.grafik.indexOf(data) : -1;
        if (i < 0) throw new Error('removeChart: grafik tidak ada di lembar ini');
        l.grafik.splice(i, 1);
      },
    };
    const tampakKolom = (awal: number, n: number, tampak: boolean) => {
      if (awal < 1 || n < 1 || awal + n - 1 > l.maxKolom) throw new Error('Those columns are out of bounds.');
      for (let i = 0; i < n; i++) {
        if (tampak) l.kolomTersembunyi.delete(awal + i);
        else l.kolomTersembunyi.add(awal + i);
      }
    };
    // axis 0 = rows, 1 = columns; the real API refuses to leave a sheet without any
    const kata = ['rows', 'columns'];
    const hapus = (sumbu: 0 | 1, dari: number, n: number) => {
      if (dari + n - 1 > l.ukuran[sumbu] || n < 1) throw new Error(`Those ${kata[sumbu]} are out of bounds.`);
      if (n >= l.ukuran[sumbu] - (sumbu === 0 ? l.beku : 0)) throw new Error(`You cannot delete all the ${kata[sumbu]} in the sheet.`);
      l.geser(sumbu, dari, -n);
      l.ukuran[sumbu] -= n;
    };
    const sisip = (sumbu: 0 | 1, setelah: number, n: number) => {
      if (setelah > l.ukuran[sumbu] || n < 1) throw new Error(`Those ${kata[sumbu]} are out of bounds.`);
      l.geser(sumbu, setelah + 1, n);
      l.ukuran[sumbu] += n;
      return self;
    };
    const self = b('Spreadsheet', 'Sheet', o) as unknown as GoogleAppsScript.Spreadsheet.Sheet;
    cacheSheet.set(l, self);
    return self;
  };

  const lembarDari = (s: GoogleAppsScript.Spreadsheet.Sheet): LembarData => {
    for (const [l, x] of cacheSheet) if (x === s) return l;
    throw new Error('Sheet dari tempat lain');
  };

  let aktifSel: { lembar: string; a1: string } | null = null;
  const ss = b('Spreadsheet', 'Spreadsheet', {
    getId: () => ID_BUKU,
    getName: () => 'Buku palsu',
    getSheets: () => buku.lembar.map(sheet),
    getNumSheets: () => buku.lembar.length,
    getSheetByName: (nama: string) => {
      const l = buku.cari(nama);
      return l ? sheet(l) : null;
    },
    getActiveSheet: () => sheet(buku.lembar[buku.aktif]!),
    setActiveSheet: (s: GoogleAppsScript.Spreadsheet.Sheet) => {
      buku.aktif = buku.lembar.indexOf(lembarDari(s));
      return s;
    },
    insertSheet: (nama: string, indeks?: number) => {
      if (typeof nama !== 'string' || !nama) throw new Error('insertSheet: nama lembar wajib diisi pada tiruan ini');
      if (buku.lembar.some((l) => l.nama.toLowerCase() === nama.toLowerCase())) {
        throw new Error(`A sheet with the name "${nama}" already exists. Please enter another name.`);
      }
      const l = new LembarData(nama);
      buku.lembar.splice(indeks ?? buku.lembar.length, 0, l);
      buku.aktif = buku.lembar.indexOf(l);
      return sheet(l);
    },
    getRange: (a1: string) => {
      const m = /^(?:'((?:[^']|'')+)'|([^!]+))!(.+)$/.exec(a1);
      const l = m && buku.cari((m[1] ?? m[2])!.replace(/''/g, "'"));
      if (!m || !l) throw new Error('Range not found');
      return range(l, bacaA1(m[3]!));
    },
    createDeveloperMetadataFinder: () => finder(null),
    toast: (pesan: string) => {
      buku.toast.push(pesan);
    },
  }) as unknown as GoogleAppsScript.Spreadsheet.Spreadsheet;

  // over the whole spreadsheet, or one sheet (Sheet.createDeveloperMetadataFinder)
  const finder = (kunci: string | null, hanya?: LembarData): GoogleAppsScript.Spreadsheet.DeveloperMetadataFinder =>
    b('Spreadsheet', 'DeveloperMetadataFinder', {
      withKey: (k: string) => finder(k, hanya),
      find: () =>
        (hanya ? [hanya] : buku.lembar).flatMap((l) =>
          l.metadata
            .filter((m) => kunci === null || m.kunci === kunci)
            .map((m) => {
              const self = b('Spreadsheet', 'DeveloperMetadata', {
                getKey: () => m.kunci,
                getValue: () => m.nilai,
                getLocation: () => b('Spreadsheet', 'DeveloperMetadataLocation', { getSheet: () => sheet(l) }),
                setValue: (v: string) => {
                  m.nilai = v;
                  return self;
                },
                remove: () => {
                  l.metadata.splice(l.metadata.indexOf(m), 1);
                },
              });
              return self;
            }),
        ),
    }) as unknown as GoogleAppsScript.Spreadsheet.DeveloperMetadataFinder;

  const aturanSah = new Map<object, AturanPalsu>();
  const pembangun = (a: AturanPalsu) =>
    b('Spreadsheet', 'DataValidationBuilder', {
      requireValueInList: (daftar: string[], dropdown = true) => pembangun({ ...a, daftar: [...daftar], dropdown }),
      setAllowInvalid: (boleh: boolean) => pembangun({ ...a, bolehSalah: boleh }),
      build: () => {
        const aturan = b('Spreadsheet', 'DataValidation', { getCriteriaValues: () => [a.daftar, a.dropdown] });
        aturanSah.set(aturan, a);
        return aturan;
      },
    });

  const menu = (judul: string) => {
    const item: [string, string][] = [];
    const self = b('Base', 'Menu', {
      addItem: (teks: string, fungsi: string) => {
        item.push([teks, fungsi]);
        return self;
      },
      addSeparator: () => self,
      addToUi: () => {
        buku.menu.push({ judul, item });
      },
    });
    return self;
  };

  const ui = b('Base', 'Ui', {
    ButtonSet: { OK: 'OK', OK_CANCEL: 'OK_CANCEL', YES_NO: 'YES_NO', YES_NO_CANCEL: 'YES_NO_CANCEL' },
    createMenu: (judul: string) => menu(judul),
    showSidebar: (html: { getTitle(): string; getContent(): string }) => {
      buku.sidebar.push({ judul: html.getTitle(), isi: html.getContent() });
    },
    // alert(prompt), alert(prompt, buttons) or alert(title, prompt, buttons)
    alert: (...a: string[]) => {
      buku.alert.push(a.length === 3 ? `${a[0]} | ${a[1]}` : a[0]!);
      return 'OK';
    },
  });

  const htmlOutput = (isi: string) => {
    let judul = '';
    const self = b('HTML', 'HtmlOutput', {
      setTitle: (t: string) => {
        judul = t;
        return self;
      },
      getTitle: () => judul,
      getContent: () => isi,
    });
    return self;
  };

  const SpreadsheetApp = b('Spreadsheet', 'SpreadsheetApp', {
    getActiveSpreadsheet: () => ss,
    getActive: () => ss,
    getUi: () => ui,
    newDataValidation: () => pembangun({ daftar: [], dropdown: true, bolehSalah: true }),
    flush: () => undefined,
  });
  const HtmlService = b('HTML', 'HtmlService', {
    createHtmlOutputFromFile: (nama: string) => {
      const isi = berkasHtml[nama] ?? berkasHtml[`${nama}.html`];
      if (isi === undefined) throw new Error(`No HTML file named ${nama} was found.`);
      return htmlOutput(isi);
    },
  });
  const Logger = b('Base', 'Logger', { log: () => Logger });
  const Charts = b('Charts', 'Charts', { ChartHiddenDimensionStrategy: STRATEGI_TERSEMBUNYI, Position: POSISI });
  return {
    Charts: Charts as unknown as GoogleAppsScript.Charts.Charts,
    SpreadsheetApp: SpreadsheetApp as unknown as GoogleAppsScript.Spreadsheet.SpreadsheetApp,
    HtmlService: HtmlService as unknown as GoogleAppsScript.HTML.HtmlService,
    Logger,
    hitung,
    aktifSel: () => aktifSel,
  };
}

// Apps Script enums as their names (members of Charts.ChartHiddenDimensionStrategy and Charts.Position)
const STRATEGI_TERSEMBUNYI = {
  IGNORE_BOTH: 'IGNORE_BOTH',
  IGNORE_ROWS: 'IGNORE_ROWS',
  IGNORE_COLUMNS: 'IGNORE_COLUMNS',
  SHOW_BOTH: 'SHOW_BOTH',
};
const POSISI = { TOP: 'TOP', RIGHT: 'RIGHT', BOTTOM: 'BOTTOM', NONE: 'NONE' };

function pilih(v: unknown, boleh: string[], nama: string): string | undefined {
  if (v === null) return undefined;
  if (typeof v !== 'string' || !boleh.includes(v)) throw new Error(`${nama}: nilai tidak dikenal ${String(v)}`);
  return v;
}

function tumpang(a: Gabungan, b: Gabungan): boolean {
  return a.baris < b.baris + b.barisN && b.baris < a.baris + a.barisN && a.kolom < b.kolom + b.kolomN && b.kolom < a.kolom + a.kolomN;
}
