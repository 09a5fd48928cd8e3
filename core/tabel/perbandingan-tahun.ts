// Perbandingan Antar Tahun: each indicator's target, realisasi and capaian this year and in the prior
// years the sheet has columns for (newest first), with the Renstra end target and this year's
// realisasi against it when the sheet has one.
import { hitungCapaian } from '../capaian';
import { isGalat } from '../galat';
import type { Angka, HasilSkor, Indikator } from '../model';
import { KEPALA_AWAL, KOLOM_AWAL, tulisBarisIndikator } from './baris-indikator';
import { KOSONG, angka, kepala, nilaiAngka } from './gaya';
import { judulPeriode, realisasiPeriode } from './kelompok';
import { kisiBerjudul, type BentukTabel, type TabelStandar } from './kisi';
import { WARNA_GRAFIK } from './grafik';
import { PESAN_TABEL } from './pesan';
import type { SelTabel } from './spec';

export const PERBANDINGAN_TAHUN = {
  id: 'perbandingan-tahun',
  judul: 'Perbandingan Antar Tahun',
  kurang: (hasil) => (tahunLalu(hasil).length > 0 ? null : PESAN_TABEL.tanpaKolom('tahun sebelumnya (mis. "Target 2023", "Realisasi 2023")')),
  bangun,
} as const satisfies TabelStandar;

/** The prior years the sheet has columns for, newest first. */
function tahunLalu(hasil: HasilSkor): number[] {
  return [...new Set(hasil.model.peta.tahunLalu.map((t) => t.tahun))].sort((a, b) => b - a);
}

function bangun(hasil: HasilSkor, nama: string): BentukTabel {
  const tahun = tahunLalu(hasil);
  const adaRenstra = hasil.model.peta.peran.targetRenstra !== undefined;
  const lebarIni = adaRenstra ? 4 : 3;
  const awalIni = KOLOM_AWAL.length + (adaRenstra ? 1 : 0);
  const jumlahKolom = awalIni + lebarIni + 3 * tahun.length;
  const judul = judulPeriode(nama, hasil.opsi.periode);
  const kisi = kisiBerjudul(judul, jumlahKolom);

  const atas: SelTabel[] = [...Object.values(KEPALA_AWAL).map(kepala), ...(adaRenstra ? [kepala('Target Akhir Renstra')] : [])];
  const bawah: SelTabel[] = atas.map(() => kepala(''));
  const kelompok = (label: string, sub: readonly string[]) => {
    atas.push(kepala(label), ...sub.slice(1).map(() => kepala('')));
    bawah.push(...sub.map(kepala));
  };
  kelompok('Tahun Berjalan', ['T', 'R', '%', ...(adaRenstra ? ['% thd Renstra'] : [])]);
  for (const t of tahun) kelompok(String(t), ['T', 'R', '%']);
  const b1 = kisi.tambah(atas);
  kisi.tambah(bawah);
  for (let k = 0; k < awalIni; k++) kisi.gabungkan(b1, k, b1 + 1, k);
  for (let k = awalIni; k < jumlahKolom; k += k === awalIni ? lebarIni : 3) {
    kisi.gabungkan(b1, k, b1, k + (k === awalIni ? lebarIni : 3) - 1);
  }

  const opsi = { batasAtas: hasil.opsi.batasAtas };
  const capaian = (ind: Indikator, realisasi: Angka, target: Angka) =>
    selCapaian(hitungCapaian(realisasi, target, { ...opsi, polaritas: ind.polaritas }));
  const data = tulisBarisIndikator(kisi, hasil, {
    lebarPerspektif: jumlahKolom,
    indikator: (s) => {
      const ind = s.indikator;
      const baris: SelTabel[] = [...KOLOM_AWAL.map(() => KOSONG), ...(adaRenstra ? [nilaiAngka(ind.targetRenstra)] : [])];
      // this year so far: in an interim period the quarter's realisasi against the annual target
      const realisasi = realisasiPeriode(s);
      baris.push(nilaiAngka(ind.target), nilaiAngka(realisasi), angka(s.capaianTahunan));
      if (adaRenstra) baris.push(ind.targetRenstra ? capaian(ind, realisasi, ind.targetRenstra) : KOSONG);
      for (const t of tahun) {
        const lalu = ind.tahunLalu.find((x) => x.tahun === t);
        baris.push(
          ...(lalu
            ? [nilaiAngka(lalu.target), nilaiAngka(lalu.realisasi), capaian(ind, lalu.realisasi, lalu.target)]
            : [KOSONG, KOSONG, KOSONG]),
        );
      }
      return [baris];
    },
  });
  // each prior year's capaian, oldest first, then this year's, side by side per indicator
  const lalu = tahun.map((t, i) => ({ nama: String(t), kolom: awalIni + lebarIni + 3 * i + 2 })).reverse();
  const seri = [...lalu, { nama: PESAN_TABEL.tahunBerjalan, kolom: awalIni + 2 }].map((s, i, semua) => ({
    ...s,
    warna:
      i === semua.length - 1
        ? WARNA_GRAFIK.batang
        : (WARNA_GRAFIK.tahun[1 + ((semua.length - 2 - i) % (WARNA_GRAFIK.tahun.length - 1))] ?? WARNA_GRAFIK.batang),
  }));
  return {
    kisi,
    judul,
    barisKepala: 2,
    grafik: {
      jenis: 'batang',
      judul: `Capaian Tahun Berjalan dan Tahun Sebelumnya${judul.slice(nama.length)} (%)`,
      kolomLabel: 2,
      kolomNilai: awalIni + 2,
      barisAwal: data.awal,
      barisAkhir: data.akhir,
      garisAcuan: 100,
      baris: data.baris,
      seri,
      judulKategori: PESAN_TABEL.sumbuIndikator,
      judulNilai: 'Capaian (%)',
    },
  };
}

function selCapaian(hasil: ReturnType<typeof hitungCapaian>): SelTabel {
  if (typeof hasil === 'number') return angka(hasil);
  return isGalat(hasil) ? { ...KOSONG, catatan: hasil.pesan } : KOSONG;
}
