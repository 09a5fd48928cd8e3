// Efisiensi per sasaran: input = serapan of the sasaran's budget (sum of its indicators' pagu and
// realisasi anggaran), output = the sasaran's NPS; IE = output / input, SE = 1, TE = (IE − SE) / SE.
// The Jumlah row: the unit's serapan against the unit's NPS. Where a figure cannot be computed
// (nothing spent yet: the report prints #DIV/0!) the cells stay blank and Keterangan says why.
import { hitungSerapan } from '../anggaran';
import { hitungEfisiensi } from '../efisiensi';
import { isGalat } from '../galat';
import type { HasilSkor } from '../model';
import { jumlahAnggaran, kolomAnggaranHilang, type Anggaran } from './anggaran';
import { WARNA_JUMLAH, angka, nomor, teks } from './gaya';
import { judulPeriode } from './kelompok';
import { Kolom, mulaiKisi, type BentukTabel, type TabelStandar } from './kisi';
import { PESAN_TABEL } from './pesan';
import type { SelTabel } from './spec';

export const EFISIENSI = {
  id: 'efisiensi',
  judul: 'Efisiensi',
  kurang: kolomAnggaranHilang,
  bangun,
} as const satisfies TabelStandar;

function bangun(hasil: HasilSkor, nama: string): BentukTabel {
  const kolom = new Kolom(['no', 'sasaran', 'input', 'output', 'ie', 'se', 'te', 'kategori', 'keterangan'] as const);
  const judul = judulPeriode(nama, hasil.opsi.periode);
  const kisi = mulaiKisi(judul, kolom, {
    no: 'No',
    sasaran: 'Sasaran',
    input: 'Input: Realisasi Anggaran (%)',
    output: 'Output: Capaian Sasaran (%)',
    ie: 'IE',
    se: 'SE',
    te: 'TE',
    kategori: 'Kategori',
    keterangan: 'Keterangan',
  });
  const nilai = (anggaran: Anggaran, output: number | null, lain: Partial<SelTabel> = {}) => {
    const serapan = anggaran.pagu !== null && anggaran.realisasi !== null ? hitungSerapan(anggaran.realisasi, anggaran.pagu) : null;
    const input = serapan && !isGalat(serapan) ? serapan.persen : null;
    const ef = input !== null && output !== null ? hitungEfisiensi(output, input) : null;
    const hasilEf = ef && !isGalat(ef) ? ef : null;
    const alasan = [
      serapan === null ? PESAN_TABEL.tanpaAnggaran : isGalat(serapan) ? serapan.pesan : null,
      output === null ? PESAN_TABEL.npsKosong : null,
      isGalat(ef) ? ef.pesan : null,
    ].filter(Boolean);
    return {
      input: angka(input, undefined, lain),
      output: angka(output, undefined, lain),
      ie: angka(hasilEf?.IE ?? null, undefined, lain),
      se: angka(hasilEf?.SE ?? null, undefined, lain),
      te: angka(hasilEf?.TE ?? null, undefined, lain),
      kategori: teks(hasilEf?.kategori ?? null, { rata: 'tengah', ...lain }),
      keterangan: teks(alasan.join('; ') || null, lain),
    };
  };
  hasil.sasaran.forEach((s, i) => {
    kisi.tambah(kolom.baris({ no: nomor(i + 1), sasaran: teks(s.sasaran.nama), ...nilai(jumlahAnggaran(s.indikator), s.nps) }));
  });
  const gaya = { tebal: true, isi: WARNA_JUMLAH };
  const jumlah = nilai(jumlahAnggaran(hasil.indikator), hasil.unit.nps, gaya);
  const awal = kolom.i('input');
  kisi.tambahLebar(teks(PESAN_TABEL.jumlah, { ...gaya, rata: 'tengah' }), awal, kolom.baris(jumlah).slice(awal));
  return { kisi, judul };
}
