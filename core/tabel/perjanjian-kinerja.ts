// Perjanjian Kinerja: what the unit signed for, sasaran by sasaran: indicators with their annual
// target, and the sasaran's budget (sum of its indicators' pagu) when the sheet has a Pagu column.
import type { HasilSkor } from '../model';
import { jumlahAnggaran } from './anggaran';
import type { BentukTabel } from './kisi';
import { KEPALA_AWAL, KOLOM_AWAL, tulisBarisIndikator } from './baris-indikator';
import { FORMAT, WARNA_JUMLAH, angka, nilaiAngka, teks } from './gaya';
import { Kolom, mulaiKisi, type TabelStandar } from './kisi';
import { PESAN_TABEL } from './pesan';

export const PERJANJIAN_KINERJA = {
  id: 'perjanjian-kinerja',
  judul: 'Perjanjian Kinerja',
  bangun,
} as const satisfies TabelStandar;

function bangun(hasil: HasilSkor, nama: string): BentukTabel {
  const adaPagu = hasil.model.peta.peran.pagu !== undefined;
  const kolom = new Kolom([...KOLOM_AWAL, 'satuan', 'target', adaPagu && 'anggaran'] as const);
  const kisi = mulaiKisi(nama, kolom, {
    ...KEPALA_AWAL,
    satuan: 'Satuan',
    target: 'Target',
    anggaran: 'Anggaran (Rp)',
  });
  tulisBarisIndikator(kisi, hasil, {
    lebarPerspektif: kolom.jumlah,
    indikator: (s) => [kolom.baris({ satuan: teks(s.indikator.satuan, { rata: 'tengah' }), target: nilaiAngka(s.indikator.target) })],
    sasaran: adaPagu ? (s) => new Map([[kolom.i('anggaran'), angka(jumlahAnggaran(s.indikator).pagu, FORMAT.utuh)]]) : undefined,
  });
  if (adaPagu) {
    const gaya = { tebal: true, isi: WARNA_JUMLAH };
    kisi.tambahLebar(teks(PESAN_TABEL.jumlah, gaya), kolom.i('anggaran'), [angka(jumlahAnggaran(hasil.indikator).pagu, FORMAT.utuh, gaya)]);
  }
  return { kisi, judul: nama };
}
