// Range addresses the planner types for a custom scheme ("Skema!A1:C6", "'Data 2024'!B2:D9").
import type { RentangBaca } from '../core/index';

export interface Alamat {
  /** null: the sheet open in the panel. */
  readonly lembar: string | null;
  /** 1-based, inclusive. */
  readonly baris1: number;
  readonly kolom1: number;
  readonly baris2: number;
  readonly kolom2: number;
}

const SEL = /^\$?([A-Z]{1,3})\$?(\d{1,7})$/i;

/** The address, or null when it is not one. */
export function uraiAlamat(teks: string): Alamat | null {
  const t = teks.trim().replace(/^=/, '');
  const i = t.lastIndexOf('!');
  const lembar =
    i < 0
      ? null
      : t
          .slice(0, i)
          .replace(/^'(.*)'$/, '$1')
          .replace(/''/g, "'");
  if (lembar === '') return null;
  const [a = '', b = a, ...lebih] = t.slice(i + 1).split(':');
  if (lebih.length) return null;
  const p = posisi(a);
  const q = posisi(b);
  if (p === null || q === null) return null;
  return {
    lembar,
    baris1: Math.min(p.baris, q.baris),
    kolom1: Math.min(p.kolom, q.kolom),
    baris2: Math.max(p.baris, q.baris),
    kolom2: Math.max(p.kolom, q.kolom),
  };
}

/** 'C7' → { baris: 7, kolom: 3 }, 1-based. */
export function posisi(sel: string): { baris: number; kolom: number } | null {
  const m = SEL.exec(sel.trim());
  if (!m) return null;
  const [, huruf = '', angka = ''] = m;
  const kolom = [...huruf.toUpperCase()].reduce((n, h) => n * 26 + h.charCodeAt(0) - 64, 0);
  const baris = Number(angka);
  return baris >= 1 ? { baris, kolom } : null;
}

/** The part of a read sheet an address covers, up to the sheet's last cell (an address like
 *  A1:XFD1048576 costs no more than the cells present). */
export function potongRentang(r: RentangBaca, a: Alamat): RentangBaca {
  const barisAkhir = Math.min(a.baris2, r.barisAwal + r.nilai.length - 1);
  const kolomAkhir = Math.min(a.kolom2, r.kolomAwal + r.nilai.reduce((n, b) => Math.max(n, b.length), 0) - 1);
  const nilai = [];
  for (let b = a.baris1; b <= barisAkhir; b++) {
    const baris = r.nilai[b - r.barisAwal];
    const isi = [];
    for (let k = a.kolom1; k <= kolomAkhir; k++) isi.push(baris?.[k - r.kolomAwal] ?? null);
    nilai.push(isi);
  }
  return { lembar: r.lembar, nilai, barisAwal: a.baris1, kolomAwal: a.kolom1 };
}
