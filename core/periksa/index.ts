// Auditing a filled table: recompute every figure the table itself allows and report each printed
// figure or label that disagrees beyond the printed precision, with the value it should have.
//
// Layouts read (the header row is found within the first 30 rows; data starts below it):
// - Indicator matrix (a report's "Pencapaian IKU" / "Capaian Kinerja", Lapkin's pencapaian-iku and
//   capaian-triwulan sheets): an Indikator column and any of Target, Realisasi, Capaian (%);
//   optionally Sasaran (a sasaran starts where its cell is filled; merged cells read blank below),
//   No, Bobot, Polaritas, NPS (on any row of its sasaran) and Kriteria columns; perspective rows and
//   a unit row (NPS Unit / Jumlah / Rata-rata) between and after the indicators.
// - Sasaran list (a report's "Pencapaian Sasaran", Lapkin's pencapaian-sasaran): Perspektif /
//   Sasaran | NPS | Kriteria with perspective rows, sasaran rows and a unit row.
//   A Kriteria column judges what its header names ('Kriteria Sasaran' → NPS, 'Kriteria Capaian' →
//   capaian), otherwise the nearest Capaian or NPS column to its left. (capaian.ts)
// - Budget table: Pagu | Realisasi (Rp) | % | Sisa | Porsi, program or numbered (1, 1.1) rows
//   with subtotals, a Jumlah row. (anggaran.ts)
// - Efisiensi table: Input | Output | IE | SE | TE | Kategori. (efisiensi.ts)
// Error texts (#DIV/0! ...) are reported wherever they are. Figures recomputed from printed,
// rounded inputs are judged within the range those inputs allow (perkiraan.ts).
import { alamatSel, hurufKolom } from '../kolom';
import type { Masalah, RentangBaca, Sel, Skema, Temuan } from '../model';
import { tampakRentang } from '../tampak';
import { periksaAnggaran } from './anggaran';
import { periksaCapaian } from './capaian';
import { periksaEfisiensi } from './efisiensi';
import { PESAN_PERIKSA } from './pesan';
import { Tabel, galatTeks, teks, type Lapor } from './sel';

export interface OpsiPeriksa {
  readonly skema: Skema;
  /** 1-based sheet row of nilai[0] (default 1). */
  readonly barisAwal?: number;
  /** 1-based sheet column of nilai[0][0] (default 1 = column A). */
  readonly kolomAwal?: number;
  /** The cap the table's capaian were computed with, if any. */
  readonly batasAtas?: number;
}

/** The audit of one sheet as a host hands it over: as the planner sees it (percent formats, hidden rows and columns). */
export function periksaRentang(
  r: RentangBaca,
  opsi: Omit<OpsiPeriksa, 'barisAwal' | 'kolomAwal'>,
): { temuan: Temuan[]; masalah: Masalah[]; diperiksa: number } {
  const t = tampakRentang(r);
  const hasil = periksaLembarRinci(r.lembar, t.nilai, { ...opsi, barisAwal: r.barisAwal, kolomAwal: r.kolomAwal });
  return { ...hasil, masalah: [...hasil.masalah, ...t.masalah] };
}

export function periksaLembar(lembar: string, nilai: readonly (readonly Sel[])[], opsi: OpsiPeriksa): { temuan: Temuan[]; masalah: Masalah[] } {
  const { temuan, masalah } = periksaLembarRinci(lembar, nilai, opsi);
  return { temuan, masalah };
}

/** periksaLembar with how many printed figures and labels were compared (0: nothing was checked). */
export function periksaLembarRinci(
  lembar: string,
  nilai: readonly (readonly Sel[])[],
  opsi: OpsiPeriksa,
): { temuan: Temuan[]; masalah: Masalah[]; diperiksa: number } {
  const barisAwal = opsi.barisAwal ?? 1;
  const kolomAwal = opsi.kolomAwal ?? 1;
  const temuan = new Map<string, Temuan>();
  const lapor: Lapor = (r, k, seharusnya, alasan) => {
    const baris = barisAwal + r;
    const sel = alamatSel(baris, kolomAwal - 1 + k);
    if (temuan.has(sel)) return;
    const asli = nilai[r]?.[k];
    const tercetak = typeof asli === 'number' ? asli : typeof asli === 'string' ? asli.trim() : String(asli ?? '');
    temuan.set(sel, { lembar, sel, baris, kolom: hurufKolom(kolomAwal - 1 + k), tercetak, seharusnya, alasan });
  };

  const tabel = new Tabel(nilai, lapor);
  // every layout is tried: a budget table's bare '%' column also reads as a capaian column
  const dikenali = [periksaCapaian(tabel, opsi.skema, opsi.batasAtas), periksaAnggaran(tabel), periksaEfisiensi(tabel)].some(Boolean);
  nilai.forEach((baris, r) =>
    baris.forEach((s, k) => {
      if (galatTeks(s)) lapor(r, k, '', PESAN_PERIKSA.selGalat(teks(s)));
    }),
  );
  // a table recognised but without one figure to compare is not clean: nothing was checked
  const alasan = !dikenali
    ? PESAN_PERIKSA.tataLetakTakDikenal
    : tabel.diperiksa === 0 && temuan.size === 0
      ? PESAN_PERIKSA.tidakAdaYangDiperiksa
      : null;
  const masalah: Masalah[] = alasan === null ? [] : [{ baris: 0, kolom: '', teks: '', alasan }];
  const urut = [...temuan.values()].sort((a, b) => a.baris - b.baris || a.kolom.length - b.kolom.length || a.kolom.localeCompare(b.kolom));
  return { temuan: urut, masalah, diperiksa: tabel.diperiksa };
}
