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
import { polaritasBukanPositif, polaritasSesuai } from '../polaritas-tercetak';
import { bertentangan, dariTercetak, pasti, petakan, rataPerkiraan, type Perkiraan } from './perkiraan';
import { PESAN_PERIKSA } from './pesan';
import type { Tabel } from './sel';
import { susunStruktur, type GrupPerspektif, type GrupSasaran } from './struktur';
import { kenaliTataLetak, type TataLetak } from './tata-letak';

/** Whether the table is a capaian table; its findings go to the table's reporter. */
export function periksaCapaian(tabel: Tabel, skema: Skema, batasAtas: number | undefined): boolean {
  const tata = kenaliTataLetak(tabel.nilai);
  if (tata === null) return false;
  const p = new Pemeriksa(tabel, tata, skema, batasAtas);
  const struktur = susunStruktur(tabel.nilai, tata);
  const sasaran = struktur.perspektif.flatMap((g) => g.sasaran);
  for (const s of sasaran) for (const r of s.indikator) p.indikator(r);
  for (const s of sasaran) p.sasaran(s);
  for (const g of struktur.perspektif) if (g.nama !== null) p.perspektif(g);
  for (const r of struktur.unit) p.unit(r, struktur.perspektif);
  return true;
}

/** Each level recomputed from the one below, bottom up; what each contributes upward is kept. */
class Pemeriksa {
  private readonly k: TataLetak['kolom'];
  private readonly capaian = new Map<number, Perkiraan | null>();
  private readonly npsSasaran = new Map<GrupSasaran, Perkiraan | null>();
  private readonly npsPerspektif = new Map<GrupPerspektif, Perkiraan | null>();
  /** Whether indicator rows carry a capaian or what it is computed from. */
  private readonly adaCapaian: boolean;

  constructor(
    private readonly tabel: Tabel,
    private readonly tata: TataLetak,
    private readonly skema: Skema,
    private readonly batasAtas: number | undefined,
  ) {
    this.k = tata.kolom;
    this.adaCapaian = this.k.capaian !== undefined || (this.k.target !== undefined && this.k.realisasi !== undefined);
  }

  /** Capaian from T/R and its kriteria; contributes T/R's capaian, else the printed one. */
  indikator(r: number): void {
    const { tabel, k } = this;
    const dihitung = capaianDariTR(
      tabel.sel(r, k.target),
      tabel.sel(r, k.realisasi),
      tabel.sel(r, k.polaritas),
      tabel.sel(r, k.capaian),
      k,
      this.batasAtas,
    );
    const tercetak = tabel.angka(r, k.capaian);
    if (dihitung && 'perkiraan' in dihitung) {
      tabel.bandingkan(r, k.capaian, dihitung.perkiraan, PESAN_PERIKSA.capaian(dihitung.polaritas, dihitung.perkiraan.nilai));
      this.capaian.set(r, dihitung.perkiraan);
    } else {
      if (dihitung) tabel.bandingkan(r, k.capaian, null, '', PESAN_PERIKSA.tidakDapatDihitung(dihitung.galat));
      this.capaian.set(r, !dihitung && tercetak !== null ? dariTercetak(tercetak) : null);
    }
    this.kriteria(r, this.tata.kriteriaCapaian, tercetak ?? this.capaian.get(r)?.nilai ?? null);
  }

  /** NPS from its indicators (in a matrix) and the kriteria beside it; contributes its printed NPS. */
  sasaran(s: GrupSasaran): void {
    const { tabel, k } = this;
    const bobot = s.indikator.map((r) => {
      const b = tabel.angka(r, k.bobot);
      return b !== null && b >= 0 ? b : 1;
    });
    const daftar = s.indikator.map((r) => this.capaian.get(r) ?? null);
    const dapat = this.adaCapaian && s.indikator.length > 0;
    const hitung = dapat ? rataPerkiraan(daftar, bobot) : null;
    const alasan = hitung ? PESAN_PERIKSA.npsSasaran(daftar.filter(Boolean).length, hitung.nilai) : '';
    const tercetak =
      [...s.baris.map((r) => tabel.angka(r, k.nps)), ...s.ringkasan.map((r) => tabel.angka(r, this.kolomNps(r)))].find((n) => n !== null) ??
      null;
    for (const r of s.baris) {
      if (dapat) tabel.bandingkan(r, k.nps, hitung, alasan, PESAN_PERIKSA.npsSasaranKosong);
      this.kriteria(r, this.tata.kriteriaNps, tabel.angka(r, k.nps) ?? tercetak ?? hitung?.nilai ?? null);
    }
    // a summary row under the indicators ('NPS Sasaran', 'Rata-rata') prints it in the NPS or Capaian column
    for (const r of s.ringkasan) {
      if (dapat) tabel.bandingkan(r, this.kolomNps(r), hitung, alasan, PESAN_PERIKSA.npsSasaranKosong);
      this.kriteria(r, [...this.tata.kriteriaNps, ...this.tata.kriteriaCapaian], tabel.angka(r, this.kolomNps(r)) ?? hitung?.nilai ?? null);
    }
    this.npsSasaran.set(s, tercetak !== null ? dariTercetak(tercetak) : hitung);
  }

  /** The plain mean of its sasaran. */
  perspektif(g: GrupPerspektif): void {
    const { tabel } = this;
    const hitung = rataPerkiraan(g.sasaran.map((s) => this.npsSasaran.get(s) ?? null));
    const baris = [...(g.baris === null ? [] : [g.baris]), ...g.ringkasan];
    const tercetak = baris.map((r) => tabel.angka(r, this.kolomNps(r))).find((n) => n !== null) ?? null;
    for (const r of baris) {
      if (hitung) tabel.bandingkan(r, this.kolomNps(r), hitung, PESAN_PERIKSA.npsPerspektif(g.sasaran.length, hitung.nilai));
      this.kriteria(r, [...this.tata.kriteriaNps, ...this.tata.kriteriaCapaian], tabel.angka(r, this.kolomNps(r)) ?? hitung?.nilai ?? null);
    }
    this.npsPerspektif.set(g, tercetak !== null ? dariTercetak(tercetak) : hitung);
  }

  /** The mean of the perspectives (sasaran outside any count on their own) or of all sasaran. */
  unit(r: number, grup: readonly GrupPerspektif[]): void {
    const { tabel } = this;
    const nps = (g: GrupPerspektif) => g.sasaran.map((s) => this.npsSasaran.get(s) ?? null);
    const semua = grup.flatMap(nps);
    const perPerspektif =
      this.npsPerspektif.size > 0 ? rataPerkiraan([...this.npsPerspektif.values(), ...grup.filter((g) => g.nama === null).flatMap(nps)]) : null;
    const perSasaran = rataPerkiraan(semua);
    // some reports print the plain mean of all indicators
    const perIndikator = rataPerkiraan(grup.flatMap((g) => g.sasaran.flatMap((s) => s.indikator.map((i) => this.capaian.get(i) ?? null))));
    const kolom = this.kolomNps(r);
    const tercetak = tabel.angka(r, kolom);
    const cocok = [perPerspektif, perSasaran, perIndikator].some((c) => c !== null && tercetak !== null && !bertentangan(c, tercetak));
    const utama = perPerspektif ?? perSasaran;
    if (utama && !cocok) {
      const alasan = perPerspektif
        ? PESAN_PERIKSA.npsUnit(this.npsPerspektif.size, 'perspektif', utama.nilai)
        : PESAN_PERIKSA.npsUnit(semua.filter(Boolean).length, 'sasaran', utama.nilai);
      tabel.bandingkan(r, kolom, utama, alasan);
    }
    this.kriteria(r, [...this.tata.kriteriaNps, ...this.tata.kriteriaCapaian], tercetak ?? utama?.nilai ?? null);
  }

  /** Where a summary or perspective row prints its figure: the NPS column, else the Capaian column. */
  private kolomNps(r: number): number | undefined {
    const { tabel, k } = this;
    if (k.nps !== undefined && (tabel.angka(r, k.nps) !== null || k.capaian === undefined || tabel.angka(r, k.capaian) === null)) return k.nps;
    return k.capaian ?? k.nps;
  }

  /** Printed labels against the band of the figure they stand beside. */
  private kriteria(r: number, kolom: readonly number[], dinilai: number | null): void {
    if (dinilai === null) return;
    const pita = cariPita(dinilai, this.skema);
    if (pita === null) return;
    const alasan = PESAN_PERIKSA.kriteria(bulat(dinilai, 2), this.skema.kode, pita.label);
    for (const j of kolom) this.tabel.bandingkanLabel(r, j, pita.label, alasan);
  }
}

/** Capaian from the printed target and realisasi, over the range a rounded realisasi allows. */
function capaianDariTR(
  target: Sel,
  realisasi: Sel,
  polaritasSel: Sel,
  tercetak: Sel,
  kolom: { target?: number; realisasi?: number },
  batasAtas: number | undefined,
): { perkiraan: Perkiraan; polaritas: Polaritas } | { galat: string } | null {
  if (kolom.target === undefined || kolom.realisasi === undefined) return null;
  const t = bacaAngka(target);
  const r = bacaAngka(realisasi);
  const p = bacaPolaritas(polaritasSel);
  // without a Polaritas column, the polarity the printed capaian shows (a negatif formula) is the planner's
  const sesuai = polaritasSel === undefined ? polaritasSesuai(t, r, bacaAngka(tercetak)) : null;
  const polaritas = polaritasBukanPositif(sesuai) ?? (isGalat(p) ? 'positif' : p);
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
