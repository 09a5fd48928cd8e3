// The audit of capaian tables: an indicator matrix or a sasaran list (layouts in tata-letak.ts).
// Recomputed: capaian from target and realisasi (polaritas column, default positif); kriteria
// from the number printed beside it; a sasaran's NPS from its indicators' capaian (from T/R when
// both are there, else the printed capaian), weighted by a Bobot column; a perspective's NPS from
// its sasaran (their printed NPS when printed); the unit's NPS as the mean of its perspectives or
// of its sasaran (both are in use: either is accepted).
import { bacaAngka } from '../angka';
import { bulat } from '../bulat';
import { hitungCapaian } from '../capaian';
import { isGalat } from '../galat';
import { cariPita } from '../kriteria';
import type { Polaritas, Sel, Skema } from '../model';
import { bacaPolaritas } from '../polaritas';
import { bertentangan, dariTercetak, pasti, petakan, rataPerkiraan, type Perkiraan } from './perkiraan';
import { PESAN_PERIKSA } from './pesan';
import { Tabel, galatTeks } from './sel';
import { susunStruktur, type GrupPerspektif, type GrupSasaran } from './struktur';
import { kenaliTataLetak } from './tata-letak';

/** Whether the table is a capaian table; its findings go to the table's reporter. */
export function periksaCapaian(tabel: Tabel, skema: Skema, batasAtas: number | undefined): boolean {
  const tata = kenaliTataLetak(tabel.nilai);
  if (tata === null) return false;
  const k = tata.kolom;
  const angka = (r: number, j: number | undefined) => tabel.angka(r, j);
  const sel = (r: number, j: number | undefined): Sel => tabel.sel(r, j);

  /** A printed label against the band of the figure it stands beside. */
  const nilaiKriteria = (r: number, kolom: readonly number[], angkaDinilai: number | null) => {
    if (angkaDinilai === null) return;
    const pita = cariPita(angkaDinilai, skema);
    if (pita === null) return;
    const alasan = PESAN_PERIKSA.kriteria(bulat(angkaDinilai, 2), skema.kode, pita.label);
    for (const j of kolom) tabel.bandingkanLabel(r, j, pita.label, alasan);
  };

  // indicators: capaian and its kriteria; what each indicator contributes to its sasaran's NPS
  const capaianEfektif = new Map<number, Perkiraan | null>();
  const struktur = susunStruktur(tabel.nilai, tata);
  for (const p of struktur.perspektif) {
    for (const s of p.sasaran) {
      for (const r of s.indikator) {
        const dihitung = capaianDariTR(sel(r, k.target), sel(r, k.realisasi), sel(r, k.polaritas), k, batasAtas);
        const tercetak = angka(r, k.capaian);
        if (dihitung && 'perkiraan' in dihitung) {
          tabel.bandingkan(r, k.capaian, dihitung.perkiraan, PESAN_PERIKSA.capaian(dihitung.polaritas, dihitung.perkiraan.nilai));
          capaianEfektif.set(r, dihitung.perkiraan);
        } else {
          if (dihitung) tabel.bandingkan(r, k.capaian, null, '', PESAN_PERIKSA.tidakDapatDihitung(dihitung.galat));
          capaianEfektif.set(r, !dihitung && tercetak !== null ? dariTercetak(tercetak) : null);
        }
        nilaiKriteria(r, tata.kriteriaCapaian, tercetak ?? (capaianEfektif.get(r)?.nilai ?? null));
      }
    }
  }

  // sasaran: NPS from its indicators (in a matrix), kriteria beside it; what it contributes upward
  const adaCapaian = k.capaian !== undefined || (k.target !== undefined && k.realisasi !== undefined);
  const npsSasaran = new Map<GrupSasaran, Perkiraan | null>();
  for (const p of struktur.perspektif) {
    for (const s of p.sasaran) {
      const bobot = s.indikator.map((r) => {
        const b = angka(r, k.bobot);
        return b !== null && b >= 0 ? b : 1;
      });
      const daftar = s.indikator.map((r) => capaianEfektif.get(r) ?? null);
      const hitung = adaCapaian && s.indikator.length > 0 ? rataPerkiraan(daftar, bobot) : null;
      const berangka = daftar.filter(Boolean).length;
      const tercetak = s.baris.map((r) => angka(r, k.nps)).find((n) => n !== null) ?? null;
      for (const r of s.baris) {
        if (adaCapaian && s.indikator.length > 0) {
          tabel.bandingkan(r, k.nps, hitung, hitung ? PESAN_PERIKSA.npsSasaran(berangka, hitung.nilai) : '', PESAN_PERIKSA.npsSasaranKosong);
        }
        nilaiKriteria(r, tata.kriteriaNps, angka(r, k.nps) ?? tercetak ?? hitung?.nilai ?? null);
      }
      npsSasaran.set(s, tercetak !== null ? dariTercetak(tercetak) : hitung);
    }
  }

  // perspectives: the mean of their sasaran
  const npsPerspektif = new Map<GrupPerspektif, Perkiraan | null>();
  for (const p of struktur.perspektif) {
    if (p.nama === null) continue;
    const hitung = rataPerkiraan(p.sasaran.map((s) => npsSasaran.get(s) ?? null));
    const n = p.baris === null ? null : angka(p.baris, k.nps);
    if (p.baris !== null) {
      if (hitung) tabel.bandingkan(p.baris, k.nps, hitung, PESAN_PERIKSA.npsPerspektif(p.sasaran.length, hitung.nilai));
      nilaiKriteria(p.baris, [...tata.kriteriaNps, ...tata.kriteriaCapaian], n ?? hitung?.nilai ?? null);
    }
    npsPerspektif.set(p, n !== null ? dariTercetak(n) : hitung);
  }

  // the unit: mean of perspectives (sasaran outside any count on their own) or of all sasaran
  const semuaSasaran = struktur.perspektif.flatMap((p) => p.sasaran.map((s) => npsSasaran.get(s) ?? null));
  const adaPerspektif = npsPerspektif.size > 0;
  const perPerspektif = adaPerspektif
    ? rataPerkiraan([
        ...npsPerspektif.values(),
        ...struktur.perspektif.filter((p) => p.nama === null).flatMap((p) => p.sasaran.map((s) => npsSasaran.get(s) ?? null)),
      ])
    : null;
  const perSasaran = rataPerkiraan(semuaSasaran);
  for (const r of struktur.unit) {
    const n = angka(r, k.nps);
    const cocok = [perPerspektif, perSasaran].some((c) => c !== null && n !== null && !bertentangan(c, n));
    const utama = perPerspektif ?? perSasaran;
    if (utama && !cocok) {
      const alasan = perPerspektif
        ? PESAN_PERIKSA.npsUnit(npsPerspektif.size, 'perspektif', utama.nilai)
        : PESAN_PERIKSA.npsUnit(semuaSasaran.filter(Boolean).length, 'sasaran', utama.nilai);
      tabel.bandingkan(r, k.nps, utama, alasan);
    }
    nilaiKriteria(r, [...tata.kriteriaNps, ...tata.kriteriaCapaian], n ?? utama?.nilai ?? null);
  }
  return true;
}

/** Capaian from the printed target and realisasi, over the range a rounded realisasi allows. */
function capaianDariTR(
  target: Sel,
  realisasi: Sel,
  polaritasSel: Sel,
  kolom: { target?: number; realisasi?: number },
  batasAtas: number | undefined,
): { perkiraan: Perkiraan; polaritas: Polaritas } | { galat: string } | null {
  if (kolom.target === undefined || kolom.realisasi === undefined) return null;
  const t = bacaAngka(target);
  const r = bacaAngka(realisasi);
  const p = bacaPolaritas(polaritasSel);
  const polaritas = isGalat(p) ? 'positif' : p;
  const opsi = { polaritas, ...(batasAtas === undefined ? {} : { batasAtas }) };
  const c = hitungCapaian(r, t, opsi);
  // only arithmetic that cannot be done (target 0) makes a printed capaian wrong; text the audit
  // cannot read, or a figure not there yet, leaves the printed one unjudged
  if (typeof c !== 'number') return isGalat(c) && c.kode === 'na' ? { galat: c.pesan } : null;
  if (r.jenis !== 'angka') return { perkiraan: pasti(c), polaritas };
  const perkiraan = petakan([dariTercetak(r.nilai)], (x) => {
    const v = hitungCapaian({ jenis: 'angka', nilai: x }, t, opsi);
    return typeof v === 'number' ? v : null;
  });
  return perkiraan ? { perkiraan, polaritas } : null;
}
