// The rows around a cell, as a small grid with column letters and row numbers: what the planner
// sees when clicking a finding in the page, since there is no spreadsheet to select the cell in.
// The worker cuts the rows and turns them into text (potong-pratinjau.ts); this only draws them.
import { hurufKolom } from '../core/index';
import { el } from '../ui/dom';
import { TEKS_WEB } from '../ui/teks';
import type { BarisPratinjau, Pratinjau } from './protokol';

export function tabelPratinjau(p: Pratinjau): HTMLElement {
  const baris = (b: BarisPratinjau, judul: boolean) =>
    el(
      'tr',
      { kelas: judul ? 'wb-baris-judul' : b.nomor === p.ini.baris ? 'wb-baris-ini' : '' },
      el('th', { attr: { scope: 'row' } }, String(b.nomor)),
      ...b.sel.flatMap((s, k) => {
        if (s.lebar === 0) return [];
        const ini = !judul && b.nomor === p.ini.baris && p.kolom[k] === p.ini.kolom;
        const attr: Record<string, string> = { title: s.teks };
        if (s.lebar > 1) attr.colspan = String(s.lebar);
        if (judul) attr.scope = s.lebar > 1 ? 'colgroup' : 'col';
        if (ini) attr['aria-current'] = 'true';
        // an empty cell of a header row (under a merge down from the row above) heads nothing
        const kepala = judul && s.teks !== '';
        if (judul && !kepala) delete attr.scope;
        return [el(kepala ? 'th' : 'td', { kelas: ini ? 'wb-sel-ini' : '', attr }, s.teks)];
      }),
    );
  return el(
    'div',
    { kelas: 'wb-grid', attr: { tabindex: '0', role: 'region', 'aria-label': TEKS_WEB.pratinjauBarisKe(p.ini.baris) } },
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
          ...p.kolom.map((c) => el('th', { attr: { scope: 'col' } }, hurufKolom(c - 1))),
        ),
        ...p.judul.map((b) => baris(b, true)),
      ),
      el('tbody', {}, ...p.baris.map((b) => baris(b, false))),
    ),
  );
}
