// The pipeline as the panel sees it: the panel sends a sheet name and the planner's choices and
// gets back small summaries. In Excel and Sheets it runs beside the panel (mesinLokal); the web page
// runs the same mesinLokal inside its worker, so reading, scoring, building and writing never hold
// up the page. Everything here crosses a worker boundary: plain data, no sheet or model.
import {
  hurufKolom,
  opsiBawaan,
  type Masalah,
  type Periode,
  type PetaKolom,
  type Skema,
  type TabelDilewati,
  type Temuan,
  type Tingkat,
} from '../core/index';
import {
  ambilSkema,
  buatTemplat,
  deteksi,
  isiTabel,
  periksa,
  pesanTanpaModel,
  petakanUlang,
  skorLaporan,
  type Deteksi,
  type Kemajuan,
} from './alur';
import type { Host } from './host';
import { TEKS } from './teks';

/** What the panel shows of a sheet after detection. */
export interface RingkasLembar {
  readonly lembar: string;
  /** 1-based column of the read range's first column. */
  readonly kolomAwal: number;
  /** Header text per column, for the mapping dropdowns (both rows of a two-row header). */
  readonly judul: readonly string[];
  readonly peta: PetaKolom | null;
  /** null: no indicator table read; `tanpaModel` says why. */
  readonly model: {
    readonly barisHeader: number;
    readonly indikator: number;
    readonly sasaran: number;
    readonly perspektif: number;
    readonly tingkat: Tingkat;
  } | null;
  readonly tanpaModel: string;
  readonly masalah: readonly Masalah[];
}

export type PilihanSkema = { readonly kode: string } | { readonly rentang: string };

export interface PilihanIsi {
  readonly skema: PilihanSkema;
  readonly tingkat: Tingkat;
  readonly periode: Periode;
}

/** What the panel shows after Isi tabel. */
export interface RingkasIsi {
  readonly unit: { readonly nps: number | null; readonly kriteria: string | null };
  readonly skema: Skema;
  readonly tingkat: Tingkat;
  readonly periode: Periode;
  /** Per band of the scheme, in its order: how many indicators and sasaran fall in it. */
  readonly rekap: readonly { readonly label: string; readonly indikator: number; readonly sasaran: number }[];
  /** Indicators without a figure for the period, with where they are and why. */
  readonly tanpaAngka: readonly { readonly sel: string; readonly baris: number; readonly nama: string; readonly keterangan: string }[];
  readonly lembar: readonly string[];
  readonly dilewati: readonly TabelDilewati[];
  /** The read sheet's problems and notices (rows left out, hidden rows, polarity read from the print). */
  readonly masalah: readonly Masalah[];
  /** The writer's notes (a text cut to the cell limit, a chart kept as data bars), as `lapkin isi` prints them. */
  readonly pemberitahuan: readonly string[];
}

export interface HasilPeriksa {
  readonly temuan: readonly Temuan[];
  readonly masalah: readonly Masalah[];
  readonly skema: string;
}

export interface Mesin {
  /** Reads and detects a sheet; with `peta`, the planner's mapping instead of the detected one. */
  deteksi(lembar: string, peta?: PetaKolom, kemajuan?: Kemajuan): Promise<RingkasLembar>;
  isiTabel(d: RingkasLembar, pilihan: PilihanIsi, tabel: readonly string[], kemajuan?: Kemajuan): Promise<RingkasIsi>;
  periksa(lembar: string, skema: PilihanSkema, kemajuan?: Kemajuan): Promise<HasilPeriksa>;
  buatTemplat(kemajuan?: Kemajuan): Promise<readonly string[]>;
  /** The Word chapter's charts as SVG, in order, for the panel's thread to draw as PNG (a worker
   *  cannot draw an SVG; the panel's canvas can). */
  grafikLaporan(d: RingkasLembar, pilihan: PilihanIsi, kemajuan?: Kemajuan): Promise<readonly string[]>;
  /** The Word chapter `lapkin laporan` writes for the same choices, with `gambar` (grafikLaporan's
   *  charts drawn as PNG, in the same order) as its charts. */
  laporan(d: RingkasLembar, pilihan: PilihanIsi, gambar: readonly Uint8Array[], kemajuan?: Kemajuan): Promise<Uint8Array>;
}

export function ringkasLembar(d: Deteksi): RingkasLembar {
  const { nilai, kolomAwal, lembar } = d.rentang;
  const lebar = nilai.reduce((n, b) => Math.max(n, b.length), 0);
  const judul = d.kolom?.judul ?? nilai.find((b) => b.some((s) => String(s ?? '').trim() !== '')) ?? [];
  const model = d.hasil.model;
  return {
    lembar,
    kolomAwal,
    judul: Array.from({ length: lebar }, (_, j) =>
      String(judul[j] ?? '')
        .replace(/\s+/g, ' ')
        .trim(),
    ),
    peta: d.peta,
    model: model && {
      barisHeader: model.barisHeader,
      indikator: model.indikator.length,
      sasaran: model.sasaran.length,
      perspektif: model.perspektif.length,
      tingkat: opsiBawaan(model).tingkat,
    },
    tanpaModel: pesanTanpaModel(d.hasil),
    masalah: d.hasil.masalah,
  };
}

/** The Word chapter's code (docx), run when a chapter is first asked for: not at every panel's or worker's start. */
const bab = () => import('../docx/bab');

const samaPeta = (a: PetaKolom | null, b: PetaKolom | null) => JSON.stringify(a) === JSON.stringify(b);

/** The pipeline over a host, beside whoever calls it (the panel in Excel and Sheets, the page's worker). */
export function mesinLokal(host: Host): Mesin {
  // the full reads behind the last summaries, by sheet (a summary crosses to the panel without them)
  const terbaca = new Map<string, Deteksi>();
  /** The sheet read fresh, or as last read (Isi tabel goes on from what the panel showed), mapped as asked. */
  const baca = async (lembar: string, peta: PetaKolom | null | undefined, segar: boolean, kemajuan: Kemajuan): Promise<Deteksi> => {
    let d = segar ? undefined : terbaca.get(lembar);
    if (d === undefined) {
      kemajuan(TEKS.membacaLembar(lembar), 0.05);
      d = await deteksi(host, lembar);
    }
    if (peta !== undefined && peta !== null && !samaPeta(peta, d.peta)) d = petakanUlang(d, peta);
    terbaca.set(lembar, d);
    return d;
  };
  const skorBab = async (ringkas: RingkasLembar, pilihan: PilihanIsi, kemajuan: Kemajuan) => {
    const d = await baca(ringkas.lembar, ringkas.peta, false, kemajuan);
    const skema = await ambilSkema(host, pilihan.skema);
    kemajuan(TEKS.menghitung, 0.2);
    return skorLaporan(d, { skema, tingkat: pilihan.tingkat, periode: pilihan.periode });
  };
  return {
    async deteksi(lembar, peta, kemajuan = () => {}) {
      return ringkasLembar(await baca(lembar, peta, peta === undefined, kemajuan));
    },

    async isiTabel(ringkas, pilihan, tabel, kemajuan = () => {}) {
      const d = await baca(ringkas.lembar, ringkas.peta, false, kemajuan);
      const skema = await ambilSkema(host, pilihan.skema);
      const h = await isiTabel(host, d, { skema, tingkat: pilihan.tingkat, periode: pilihan.periode }, tabel, kemajuan);
      const { skor } = h;
      const hitung = (label: string, daftar: readonly { kriteria: string | null }[]) => daftar.filter((x) => x.kriteria === label).length;
      const kolomIndikator = hurufKolom(d.rentang.kolomAwal - 1 + (d.peta?.peran.indikator ?? 0));
      return {
        unit: skor.unit,
        skema: skor.opsi.skema,
        tingkat: skor.opsi.tingkat,
        periode: skor.opsi.periode,
        rekap: skor.opsi.skema.pita.map((p) => ({
          label: p.label,
          indikator: hitung(p.label, skor.indikator),
          sasaran: hitung(p.label, skor.sasaran),
        })),
        tanpaAngka: skor.indikator
          .filter((i) => i.capaian === null)
          .map((i) => ({
            sel: `${kolomIndikator}${i.indikator.baris}`,
            baris: i.indikator.baris,
            nama: i.indikator.nama,
            keterangan: i.keterangan,
          })),
        lembar: h.lembar,
        dilewati: h.dilewati,
        masalah: d.hasil.masalah,
        pemberitahuan: h.pemberitahuan,
      };
    },

    async periksa(lembar, pilihan, kemajuan = () => {}) {
      const skema = await ambilSkema(host, pilihan);
      return { ...(await periksa(host, lembar, skema, kemajuan)), skema: skema.kode };
    },

    async buatTemplat(kemajuan = () => {}) {
      kemajuan(TEKS.menulisTemplat, 0.5);
      return buatTemplat(host);
    },

    async grafikLaporan(ringkas, pilihan, kemajuan = () => {}) {
      const { grafikBab } = await bab();
      return grafikBab(await skorBab(ringkas, pilihan, kemajuan)).flatMap((g) => (g.svg === null ? [] : [g.svg]));
    },

    async laporan(ringkas, pilihan, gambar, kemajuan = () => {}) {
      const skor = await skorBab(ringkas, pilihan, kemajuan);
      kemajuan(TEKS.menyusunLaporan, 0.5);
      const { babLaporan } = await bab();
      let k = 0;
      return babLaporan(skor, {
        rasteriser: () => {
          const png = gambar[k++];
          if (png === undefined) throw new Error(TEKS.grafikKurang);
          return png;
        },
      });
    },
  };
}
