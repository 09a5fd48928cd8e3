// npm run bench — 1,000,000 indicators in 10,000 sasaran scored through the built engine
// (dist/core.mjs skorRingkas: capaian, kriteria on the value as shown, NPS per sasaran,
// perspektif and unit), next to the floor: a hand-written loop doing only the division and one
// comparison over the same data. Target: the engine within 3× the floor. Best of several runs.
// Also shown, not part of the target: skorModel, the same scores as one object per indicator
// for the table builders (most of its time is allocating those million objects).
import { performance } from 'node:perf_hooks';
import { opsiBawaan, skorModel, skorRingkas } from '../dist/core.mjs';

const SASARAN = 10_000;
const PER_SASARAN = 100;
const ULANG = 15;
const TARGET_RASIO = 3;

function buatModel() {
  const sasaran = [];
  const indikator = [];
  let baris = 2;
  for (let s = 0; s < SASARAN; s++) {
    const nama = `Sasaran ${s + 1}`;
    const perspektif = `Perspektif ${(s % 4) + 1}`;
    const daftar = [];
    for (let i = 0; i < PER_SASARAN; i++) {
      const t = 50 + ((s * 7 + i * 13) % 50);
      const kosong = (s + i) % 101 === 0;
      const ind = {
        baris: baris++,
        perspektif,
        sasaran: nama,
        no: String(i + 1),
        nama: `Indikator ${s + 1}.${i + 1}`,
        satuan: '%',
        target: { jenis: 'angka', nilai: t },
        realisasi: kosong ? { jenis: 'kosong', alasan: '"-"' } : { jenis: 'angka', nilai: t * (0.7 + ((s + i * 31) % 60) / 100) },
        bobot: i === 0 ? 2 : 1,
        iku: i === 0,
        polaritas: 'positif',
        targetBulanan: null,
        realisasiBulanan: null,
        pagu: null,
        realisasiAnggaran: null,
        tahunLalu: [],
        targetRenstra: null,
      };
      daftar.push(ind);
      indikator.push(ind);
    }
    sasaran.push({ nama, perspektif, indikator: daftar });
  }
  const perspektif = [1, 2, 3, 4].map((p) => ({ nama: `Perspektif ${p}`, sasaran: sasaran.filter((_, s) => s % 4 === p - 1) }));
  return { barisHeader: 1, peta: { peran: {}, tahunLalu: [] }, perspektif, sasaran, indikator };
}

/** The floor: per sasaran, per indicator, realisasi / target × 100 and one comparison. */
function lantai(model) {
  let memenuhi = 0;
  for (const s of model.sasaran) {
    for (const ind of s.indikator) {
      const c = (ind.realisasi.nilai / ind.target.nilai) * 100;
      if (c >= 100) memenuhi++;
    }
  }
  return memenuhi;
}

/** Best time of each, runs interleaved so both see the same load on a shared machine. */
function terbaik(...fungsi) {
  const hasil = fungsi.map(() => ({ ms: Infinity, hasil: undefined }));
  for (let i = 0; i < ULANG; i++) {
    fungsi.forEach((f, k) => {
      const awal = performance.now();
      const h = f();
      hasil[k] = { ms: Math.min(hasil[k].ms, performance.now() - awal), hasil: h };
    });
  }
  return hasil;
}

const model = buatModel();
const opsi = opsiBawaan(model);
const [inti, dasar] = terbaik(
  () => skorRingkas(model, opsi),
  () => lantai(model),
);
const [objek] = terbaik(() => skorModel(model, opsi));
const rasio = inti.ms / dasar.ms;
const terisi = inti.hasil.capaian.filter((x) => !Number.isNaN(x)).length;
if (objek.hasil.unit.nps !== inti.hasil.npsUnit) throw new Error('skorModel dan skorRingkas berbeda');

const ms = (x) => x.toFixed(1).replace('.', ',');
console.log(
  `${model.indikator.length.toLocaleString('id-ID')} indikator, ${SASARAN.toLocaleString('id-ID')} sasaran (${terisi.toLocaleString('id-ID')} dengan capaian)`,
);
console.log(`inti, skorRingkas (capaian + kriteria + NPS): ${ms(inti.ms)} ms`);
console.log(`lantai (pembagian + satu perbandingan): ${ms(dasar.ms)} ms`);
console.log(`rasio: ${rasio.toFixed(2).replace('.', ',')}× (target ≤ ${TARGET_RASIO}×) ${rasio <= TARGET_RASIO ? 'OK' : 'LEWAT TARGET'}`);
console.log(`skorModel (hasil sebagai objek per indikator, di luar target): ${ms(objek.ms)} ms`);
console.log(`NPS unit: ${objek.hasil.unit.nps?.toFixed(2).replace('.', ',')} (${objek.hasil.unit.kriteria})`);
if (rasio > TARGET_RASIO) process.exitCode = 1;
