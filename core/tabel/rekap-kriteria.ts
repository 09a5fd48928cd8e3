// Rekap Kriteria: how many indicators and sasaran fall in each band of the scheme (the executive
// summary's counts), with their share, a row for those without a kriteria, and the totals.
import type { HasilSkor } from '../model';
import { FORMAT, WARNA_JUMLAH, angka, kriteria, nomor, teks } from './gaya';
import { judulPeriode } from './kelompok';
import { Kolom, mulaiKisi, type BentukTabel, type TabelStandar } from './kisi';
import { rentangPita } from './legenda-kriteria';
import { WARNA_GRAFIK } from './grafik';
import { warnaKriteriaGrafik } from './warna-grafik';
import { PESAN_TABEL } from './pesan';

export const REKAP_KRITERIA = {
  id: 'rekap-kriteria',
  judul: 'Rekap Kriteria',
  bangun,
} as const satisfies TabelStandar;

function bangun(hasil: HasilSkor, nama: string): BentukTabel {
  const skema = hasil.opsi.skema;
  const kolom = new Kolom(['no', 'kriteria', 'rentang', 'indikator', 'persenIndikator', 'sasaran', 'persenSasaran'] as const);
  const judul = judulPeriode(nama, hasil.opsi.periode);
  const kisi = mulaiKisi(judul, kolom, {
    no: 'No',
    kriteria: 'Kriteria',
    rentang: 'Rentang Nilai',
    indikator: 'Jumlah Indikator',
    persenIndikator: 'Indikator (%)',
    sasaran: 'Jumlah Sasaran',
    persenSasaran: 'Sasaran (%)',
  });

  const labelIndikator = hasil.indikator.map((s) => s.kriteria);
  const labelSasaran = hasil.sasaran.map((s) => s.kriteria);
  const nIndikator = labelIndikator.length;
  const nSasaran = labelSasaran.length;
  const hitung = (daftar: readonly (string | null)[], n: number, cocok: (l: string | null) => boolean) => {
    const jumlah = daftar.filter(cocok).length;
    return [angka(jumlah, FORMAT.utuh), angka(n > 0 ? (jumlah / n) * 100 : null)] as const;
  };
  const barisPita: number[] = [];
  const baris = (label: ReturnType<typeof kriteria>, rentang: string | null, cocok: (l: string | null) => boolean, no: number) => {
    const [indikator, persenIndikator] = hitung(labelIndikator, nIndikator, cocok);
    const [sasaran, persenSasaran] = hitung(labelSasaran, nSasaran, cocok);
    barisPita.push(kisi.jumlahBaris);
    kisi.tambah(
      kolom.baris({
        no: nomor(no),
        kriteria: label,
        rentang: teks(rentang, { rata: 'tengah' }),
        indikator,
        persenIndikator,
        sasaran,
        persenSasaran,
      }),
    );
  };

  skema.pita.forEach((p, i) => baris(kriteria(p.label, skema), rentangPita(p), (l) => l === p.label, i + 1));
  const dikenal = new Set(skema.pita.map((p) => p.label));
  const tanpa = (l: string | null) => l === null || !dikenal.has(l);
  if (labelIndikator.some(tanpa) || labelSasaran.some(tanpa)) {
    baris(teks(PESAN_TABEL.tanpaKriteria, { rata: 'tengah', catatan: PESAN_TABEL.catatanTanpaKriteria }), null, tanpa, skema.pita.length + 1);
  }
  const gaya = { tebal: true, isi: WARNA_JUMLAH };
  kisi.tambahLebar(teks(PESAN_TABEL.jumlah, { ...gaya, rata: 'tengah' }), kolom.i('indikator'), [
    angka(nIndikator, FORMAT.utuh, gaya),
    angka(nIndikator > 0 ? 100 : null, FORMAT.persen, gaya),
    angka(nSasaran, FORMAT.utuh, gaya),
    angka(nSasaran > 0 ? 100 : null, FORMAT.persen, gaya),
  ]);
  return {
    kisi,
    judul,
    grafik: {
      jenis: 'batang',
      judul: `Jumlah Indikator per Kriteria${judul.slice(nama.length)}`,
      kolomLabel: kolom.i('kriteria'),
      kolomNilai: kolom.i('indikator'),
      // a row per band: a scheme has at least one
      barisAwal: barisPita[0] ?? 0,
      barisAkhir: barisPita.at(-1) ?? 0,
      baris: barisPita,
      seri: [
        {
          nama: 'Jumlah Indikator',
          kolom: kolom.i('indikator'),
          warna: WARNA_GRAFIK.batang,
          kolomWarna: kolom.i('kriteria'),
          warnaLabel: warnaKriteriaGrafik(skema),
        },
      ],
      judulKategori: 'Kriteria',
      judulNilai: 'Jumlah Indikator',
    },
  };
}
