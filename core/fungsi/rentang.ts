// The shared argument handling of the spreadsheet functions: a single value or a 2D range in,
// the same shape out, single values broadcast over a range, sizes checked, every output cell a
// number, a string or a Galat (never NaN, Infinity or a thrown error).
import { bacaAngka } from '../angka';
import { galat, type Galat } from '../galat';
import type { Angka, Sel } from '../model';
import { PESAN } from '../pesan';

export type Rentang = readonly (readonly Sel[])[];
export type Masukan = Sel | Rentang;
export type Keluaran = number | string | Galat;
export type HasilFungsi = Keluaran | Keluaran[][];

export function adalahRentang(x: Masukan): x is Rentang {
  return Array.isArray(x);
}

/** rows × widest row. */
export function ukuran(r: Rentang): readonly [number, number] {
  let kolom = 0;
  for (const baris of r) if (Array.isArray(baris) && baris.length > kolom) kolom = baris.length;
  return [r.length, kolom];
}

const tulisUkuran = ([m, n]: readonly [number, number]): string => `${m}×${n}`;

/**
 * A reader of one argument's cell (i, j): single values and 1×1 ranges broadcast. The size is
 * measured once here, not per cell: per cell it made one call over a 5,000-row range quadratic.
 */
function pembaca(x: Masukan): (i: number, j: number) => Sel {
  if (!adalahRentang(x)) return () => x;
  const [m, n] = ukuran(x);
  if (m === 1 && n === 1) {
    const satu = x[0]?.[0];
    return () => satu;
  }
  return (i, j) => x[i]?.[j];
}

/** Numbers must be finite, -0 shows as 0. */
export function aman(k: Keluaran): Keluaran {
  if (typeof k !== 'number') return k;
  if (!Number.isFinite(k)) return galat('na', PESAN.hasilTakHingga);
  return k === 0 ? 0 : k;
}

/**
 * Computes cell by cell. With no range among the arguments the answer is one value; otherwise a
 * range of the common size (1×1 ranges broadcast like single values); differing sizes give one
 * Galat naming them.
 */
export function perSel(argumen: readonly (readonly [string, Masukan])[], hitung: (sel: readonly Sel[]) => Keluaran): HasilFungsi {
  let bentuk: readonly [number, number] | null = null;
  let namaBentuk = '';
  let adaRentang = false;
  for (const [nama, x] of argumen) {
    if (!adalahRentang(x)) continue;
    adaRentang = true;
    const u = ukuran(x);
    if (u[0] === 0 || u[1] === 0) return galat('nilai', PESAN.rentangKosong(nama));
    if (u[0] === 1 && u[1] === 1) continue;
    if (bentuk === null) {
      bentuk = u;
      namaBentuk = nama;
    } else if (u[0] !== bentuk[0] || u[1] !== bentuk[1]) {
      return galat('nilai', PESAN.ukuranTakSama(`${namaBentuk} ${tulisUkuran(bentuk)}, ${nama} ${tulisUkuran(u)}`));
    }
  }
  if (!adaRentang) return aman(hitung(argumen.map(([, x]) => x as Sel)));
  const [m, n] = bentuk ?? [1, 1];
  const baca = argumen.map(([, x]) => pembaca(x));
  const hasil: Keluaran[][] = [];
  for (let i = 0; i < m; i++) {
    const baris: Keluaran[] = [];
    for (let j = 0; j < n; j++) baris.push(aman(hitung(baca.map((b) => b(i, j)))));
    hasil.push(baris);
  }
  return hasil;
}

/** An option argument (keluaran, skema code, triwulan): one value, a 1×1 range counts as one. */
export function satuNilai(nama: string, x: Masukan): Sel | Galat {
  if (!adalahRentang(x)) return x;
  const [m, n] = ukuran(x);
  return m === 1 && n === 1 ? x[0]?.[0] : galat('nilai', PESAN.harusSatuNilai(nama));
}

/** Blank option → its default; otherwise the text, trimmed. */
export function teksOpsi(sel: Sel, bawaan: string): string {
  if (sel === null || sel === undefined) return bawaan;
  const t = String(sel).trim();
  return t === '' ? bawaan : t;
}

/** A read cell as a function answer: a number, '' for no figure, the text of a qualitative value. */
export function dariAngka(a: Angka): Keluaran {
  switch (a.jenis) {
    case 'angka':
      return a.nilai;
    case 'kosong':
      return '';
    case 'kualitatif':
      return a.teks;
    case 'galat':
      return galat('nilai', a.pesan);
  }
}

/**
 * The figures of a range for a reduction (NPS, IKM) with their weights: blank and "no figure"
 * cells are left out with their weight; a blank weight is 1; anything unreadable is a Galat naming
 * its row and column in the range.
 */
export function kumpulkanTertimbang(
  nama: string,
  nilai: Masukan,
  bobot: Masukan,
  periksa: (v: number) => string | null,
): { nilai: number[]; bobot: number[] } | Galat {
  const isi: Rentang = adalahRentang(nilai) ? nilai : [[nilai]];
  const [m, n] = ukuran(isi);
  if (m === 0 || n === 0) return galat('nilai', PESAN.rentangKosong(nama));
  const adaBobot = adalahRentang(bobot) || bacaAngka(bobot).jenis !== 'kosong';
  if (adaBobot && adalahRentang(bobot)) {
    const u = ukuran(bobot);
    if (!(u[0] === 1 && u[1] === 1) && (u[0] !== m || u[1] !== n)) {
      return galat('nilai', PESAN.ukuranTakSama(`${nama} ${tulisUkuran([m, n])}, bobot ${tulisUkuran(u)}`));
    }
  }
  const bacaBobot = pembaca(bobot);
  const hasil = { nilai: [] as number[], bobot: [] as number[] };
  for (let i = 0; i < m; i++) {
    for (let j = 0; j < n; j++) {
      const a = bacaAngka(isi[i]?.[j]);
      if (a.jenis === 'kosong') continue;
      const di = (pesan: string) => galat('nilai', PESAN.diSel(nama, i + 1, j + 1, pesan));
      if (a.jenis === 'galat') return di(a.pesan);
      if (a.jenis === 'kualitatif') return di(PESAN.teksBukanNilai(a.teks));
      const salah = periksa(a.nilai);
      if (salah !== null) return di(salah);
      const b = adaBobot ? bacaAngka(bacaBobot(i, j)) : null;
      if (b !== null && b.jenis !== 'kosong' && (b.jenis !== 'angka' || b.nilai < 0)) {
        return galat('nilai', PESAN.diSel('bobot', i + 1, j + 1, PESAN.bobotSalah(String(bacaBobot(i, j)))));
      }
      hasil.nilai.push(a.nilai);
      hasil.bobot.push(b !== null && b.jenis === 'angka' ? b.nilai : 1);
    }
  }
  return hasil;
}

/** A reduction's answer: '' when nothing had a figure, a Galat when the weights sum to 0. */
export function hasilRata(rata: number | null, adaAngka: boolean): Keluaran {
  if (rata !== null) return aman(rata);
  return adaAngka ? galat('na', PESAN.jumlahBobotNol) : '';
}
