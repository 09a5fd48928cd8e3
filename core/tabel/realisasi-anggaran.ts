// Realisasi Anggaran: pagu, realisasi, serapan (%), sisa and share of the total pagu per sasaran
// (bold, the sum of its indicators), its indicators under it when more than one carries a budget
// (numbered 1.1, 1.2 ...), and the unit's total.
import { hitungSerapan } from '../anggaran';
import { isGalat } from '../galat';
import type { Angka, HasilSkor } from '../model';
import { jumlahAnggaran, kolomAnggaranHilang, type Anggaran } from './anggaran';
import { FORMAT, KOSONG, WARNA_JUMLAH, angka, nomor, teks } from './gaya';
import { Kolom, mulaiKisi, type BentukTabel, type TabelStandar } from './kisi';
import { PESAN_TABEL } from './pesan';
import type { SelTabel } from './spec';

export const REALISASI_ANGGARAN = {
  id: 'realisasi-anggaran',
  judul: 'Realisasi Anggaran',
  kurang: kolomAnggaranHilang,
  bangun,
} as const satisfies TabelStandar;

function bangun(hasil: HasilSkor, nama: string): BentukTabel {
  const kolom = new Kolom(['no', 'nama', 'pagu', 'realisasi', 'persen', 'sisa', 'porsi', 'keterangan'] as const);
  const kisi = mulaiKisi(nama, kolom, {
    no: 'No',
    nama: 'Sasaran / Indikator Kinerja',
    pagu: 'Pagu (Rp)',
    realisasi: 'Realisasi (Rp)',
    persen: 'Realisasi (%)',
    sisa: 'Sisa (Rp)',
    porsi: 'Porsi Pagu (%)',
    keterangan: 'Keterangan',
  });
  const total = jumlahAnggaran(hasil.indikator);
  const nilai = (a: Anggaran, lain: Partial<SelTabel> = {}) => {
    const serapan = a.pagu !== null && a.realisasi !== null ? hitungSerapan(a.realisasi, a.pagu) : null;
    const porsi = a.pagu !== null && total.pagu ? (a.pagu / total.pagu) * 100 : null;
    return {
      pagu: angka(a.pagu, FORMAT.utuh, lain),
      realisasi: angka(a.realisasi, FORMAT.utuh, lain),
      persen: angka(serapan && !isGalat(serapan) ? serapan.persen : null, FORMAT.persen, lain),
      sisa: angka(serapan && !isGalat(serapan) ? serapan.sisa : null, FORMAT.utuh, lain),
      porsi: angka(porsi, FORMAT.persen, lain),
      keterangan: teks(isGalat(serapan) ? serapan.pesan : null, lain),
    };
  };

  hasil.sasaran.forEach((s, i) => {
    const beranggaran = s.indikator.filter((x) => ada(x.indikator.pagu) || ada(x.indikator.realisasiAnggaran));
    const rinci = beranggaran.length >= 2;
    // a sasaran row is bold where it is a subtotal of the indicator rows under it
    const gaya = rinci ? { tebal: true } : {};
    kisi.tambah(kolom.baris({ no: nomor(i + 1), nama: teks(s.sasaran.nama, gaya), ...nilai(jumlahAnggaran(s.indikator), gaya) }));
    if (!rinci) return;
    beranggaran.forEach((x, j) => {
      const baris = { no: nomor(`${i + 1}.${j + 1}`), nama: teks(x.indikator.nama), ...nilai(jumlahAnggaran([x])) };
      kisi.tambah(kolom.baris({ ...baris, ...galat(x.indikator.pagu, 'pagu'), ...galat(x.indikator.realisasiAnggaran, 'realisasi') }));
    });
  });
  const gaya = { tebal: true, isi: WARNA_JUMLAH };
  const jumlah = nilai(total, gaya);
  const awal = kolom.i('pagu');
  kisi.tambahLebar(teks(PESAN_TABEL.jumlah, { ...gaya, rata: 'tengah' }), awal, kolom.baris(jumlah).slice(awal));
  return { kisi, judul: nama };
}

function ada(a: Angka | null): boolean {
  return a !== null && a.jenis !== 'kosong';
}

/** An unreadable budget cell: blank with the reason as a note. */
function galat(a: Angka | null, kunci: 'pagu' | 'realisasi'): Partial<Record<'pagu' | 'realisasi', SelTabel>> {
  return a?.jenis === 'galat' ? { [kunci]: { ...KOSONG, catatan: a.pesan } } : {};
}
