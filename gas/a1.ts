// Where an A1 address points: findings and earlier marks are kept by address.
import { PESAN_GAS } from './pesan';

/** 'C7' → { baris: 7, kolom: 3 } (both 1-based, as Sheet.getRange takes them). */
export function posisiA1(a1: string): { baris: number; kolom: number } {
  const m = /^\$?([A-Z]+)\$?(\d+)$/i.exec(a1.trim());
  if (!m) throw new Error(PESAN_GAS.selTakDikenal(a1));
  const kolom = [...m[1].toUpperCase()].reduce((n, h) => n * 26 + h.charCodeAt(0) - 64, 0);
  return { baris: Number(m[2]), kolom };
}
