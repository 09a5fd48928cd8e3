// The panel's Host over a workbook file the planner opened in the page. The worker reads and
// writes; every result is a new .xlsx handed over as a download (the input is never changed).
// The filled workbook becomes the open one, as tables become sheets of the workbook in the add-in.
import type { RentangBaca } from '../core/index';
import type { HasilTulis, Host } from '../ui/host';
import { posisi, potongRentang, uraiAlamat } from './alamat';
import type { Klien } from './klien';
import { TEKS_WEB } from '../ui/teks';
import type { Unduhan } from './protokol';

/** Where the page shows what the host does outside the panel. */
export interface Tampilan {
  berkasTerbuka(nama: string, ukuran: number, lama: boolean): void;
  unduh(u: Unduhan): void;
  /** The rows around a cell, the cell marked. */
  pratinjau(r: RentangBaca, baris: number, kolom: number): void;
}

const ID_TEMPLAT = 'templat';

export function buatHostBerkas(klien: Klien, tampilan: Tampilan): Host {
  let nama: string | null = null;
  let daftar: string[] = [];
  let aktif = '';
  let unduhanTerakhir: string | null = null;
  /** Sheets read since the workbook was opened (the preview shows rows from them). */
  let terbaca = new Map<string, RentangBaca>();

  const baca = async (lembar: string): Promise<RentangBaca> => {
    const ada = terbaca.get(lembar);
    if (ada) return ada;
    const r = await klien.minta({ op: 'baca', lembar });
    terbaca.set(lembar, r);
    return r;
  };
  const unduh = (u: Unduhan) => {
    unduhanTerakhir = u.nama;
    tampilan.unduh(u);
  };

  return {
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
      unduh(hasil.unduhan);
      // the filled workbook is the open one now: its sheets are the input's plus the tables
      nama = hasil.unduhan.nama;
      tampilan.berkasTerbuka(nama, hasil.unduhan.data.length, false);
      daftar = [...daftar, ...hasil.lembar.filter((l) => !daftar.includes(l))];
      terbaca = new Map([...terbaca].filter(([l]) => !hasil.lembar.includes(l)));
      kemajuan?.(tabel.length);
      return { lembar: hasil.lembar };
    },

    async tandaiTemuan(temuan) {
      const hasil = await klien.minta({ op: 'tandai', temuan: [...temuan] });
      if (hasil.unduhan) unduh(hasil.unduhan);
    },

    // the Word chapter, made by the panel: a download like the workbooks
    async unduh(namaBerkas, data) {
      unduh({ nama: namaBerkas, data });
    },

    async pilihSel(lembar, sel) {
      const p = posisi(sel);
      if (p === null || !daftar.includes(lembar)) return;
      tampilan.pratinjau(await baca(lembar), p.baris, p.kolom);
    },
  };
}
