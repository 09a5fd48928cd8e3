// npm run demo:core — the engine alone (dist/core.mjs, built by `npm run build`): reads a small
// indicator sheet given as cell values, scores it and prints capaian, NPS and kriteria.
import { alurLapkin, formatAngka, CAPAIAN, KRITERIA, TARGET_TW } from '../dist/core.mjs';

const lembar = [
  ['Capaian Kinerja Tahun 2024'],
  [],
  ['Perspektif', 'No', 'Sasaran', 'Indikator Kinerja', 'Satuan', 'Target', 'Realisasi', 'Bobot'],
  ['Stakeholder', 1, 'Meningkatnya kepuasan masyarakat', 'Indeks kepuasan masyarakat', 'Indeks', '82,50', '85,20', 2],
  ['', 2, '', 'Persentase pengaduan yang diselesaikan', '%', 90, '93,1 %', 1],
  ['Proses Internal', 3, 'Meningkatnya mutu pengawasan', 'Persentase sampel diuji sesuai standar', '%', 100, '97,35', ''],
  ['', 4, '', 'Opini BPK atas laporan keuangan', '-', 'WTP', 'WTP', ''],
  ['', 5, '', 'Indeks kesadaran masyarakat', 'Indeks', 91, 'Akhir Tahun', ''],
];

// the scores only (no tables): the scheme, level and period are the model's defaults
const { skor: hasil, masalah } = alurLapkin({ lembar: 'Contoh', nilai: lembar, barisAwal: 1, kolomAwal: 1 }, { tabel: [] });
if (hasil === null || masalah.length > 0) {
  for (const m of masalah) console.error(`Baris ${m.baris} kolom ${m.kolom}: ${m.alasan}`);
  process.exit(1);
}
const angka = (x) => (x === null ? '-' : formatAngka(x));

console.log(`Skema kriteria: ${hasil.opsi.skema.nama}\n`);
for (const p of hasil.perspektif) {
  console.log(`${p.nama}: NPS ${angka(p.nps)} (${p.kriteria ?? '-'})`);
  for (const s of p.sasaran) {
    console.log(`  ${s.sasaran.nama}: NPS ${angka(s.nps)} (${s.kriteria ?? '-'})`);
    for (const i of s.indikator) {
      const ket = i.capaian === null ? ` [${i.keterangan}]` : ` (${i.kriteria})`;
      console.log(`    ${i.indikator.no}. ${i.indikator.nama}: capaian ${angka(i.capaian)}${ket}`);
    }
  }
}
console.log(`\nNPS unit (rata-rata ${hasil.opsi.tingkat}): ${angka(hasil.unit.nps)} (${hasil.unit.kriteria})`);

console.log('\nFungsi lembar kerja:');
console.log(`  =CAPAIAN(104,47; 100)        → ${formatAngka(CAPAIAN(104.47, 100))}`);
console.log(`  =KRITERIA(79,995)            → ${KRITERIA(79.995)}`);
console.log(`  =KRITERIA(79,995; ; "warna") → ${KRITERIA(79.995, undefined, 'warna')}`);
console.log(`  =TARGET_TW(Jan..Des; "TW III") → ${TARGET_TW([[20, 20, 20, 30, 30, 30, 40, 40, 40, 50, 55, 60]], 'TW III')[0][0]}`);
const galat = CAPAIAN(50, 0);
console.log(`  =CAPAIAN(50; 0)              → galat: ${galat.pesan}`);
