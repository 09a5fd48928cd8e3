// Pencapaian Sasaran: perspective rows (letter in No) with their NPS, sasaran rows (number in No)
// with theirs, and the unit's NPS last; kriteria in the scheme's colours, efektivitas when the
// scheme has it.
import type { HasilSkor, Skema } from '../model';
import { FORMAT, KOSONG, WARNA_JUMLAH, WARNA_PERSPEKTIF, angka, kriteria, nomor, teks } from './gaya';
import { judulPeriode, kelompokPerspektif, tingkatUnit } from './kelompok';
import { Kolom, mulaiKisi, type BentukTabel, type TabelStandar } from './kisi';
import { WARNA_GRAFIK } from './grafik';
import { warnaKriteriaGrafik } from './warna-grafik';
import { PESAN_TABEL } from './pesan';
import type { SelTabel } from './spec';

export const PENCAPAIAN_SASARAN = {
  id: 'pencapaian-sasaran',
  judul: 'Pencapaian Sasaran',
  bangun,
} as const satisfies TabelStandar;

function bangun(hasil: HasilSkor, nama: string): BentukTabel {
  const skema = hasil.opsi.skema;
  const adaPerspektif = hasil.sasaran.some((s) => s.sasaran.perspektif !== null);
  const kolom = new Kolom(['no', 'nama', 'nps', 'kriteria', skema.pita.some((p) => p.efektivitas) && 'efektivitas'] as const);
  const judul = judulPeriode(nama, hasil.opsi.periode);
  const kisi = mulaiKisi(judul, kolom, {
    no: 'No',
    nama: adaPerspektif ? 'Perspektif / Sasaran' : 'Sasaran',
    nps: 'NPS',
    kriteria: 'Kriteria',
    efektivitas: 'Efektivitas',
  });

  const barisNilai = (nps: number | null, label: string | null, lain: Partial<SelTabel> = {}) => ({
    nps: angka(nps, FORMAT.persen, { ...lain, ...(nps === null ? { catatan: PESAN_TABEL.npsKosong } : {}) }),
    kriteria: kriteria(label, skema, lain.tebal ? { tebal: true } : {}),
    efektivitas: label ? teks(efektivitas(label, skema), { rata: 'tengah', ...lain }) : { ...KOSONG, ...lain },
  });
  const barisSasaran: number[] = [];
  for (const k of kelompokPerspektif(hasil)) {
    if (k.perspektif) {
      const gaya = { tebal: true, isi: WARNA_PERSPEKTIF };
      kisi.tambah(
        kolom.baris({
          no: k.huruf ? { ...nomor(k.huruf), ...gaya } : { ...KOSONG, ...gaya },
          nama: teks(k.perspektif.nama, gaya),
          ...barisNilai(k.perspektif.nps, k.perspektif.kriteria, gaya),
        }),
      );
    }
    for (const { skor, nomor: no } of k.sasaran) {
      barisSasaran.push(kisi.tambah(kolom.baris({ no: nomor(no), nama: teks(skor.sasaran.nama), ...barisNilai(skor.nps, skor.kriteria) })));
    }
  }
  const gaya = { tebal: true, isi: WARNA_JUMLAH };
  const unit = barisNilai(hasil.unit.nps, hasil.unit.kriteria, gaya);
  kisi.tambahLebar(teks(PESAN_TABEL.npsUnit(tingkatUnit(hasil)), { ...gaya, bungkus: false }), kolom.i('nps'), [
    unit.nps,
    unit.kriteria,
    ...(kolom.ada('efektivitas') ? [unit.efektivitas] : []),
  ]);
  return {
    kisi,
    judul,
    grafik: {
      jenis: 'batang',
      judul: `NPS per Sasaran${judul.slice(nama.length)} (%)`,
      kolomLabel: kolom.i('no'),
      kolomNilai: kolom.i('nps'),
      barisAwal: barisSasaran[0] ?? 2,
      barisAkhir: barisSasaran[barisSasaran.length - 1] ?? 2,
      garisAcuan: 100,
      baris: barisSasaran,
      seri: [
        {
          nama: 'NPS (%)',
          kolom: kolom.i('nps'),
          warna: WARNA_GRAFIK.batang,
          kolomWarna: kolom.i('kriteria'),
          warnaLabel: warnaKriteriaGrafik(skema),
        },
      ],
      judulKategori: PESAN_TABEL.sumbuSasaran,
      judulNilai: 'NPS (%)',
    },
  };
}

function efektivitas(label: string, skema: Skema): string | null {
  return skema.pita.find((p) => p.label === label)?.efektivitas || null;
}
