// The panel's Host and Mesin over a workbook file the planner opened in the page. The worker reads,
// scores and writes; every result is a new .xlsx handed over as a download (the input is never
// changed). The filled workbook becomes the open one, as tables become sheets of the workbook in
// the add-in. The page's thread only sends names and choices and shows what comes back.
import type { RentangBaca } from '../core/index';
import type { HasilTulis, Host } from '../ui/host';
import type { Mesin } from '../ui/mesin';
import { posisi, potongRentang, uraiAlamat } from './alamat';
import type { Klien } from './klien';
import { TEKS_WEB } from '../ui/teks';
import type { Pratinjau, Unduhan } from './protokol';

/** Where the page shows what the host does outside the panel. */
export interface Tampilan {
  berkasTerbuka(nama: string, ukuran: number, lama: boolean): void;
  unduh(u: Unduhan): void;
  /** The rows around a cell, the cell marked. */
  pratinjau(p: Pratinjau): void;
}

const ID_TEMPLAT = 'templat';

export function buatHostBerkas(klien: Klien, tampilan: Tampilan): { host: Host; mesin: Mesin } {
  let nama: string | null = null;
  let daftar: string[] = [];
  let aktif = '';
  let unduhanTerakhir: string | null = null;
  /** Sheets read whole into the page (only through Host.bacaLembar; the panel's own steps run in the worker). */
  let terbaca = new Map<string, RentangBaca>();

  const baca = async (lembar: string): Promise<RentangBaca> => {
    const ada = terbaca.get(lembar);
    if (ada) return ada;
    const r = await klien.minta({ op: 'baca', lembar });
    terbaca.set(lembar, r);
    return r;
  };
  const unduh = (u: Unduhan | null) => {
    if (u === null) return;
    unduhanTerakhir = u.nama;
    tampilan.unduh(u);
  };
  /** The filled workbook is the open one now: its sheets are the input's plus the tables. */
  const terisi = (u: Unduhan, lembar: readonly string[]) => {
    unduh(u);
    nama = u.nama;
    tampilan.berkasTerbuka(nama, u.data.length, false);
    daftar = [...daftar, ...lembar.filter((l) => !daftar.includes(l))];
    terbaca = new Map([...terbaca].filter(([l]) => !lembar.includes(l)));
  };

  const host: Host = {
    nama: 'berkas',

    berkas: {
      jenis: '.xlsx,.xlsm,.xls,.ods',
      async buka(berkas, kemajuan) {
        kemajuan(TEKS_WEB.membacaBerkas(berkas.name), 0.05);
        const data = await berkas.arrayBuffer();
        const hasil = await klien.minta({ op: 'buka', data, nama: berkas.name }, kemajuan, [data]);
        aktif = await klien.minta({ op: 'aktif' }, kemajuan);
        nama = hasil.nama;
        daftar = hasil.daftarLembar;
        terbaca = new Map();
        unduhanTerakhir = null;
        tampilan.berkasTerbuka(hasil.nama, berkas.size, hasil.lama);
      },
      namaBuka: () => nama,
      unduhanTerakhir: () => unduhanTerakhir,
    },

    daftarLembar: async () => [...daftar],
    lembarAktif: async () => aktif,
    bacaLembar: (lembar) => baca(lembar),

    async bacaRentang(alamat) {
      const a = uraiAlamat(alamat);
      if (a === null || nama === null) throw new Error(TEKS_WEB.alamatRentangSalah(alamat));
      const lembar = a.lembar ?? aktif;
      if (!daftar.includes(lembar)) throw new Error(TEKS_WEB.alamatRentangSalah(alamat));
      return potongRentang(await baca(lembar), a);
    },

    async tulisTabel(tabel, kemajuan): Promise<HasilTulis> {
      if (tabel.length === 1 && tabel[0]?.id === ID_TEMPLAT) {
        const hasil = await klien.minta({ op: 'templat', tabel: [...tabel] });
        unduh(hasil.unduhan);
        return { lembar: hasil.lembar };
      }
      const hasil = await klien.minta({ op: 'isi', tabel: [...tabel] });
      terisi(hasil.unduhan, hasil.lembar);
      kemajuan?.(tabel.length);
      return { lembar: hasil.lembar, pemberitahuan: hasil.pemberitahuan };
    },

    async tandaiTemuan(temuan) {
      unduh((await klien.minta({ op: 'tandai', temuan: [...temuan] })).unduhan);
    },

    // the Word chapter, made by the panel: a download like the workbooks
    async unduh(namaBerkas, data) {
      unduh({ nama: namaBerkas, data });
    },

    async pilihSel(lembar, sel) {
      const p = posisi(sel);
      if (p === null || !daftar.includes(lembar)) return;
      const pratinjau = await klien.minta({ op: 'pratinjau', lembar, baris: p.baris, kolom: p.kolom });
      if (pratinjau) tampilan.pratinjau(pratinjau);
    },
  };

  const mesin: Mesin = {
    deteksi: (lembar, peta, kemajuan) => klien.minta({ op: 'deteksi', lembar, ...(peta ? { peta } : {}) }, kemajuan),
    async isiTabel(d, pilihan, tabel, kemajuan) {
      const { ringkas, unduhan } = await klien.minta({ op: 'isiTabel', d, pilihan, tabel: [...tabel] }, kemajuan);
      if (unduhan) terisi(unduhan, ringkas.lembar);
      return ringkas;
    },
    async periksa(lembar, skema, kemajuan) {
      const { hasil, unduhan } = await klien.minta({ op: 'periksa', lembar, skema }, kemajuan);
      unduh(unduhan);
      return hasil;
    },
    async buatTemplat(kemajuan) {
      const { lembar, unduhan } = await klien.minta({ op: 'buatTemplat' }, kemajuan);
      unduh(unduhan);
      return lembar;
    },
    grafikLaporan: (d, pilihan, kemajuan) => klien.minta({ op: 'grafikLaporan', d, pilihan }, kemajuan),
    laporan: (d, pilihan, gambar, kemajuan) => klien.minta({ op: 'laporan', d, pilihan, gambar: [...gambar] }, kemajuan),
  };

  return { host, mesin };
}
