// Reading an indicator sheet (a 2D array of cell values as hosts return them) into the model:
// perspektif > sasaran > indikator. Never throws: every problem becomes a Masalah naming the
// row, the column letter and the text, with an Indonesian reason.
import { adalahAngka, bacaAngka } from './angka';
import { isGalat } from './galat';
import { adalahSubJudul, hurufKolom, normalJudul, DAFTAR_PERAN, type KolomTerdeteksi } from './kolom';
import type { Angka, HasilBaca, Indikator, Masalah, PeranKolom, Perspektif, PetaKolom, Polaritas, Sasaran, Sel } from './model';
import { PESAN } from './pesan';
import { akhirTabel, kepalaSendiri } from './akhir-tabel';
import { barisRingkasan } from './baris-ringkasan';
import { adalahBarisNomor } from './baris-nomor';
import { bacaPolaritas } from './polaritas';
import { namaTurunBaik, polaritasBukanPositif, polaritasSesuai } from './polaritas-tercetak';
import { SKEMA_BAWAAN } from './skema';
import { rapiSpasi } from './spasi';

export interface OpsiBaca {
  /** 1-based sheet row of nilai[0] (default 1). */
  readonly barisAwal?: number;
  /** 1-based sheet column of nilai[0][0] (default 1 = column A). */
  readonly kolomAwal?: number;
  /** The panel's column mapping, instead of the detected one (indices relative to nilai). */
  readonly peta?: PetaKolom;
  /** Weight of an indicator marked IKU whose Bobot cell is blank (default 1; the 2019 report used 2). */
  readonly bobotIku?: number;
}

const POLA_PERSPEKTIF = /perspe[ck]?tive?s?\b|perspektif/i;
const POLA_SASARAN = /^(sasaran|tujuan)\b/i;
/** Kriteria labels and letter marks a heading row may carry beside its one text ('A', 'Sangat Baik'). */
const LABEL_KRITERIA = new Set(Object.values(SKEMA_BAWAAN).flatMap((s) => s.pita.map((p) => p.label.toLowerCase())));
const TANDA_HURUF = /^([A-Z]|[IVX]+)[.)]?$/;
const TANDA_IKU = /^(ya|y|iku|iku\b.*|v|✓|✔|√|x|1|true|benar)$/i;
const BULAN = Array.from({ length: 12 }, (_, i) => i + 1);

/** One month column: its label in a problem and its index, or undefined when the sheet lacks it. */
type KolomBulan = readonly [label: string, j: number | undefined];
/** A sheet's month columns, looked up once: building the 24 role names on every row was a tenth of reading 100,000 rows. */
type KolomBulanan = Readonly<Record<'bulan' | 'realisasiBulan', readonly KolomBulan[] | null>>;

function kolomBulanan(peta: PetaKolom): KolomBulanan {
  const baca = (awalan: 'bulan' | 'realisasiBulan') => {
    const kolom = BULAN.map((m): KolomBulan => [DAFTAR_PERAN[`${awalan}${m}` as PeranKolom], peta.peran[`${awalan}${m}` as PeranKolom]]);
    return kolom.some(([, j]) => j !== undefined) ? kolom : null;
  };
  return { bulan: baca('bulan'), realisasiBulan: baca('realisasiBulan') };
}

/** `deteksi` is petaKolomOtomatis(nilai), run once by the caller (the panel shows it before reading). */
export function bacaLembar(nilai: readonly (readonly Sel[])[], deteksi: KolomTerdeteksi | null, opsi: OpsiBaca = {}): HasilBaca {
  const barisAwal = opsi.barisAwal ?? 1;
  const peta = opsi.peta ?? deteksi?.peta;
  if (peta === undefined) return gagal(PESAN.headerTakDitemukan);
  if (peta.peran.indikator === undefined) return gagal(PESAN.indikatorBelumDipetakan);
  const indeksHeader =
    deteksi?.indeksHeader ??
    Math.max(
      0,
      nilai.findIndex((b) => b.some((s) => teks(s) !== '')),
    );
  const indeksData = deteksi?.indeksData ?? indeksHeader + 1;
  const kepala = nilai[indeksHeader] ?? [];
  const judulIndikator = normalJudul(kepala[peta.peran.indikator]);
  const bulanan = kolomBulanan(peta);

  const masalah: Masalah[] = [];
  const kelompok = new Map<string, { nama: string; perspektif: string | null; indikator: Indikator[] }>();
  const semua: Indikator[] = [];
  let perspektif: string | null = null;
  let sasaran: string | null = null;

  for (let i = indeksData; i < nilai.length; i++) {
    const isi = nilai[i] ?? [];
    if (!isi.some((s) => teks(s) !== '')) continue;
    // a column-number row ((1) (2) (3), a | b | e=(d/c x 100)) is never data
    if (adalahBarisNomor(isi)) continue;
    // a two-row header repeated after a page break: its second row ('2017 | 2018', 'TW I .. TW IV')
    if (teks(isi[peta.peran.indikator]) === '' && adalahSubJudul(isi)) continue;
    const b = new PembacaBaris(isi, barisAwal + i, peta, bulanan, opsi.kolomAwal ?? 1, masalah);
    const nama = teks(b.sel('indikator'));
    // the header repeated after a page break
    if ((nama !== '' && normalJudul(nama) === judulIndikator) || kepalaSendiri(isi, kepala)) continue;
    const adaAngka = (['target', 'realisasi'] as const).some((k) => adalahAngka(b.sel(k)));
    // notes, a signature block or a second table below: the indicator table has ended
    const akhir = akhirTabel(isi, adaAngka, kepala);
    if (akhir === 'akhir') break;
    if (akhir === 'catatan') continue;
    // Jumlah / Rata-rata / NPS Sasaran ... in any text column: printed roll-ups, never indicators
    if (barisRingkasan(isi, peta.peran.indikator)) continue;

    const teksPerspektif = teks(b.sel('perspektif'));
    if (teksPerspektif !== '' && teksPerspektif !== perspektif) {
      perspektif = teksPerspektif;
      sasaran = null;
    }
    const teksSasaran = teks(b.sel('sasaran'));
    // a heading row: one text and no figure ('A. Customer Perspective', a sasaran above its
    // indicators), maybe with its printed NPS and kriteria
    const judul = adaAngka ? null : satuTeks(isi);
    if (judul !== null && POLA_PERSPEKTIF.test(judul)) {
      perspektif = judul;
      sasaran = null;
      continue;
    }
    if (judul !== null && ((judul === teksSasaran && nama === '') || (POLA_SASARAN.test(judul) && (nama === '' || nama === judul)))) {
      sasaran = judul;
      continue;
    }
    if (nama === '') {
      if (adaAngka) b.catat(peta.peran.indikator, PESAN.angkaTanpaIndikator);
      continue;
    }
    if (teksSasaran !== '') sasaran = teksSasaran;

    const ind = bacaIndikator(b, { nama, perspektif, sasaran: sasaran ?? nama, bobotIku: opsi.bobotIku ?? 1 });
    semua.push(ind);
    const kunci = `${ind.perspektif ?? ''}\u0000${ind.sasaran}`;
    const g = kelompok.get(kunci) ?? { nama: ind.sasaran, perspektif: ind.perspektif, indikator: [] };
    g.indikator.push(ind);
    kelompok.set(kunci, g);
  }

  const daftarSasaran: Sasaran[] = [...kelompok.values()];
  const perPerspektif = new Map<string, Sasaran[]>();
  for (const s of daftarSasaran) {
    if (s.perspektif === null) continue;
    perPerspektif.set(s.perspektif, [...(perPerspektif.get(s.perspektif) ?? []), s]);
  }
  const daftarPerspektif: Perspektif[] = [...perPerspektif].map(([nama, sasaran]) => ({ nama, sasaran }));
  return {
    model: { barisHeader: barisAwal + indeksHeader, peta, perspektif: daftarPerspektif, sasaran: daftarSasaran, indikator: semua },
    masalah,
  };
}

/** The cells of one row by column role; an unreadable figure is recorded as a problem. */
class PembacaBaris {
  constructor(
    private readonly isi: readonly Sel[],
    readonly nomor: number,
    readonly peta: PetaKolom,
    private readonly kolomBulanan: KolomBulanan,
    private readonly kolomAwal: number,
    private readonly masalah: Masalah[],
  ) {}

  kolom(k: PeranKolom): number | undefined {
    return this.peta.peran[k];
  }

  sel(k: PeranKolom): Sel {
    const j = this.kolom(k);
    return j === undefined ? undefined : this.isi[j];
  }

  catat(j: number, alasan: string, catatan = false): void {
    const m: Masalah = { baris: this.nomor, kolom: hurufKolom(this.kolomAwal - 1 + j), teks: teks(this.isi[j]), alasan };
    this.masalah.push(catatan ? { ...m, catatan } : m);
  }

  /** A figure in column j; label names the column in a problem. */
  angka(label: string, j: number | undefined): Angka {
    if (j === undefined) return { jenis: 'kosong', alasan: PESAN.kolomTidakAda };
    const a = bacaAngka(this.isi[j]);
    if (a.jenis === 'galat') this.catat(j, PESAN.diKolom(label, a.pesan));
    return a;
  }

  angkaPeran(k: PeranKolom): Angka {
    return this.angka(DAFTAR_PERAN[k], this.kolom(k));
  }

  /** 12 months (target or realisasi), or null when the sheet has no such columns. */
  bulanan(awalan: 'bulan' | 'realisasiBulan'): Angka[] | null {
    return this.kolomBulanan[awalan]?.map(([label, j]) => this.angka(label, j)) ?? null;
  }
}

function bacaIndikator(b: PembacaBaris, letak: { nama: string; perspektif: string | null; sasaran: string; bobotIku: number }): Indikator {
  const ada = (k: PeranKolom) => b.kolom(k) !== undefined;
  const targetBulanan = b.bulanan('bulan');
  const realisasiBulanan = b.bulanan('realisasiBulan');
  const iku = adalahIku(b.sel('iku'));
  return {
    baris: b.nomor,
    perspektif: letak.perspektif,
    sasaran: letak.sasaran,
    no: teks(b.sel('no')),
    nama: letak.nama,
    satuan: teks(b.sel('satuan')),
    target: ada('target') ? b.angkaPeran('target') : terakhir(targetBulanan),
    realisasi: ada('realisasi') ? b.angkaPeran('realisasi') : terakhir(realisasiBulanan),
    ...(ada('capaian') ? { capaianTercetak: bacaAngka(b.sel('capaian')) } : {}),
    bobot: bacaBobot(b, iku ? letak.bobotIku : 1),
    iku,
    polaritas: polaritasBaris(b, letak.nama),
    targetBulanan,
    realisasiBulanan,
    pagu: ada('pagu') ? b.angkaPeran('pagu') : null,
    realisasiAnggaran: ada('realisasiAnggaran') ? b.angkaPeran('realisasiAnggaran') : null,
    tahunLalu: b.peta.tahunLalu.map((e) => ({
      tahun: e.tahun,
      target: b.angka(`Target ${e.tahun}`, e.target),
      realisasi: b.angka(`Realisasi ${e.tahun}`, e.realisasi),
    })),
    targetRenstra: ada('targetRenstra') ? b.angkaPeran('targetRenstra') : null,
  };
}

/** A blank Bobot is 1 (or the IKU weight); a negative or non-number one is a problem. */
function bacaBobot(b: PembacaBaris, bawaan: number): number {
  const a = b.angkaPeran('bobot');
  if (a.jenis === 'angka' && a.nilai >= 0) return a.nilai;
  const j = b.kolom('bobot');
  if (j !== undefined && (a.jenis === 'kualitatif' || a.jenis === 'angka')) b.catat(j, PESAN.bobotSalah(teks(b.sel('bobot'))));
  return bawaan;
}

function polaritasBaris(b: PembacaBaris, nama: string): Polaritas {
  const j = b.kolom('polaritas');
  if (j !== undefined) {
    const p = bacaPolaritas(b.sel('polaritas'));
    if (!isGalat(p)) return p;
    b.catat(j, p.pesan);
    return 'positif';
  }
  // no Polaritas column: the printed capaian tells, else positif (a lower-is-better name is flagged)
  const target = bacaAngka(b.sel('target'));
  const realisasi = bacaAngka(b.sel('realisasi'));
  const tercetak = b.kolom('capaian') === undefined ? undefined : bacaAngka(b.sel('capaian'));
  const sesuai = polaritasSesuai(target, realisasi, tercetak);
  const dariTercetak = polaritasBukanPositif(sesuai);
  if (dariTercetak !== null) {
    b.catat(b.kolom('capaian') ?? 0, PESAN.polaritasDariTercetak(dariTercetak), true);
    return dariTercetak;
  }
  if (!sesuai?.includes('positif') && namaTurunBaik(nama)) b.catat(b.kolom('indikator') ?? 0, PESAN.polaritasPerluDicek, true);
  return 'positif';
}

function gagal(alasan: string): HasilBaca {
  return { model: null, masalah: [{ baris: 0, kolom: '', teks: '', alasan }] };
}

function teks(s: Sel): string {
  if (s === null || s === undefined) return '';
  if (s instanceof Date) return s.toISOString().slice(0, 10);
  return rapiSpasi(String(s));
}

/** The row's only non-numeric text, or null when it has none or several (kriteria labels and letter marks aside). */
function satuTeks(baris: readonly Sel[]): string | null {
  const isi = new Set(
    baris
      .filter((x) => {
        const jenis = bacaAngka(x).jenis;
        return jenis === 'galat' || jenis === 'kualitatif';
      })
      .map(teks)
      .filter((t) => !LABEL_KRITERIA.has(t.toLowerCase()) && !TANDA_HURUF.test(t)),
  );
  const [satu] = isi;
  return isi.size === 1 && satu !== undefined ? satu : null;
}

function adalahIku(s: Sel): boolean {
  if (s === true || s === 1) return true;
  return typeof s === 'string' && TANDA_IKU.test(s.trim());
}

/** Without a target (realisasi) column: the last month that has a figure (targets are cumulative). */
function terakhir(bulanan: readonly Angka[] | null): Angka {
  const ada = bulanan?.filter((a) => a.jenis !== 'kosong') ?? [];
  return ada[ada.length - 1] ?? { jenis: 'kosong', alasan: PESAN.kolomTidakAda };
}
