// The Apps Script entry. Every export becomes a top-level function of the project (the build writes
// a plain `function name(...)` for each into global.js): the menu, the sidebar's server calls and
// the spreadsheet functions.
import type { ServerLapkin } from './api';
import * as host from './sheets-host';

const JUDUL = 'Lapkin';

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

const buku = () => SpreadsheetApp.getActiveSpreadsheet();

export const lapkinDaftarLembar: ServerLapkin['lapkinDaftarLembar'] = () => host.daftarLembar(buku());
export const lapkinLembarAktif: ServerLapkin['lapkinLembarAktif'] = () => host.lembarAktif(buku());
export const lapkinBacaLembar: ServerLapkin['lapkinBacaLembar'] = (lembar) => host.bacaLembar(buku(), lembar);
export const lapkinBacaRentang: ServerLapkin['lapkinBacaRentang'] = (alamat) => host.bacaRentang(buku(), alamat);
export const lapkinTulisTabel: ServerLapkin['lapkinTulisTabel'] = (tabel) => host.tulisTabel(buku(), tabel);
export const lapkinTandaiTemuan: ServerLapkin['lapkinTandaiTemuan'] = (temuan, lembar) =>
  host.tandaiTemuan(buku(), temuan, lembar);
export const lapkinPilihSel: ServerLapkin['lapkinPilihSel'] = (lembar, sel) => host.pilihSel(buku(), lembar, sel);
