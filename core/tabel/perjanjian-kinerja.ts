// Perjanjian Kinerja: what the unit signed for, sasaran by sasaran: indicators with their annual
// target, and the sasaran's budget (sum of its indicators' pagu) when the sheet has a Pagu column.
import type { HasilSkor } from '../model';
import { jumlahAnggaran } from './anggaran';
import { KEPALA_AWAL, KOLOM_AWAL, tulisBarisIndikator } from './baris-indikator';
import { FORMAT, WARNA_JUMLAH, angka, kepala, nilaiAngka, teks } from './gaya';
import { Kolom, kisiBerjudul, selesai } from './kisi';
import { PESAN_TABEL } from './pesan';
import type { TabelSpec } from './spec';

export function tabelPerjanjianKinerja(hasil: HasilSkor, nama: string): TabelSpec {
  const adaPagu = hasil.model.peta.peran.pagu !== undefined;
  const kolom = new Kolom([...KOLOM_AWAL, 'satuan', 'target', adaPagu && 'anggaran'] as const);
  const kisi = kisiBerjudul(nama, kolom.jumlah);
  kisi.tambah(
    kolom.baris({
      ...KEPALA_AWAL,
      satuan: kepala('Satuan'),
      target: kepala('Target'),
      anggaran: kepala('Anggaran (Rp)'),
    }),
  );
  tulisBarisIndikator(kisi, hasil, {
    lebarPerspektif: kolom.jumlah,
    indikator: (s) => [
      kolom.baris({ satuan: teks(s.indikator.satuan, { rata: 'tengah' }), target: nilaiAngka(s.indikator.target) }),
    ],
    sasaran: adaPagu
      ? (s) => new Map([[kolom.i('anggaran'), angka(jumlahAnggaran(s.indikator).pagu, FORMAT.utuh)]])
      : undefined,
  });
  if (adaPagu) {
    const gaya = { tebal: true, isi: WARNA_JUMLAH };
    kisi.tambahLebar(teks(PESAN_TABEL.jumlah, gaya), kolom.i('anggaran'), [
      angka(jumlahAnggaran(hasil.indikator).pagu, FORMAT.utuh, gaya),
    ]);
  }
  return selesai(kisi, { id: 'perjanjian-kinerja', namaLembar: nama, judul: nama, barisKepala: 1 });
}
