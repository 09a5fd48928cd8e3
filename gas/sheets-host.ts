// The spreadsheet side of the Sheets host: reads ranges and writes what core built.
// Every table costs the same number of service calls whatever its row count: one whole-range call
// per property (values, formats, fills, fonts, alignment, wrap, notes, validation), one RangeList
// call for the grid lines. setValues reads strings as if typed, so text goes behind an apostrophe
// ("1.1", "=x" and "TRUE" stay text). The RangeList API has no merge() (only breakApart()), and each
// Range.merge() is a call of its own, so only the title and header merges are merged for real;
// a merge in the body (a sasaran spanning its indicators, a perspective row) keeps its text in
// the top-left cell (at the top; wider text runs on over the blank cells beside it) and becomes
// one box through a single RangeList.setBorder call.
import {
  alamatGabung,
  blokGrafik,
  catatanTemuan,
  dataGrafik,
  deretLebar,
  kotak,
  namaLembarBebas,
  posisiA1,
  RATA_HOST,
  type Sel,
  type SelTabel,
  selTertutup,
  TANDA_TEMUAN,
  type TabelSpec,
  type Temuan,
  WARNA_GRAFIK,
} from '../core/index';
import type { HasilTulis, RentangBaca } from '../ui/host';
import { PESAN_GAS } from './pesan';
import { type LayananSheets, layananSheets, tampakLembar } from './tampak-lembar';

type Spreadsheet = GoogleAppsScript.Spreadsheet.Spreadsheet;
type Sheet = GoogleAppsScript.Spreadsheet.Sheet;
type Range = GoogleAppsScript.Spreadsheet.Range;
type DataValidation = GoogleAppsScript.Spreadsheet.DataValidation;

/** Developer-metadata key on every sheet the add-in made; its value is the table id. */
const KUNCI = 'lapkin';
/** Empty rows kept under a table so the planner can add notes below it. */
const BARIS_CADANGAN = 20;
/** Column width in pixels for one character of the spec's widths (Arial 10). */
const PIKSEL_PER_HURUF = 7;
/** What getBackgrounds answers for a cell without a fill. */
const PUTIH = '#ffffff';
/** Developer-metadata key on an audited sheet: A1 → the fill each marked cell had before. */
const KUNCI_TEMUAN = 'lapkin-temuan';

export function daftarLembar(ss: Spreadsheet): string[] {
  return ss.getSheets().map((s) => s.getName());
}

export function lembarAktif(ss: Spreadsheet): string {
  return ss.getActiveSheet().getName();
}

/**
 * The sheet as the planner sees it, in calls that do not grow with the rows: values and number
 * formats of the data range, then what is hidden and merged (tampak-lembar.ts: one Sheets API call,
 * or the old bounded calls and a notice when the project lacks the advanced service).
 */
export function bacaLembar(ss: Spreadsheet, nama: string, api: LayananSheets | undefined = layananSheets()): RentangBaca {
  const sheet = lembar(ss, nama);
  const range = sheet.getDataRange();
  const nilai = nilaiDari(range);
  const format = range.getNumberFormats();
  const t = tampakLembar(ss, sheet, nama, range, nilai, api);
  return {
    lembar: nama,
    nilai,
    barisAwal: 1,
    kolomAwal: 1,
    ...(format.some((b) => b.some((f) => f !== '' && f !== 'General')) ? { format } : {}),
    ...(t.kolomTersembunyi.length > 0 ? { kolomTersembunyi: t.kolomTersembunyi } : {}),
    ...(t.barisTersembunyi.length > 0 ? { barisTersembunyi: t.barisTersembunyi } : {}),
    ...(t.gabungan.length > 0 ? { gabungan: t.gabungan } : {}),
    ...(t.catatan.length > 0 ? { catatan: t.catatan } : {}),
  };
}

/** "Skema!A1:C5", or "A1:C5" on the active sheet. */
export function bacaRentang(ss: Spreadsheet, alamat: string): RentangBaca {
  let range: Range;
  try {
    range = alamat.includes('!') ? ss.getRange(alamat) : ss.getActiveSheet().getRange(alamat);
  } catch {
    throw new Error(PESAN_GAS.alamatTakDikenal(alamat));
  }
  return {
    lembar: range.getSheet().getName(),
    nilai: nilaiDari(range),
    barisAwal: range.getRow(),
    kolomAwal: range.getColumn(),
  };
}

/** Each table into a sheet the add-in owns: the one it made before for that table, or a new one. */
export function tulisTabel(ss: Spreadsheet, tabel: readonly TabelSpec[]): HasilTulis {
  // inserting a sheet makes it active: the planner stays on the sheet they were on
  const aktif = ss.getActiveSheet();
  const milik = lembarMilik(ss);
  const terpakai = new Set(daftarLembar(ss));
  let jumlah = terpakai.size;
  const ditulis: string[] = [];
  for (const t of tabel) {
    let sheet = milik.get(t.id);
    let nama: string;
    if (sheet) {
      nama = sheet.getName();
      kosongkan(sheet);
    } else {
      nama = namaLembarBebas(t.namaLembar, terpakai);
      sheet = ss.insertSheet(nama, jumlah++);
      sheet.addDeveloperMetadata(KUNCI, t.id);
      terpakai.add(nama);
    }
    tulis(sheet, t);
    ditulis.push(nama);
  }
  ss.setActiveSheet(aktif);
  return { lembar: ditulis };
}

/**
 * A fill and a note on each finding; values stay as they are and the planner's own notes are kept.
 * The marks an earlier audit left on the audited sheet (`diperiksa`) and on each sheet marked now
 * are taken off first: the fills those cells had are kept in the sheet's developer metadata.
 */
export function tandaiTemuan(ss: Spreadsheet, temuan: readonly Temuan[], diperiksa?: string): void {
  const perLembar = new Map<string, Temuan[]>(diperiksa ? [[diperiksa, []]] : []);
  for (const t of temuan) perLembar.set(t.lembar, [...(perLembar.get(t.lembar) ?? []), t]);
  for (const [nama, daftar] of perLembar) tandaiLembar(lembar(ss, nama), daftar);
}

export function pilihSel(ss: Spreadsheet, nama: string, sel: string): void {
  const sheet = lembar(ss, nama);
  sheet.activate();
  sheet.getRange(sel).activate();
}

// ---- reading ----

function lembar(ss: Spreadsheet, nama: string): Sheet {
  const sheet = ss.getSheetByName(nama);
  if (!sheet) throw new Error(PESAN_GAS.lembarTakAda(nama));
  return sheet;
}

/** Values as Sel; a date cell becomes the text the planner sees (google.script.run refuses Dates). */
function nilaiDari(range: Range): Sel[][] {
  const nilai = range.getValues() as Sel[][];
  if (!nilai.some((baris) => baris.some(adalahTanggal))) return nilai;
  const tampil = range.getDisplayValues();
  return nilai.map((baris, r) => baris.map((v, c) => (adalahTanggal(v) ? (tampil[r]?.[c] ?? String(v)) : v)));
}

// The bundle may run in another realm than the Date it is given (a vm, Apps Script's bridge).
function adalahTanggal(v: unknown): boolean {
  return Object.prototype.toString.call(v) === '[object Date]';
}

// ---- owned sheets ----

function lembarMilik(ss: Spreadsheet): Map<string, Sheet> {
  const milik = new Map<string, Sheet>();
  for (const md of ss.createDeveloperMetadataFinder().withKey(KUNCI).find()) {
    const sheet = md.getLocation().getSheet();
    if (sheet) milik.set(md.getValue() ?? '', sheet);
  }
  return milik;
}

function kosongkan(sheet: Sheet): void {
  sheet.clear();
  sheet.clearNotes();
  for (const c of sheet.getCharts()) sheet.removeChart(c);
  sheet.showColumns(1, sheet.getMaxColumns());
  sheet.getRange(1, 1, sheet.getMaxRows(), sheet.getMaxColumns()).breakApart().clearDataValidations();
}

// ---- writing one table ----

function tulis(sheet: Sheet, t: TabelSpec): void {
  const kolom = Math.max(t.lebarKolom.length, ...t.sel.map((b) => b.length));
  const kisi = t.sel.map((baris) => Array.from({ length: kolom }, (_, c) => baris[c]));
  const isi = <T>(f: (s: SelTabel | undefined) => T): T[][] => kisi.map((b) => b.map(f));
  const tertutup = selTertutup(t.gabung);

  const blok = t.grafik ? blokGrafik(dataGrafik(t, t.grafik)) : null;
  ubahUkuran(sheet, Math.max(kisi.length, blok?.baris.length ?? 0) + BARIS_CADANGAN, kolom + (blok ? 1 + blok.baris[0].length : 0));
  const range = sheet
    .getRange(1, 1, kisi.length, kolom)
    .setValues(kisi.map((b, r) => b.map((s, c) => (tertutup.has(`${r},${c}`) ? '' : nilaiSheets(s)))))
    .setNumberFormats(isi((s) => s?.format ?? 'General'))
    .setBackgrounds(isi((s) => warna(s?.isi)))
    .setFontColors(isi((s) => warna(s?.warnaHuruf)))
    .setFontWeights(isi((s) => (s?.tebal ? 'bold' : 'normal')))
    .setFontStyles(isi((s) => (s?.miring ? 'italic' : 'normal')))
    .setHorizontalAlignments(isi((s) => (s?.rata ? RATA_HOST[s.rata] : null)))
    .setWraps(isi((s) => s?.bungkus === true))
    .setNotes(isi((s) => s?.catatan ?? ''));
  if (kisi.some((b) => b.some((s) => s?.daftar))) range.setDataValidations(aturanDaftar(kisi));

  const garis = kotak(
    kisi.map((b) => b.map((s) => (s?.garis ? 'garis' : ''))),
    'garis',
  );
  if (garis.length) sheet.getRangeList(garis).setBorder(true, true, true, true, true, true);

  const kepala = Math.max(t.barisBeku, 1);
  for (const g of t.gabung.filter((g) => g.baris < kepala)) {
    sheet.getRange(g.baris + 1, g.kolom + 1, g.barisAkhir - g.baris + 1, g.kolomAkhir - g.kolom + 1).merge();
  }
  const badan = t.gabung.filter((g) => g.baris >= kepala);
  if (badan.length) {
    sheet.getRangeList(badan.map(alamatGabung)).setBorder(true, true, true, true, false, false).setVerticalAlignment('top');
  }

  for (const [awal, akhir, lebar] of deretLebar(t.lebarKolom)) {
    sheet.setColumnWidths(awal + 1, akhir - awal + 1, Math.round(lebar * PIKSEL_PER_HURUF + 10));
  }
  sheet.setFrozenRows(t.barisBeku);
  if (blok && t.grafik) tulisGrafik(sheet, t, blok, kolom);
}

// The chart's data (one stacked series per kriteria in its colour, the 100 % line last) goes into
// hidden columns right of the table; one combo chart over it, a fixed number of calls.
function tulisGrafik(sheet: Sheet, t: TabelSpec, blok: ReturnType<typeof blokGrafik>, kolomTabel: number): void {
  const n = blok.baris.length - 1;
  if (n === 0) return;
  const k0 = kolomTabel + 2;
  const lebar = blok.baris[0].length;
  const range = sheet
    .getRange(1, k0, n + 1, lebar)
    .setValues(blok.baris.map((b) => b.map((v) => (v === null ? '' : typeof v === 'number' ? v : `'${v}`))));
  sheet.hideColumns(k0, lebar);
  const combo = sheet
    .newChart()
    .asComboChart()
    .setColors([...blok.warna.map((w) => `#${w}`), ...(blok.garis ? [`#${WARNA_GRAFIK.acuan}`] : [])])
    .setTitle(t.grafik!.judul)
    .setLegendPosition(Charts.Position.BOTTOM);
  let pembangun = (blok.bertumpuk ? combo.setStacked() : combo)
    .addRange(range)
    .setNumHeaders(1)
    // the data sits in hidden columns
    .setHiddenDimensionStrategy(Charts.ChartHiddenDimensionStrategy.SHOW_BOTH)
    .setOption('seriesType', 'bars')
    .setPosition(t.sel.length + 2, 1, 0, 0);
  if (blok.garis) pembangun = pembangun.setOption('series', { [blok.warna.length]: { type: 'line', lineDashStyle: [8, 5] } });
  sheet.insertChart(pembangun.build());
}

function warna(hex: string | undefined): string | null {
  return hex ? `#${hex}` : null;
}

/** Text behind an apostrophe so Sheets keeps it as typed ("1.1", "=x", "TRUE"). */
function nilaiSheets(s: SelTabel | undefined): string | number {
  if (!s) return '';
  if (typeof s.nilai === 'number') return s.nilai;
  return s.nilai ? `'${s.nilai}` : '';
}

/** One rule per distinct list, however many cells carry it; only a strict list refuses other values. */
function aturanDaftar(kisi: readonly (SelTabel | undefined)[][]): (DataValidation | null)[][] {
  const aturan = new Map<string, DataValidation>();
  return kisi.map((b) =>
    b.map((s) => {
      if (!s?.daftar) return null;
      const ketat = s.daftarKetat === true;
      const kunci = JSON.stringify([s.daftar, ketat]);
      let a = aturan.get(kunci);
      if (!a) {
        a = SpreadsheetApp.newDataValidation()
          .requireValueInList([...s.daftar], true)
          .setAllowInvalid(!ketat)
          .build();
        aturan.set(kunci, a);
      }
      return a;
    }),
  );
}

/** Exactly the rows and columns a table needs, in one call each way, whatever the sheet had. */
function ubahUkuran(sheet: Sheet, baris: number, kolom: number): void {
  const adaBaris = sheet.getMaxRows();
  if (adaBaris > baris) sheet.deleteRows(baris + 1, adaBaris - baris);
  else if (adaBaris < baris) sheet.insertRowsAfter(adaBaris, baris - adaBaris);
  const adaKolom = sheet.getMaxColumns();
  if (adaKolom > kolom) sheet.deleteColumns(kolom + 1, adaKolom - kolom);
  else if (adaKolom < kolom) sheet.insertColumnsAfter(adaKolom, kolom - adaKolom);
}

// ---- audit marks ----

function tandaiLembar(sheet: Sheet, temuan: readonly Temuan[]): void {
  const md = sheet.createDeveloperMetadataFinder().withKey(KUNCI_TEMUAN).find()[0];
  const lama = md ? (JSON.parse(md.getValue() ?? '{}') as Record<string, string>) : {};
  const alamat = [...new Set([...Object.keys(lama), ...temuan.map((t) => t.sel)])];
  if (alamat.length === 0) return;
  const posisi = new Map(alamat.map((a) => [a, posisiA1(a) ?? galatAlamat(a)]));
  const semua = [...posisi.values()];
  const baris0 = Math.min(...semua.map((p) => p.baris));
  const kolom0 = Math.min(...semua.map((p) => p.kolom));
  const range = sheet.getRange(
    baris0,
    kolom0,
    Math.max(...semua.map((p) => p.baris)) - baris0 + 1,
    Math.max(...semua.map((p) => p.kolom)) - kolom0 + 1,
  );
  const latar = range.getBackgrounds();
  const catatan = range.getNotes();
  const di = <T>(kisi: T[][], a: string): [T[], number] => {
    const p = posisi.get(a) as { baris: number; kolom: number };
    // the range spans every address, so the row is there
    return [kisi[p.baris - baris0] ?? [], p.kolom - kolom0];
  };
  for (const a of alamat) {
    const [b, c] = di(catatan, a);
    b[c] = (b[c] ?? '')
      .split('\n')
      .filter((l) => l && !l.startsWith(TANDA_TEMUAN.awalan))
      .join('\n');
  }
  const ditandai = new Set(temuan.map((t) => t.sel));
  const kembali = new Map<string, string[]>();
  for (const [a, asli] of Object.entries(lama)) {
    const [b, c] = di(latar, a);
    b[c] = asli;
    if (!ditandai.has(a)) kembali.set(asli, [...(kembali.get(asli) ?? []), a]);
  }
  const asli: Record<string, string> = {};
  for (const t of temuan) {
    const [b, c] = di(latar, t.sel);
    asli[t.sel] = b[c] ?? '';
    const [n, k] = di(catatan, t.sel);
    n[k] = [n[k], catatanTemuan(t)].filter(Boolean).join('\n');
  }
  for (const [warna, daftar] of kembali) sheet.getRangeList(daftar).setBackground(warna === PUTIH ? null : warna);
  if (temuan.length) sheet.getRangeList(temuan.map((t) => t.sel)).setBackground(`#${TANDA_TEMUAN.warna}`);
  range.setNotes(catatan);
  if (temuan.length === 0) md?.remove();
  else if (md) md.setValue(JSON.stringify(asli));
  else sheet.addDeveloperMetadata(KUNCI_TEMUAN, JSON.stringify(asli));
}

function galatAlamat(a1: string): never {
  throw new Error(PESAN_GAS.selTakDikenal(a1));
}
