// Rencana Aksi (target bulanan): each indicator's annual target and its cumulative monthly targets
// Jan..Des; when the sheet has monthly realisasi too, a Realisasi row under each Target row.
import type { Angka, HasilSkor } from '../model';
import { KEPALA_AWAL, KOLOM_AWAL, tulisBarisIndikator } from './baris-indikator';
import { kepala, nilaiAngka, teks } from './gaya';
import { Kolom, kisiBerjudul, selesai } from './kisi';
import { NAMA_BULAN_SINGKAT, PESAN_TABEL } from './pesan';
import type { TabelDilewati, TabelSpec } from './spec';

const ID = 'rencana-aksi';
const BULAN = NAMA_BULAN_SINGKAT.map((_, i) => `bulan${i}` as const);

export function tabelRencanaAksi(hasil: HasilSkor, nama: string): TabelSpec | TabelDilewati {
  if (!hasil.model.indikator.some((i) => i.targetBulanan !== null)) {
    return { id: ID, alasan: PESAN_TABEL.tanpaKolom('target bulanan (Jan..Des)') };
  }
  const adaRealisasi = hasil.model.indikator.some((i) => i.realisasiBulanan !== null);
  const kolom = new Kolom([
    ...KOLOM_AWAL, 'target', adaRealisasi && 'uraian', ...BULAN,
  ] as const);
  const kisi = kisiBerjudul(nama, kolom.jumlah);
  kisi.tambah(
    kolom.baris({
      ...KEPALA_AWAL,
      target: kepala('Target Tahunan'),
      uraian: kepala('Uraian'),
      ...Object.fromEntries(BULAN.map((b, i) => [b, kepala(NAMA_BULAN_SINGKAT[i])])),
    }),
  );
  const bulanan = (daftar: readonly Angka[] | null) =>
    Object.fromEntries(BULAN.map((b, i) => [b, nilaiAngka(daftar?.[i] ?? null)]));
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
  return selesai(kisi, { id: ID, namaLembar: nama, judul: nama, barisKepala: 1 });
}
