// Reads the golden figures taken from the two reference reports (never copied into test code):
// test/fixtures/golden, whose README names each file's report and table.
import { readFileSync } from 'node:fs';
import path from 'node:path';

const DIR = path.resolve(__dirname, '../../fixtures/golden');

export function emas<T>(nama: string): T {
  return JSON.parse(readFileSync(path.join(DIR, `${nama}.json`), 'utf8')) as T;
}

export interface KasusCapaian {
  indikator: string;
  realisasi: number | string;
  target: number | string;
  capaian: number;
  realisasi_tercetak?: string;
}
export interface EmasCapaian {
  kasus: KasusCapaian[];
  kualitatif: KasusCapaian[];
}
export interface EmasNps {
  kasus: { sasaran: string; capaian: (number | null)[]; bobot: number[]; nps: number }[];
}
export interface PitaEmas {
  label: string;
  bawah: number | null;
  atas: number | null;
  bawah_termasuk?: boolean;
  atas_termasuk?: boolean;
  warna?: string;
  efektivitas?: string;
}
export interface EmasKriteria {
  skema: Record<string, { pita: PitaEmas[] }>;
  kasus: { skema: string; nilai: number; label: string }[];
}
export interface EmasEfisiensi {
  kasus: { sasaran: string; input: number; output: number; IE: number; SE: number; TE: number; kategori: string }[];
  tak_terhitung: { output_pct: number; input_pagu: number; input_realisasi: number }[];
}
export interface EmasAnggaran {
  kasus: { baris: string; pagu: number; realisasi: number; persen: number; sisa: number }[];
}
export interface EmasPeriode {
  kasus: { indikator: string; target_tahunan: number; bulanan: (number | null)[]; target_tw: Record<string, number | null> }[];
}

/** 'TW III' → 3 */
export const TW: Readonly<Record<string, 1 | 2 | 3 | 4>> = { 'TW I': 1, 'TW II': 2, 'TW III': 3, 'TW IV': 4 };
