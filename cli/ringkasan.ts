// The short summary `lapkin isi` prints: how many indicators fall in each band, and the unit NPS.
import { formatAngka, type HasilSkor } from '../core/index';
import { pesan } from './pesan';
import { tabelTeks } from './tabel-teks';

export function ringkasan(hasil: HasilSkor, lembar: string): string {
  const jumlah = new Map<string, number>();
  for (const s of hasil.indikator) {
    const k = s.kriteria ?? pesan.tanpaAngka;
    jumlah.set(k, (jumlah.get(k) ?? 0) + 1);
  }
  // bands in the scheme's order, then anything outside it
  const label = [...hasil.opsi.skema.pita.map((p) => p.label), ...jumlah.keys()];
  const baris = [...new Set(label)].filter((l) => jumlah.has(l)).map((l) => [l, String(jumlah.get(l))]);
  const nps = hasil.unit.nps === null ? '-' : formatAngka(hasil.unit.nps);
  return [
    `${pesan.ringkasanJudul(lembar, hasil.opsi.skema.kode)} ${pesan.ringkasanIndikator(hasil.indikator.length)}`,
    tabelTeks([{ judul: 'Kriteria' }, { judul: 'Indikator', kanan: true }], baris),
    pesan.npsUnitTeks(nps, hasil.unit.kriteria),
  ].join('\n');
}
