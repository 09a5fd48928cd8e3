// The page: the one panel of ui/ on the left over a file host, and beside it the open workbook,
// the downloads and the row preview. The worker's code is inlined by the build (a Blob URL), so the
// page is one file that works from disk, a shared drive or any static host.
import { alamatSel } from '../core/index';
import { el, isi } from '../ui/dom';
import { pasangPanel } from '../ui/panel';
import { JENIS_DOCX } from '../ui/unduh';
import { buatHostBerkas, type Tampilan } from './host-berkas';
import { buatKlien } from './klien';
import { TEKS_WEB } from '../ui/teks';
import { tabelPratinjau } from './pratinjau';
import type { Unduhan } from './protokol';

declare const KODE_PEKERJA: string;

const JENIS_XLSX = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';
/** Downloads kept on the page; older ones are let go (their memory freed). */
const UNDUHAN_MAKS = 6;

function mulai(): void {
  const akar = document.getElementById('lapkin');
  const samping = document.getElementById('lapkin-samping');
  if (!akar || !samping) return;

  const infoBerkas = el('div', { kelas: 'wb-info' }, el('p', { kelas: 'wb-redup' }, TEKS_WEB.belumAdaBerkas));
  const daftarUnduhan = el('ul', { kelas: 'wb-unduhan' });
  const kosongUnduhan = el('p', { kelas: 'wb-redup' }, TEKS_WEB.belumAdaUnduhan);
  const pratinjau = el(
    'div',
    { kelas: 'wb-pratinjau', attr: { 'aria-live': 'polite' } },
    el('p', { kelas: 'wb-redup' }, TEKS_WEB.belumAdaPratinjau),
  );
  isi(
    samping,
    el(
      'section',
      { kelas: 'wb-kartu', attr: { 'aria-labelledby': 'wb-h-berkas' } },
      el('h2', { id: 'wb-h-berkas' }, TEKS_WEB.berkasTerbuka),
      infoBerkas,
    ),
    el(
      'section',
      { kelas: 'wb-kartu', attr: { 'aria-labelledby': 'wb-h-unduhan' } },
      el('h2', { id: 'wb-h-unduhan' }, TEKS_WEB.unduhan),
      kosongUnduhan,
      daftarUnduhan,
    ),
    el(
      'section',
      { kelas: 'wb-kartu', attr: { 'aria-labelledby': 'wb-h-pratinjau' } },
      el('h2', { id: 'wb-h-pratinjau' }, TEKS_WEB.pratinjau),
      pratinjau,
    ),
  );

  const url: string[] = [];
  const tampilan: Tampilan = {
    berkasTerbuka(nama, ukuran, lama) {
      isi(
        infoBerkas,
        el('p', { kelas: 'wb-nama' }, nama, el('span', { kelas: 'wb-redup' }, ` · ${TEKS_WEB.kb(ukuran)}`)),
        lama ? el('p', { kelas: 'wb-catatan' }, TEKS_WEB.catatanLama(nama)) : null,
      );
      isi(pratinjau, el('p', { kelas: 'wb-redup' }, TEKS_WEB.belumAdaPratinjau));
    },
    unduh(u: Unduhan) {
      const alamat = URL.createObjectURL(
        new Blob([u.data as Uint8Array<ArrayBuffer>], { type: u.nama.endsWith('.docx') ? JENIS_DOCX : JENIS_XLSX }),
      );
      url.push(alamat);
      if (url.length > UNDUHAN_MAKS) {
        URL.revokeObjectURL(url.shift()!);
        daftarUnduhan.lastElementChild?.remove();
      }
      const tautan = el('a', { kelas: 'wb-tautan-unduh', attr: { href: alamat, download: u.nama } }, TEKS_WEB.unduhLagi(u.nama));
      daftarUnduhan.prepend(el('li', {}, tautan, el('span', { kelas: 'wb-redup' }, ` · ${TEKS_WEB.kb(u.data.length)}`)));
      kosongUnduhan.hidden = true;
      // the same link, clicked for the planner: the browser saves the file
      const otomatis = el('a', { attr: { href: alamat, download: u.nama, hidden: '' } });
      document.body.append(otomatis);
      otomatis.click();
      otomatis.remove();
    },
    pratinjau(p) {
      const sel = alamatSel(p.ini.baris, p.ini.kolom - 1);
      isi(
        pratinjau,
        el('p', { kelas: 'wb-nama' }, TEKS_WEB.pratinjauBaris(p.lembar, sel)),
        el('p', { kelas: 'wb-redup' }, TEKS_WEB.pratinjauKeterangan(sel)),
        tabelPratinjau(p),
      );
      // a table wider than the box scrolls sideways: a marked cell out of sight comes into the middle
      const grid = pratinjau.querySelector<HTMLElement>('.wb-grid');
      const ini = pratinjau.querySelector<HTMLElement>('.wb-sel-ini');
      const nomor = pratinjau.querySelector<HTMLElement>('tbody th');
      if (grid && ini) {
        const [a, b] = [grid.getBoundingClientRect(), ini.getBoundingClientRect()];
        const kiri = a.left + (nomor?.offsetWidth ?? 0);
        if (b.left < kiri || b.right > a.right) grid.scrollLeft += b.left - a.left - (a.width - b.width) / 2;
      }
      // on a narrow screen the preview sits below the panel: bring it into view
      if (window.matchMedia('(max-width: 959px)').matches) pratinjau.scrollIntoView({ block: 'nearest' });
    },
  };

  const kode = URL.createObjectURL(new Blob([KODE_PEKERJA], { type: 'text/javascript' }));
  const klien = buatKlien(new Worker(kode));
  const { host, mesin } = buatHostBerkas(klien, tampilan);
  pasangPanel(akar, host, mesin);
}

mulai();
