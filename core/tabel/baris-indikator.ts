// The body every indicator table shares: No | Sasaran | No | Indikator Kinerja | ..., perspective
// header rows, the sasaran cells merged over its indicator rows, per-sasaran cells (NPS) merged too.
import type { HasilSkor, SkorIndikator, SkorSasaran } from '../model';
import { KOSONG, WARNA_PERSPEKTIF, nomor, teks } from './gaya';
import { kelompokPerspektif, type Kelompok } from './kelompok';
import type { Kisi } from './kisi';
import type { SelTabel } from './spec';

/** The leading columns of every indicator table. */
export const KOLOM_AWAL = ['noSasaran', 'sasaran', 'no', 'indikator'] as const;
export const KEPALA_AWAL: Readonly<Record<(typeof KOLOM_AWAL)[number], string>> = {
  noSasaran: 'No',
  sasaran: 'Sasaran',
  no: 'No',
  indikator: 'Indikator Kinerja',
};

export interface IsiBaris {
  /** Columns the perspective label spans (from column 0). */
  readonly lebarPerspektif: number;
  /** Cells of a perspective row after its label. */
  readonly perspektif?: (k: Kelompok) => readonly (SelTabel | undefined)[];
  /** The rows of one indicator (most tables: one row); the leading four cells are filled in here. */
  readonly indikator: (s: SkorIndikator) => readonly (readonly (SelTabel | undefined)[])[];
  /** Further columns merged over an indicator's rows when it has several (its annual target). */
  readonly gabungIndikator?: readonly number[];
  /** Cells of one sasaran at fixed columns, merged down over its rows (NPS, its kriteria). */
  readonly sasaran?: (s: SkorSasaran) => ReadonlyMap<number, SelTabel>;
}

/** Writes the body; returns the rows of indicator data and each indicator's first row (for a chart). */
export function tulisBarisIndikator(kisi: Kisi, hasil: HasilSkor, isi: IsiBaris): { awal: number; akhir: number; baris: number[] } {
  const awal = kisi.jumlahBaris;
  const barisIndikator: number[] = [];
  let urutan = 0;
  for (const k of kelompokPerspektif(hasil)) {
    if (k.perspektif) {
      const label = k.huruf ? `${k.huruf}. ${k.perspektif.nama}` : k.perspektif.nama;
      kisi.tambahLebar(teks(label, { tebal: true, isi: WARNA_PERSPEKTIF, bungkus: false }), isi.lebarPerspektif, isi.perspektif?.(k) ?? []);
    }
    for (const { skor, nomor: no } of k.sasaran) {
      const barisSasaran = kisi.jumlahBaris;
      const daftar = skor.indikator.length > 0 ? skor.indikator : [null];
      for (const ind of daftar) {
        urutan += ind ? 1 : 0;
        const baris = ind ? isi.indikator(ind) : [[]];
        const pertama = kisi.jumlahBaris;
        if (ind) barisIndikator.push(pertama);
        baris.forEach((sisa, j) => {
          const sasaran = j > 0 ? [] : [nomor(no), teks(skor.sasaran.nama, { rata: 'kiri' })];
          const noInd = ind && j === 0 ? nomor(ind.indikator.no.trim() || urutan) : KOSONG;
          const namaInd = ind && j === 0 ? teks(ind.indikator.nama) : KOSONG;
          kisi.tambah([sasaran[0], sasaran[1], noInd, namaInd, ...sisa.slice(KOLOM_AWAL.length)]);
        });
        kisi.gabungTurun(pertama, kisi.jumlahBaris - 1, [2, 3, ...(isi.gabungIndikator ?? [])]);
      }
      kisi.gabungTurun(barisSasaran, kisi.jumlahBaris - 1, [0, 1]);
      const perSasaran = isi.sasaran?.(skor);
      if (perSasaran && barisSasaran < kisi.jumlahBaris) {
        for (const [kolom, sel] of perSasaran) kisi.sel.ganti(barisSasaran, kolom, sel);
        kisi.gabungTurun(barisSasaran, kisi.jumlahBaris - 1, [...perSasaran.keys()]);
      }
    }
  }
  return { awal, akhir: kisi.jumlahBaris - 1, baris: barisIndikator };
}
