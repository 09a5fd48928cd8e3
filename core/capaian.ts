// Capaian (achievement, %) of one indicator, at full precision: rounding is for display only.
import { galat, type Galat } from './galat';
import type { Angka, Polaritas } from './model';
import { PESAN } from './pesan';

export interface OpsiCapaian {
  /** 'positif' (default): R/T×100; 'negatif': (2T−R)/T×100; 'negatif-rasio': T/R×100. */
  readonly polaritas?: Polaritas;
  /** Optional cap, e.g. 120 (none by default: 131,06 enters every average as it is). */
  readonly batasAtas?: number;
}

/** "No figure yet", with the reason: the indicator is left out of every computation. */
export interface TanpaAngka {
  readonly kosong: string;
}

/**
 * Qualitative values: equal → 100. On an ordered scale (audit opinions WTP > WDP > TW > TMP,
 * AKIP predikat ...) a realisasi below the target gives peringkat(realisasi) / peringkat(target)
 * × 100 (WDP against WTP: 3/4 → 75), and one at or above the target gives 100: a rank is not a
 * quantity, so exceeding a qualitative target is "met", not more than met.
 */
export function hitungCapaian(realisasi: Angka, target: Angka, opsi?: OpsiCapaian): number | TanpaAngka | Galat {
  if (target.jenis === 'galat') return galat('nilai', PESAN.galatTarget(target.pesan));
  if (realisasi.jenis === 'galat') return galat('nilai', PESAN.galatRealisasi(realisasi.pesan));
  if (target.jenis === 'kosong' || realisasi.jenis === 'kosong') return { kosong: alasanKosong(realisasi, target) };
  if (target.jenis === 'kualitatif' || realisasi.jenis === 'kualitatif') {
    if (target.jenis !== 'kualitatif' || realisasi.jenis !== 'kualitatif') {
      return galat('nilai', PESAN.campuranTeksAngka);
    }
    return capaianKualitatif(realisasi, target);
  }
  const hasil = capaianAngka(realisasi.nilai, target.nilai, opsi?.polaritas ?? 'positif');
  if (typeof hasil !== 'number') return hasil;
  const batas = opsi?.batasAtas;
  return batas !== undefined && hasil > batas ? batas : hasil;
}

/** The numeric formula alone (the scoring hot path calls this directly). */
export function capaianAngka(realisasi: number, target: number, polaritas: Polaritas): number | Galat {
  if (target === 0) return galat('na', PESAN.targetNol);
  let hasil: number;
  if (polaritas === 'negatif') hasil = ((2 * target - realisasi) / target) * 100;
  else if (polaritas === 'negatif-rasio') {
    if (realisasi === 0) return galat('na', PESAN.realisasiNolRasio);
    hasil = (target / realisasi) * 100;
  } else hasil = (realisasi / target) * 100;
  return Number.isFinite(hasil) ? hasil : galat('na', PESAN.hasilTakHingga);
}

/** One sentence naming what has no figure: 'Target September dan realisasi TW III belum ada ("-")'. */
function alasanKosong(realisasi: Angka, target: Angka): string {
  const t = target.jenis === 'kosong' ? target : null;
  const r = realisasi.jenis === 'kosong' ? realisasi : null;
  if (t && r) return PESAN.keduanyaBelumAda(t.nama ?? 'Target', t.alasan, r.nama ?? 'Realisasi', r.alasan);
  if (t) return PESAN.belumAda(t.nama ?? 'Target', t.alasan);
  return r ? PESAN.belumAda(r.nama ?? 'Realisasi', r.alasan) : '';
}

type Kualitatif = Extract<Angka, { jenis: 'kualitatif' }>;

function capaianKualitatif(realisasi: Kualitatif, target: Kualitatif): number | Galat {
  if (realisasi.teks.toLowerCase() === target.teks.toLowerCase()) return 100;
  const r = realisasi.peringkat;
  const t = target.peringkat;
  if (r === undefined || t === undefined || realisasi.skala !== target.skala) {
    return galat('nilai', PESAN.kualitatifTakSebanding(realisasi.teks, target.teks));
  }
  return r >= t ? 100 : (r / t) * 100;
}
