// Formulas saved without a cached result (files written by scripts, or saved with calculation
// off) are evaluated over the workbook's cells with fast-formula-parser (MIT). A formula it cannot
// evaluate, or one that refers to itself, is a problem naming the cell, never a crash.
import FormulaParser from 'fast-formula-parser';
import { hurufKolom, type Sel } from '../core/index';
import type { LembarMentah, RumusTertunda } from './lembar-xml';
import { PESAN_BUKU } from './pesan';

/** Work cap for one workbook: cells visited through ranges. */
const BATAS_KUNJUNGAN = 20_000_000;
/** Formulas waiting on formulas: deeper chains are reported, not followed (the stack is finite). */
const BATAS_KEDALAMAN = 200;

export class PenilaiRumus {
  // the library's parser is not re-entrant: a formula met while evaluating another gets its own
  private readonly parser: FormulaParser[] = [];
  private kedalaman = 0;
  private readonly sedang = new Set<string>();
  private kunjungan = 0;

  constructor(private readonly mentah: (lembar: string) => LembarMentah | undefined) {}

  /** Evaluates every pending formula of a sheet into its cells. */
  hitungLembar(nama: string, l: LembarMentah): void {
    for (const t of l.tertunda) this.nilaiSel(nama, l, t.r, t.c);
  }

  private readonly peta = new WeakMap<LembarMentah, Map<string, RumusTertunda>>();

  private nilaiSel(nama: string, l: LembarMentah, r: number, c: number): unknown {
    let peta = this.peta.get(l);
    if (peta === undefined) this.peta.set(l, (peta = new Map(l.tertunda.map((t) => [`${t.r},${t.c}`, t]))));
    const t = peta.get(`${r},${c}`);
    if (t === undefined) return keRumus(l.nilai[r]?.[c]);
    const kunci = `${nama}!${r},${c}`;
    const catat = (alasan: string) =>
      l.masalah.push({ baris: l.barisAwal + r, kolom: hurufKolom(l.kolomAwal + c - 1), teks: `=${t.rumus}`.slice(0, 60), alasan });
    if (this.sedang.has(kunci)) {
      catat(PESAN_BUKU.rumusMelingkar(t.rumus.slice(0, 60)));
      return '#REF!';
    }
    this.sedang.add(kunci);
    let hasil: Sel;
    try {
      const v = this.parserNya(this.kedalaman++).parse(t.rumus, { sheet: nama, row: l.barisAwal + r, col: l.kolomAwal + c });
      hasil = dariRumus(v);
      if (hasil === undefined) {
        catat(PESAN_BUKU.rumusGagal(t.rumus.slice(0, 60), teksGalat(v)));
        hasil = teksGalat(v);
      }
    } catch (err) {
      const teks = teksGalat(err);
      catat(PESAN_BUKU.rumusGagal(t.rumus.slice(0, 60), teks));
      hasil = '#VALUE!';
    } finally {
      this.kedalaman--;
      this.sedang.delete(kunci);
    }
    const baris = l.nilai[r];
    if (baris) baris[c] = hasil;
    peta.delete(`${r},${c}`);
    return keRumus(hasil);
  }

  private parserNya(kedalaman: number): FormulaParser {
    if (kedalaman > BATAS_KEDALAMAN) throw new RangeError();
    this.parser[kedalaman] ??= new FormulaParser({
      onCell: ({ sheet, row, col }) => {
        const l = this.mentah(sheet);
        if (l === undefined) return null;
        return this.nilaiSel(sheet, l, row - l.barisAwal, col - l.kolomAwal);
      },
      onRange: ({ sheet, from, to }) => {
        const l = this.mentah(sheet);
        if (l === undefined) return [[]];
        // only the rows and columns holding cells: A:A reads the sheet's cells, not a million rows
        const r1 = Math.max(from.row, l.barisAwal);
        const r2 = Math.min(to.row, l.barisAwal + l.nilai.length - 1);
        const c1 = Math.max(from.col, l.kolomAwal);
        let lebar = 0;
        for (let r = r1; r <= r2; r++) lebar = Math.max(lebar, l.nilai[r - l.barisAwal]?.length ?? 0);
        const c2 = Math.min(to.col, l.kolomAwal + lebar - 1);
        const hasil: unknown[][] = [];
        for (let r = r1; r <= r2; r++) {
          const baris: unknown[] = [];
          for (let c = c1; c <= c2; c++) {
            if (++this.kunjungan > BATAS_KUNJUNGAN) throw new Error('#NUM!');
            baris.push(this.nilaiSel(sheet, l, r - l.barisAwal, c - l.kolomAwal));
          }
          hasil.push(baris);
        }
        return hasil.length === 0 ? [[]] : hasil;
      },
    });
    return this.parser[kedalaman];
  }
}

const GALAT_EXCEL = /^#(DIV\/0!|VALUE!|REF!|NAME\?|N\/A|NUM!|NULL!)$/;

/** A cell as the formula library takes it: dates as serial numbers, error texts as its errors. */
function keRumus(s: Sel | unknown): unknown {
  if (s instanceof Date) return s.getTime() / 86400000 + 25569;
  if (typeof s === 'string' && GALAT_EXCEL.test(s)) return new FormulaParser.FormulaError(s);
  return s ?? null;
}

/** The library's result as a cell value; undefined for an error it raised. */
function dariRumus(v: unknown): Sel {
  if (Array.isArray(v)) return dariRumus(Array.isArray(v[0]) ? v[0][0] : v[0]);
  if (typeof v === 'number') return Number.isFinite(v) ? v : undefined;
  if (typeof v === 'string' || typeof v === 'boolean') return v;
  if (v === null) return 0;
  if (typeof v === 'object' && v !== null && 'error' in v) {
    const e = String((v as { error: unknown }).error);
    // an Excel error value the formula really yields (#DIV/0!) is the cell's value
    return e === '#NAME?' || e === '#ERROR!' ? undefined : e;
  }
  return undefined;
}

function teksGalat(v: unknown): string {
  const rinci = typeof v === 'object' && v !== null ? (v as { details?: unknown }).details : undefined;
  if (rinci instanceof Error) return teksGalat(rinci);
  if (typeof v === 'object' && v !== null && 'error' in v) return String((v as { error: unknown }).error);
  if (v instanceof RangeError) return 'rujukan berantai terlalu dalam';
  if (v instanceof Error) {
    const fungsi = /Function (\S+) is not implemented/.exec(v.message)?.[1];
    return fungsi !== undefined ? `fungsi ${fungsi.slice(0, 30)} belum didukung` : (v.message.split('\n')[0] ?? '').slice(0, 60);
  }
  return String(v).slice(0, 60);
}
