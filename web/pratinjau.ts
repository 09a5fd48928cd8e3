// The rows around a cell, as a small grid with column letters and row numbers: what the planner
// sees when clicking a finding in the page, since there is no spreadsheet to select the cell in.
import { formatAngka, hurufKolom, type RentangBaca, type Sel } from '../core/index';
import { el } from '../ui/dom';
import { TEKS_WEB } from '../ui/teks';

const SEKITAR = 2;
const KOLOM_MAKS = 26;

/** The header row: of the rows above the cell (the first ten of the sheet), the one with the most text. */
function barisJudul(r: RentangBaca, i: number): number | null {
  let terbaik: number | null = null;
  let paling = 1;
  for (let b = 0; b < Math.min(i - SEKITAR, 10); b++) {
    const n = (r.nilai[b] ?? []).filter((s) => typeof s === 'string' && s.trim() !== '').length;
    if (n > paling) [terbaik, paling] = [b, n];
  }
  return terbaik;
}

export function tabelPratinjau(r: RentangBaca, baris: number, kolom: number): HTMLElement {
  const i = baris - r.barisAwal;
  const j = kolom - r.kolomAwal;
  const lebar = r.nilai.reduce((n, b) => Math.max(n, b.length), 0);
  // the columns shown: all of a narrow table, else a window around the cell
  const k1 = lebar <= KOLOM_MAKS ? 0 : Math.max(0, Math.min(j - KOLOM_MAKS / 2, lebar - KOLOM_MAKS));
  const k2 = Math.min(lebar, k1 + KOLOM_MAKS);
  const judul = barisJudul(r, i);
  const daftar = [
    ...(judul === null ? [] : [judul]),
    ...Array.from({ length: 2 * SEKITAR + 1 }, (_, d) => i - SEKITAR + d).filter((b) => b >= 0 && b < r.nilai.length && b !== judul),
  ];
  const kolomIdx = Array.from({ length: k2 - k1 }, (_, d) => k1 + d);
  return el(
    'div',
    { kelas: 'wb-grid', attr: { tabindex: '0', role: 'region', 'aria-label': TEKS_WEB.pratinjauBarisKe(baris) } },
    el(
      'table',
      {},
      el(
        'thead',
        {},
        el(
          'tr',
          {},
          el('th', { attr: { scope: 'col' } }, el('span', { kelas: 'wb-sr' }, 'Baris')),
          ...kolomIdx.map((c) => el('th', { attr: { scope: 'col' } }, hurufKolom(r.kolomAwal - 1 + c))),
        ),
      ),
      el(
        'tbody',
        {},
        ...daftar.map((b) =>
          el(
            'tr',
            { kelas: b === i ? 'wb-baris-ini' : b === judul ? 'wb-baris-judul' : '' },
            el('th', { attr: { scope: 'row' } }, String(r.barisAwal + b)),
            ...kolomIdx.map((c) => {
              const teks = tampil(r.nilai[b]?.[c]);
              const ini = b === i && c === j;
              return el('td', { kelas: ini ? 'wb-sel-ini' : '', attr: { title: teks, ...(ini ? { 'aria-current': 'true' } : {}) } }, teks);
            }),
          ),
        ),
      ),
    ),
  );
}

function tampil(s: Sel): string {
  if (s === null || s === undefined) return '';
  if (typeof s === 'number') return formatAngka(s, Number.isInteger(s) ? 0 : 2);
  if (s instanceof Date) return s.toLocaleDateString('id-ID');
  if (typeof s === 'boolean') return s ? 'BENAR' : 'SALAH';
  return s;
}
