// The panel's Host over Office JS. Every method is one Excel.run with a fixed number of
// context.sync() calls whatever the size of the sheet: reading is one sync; writing tables is two
// syncs to find the add-in's own sheets plus one per table (each table's values, formats, styles,
// merges and notes go in one batch); marking audit findings is three.
import {
  blokGrafik,
  catatanTemuan,
  dataGrafik,
  namaLembarBebas,
  PESAN_TABEL,
  RATA_HOST,
  selDariAlamat,
  TANDA_TEMUAN,
  WARNA_GRAFIK,
  type TabelSpec,
  type Temuan,
} from '../core/index';
import type { HasilTulis, Host, RentangBaca } from '../ui/host';
import { gabunganRelatif, kotakArea, tersembunyi } from './area';
import { potongAlamat, tataLetak, type Gaya } from './tata-letak';
import { unduhTautan } from '../ui/unduh';

export type Jalankan = <T>(batch: (context: Excel.RequestContext) => Promise<T>) => Promise<T>;

/** Worksheet custom property on every sheet the add-in made; its value is the table id. */
const KUNCI_TABEL = 'lapkin';
/** Worksheet custom property: the cells an audit marked, with the fill each had before ('' = none). */
const KUNCI_TANDA = 'lapkin-temuan';
const WARNA_GARIS = '#808080';
const TEPI = ['EdgeTop', 'EdgeBottom', 'EdgeLeft', 'EdgeRight', 'InsideVertical', 'InsideHorizontal'] as const;

/** Where the task pane's webview saves a Blob URL download: Office on the web and on Windows. Office
 *  on Mac and iPad (WKWebView) drop such a click by design, so there the panel offers no download. */
const PLATFORM_UNDUH: readonly string[] = ['OfficeOnline', 'PC'];

export function buatHostExcel(jalankan: Jalankan = (batch) => Excel.run(batch), platform?: string): Host {
  const jalan = <T>(batch: (context: Excel.RequestContext) => Promise<T>) =>
    jalankan(batch).catch((err: unknown) => {
      throw new Error(pesanGalat(err));
    });

  return {
    nama: 'excel',
    ...(platform !== undefined && PLATFORM_UNDUH.includes(platform) ? { unduh: unduhTautan } : {}),

    daftarLembar: () =>
      jalan(async (context) => {
        const sheets = context.workbook.worksheets;
        sheets.load('items/name,items/visibility');
        await context.sync();
        return sheets.items.filter((s) => s.visibility === 'Visible').map((s) => s.name);
      }),

    lembarAktif: () =>
      jalan(async (context) => {
        const sheet = context.workbook.worksheets.getActiveWorksheet();
        sheet.load('name');
        await context.sync();
        return sheet.name;
      }),

    // what the planner sees, in the one sync: values with their number formats, the visible
    // cells as areas (hidden rows and columns are the gaps: one address string however many rows)
    // and the merged blocks
    bacaLembar: (lembar) =>
      jalan(async (context) => {
        const range = lembarBernama(context, lembar).getUsedRange(true);
        range.load('values,numberFormat,rowIndex,columnIndex,rowCount,columnCount,address');
        const tampak = range.getSpecialCellsOrNullObject('Visible');
        tampak.load('address');
        const gabung = range.getMergedAreasOrNullObject();
        gabung.load('address');
        await context.sync();
        return rentangTampak(lembar, range, tampak, gabung);
      }),

    bacaRentang: (alamat) =>
      jalan(async (context) => {
        const { lembar, sel } = pisahAlamat(alamat);
        const sheet = lembar === null ? context.workbook.worksheets.getActiveWorksheet() : lembarBernama(context, lembar);
        sheet.load('name');
        const range = sheet.getRange(sel);
        range.load('values,rowIndex,columnIndex,address');
        await context.sync().catch(() => {
          throw new Error(`Alamat rentang "${alamat}" tidak dikenal: tulis seperti Skema!A1:C5.`);
        });
        return rentang(sheet.name, range);
      }),

    tulisTabel: (tabel, kemajuan) => jalan((context) => tulisSemua(context, tabel, kemajuan)),

    tandaiTemuan: (temuan, lembar) => jalan((context) => tandai(context, temuan, lembar)),

    pilihSel: (lembar, sel) =>
      jalan(async (context) => {
        const sheet = lembarBernama(context, lembar);
        sheet.activate();
        sheet.getRange(sel).select();
        await context.sync();
      }),
  };
}

function lembarBernama(context: Excel.RequestContext, nama: string): Excel.Worksheet {
  return context.workbook.worksheets.getItem(nama);
}

function rentangTampak(lembar: string, range: Excel.Range, tampak: Excel.RangeAreas, gabung: Excel.RangeAreas): RentangBaca {
  const dasar = rentang(lembar, range);
  const awal = { baris: range.rowIndex, kolom: range.columnIndex };
  const ukuran = { baris: range.rowCount, kolom: range.columnCount };
  const format = range.numberFormat as string[][];
  // every row and column hidden: no visible area at all
  const sembunyi = tersembunyi(tampak.isNullObject ? [] : kotakArea(tampak.address), awal, ukuran);
  const gabungan = gabung.isNullObject ? [] : gabunganRelatif(kotakArea(gabung.address), awal);
  return {
    ...dasar,
    ...(format.some((b) => b.some((f) => f !== 'General')) ? { format } : {}),
    ...(sembunyi.baris.length > 0 ? { barisTersembunyi: sembunyi.baris } : {}),
    ...(sembunyi.kolom.length > 0 ? { kolomTersembunyi: sembunyi.kolom } : {}),
    ...(gabungan.length > 0 ? { gabungan } : {}),
  };
}

function rentang(lembar: string, range: Excel.Range): RentangBaca {
  return { lembar, nilai: range.values, barisAwal: range.rowIndex + 1, kolomAwal: range.columnIndex + 1 };
}

/** "Skema!A1:C5" or "'Data 2024'!A1:C5" → sheet and cells; "A1:C5" → the active sheet. */
export function pisahAlamat(alamat: string): { lembar: string | null; sel: string } {
  const t = alamat.trim().replace(/^=/, '');
  const i = t.lastIndexOf('!');
  if (i < 0) return { lembar: null, sel: t };
  const lembar = t
    .slice(0, i)
    .replace(/^'(.*)'$/, '$1')
    .replace(/''/g, "'");
  return { lembar, sel: t.slice(i + 1) };
}

/** Office errors carry a code; our own errors already speak Indonesian. */
function pesanGalat(err: unknown): string {
  const e = err as { code?: string; message?: string };
  if (e?.code === 'ItemNotFound') return 'Lembar atau sel yang diminta tidak ada di buku kerja ini.';
  if (e?.code) return `Excel menolak perintah (${e.code}): ${e.message ?? ''}`.trim();
  return err instanceof Error ? err.message : String(err);
}

// ---- writing tables ----

interface LembarMilik {
  readonly sheet: Excel.Worksheet;
  readonly nama: string;
  readonly komentar: Excel.CommentCollection;
  readonly grafik: Excel.ChartCollection;
}

async function tulisSemua(
  context: Excel.RequestContext,
  tabel: readonly TabelSpec[],
  kemajuan: (ditulis: number) => void = () => {},
): Promise<HasilTulis> {
  const sheets = context.workbook.worksheets;
  sheets.load('items/name');
  await context.sync();
  const dimuat = sheets.items.map((s) => ({
    s,
    tanda: s.customProperties.getItemOrNullObject(KUNCI_TABEL).load('value'),
    komentar: s.comments.load('items'),
    grafik: s.charts.load('items'),
  }));
  await context.sync();

  const milik = new Map<string, LembarMilik>();
  const terpakai = new Set(sheets.items.map((s) => s.name.toLowerCase()));
  for (const { s, tanda, komentar, grafik } of dimuat) {
    if (!tanda.isNullObject) milik.set(tanda.value, { sheet: s, nama: s.name, komentar, grafik });
  }

  const ditulis: string[] = [];
  for (const t of tabel) {
    const lama = milik.get(t.id);
    let sheet: Excel.Worksheet;
    let nama: string;
    if (lama) {
      // cleared in place, not deleted: formulas elsewhere that point at this sheet keep working
      ({ sheet, nama } = lama);
      kosongkan(lama);
      milik.delete(t.id);
    } else {
      nama = namaLembarBebas(t.namaLembar, terpakai);
      terpakai.add(nama.toLowerCase());
      sheet = sheets.add(nama);
      sheet.customProperties.add(KUNCI_TABEL, t.id);
    }
    tulis(sheet, t);
    await context.sync();
    ditulis.push(nama);
    kemajuan(ditulis.length);
  }
  return { lembar: ditulis };
}

function kosongkan({ sheet, komentar, grafik }: LembarMilik): void {
  const semua = sheet.getRange();
  semua.unmerge();
  semua.clear('All');
  semua.dataValidation.clear();
  sheet.freezePanes.unfreeze();
  for (const k of komentar.items) k.delete();
  for (const g of grafik.items) g.delete();
}

function tulis(sheet: Excel.Worksheet, t: TabelSpec): void {
  const tl = tataLetak(t);
  if (tl.baris === 0) return;
  const range = sheet.getRangeByIndexes(0, 0, tl.baris, tl.kolom);
  // formats first: a text cell formatted '@' keeps "=…" or "1.1" as the text it is
  range.numberFormat = tl.format;
  range.formulas = tl.nilai;
  for (const { gaya, alamat } of tl.gaya) {
    for (const daftar of potongAlamat(alamat)) terapkanGaya(sheet.getRanges(daftar), gaya);
  }
  for (const { pilihan, ketat, alamat } of tl.daftar) {
    const sumber = pilihan.join(',');
    // a suggestion list shows no alert: Excel then keeps any value typed
    const peringatan: Excel.DataValidationErrorAlert = ketat
      ? { showAlert: true, style: 'Stop', title: 'Lapkin', message: PESAN_TABEL.pilihSalahSatu(pilihan) }
      : { showAlert: false, style: 'Information', title: 'Lapkin', message: PESAN_TABEL.daftarSaran };
    for (const daftar of potongAlamat(alamat)) {
      const validasi = sheet.getRanges(daftar).dataValidation;
      validasi.rule = { list: { inCellDropDown: true, source: sumber } };
      validasi.errorAlert = peringatan;
    }
  }
  for (const alamat of tl.gabung) sheet.getRange(alamat).merge(false);
  for (const [dari, sampai, lebar] of tl.lebar) {
    sheet.getRangeByIndexes(0, dari, 1, sampai - dari + 1).format.columnWidth = poin(lebar);
  }
  for (const { alamat, teks } of tl.catatan) sheet.comments.add(sheet.getRange(alamat), teks);
  if (t.barisBeku > 0) sheet.freezePanes.freezeRows(t.barisBeku);
  if (t.grafik) tulisGrafik(sheet, t, tl);
}

/** Characters → points: Excel's default column (8.43 characters) is 48 points. */
function poin(huruf: number): number {
  return Math.round((huruf * 7 + 5) * 0.75);
}

function terapkanGaya(r: Excel.RangeAreas, g: Gaya): void {
  const f = r.format;
  if (g.isi) f.fill.color = `#${g.isi}`;
  if (g.warnaHuruf) f.font.color = `#${g.warnaHuruf}`;
  if (g.tebal) f.font.bold = true;
  if (g.miring) f.font.italic = true;
  if (g.rata) f.horizontalAlignment = kapital(RATA_HOST[g.rata]);
  if (g.bungkus) f.wrapText = true;
  if (g.garis) {
    for (const tepi of TEPI) {
      const b = f.borders.getItem(tepi);
      b.style = 'Continuous';
      b.color = WARNA_GARIS;
    }
  }
}

// The chart's data (blokGrafik: one series per kriteria, stacked, and the 100 % line) goes into hidden
// columns right of the table, so every series is one plain range; the number of calls depends on
// the series, never on the rows.
function tulisGrafik(sheet: Excel.Worksheet, t: TabelSpec, tl: { baris: number; kolom: number }): void {
  const data = dataGrafik(t, t.grafik!);
  const n = data.kategori.length;
  if (n === 0) return;
  const blok = blokGrafik(data);
  const k0 = tl.kolom + 1;
  const lebar = blok.baris[0].length;
  const area = sheet.getRangeByIndexes(0, k0, blok.baris.length, lebar);
  area.values = blok.baris.map((b) => b.map((v) => v ?? ''));
  area.columnHidden = true;
  const kolom = (i: number) => sheet.getRangeByIndexes(1, k0 + 1 + i, n, 1);
  const kategori = sheet.getRangeByIndexes(1, k0, n, 1);
  const chart = sheet.charts.add(blok.bertumpuk ? 'ColumnStacked' : 'ColumnClustered', kolom(0), 'Columns');
  blok.warna.forEach((warna, i) => {
    const seri = i === 0 ? chart.series.getItemAt(0) : chart.series.add(String(blok.baris[0][1 + i]));
    if (i > 0) seri.setValues(kolom(i));
    else seri.name = String(blok.baris[0][1]);
    seri.setXAxisValues(kategori);
    seri.format.fill.setSolidColor(`#${warna}`);
  });
  if (blok.garis) {
    const garis = chart.series.add(String(blok.baris[0][lebar - 1]));
    garis.setValues(kolom(lebar - 2));
    garis.setXAxisValues(kategori);
    garis.chartType = 'Line';
    garis.format.line.color = `#${WARNA_GRAFIK.acuan}`;
    garis.format.line.lineStyle = 'Dash';
  }
  chart.title.text = data.judul;
  // the data sits in hidden columns
  chart.plotVisibleOnly = false;
  chart.legend.position = 'Bottom';
  chart.setPosition(`A${tl.baris + 2}`);
}

// ---- audit marks ----

async function tandai(context: Excel.RequestContext, temuan: readonly Temuan[], diperiksa?: string): Promise<void> {
  const perLembar = new Map<string, Temuan[]>();
  if (diperiksa !== undefined) perLembar.set(diperiksa, []);
  for (const t of temuan) perLembar.set(t.lembar, [...(perLembar.get(t.lembar) ?? []), t]);

  const lembar = [...perLembar].map(([nama, daftar]) => {
    const sheet = lembarBernama(context, nama);
    return {
      sheet,
      tanda: sheet.customProperties.getItemOrNullObject(KUNCI_TANDA).load('value'),
      komentar: sheet.comments.load('items/content'),
      isi: daftar.map((t) => ({ t, fill: sheet.getRange(t.sel).format.fill.load('color,pattern') })),
    };
  });
  await context.sync();
  const denganLokasi = lembar.map((l) => ({ l, lokasi: l.komentar.items.map((k) => ({ k, alamat: k.getLocation().load('address') })) }));
  await context.sync();

  for (const { l, lokasi } of denganLokasi) {
    const lama = l.tanda.isNullObject ? {} : tandaLama(l.tanda.value);
    const baru: Record<string, string> = {};
    const komentarPengguna = new Set<string>();
    for (const { k, alamat } of lokasi) {
      const sel = selDariAlamat(alamat.address);
      if (k.content.startsWith(TANDA_TEMUAN.awalan)) k.delete();
      else komentarPengguna.add(sel);
    }
    for (const { t, fill } of l.isi) {
      const sel = t.sel.toUpperCase();
      baru[sel] = lama[sel] ?? (fill.pattern === 'None' ? '' : fill.color);
      const range = l.sheet.getRange(sel);
      range.format.fill.color = `#${TANDA_TEMUAN.warna}`;
      // a cell has one comment thread: the planner's own comment stays, the panel lists the reason
      if (!komentarPengguna.has(sel)) l.sheet.comments.add(range, catatanTemuan(t));
    }
    for (const [sel, isi] of Object.entries(lama)) {
      if (sel in baru) continue;
      const fill = l.sheet.getRange(sel).format.fill;
      if (isi) fill.color = isi;
      else fill.clear();
    }
    if (Object.keys(baru).length) l.sheet.customProperties.add(KUNCI_TANDA, JSON.stringify(baru));
    else if (!l.tanda.isNullObject) l.tanda.delete();
  }
  await context.sync();
}

/** The marks an earlier audit recorded; a value the planner edited by hand counts as none. */
function tandaLama(json: string): Record<string, string> {
  try {
    const x: unknown = JSON.parse(json);
    return typeof x === 'object' && x !== null ? (x as Record<string, string>) : {};
  } catch {
    return {};
  }
}

/** Office JS spells alignments 'Left', 'Center', 'Right'. */
function kapital(rata: string): Excel.HorizontalAlignment {
  return (rata.charAt(0).toUpperCase() + rata.slice(1)) as Excel.HorizontalAlignment;
}
