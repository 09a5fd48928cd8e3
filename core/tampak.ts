// A sheet as the planner sees it: a number under a percent format is the percentage shown
// (0,8535 with "0.00%" is 85,35), hidden rows and columns are not part of the table. Row and
// column positions are kept (hidden cells read blank) so every message still names the real cell.
import { hurufKolom } from './kolom';
import type { Masalah, RentangBaca, Sel } from './model';
import { PESAN } from './pesan';

export interface Tampak {
  /** The values as shown: percent formats applied, hidden rows and columns blank. */
  readonly nilai: readonly (readonly Sel[])[];
  /** One notice when hidden rows or columns holding something were left out, then the host's own notices. */
  readonly masalah: readonly Masalah[];
}

/** Whether a number format shows its value × 100 with a '%' (not a quoted or escaped '%'). */
export function formatPersen(kode: string | undefined): boolean {
  if (kode === undefined || !kode.includes('%')) return false;
  // the first section is the one for positive numbers and zero; quoted text, escapes and [..] hold no format
  const [bagian = ''] = kode.replace(/"[^"]*"|\\.|\[[^\]]*\]/g, '').split(';');
  return bagian.includes('%');
}

/** value × 100 without float noise (0,8535 → 85,35, not 85,35000000000001). */
export function kaliSeratus(x: number): number {
  return Number((x * 100).toPrecision(15));
}

export function tampakRentang(r: RentangBaca): Tampak {
  const barisTersembunyi = new Set(r.barisTersembunyi ?? []);
  const kolomTersembunyi = new Set(r.kolomTersembunyi ?? []);
  const format = r.format;
  const adaFormat = format !== undefined && format.some((b) => b?.some((f) => formatPersen(f)));
  const dariHost: Masalah[] = (r.catatan ?? []).map((alasan) => ({ baris: 0, kolom: '', teks: '', alasan, catatan: true }));
  if (!adaFormat && barisTersembunyi.size === 0 && kolomTersembunyi.size === 0) return { nilai: r.nilai, masalah: dariHost };

  const terisi = (s: Sel) => s !== null && s !== undefined && String(s).trim() !== '';
  const barisDilewati: number[] = [];
  const kolomDilewati = new Set<number>();
  const nilai: Sel[][] = r.nilai.map((baris, i) => {
    if (barisTersembunyi.has(i)) {
      if (baris.some(terisi)) barisDilewati.push(i);
      return baris.map(() => null);
    }
    return baris.map((s, j) => {
      if (kolomTersembunyi.has(j)) {
        if (terisi(s)) kolomDilewati.add(j);
        return null;
      }
      return typeof s === 'number' && Number.isFinite(s) && formatPersen(format?.[i]?.[j]) ? kaliSeratus(s) : s;
    });
  });
  pindahkanGabungan(r, nilai, barisTersembunyi, kolomTersembunyi);

  const masalah: Masalah[] = [];
  if (barisDilewati.length > 0 || kolomDilewati.size > 0) {
    const baris = barisDilewati.map((i) => r.barisAwal + i);
    const kolom = [...kolomDilewati].sort((a, b) => a - b).map((j) => hurufKolom(r.kolomAwal - 1 + j));
    masalah.push({ baris: 0, kolom: '', teks: '', alasan: PESAN.tersembunyiDilewati(baris, kolom), catatan: true });
  }
  return { nilai, masalah: [...masalah, ...dariHost] };
}

/** A merged header whose first cell is hidden still shows its text in the merge's first visible cell. */
function pindahkanGabungan(r: RentangBaca, nilai: Sel[][], barisT: ReadonlySet<number>, kolomT: ReadonlySet<number>): void {
  for (const g of r.gabungan ?? []) {
    if (!kolomT.has(g.c1) && !barisT.has(g.r1)) continue;
    const asli = r.nilai[g.r1]?.[g.c1];
    if (asli === null || asli === undefined || asli === '') continue;
    let tujuan: [number, number] | null = null;
    for (let i = g.r1; i <= g.r2 && tujuan === null; i++) {
      if (barisT.has(i)) continue;
      for (let j = g.c1; j <= g.c2; j++) {
        if (!kolomT.has(j)) {
          tujuan = [i, j];
          break;
        }
      }
    }
    const baris = tujuan && nilai[tujuan[0]];
    if (tujuan && baris) baris[tujuan[1]] = asli;
  }
}
