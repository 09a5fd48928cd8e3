// Summary rows of an indicator table: "Jumlah", "Total", "Rata-rata", "NPS", "NPS Sasaran",
// "Nilai Pencapaian Sasaran/Perspektif/Unit" ... They carry the table's printed roll-ups (what the
// audit checks) and are never indicators, whichever text column holds the label.
import type { Sel } from './model';
import { rapiSpasi } from './spasi';

/** A summary label in a label column (No, Perspektif, Sasaran, the first text cell). */
const RINGKASAN = /^(jumlah|total|rata-?rata|nps|npss|nspk|nilai pencapaian|nilai capaian|capaian (unit|organisasi|kinerja organisasi))\b/i;
/**
 * In the Indikator column a name may start with Jumlah ("Jumlah sekolah terakreditasi"): only the
 * bare word, maybe followed by what is summed or averaged, is a summary.
 */
const RINGKASAN_INDIKATOR =
  /^(jumlah|total|rata-?rata|nilai rata-?rata|nps|npss|nspk|nilai pencapaian|nilai capaian)(\s+(capaian|nilai|nps|kinerja|keseluruhan|sasaran( strategis| program| kegiatan)?( \d+)?|perspektif|unit|organisasi|iku|indikator|per sasaran|total|akhir|\(%\)|%))*\s*[:.]?$/i;

export function teksSel(s: Sel): string {
  if (s === null || s === undefined || typeof s === 'number' || typeof s === 'boolean' || s instanceof Date) return '';
  return rapiSpasi(String(s));
}

/** Whether the text is a summary label; in the Indikator column only the bare forms count. */
export function adalahRingkasan(teks: string, diKolomIndikator = false): boolean {
  const t = teks.replace(/^[A-Z0-9]{1,3}[.)]\s+/, '').trim();
  return diKolomIndikator ? RINGKASAN_INDIKATOR.test(t) : RINGKASAN.test(t);
}

/** Whether a row is a summary row: a summary label in any text column. */
export function barisRingkasan(baris: readonly Sel[], kolomIndikator: number | undefined): boolean {
  return baris.some((s, j) => {
    const t = teksSel(s);
    return t !== '' && adalahRingkasan(t, j === kolomIndikator);
  });
}
