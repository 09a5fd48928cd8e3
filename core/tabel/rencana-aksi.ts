// Rencana Aksi (target bulanan): each indicator's annual target and its cumulative monthly targets
// Jan..Des; when the sheet has monthly realisasi too, a Realisasi row under each Target row.
import type { Angka, HasilSkor } from '../model';
import { KEPALA_AWAL, KOLOM_AWAL, tulisBarisIndikator } from './baris-indikator';
import { nilaiAngka, teks } from './gaya';
import { Kolom, mulaiKisi, type BentukTabel, type TabelStandar } from './kisi';
import { NAMA_BULAN_SINGKAT, PESAN_TABEL } from './pesan';

const BULAN = NAMA_BULAN_SINGKAT.map((_, i) => `bulan${i}` as const);

export const RENCANA_AKSI = {
  id: 'rencana-aksi',
  judul: 'Rencana Aksi',
  kurang: tanpaBulanan,
  bangun,
} as const satisfies TabelStandar;

/** Tables of monthly targets need the Jan..Des target columns. */
export function tanpaBulanan(hasil: HasilSkor): string | null {
  return hasil.model.indikator.some((i) => i.targetBulanan !== null) ? null : PESAN_TABEL.tanpaKolom('target bulanan (Jan..Des)');
}

function bangun(hasil: HasilSkor, nama: string): BentukTabel {
  const adaRealisasi = hasil.model.indikator.some((i) => i.realisasiBulanan !== null);
  const kolom = new Kolom([...KOLOM_AWAL, 'target', adaRealisasi && 'uraian', ...BULAN] as const);
  const kisi = mulaiKisi(nama, kolom, {
    ...KEPALA_AWAL,
    target: 'Target Tahunan',
    uraian: 'Uraian',
    ...Object.fromEntries(BULAN.map((b, i) => [b, NAMA_BULAN_SINGKAT[i]])),
  });
  const bulanan = (daftar: readonly Angka[] | null) => Object.fromEntries(BULAN.map((b, i) => [b, nilaiAngka(daftar?.[i] ?? null)]));
  tulisBarisIndikator(kisi, hasil, {
    lebarPerspektif: kolom.jumlah,
    gabungIndikator: adaRealisasi ? [kolom.i('target')] : [],
    indikator: (s) => {
      const target = kolom.baris({
        target: nilaiAngka(s.indikator.target),
        uraian: teks('Target'),
        ...bulanan(s.indikator.targetBulanan),
      });
      const realisasi = kolom.baris({ uraian: teks('Realisasi'), ...bulanan(s.indikator.realisasiBulanan) });
      return adaRealisasi ? [target, realisasi] : [target];
    },
  });
  return { kisi, judul: nama };
}
