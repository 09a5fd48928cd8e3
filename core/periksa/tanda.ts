// How every host marks a finding of the audit in the sheet: one fill colour and a note that starts
// with a prefix of its own, so the next audit finds and removes its earlier notes and leaves the
// planner's own alone.
import { formatAngka } from '../bulat';
import type { Temuan } from '../model';
import { PESAN_PERIKSA } from './pesan';

export const TANDA_TEMUAN = {
  /** Fill of a disagreeing cell (Excel's light red), 6-digit hex without '#'. */
  warna: 'FFC7CE',
  /** The start of every note Lapkin writes. */
  awalan: 'Lapkin: ',
} as const;

/** The note on a marked cell: what it should print and why. */
export function catatanTemuan(t: Temuan): string {
  const seharusnya = typeof t.seharusnya === 'number' ? formatAngka(t.seharusnya) : t.seharusnya;
  return `${TANDA_TEMUAN.awalan}${PESAN_PERIKSA.seharusnya(seharusnya, t.alasan)}`;
}
