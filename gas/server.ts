// The Apps Script entry. Every export becomes a top-level function of the project (the build writes
// a plain `function name(...)` for each into global.js): the menu and its actions, the sidebar's
// server calls, and the spreadsheet functions.
import * as F from '../core/index';
import { alurLapkin, bangunTemplat, periksaRentang, SKEMA_BAWAAN, SKEMA_DEFAULT } from '../core/index';
import type { ServerLapkin } from './api';
import { untukSheets } from './fungsi';
import { PESAN_GAS } from './pesan';
import * as host from './sheets-host';

const JUDUL = 'Lapkin';

export const CAPAIAN = untukSheets(F.CAPAIAN);
export const NPS = untukSheets(F.NPS);
export const KRITERIA = untukSheets(F.KRITERIA);
export const EFISIENSI = untukSheets(F.EFISIENSI);
export const SERAPAN = untukSheets(F.SERAPAN);
export const TARGET_TW = untukSheets(F.TARGET_TW);
export const IKM = untukSheets(F.IKM);
export const ANGKA = untukSheets(F.ANGKA);

export function onOpen(): void {
  SpreadsheetApp.getUi()
    .createMenu(JUDUL)
    .addItem('Buka panel', 'lapkinBukaPanel')
    .addItem('Isi tabel', 'lapkinIsiTabel')
    .addItem('Periksa', 'lapkinPeriksa')
    .addItem('Buat templat', 'lapkinBuatTemplat')
    .addToUi();
}

export function lapkinBukaPanel(): void {
  SpreadsheetApp.getUi().showSidebar(HtmlService.createHtmlOutputFromFile('sidebar').setTitle(JUDUL));
}

/** Menu: every table from the active sheet, with the default scheme, level and period. */
export function lapkinIsiTabel(): void {
  dariMenu((ss) => {
    const nama = ss.getActiveSheet().getName();
    const { model, masalah, tabel, dilewati } = alurLapkin(host.bacaLembar(ss, nama));
    if (!model) throw new Error(PESAN_GAS.bukanLembarIndikator(nama, masalah[0]?.alasan ?? ''));
    const { lembar } = host.tulisTabel(ss, tabel);
    const lewat = dilewati.map((d) => d.alasan);
    return [PESAN_GAS.tabelDitulis(lembar), ...(lewat.length ? [PESAN_GAS.tabelDilewati(lewat)] : [])].join(' ');
  });
}

/** Menu: audits the filled table on the active sheet against the default scheme and marks what disagrees. */
export function lapkinPeriksa(): void {
  dariMenu((ss) => {
    const nama = ss.getActiveSheet().getName();
    const skema = SKEMA_BAWAAN[SKEMA_DEFAULT];
    const { temuan, masalah } = periksaRentang(host.bacaLembar(ss, nama), { skema });
    const umum = masalah.find((m) => m.baris === 0 && !m.catatan);
    if (umum && temuan.length === 0) throw new Error(PESAN_GAS.tidakDapatDiperiksa(nama, umum.alasan));
    host.tandaiTemuan(ss, temuan, nama);
    return PESAN_GAS.temuan(temuan.length, nama, skema.kode);
  });
}

/** Menu: a ready input sheet. */
export function lapkinBuatTemplat(): void {
  dariMenu((ss) => {
    const templat = bangunTemplat();
    const [lembar = templat.namaLembar] = host.tulisTabel(ss, [templat]).lembar;
    return PESAN_GAS.templatDitulis(lembar);
  });
}

// A menu action reports in a toast; what stops it, in an alert (never a stack trace).
function dariMenu(aksi: (ss: GoogleAppsScript.Spreadsheet.Spreadsheet) => string): void {
  const ss = SpreadsheetApp.getActiveSpreadsheet();
  try {
    ss.toast(aksi(ss), JUDUL);
  } catch (e) {
    SpreadsheetApp.getUi().alert(JUDUL, e instanceof Error ? e.message : String(e), SpreadsheetApp.getUi().ButtonSet.OK);
  }
}

const buku = () => SpreadsheetApp.getActiveSpreadsheet();

export const lapkinDaftarLembar: ServerLapkin['lapkinDaftarLembar'] = () => host.daftarLembar(buku());
export const lapkinLembarAktif: ServerLapkin['lapkinLembarAktif'] = () => host.lembarAktif(buku());
export const lapkinBacaLembar: ServerLapkin['lapkinBacaLembar'] = (lembar) => host.bacaLembar(buku(), lembar);
export const lapkinBacaRentang: ServerLapkin['lapkinBacaRentang'] = (alamat) => host.bacaRentang(buku(), alamat);
export const lapkinTulisTabel: ServerLapkin['lapkinTulisTabel'] = (tabel) => host.tulisTabel(buku(), tabel);
export const lapkinTandaiTemuan: ServerLapkin['lapkinTandaiTemuan'] = (temuan, lembar) => host.tandaiTemuan(buku(), temuan, lembar);
export const lapkinPilihSel: ServerLapkin['lapkinPilihSel'] = (lembar, sel) => host.pilihSel(buku(), lembar, sel);
