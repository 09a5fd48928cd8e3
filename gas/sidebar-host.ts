// The panel's Host in the Sheets sidebar: each call is one google.script.run round trip to the
// server functions of server.ts. Tables go one per call, so the panel can show progress and no
// single request carries every table.
import type { Host } from '../ui/host';
import { panggil } from './run';
import { unduhTautan } from '../ui/unduh';

export const hostSidebar: Host = {
  nama: 'sheets',
  daftarLembar: () => panggil('lapkinDaftarLembar'),
  lembarAktif: () => panggil('lapkinLembarAktif'),
  bacaLembar: (lembar) => panggil('lapkinBacaLembar', lembar),
  bacaRentang: (alamat) => panggil('lapkinBacaRentang', alamat),
  async tulisTabel(tabel, kemajuan) {
    const lembar: string[] = [];
    for (const t of tabel) {
      // a plain copy: a built table makes its grid when first read (a getter), and google.script.run
      // documents only plain objects, arrays and primitives as parameters
      lembar.push(...(await panggil('lapkinTulisTabel', [{ ...t, sel: t.sel }])).lembar);
      kemajuan?.(lembar.length);
    }
    return { lembar };
  },
  tandaiTemuan: (temuan, lembar) => panggil('lapkinTandaiTemuan', [...temuan], lembar),
  pilihSel: (lembar, sel) => panggil('lapkinPilihSel', lembar, sel),
  // the sidebar's sandboxed frame may start a download from a click (its sandbox allows downloads)
  unduh: unduhTautan,
};
