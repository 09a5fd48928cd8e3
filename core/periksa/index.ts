// Auditing a filled table: recompute every figure the table itself allows and report each printed
// figure or label that disagrees beyond the printed precision, with the value it should have.
//
// Layouts read (the header row is found within the first 30 rows; data starts below it):
// - Indicator matrix (a report's Tabel "Pencapaian IKU", "Capaian Kinerja", our pencapaian-iku and
//   capaian-triwulan sheets): columns Indikator and any of Target, Realisasi, Capaian (%), optionally
//   Sasaran (a sasaran starts where its cell is filled; merged cells read blank below), No, Bobot,
//   Polaritas, NPS (printed on any row of its sasaran) and Kriteria columns. Perspective rows and a
//   final unit row (NPS Unit / Jumlah / Rata-rata) may sit between and after the indicators.
// - Sasaran list (a report's "Pencapaian Sasaran", our pencapaian-sasaran sheet): Perspektif /
//   Sasaran | NPS | Kriteria, perspective rows, sasaran rows, a unit row.
// A Kriteria column judges what its header names ('Kriteria Sasaran' → NPS, 'Kriteria Capaian' →
// capaian), otherwise the nearest Capaian or NPS column to its left.
//
// What is recomputed: capaian from target and realisasi (polaritas column, default positif);
// kriteria from the number printed beside it; a sasaran's NPS from its indicators' capaian (from
// T/R when both are there, else the printed capaian), weighted by a Bobot column; a perspective's
// NPS from its sasaran (their printed NPS when printed); the unit's NPS as the mean of its
// perspectives or of its sasaran (both are in use: either is accepted). Error texts (#DIV/0! ...)
// are reported wherever they are. Figures from printed (rounded) inputs are judged within the
// range those inputs allow (see perkiraan.ts).
import { bacaAngka } from '../angka';
import { bulat } from '../bulat';
import { hitungCapaian } from '../capaian';
import { isGalat } from '../galat';
import { alamatSel, hurufKolom } from '../kolom';
import { cariPita } from '../kriteria';
import type { Masalah, Polaritas, Sel, Skema, Temuan } from '../model';
import { bacaPolaritas } from '../polaritas';
import { bertentangan, dariTercetak, pasti, petakan, rataPerkiraan, type Perkiraan } from './perkiraan';
import { PESAN_PERIKSA } from './pesan';
import { susunStruktur, teks, type GrupPerspektif, type GrupSasaran } from './struktur';
import { kenaliTataLetak } from './tata-letak';

export interface OpsiPeriksa {
  readonly skema: Skema;
  /** 1-based sheet row of nilai[0] (default 1). */
  readonly barisAwal?: number;
  /** 1-based sheet column of nilai[0][0] (default 1 = column A). */
  readonly kolomAwal?: number;
  /** The cap the table's capaian were computed with, if any. */
  readonly batasAtas?: number;
}

const POLA_GALAT = /^#(DIV\/0!|VALUE!|REF!|NAME\?|N\/A|NUM!|NULL!|ERROR!|SPILL!|CALC!|GETTING_DATA)$|^(NaN|-?Infinity)$/i;

export function periksaLembar(
  lembar: string,
  nilai: readonly (readonly Sel[])[],
  opsi: OpsiPeriksa,
): { temuan: Temuan[]; masalah: Masalah[] } {
  const barisAwal = opsi.barisAwal ?? 1;
  const kolomAwal = opsi.kolomAwal ?? 1;
  const temuan = new Map<string, Temuan>();
  const lapor = (r: number, k: number, seharusnya: number | string, alasan: string) => {
    const baris = barisAwal + r;
    const kolom = hurufKolom(kolomAwal - 1 + k);
    const sel = alamatSel(baris, kolomAwal - 1 + k);
    if (temuan.has(sel)) return;
    const asli = nilai[r][k];
    const tercetak = typeof asli === 'number' ? asli : typeof asli === 'string' ? asli.trim() : String(asli ?? '');
    temuan.set(sel, { lembar, sel, baris, kolom, tercetak, seharusnya, alasan });
  };

  const tata = kenaliTataLetak(nilai);
  const masalah: Masalah[] = [];
  if (tata === null) masalah.push({ baris: 0, kolom: '', teks: '', alasan: PESAN_PERIKSA.tataLetakTakDikenal });
  else periksaTabel(nilai, tata, opsi, lapor);

  nilai.forEach((baris, r) =>
    baris.forEach((s, k) => {
      if (galatTeks(s)) lapor(r, k, '', PESAN_PERIKSA.selGalat(teks(s)));
    }),
  );
  const urut = [...temuan.values()].sort((a, b) => a.baris - b.baris || a.kolom.length - b.kolom.length || a.kolom.localeCompare(b.kolom));
  return { temuan: urut, masalah };
}

type Lapor = (r: number, k: number, seharusnya: number | string, alasan: string) => void;

function periksaTabel(
  nilai: readonly (readonly Sel[])[],
  tata: NonNullable<ReturnType<typeof kenaliTataLetak>>,
  opsi: OpsiPeriksa,
  lapor: Lapor,
): void {
  const k = tata.kolom;
  const skema = opsi.skema;
  const sel = (r: number, j: number | undefined): Sel => (j === undefined ? undefined : nilai[r]?.[j]);
  const angka = (r: number, j: number | undefined): number | null => {
    const a = bacaAngka(sel(r, j));
    return a.jenis === 'angka' ? a.nilai : null;
  };

  /** A printed figure against its recomputed value; null recomputed = should be blank (reason given). */
  const bandingkan = (r: number, j: number | undefined, hitung: Perkiraan | null, alasan: string, kosong?: string) => {
    if (j === undefined) return;
    const s = sel(r, j);
    const tercetak = angka(r, j);
    if (hitung !== null && ((tercetak !== null && bertentangan(hitung, tercetak)) || galatTeks(s))) lapor(r, j, hitung.nilai, alasan);
    else if (hitung === null && kosong !== undefined && (tercetak !== null || galatTeks(s))) lapor(r, j, '', kosong);
  };
  /** A printed label against the band of the figure it stands beside. */
  const nilaiKriteria = (r: number, kolom: readonly number[], angkaDinilai: number | null) => {
    if (angkaDinilai === null) return;
    const pita = cariPita(angkaDinilai, skema);
    if (pita === null) return;
    for (const j of kolom) {
      const label = teks(sel(r, j));
      if (label !== '' && normal(label) !== normal(pita.label)) {
        lapor(r, j, pita.label, PESAN_PERIKSA.kriteria(bulat(angkaDinilai, 2), skema.kode, pita.label));
      }
    }
  };

  // indicators: capaian and its kriteria; what each indicator contributes to its sasaran's NPS
  const capaianEfektif = new Map<number, Perkiraan | null>();
  const struktur = susunStruktur(nilai, tata);
  for (const p of struktur.perspektif) {
    for (const s of p.sasaran) {
      for (const r of s.indikator) {
        const dihitung = capaianDariTR(sel(r, k.target), sel(r, k.realisasi), sel(r, k.polaritas), k, opsi.batasAtas);
        const tercetak = angka(r, k.capaian);
        if (dihitung && 'perkiraan' in dihitung) {
          bandingkan(r, k.capaian, dihitung.perkiraan, PESAN_PERIKSA.capaian(dihitung.polaritas, dihitung.perkiraan.nilai));
          capaianEfektif.set(r, dihitung.perkiraan);
        } else {
          if (dihitung) bandingkan(r, k.capaian, null, '', PESAN_PERIKSA.tidakDapatDihitung(dihitung.galat));
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
          bandingkan(r, k.nps, hitung, hitung ? PESAN_PERIKSA.npsSasaran(berangka, hitung.nilai) : '', PESAN_PERIKSA.npsSasaranKosong);
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
      if (hitung) bandingkan(p.baris, k.nps, hitung, PESAN_PERIKSA.npsPerspektif(p.sasaran.length, hitung.nilai));
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
      bandingkan(r, k.nps, utama, alasan);
    }
    nilaiKriteria(r, [...tata.kriteriaNps, ...tata.kriteriaCapaian], n ?? utama?.nilai ?? null);
  }
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
  const perkiraan = petakan(dariTercetak(r.nilai), (x) => {
    const v = hitungCapaian({ jenis: 'angka', nilai: x }, t, opsi);
    return typeof v === 'number' ? v : null;
  });
  return perkiraan ? { perkiraan, polaritas } : null;
}

function galatTeks(s: Sel): boolean {
  return typeof s === 'string' && POLA_GALAT.test(s.trim());
}

function normal(label: string): string {
  return label.replace(/\s+/g, ' ').trim().toLowerCase();
}
