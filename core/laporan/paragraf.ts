// The analysis paragraph under each indicator, from its numbers alone: capaian against target, the
// kriteria, the trend over the prior years the sheet has, the end-of-Renstra target, and what is
// missing. A sentence appears only when the figures it needs are there.
import { hitungCapaian } from '../capaian';
import type { Angka, OpsiSkor, SkorIndikator, SkorSasaran } from '../model';
import { ROMAWI_TRIWULAN } from '../pesan';
import { bulat } from '../bulat';
import { nilaiTeks, persenTeks } from './angka-teks';
import { PESAN_LAPORAN as P } from './pesan';

export function paragrafIndikator(s: SkorIndikator, opsi: Pick<OpsiSkor, 'periode' | 'batasAtas'>): string {
  const ind = s.indikator;
  const realisasi: Angka = s.realisasi ?? ind.realisasi;
  const periode =
    opsi.periode === 'tahunan' ? P.periodeTahunan : P.periodeTriwulan(ROMAWI_TRIWULAN[Number(opsi.periode.slice(2)) - 1] ?? opsi.periode);
  const kalimat: string[] = [];
  const r = nilaiTeks(realisasi, ind.satuan);
  const t = nilaiTeks(s.target, ind.satuan);
  if (s.capaian !== null && r !== null && t !== null) {
    const c = persenTeks(s.capaian);
    kalimat.push((realisasi.jenis === 'kualitatif' ? P.capaianKualitatif : P.capaian)(periode, r, t, c));
    const shown = bulat(s.capaian, 2);
    kalimat.push(shown > 100 ? P.melampaui : shown === 100 ? P.tepat : P.belumMencapai);
    kalimat.push(s.kriteria ? P.kriteria(s.kriteria) : P.tanpaKriteria);
  } else if (s.target.jenis === 'galat') {
    kalimat.push(P.targetTakTerbaca);
  } else if (realisasi.jenis === 'galat') {
    kalimat.push(P.realisasiTakTerbaca);
  } else if (s.target.jenis === 'kosong') {
    kalimat.push(P.targetBelum(s.target.alasan));
  } else if (realisasi.jenis === 'kosong') {
    kalimat.push(P.realisasiBelum(realisasi.alasan));
  } else {
    kalimat.push(P.tidakDapatDihitung(s.keterangan.replace(/\.$/, '')));
  }
  kalimat.push(...tren(s, realisasi, opsi.periode === 'tahunan'));
  const renstra = ind.targetRenstra;
  if (opsi.periode === 'tahunan' && renstra !== null && realisasi.jenis !== 'kosong') {
    const c = hitungCapaian(realisasi, renstra, {
      polaritas: ind.polaritas,
      ...(opsi.batasAtas === undefined ? {} : { batasAtas: opsi.batasAtas }),
    });
    const tr = nilaiTeks(renstra, ind.satuan);
    if (typeof c === 'number' && tr !== null) kalimat.push(bulat(c, 2) >= 100 ? P.renstraTercapai(tr) : P.renstraBelum(tr));
  }
  return kalimat.join(' ');
}

/** Prior years' realisasi, oldest first, and this year's against the latest of them. */
function tren(s: SkorIndikator, realisasi: Angka, tahunan: boolean): string[] {
  const lalu = s.indikator.tahunLalu
    .filter((x) => x.realisasi.jenis === 'angka' || x.realisasi.jenis === 'kualitatif')
    .slice()
    .sort((a, b) => a.tahun - b.tahun);
  const akhir = lalu.at(-1);
  if (akhir === undefined) return [];
  const daftar = lalu.map((x) => P.trenTahun(x.tahun, nilaiTeks(x.realisasi, s.indikator.satuan)!, x.realisasi.jenis === 'angka'));
  const hasil = [P.tren(daftar.join(', '))];
  // an interim figure is not comparable with a whole prior year
  if (tahunan && realisasi.jenis === 'angka' && akhir.realisasi.jenis === 'angka') {
    const ini = bulat(realisasi.nilai, 2);
    const itu = bulat(akhir.realisasi.nilai, 2);
    hasil.push(ini > itu ? P.naik(akhir.tahun) : ini < itu ? P.turun(akhir.tahun) : P.sama(akhir.tahun));
  }
  return hasil;
}

export function paragrafSasaran(s: SkorSasaran): string {
  return s.nps === null ? P.npsKosong : P.npsSasaran(persenTeks(s.nps), s.kriteria);
}
