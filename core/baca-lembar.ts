// Reading an indicator sheet (a 2D array of cell values as hosts return them) into the model:
// perspektif > sasaran > indikator. Never throws: every problem becomes a Masalah naming the
// row, the column letter and the text, with an Indonesian reason.
import { bacaAngka } from './angka';
import { isGalat } from './galat';
import { hurufKolom, normalJudul, petaKolomOtomatis, DAFTAR_PERAN } from './kolom';
import type { Angka, HasilBaca, Indikator, Masalah, PeranKolom, Perspektif, PetaKolom, Polaritas, Sasaran, Sel } from './model';
import { PESAN } from './pesan';
import { bacaPolaritas } from './polaritas';

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
const POLA_RINGKASAN = /^(jumlah|total|rata-?rata|nps\b|nilai pencapaian|capaian (unit|organisasi|kinerja organisasi))/i;
const TANDA_IKU = /^(ya|y|iku|iku\b.*|v|✓|✔|√|x|1|true|benar)$/i;
const BULAN = Array.from({ length: 12 }, (_, i) => i + 1);

export function bacaLembar(nilai: readonly (readonly Sel[])[], opsi: OpsiBaca = {}): HasilBaca {
  const barisAwal = opsi.barisAwal ?? 1;
  const kolomAwal = opsi.kolomAwal ?? 1;
  const deteksi = petaKolomOtomatis(nilai);
  const peta = opsi.peta ?? deteksi?.peta;
  if (peta === undefined) return gagal(PESAN.headerTakDitemukan);
  if (peta.peran.indikator === undefined) return gagal(PESAN.indikatorBelumDipetakan);
  const indeksHeader = deteksi?.indeksHeader ?? Math.max(0, nilai.findIndex((b) => b.some((s) => teks(s) !== '')));
  const indeksData = deteksi?.indeksData ?? indeksHeader + 1;
  const judulIndikator = normalJudul(nilai[indeksHeader]?.[peta.peran.indikator]);

  const masalah: Masalah[] = [];
  const kelompok = new Map<string, { nama: string; perspektif: string | null; indikator: Indikator[] }>();
  const semua: Indikator[] = [];
  let perspektif: string | null = null;
  let sasaran: string | null = null;

  for (let i = indeksData; i < nilai.length; i++) {
    const baris = nilai[i] ?? [];
    const nomorBaris = barisAwal + i;
    const kolom = (k: PeranKolom): number | undefined => peta.peran[k];
    const sel = (k: PeranKolom): Sel => {
      const j = kolom(k);
      return j === undefined ? undefined : baris[j];
    };
    const catat = (j: number, alasan: string) =>
      masalah.push({ baris: nomorBaris, kolom: hurufKolom(kolomAwal - 1 + j), teks: teks(baris[j]), alasan });
    /** A figure of the row; label names the column in the problem and the "no column" reason. */
    const angka = (label: string, j: number | undefined): Angka => {
      if (j === undefined) return { jenis: 'kosong', alasan: PESAN.kolomTidakAda(label) };
      const a = bacaAngka(baris[j]);
      if (a.jenis === 'galat') catat(j, PESAN.diKolom(label, a.pesan));
      return a;
    };
    const angkaPeran = (k: PeranKolom): Angka => angka(DAFTAR_PERAN[k], kolom(k));
    if (!baris.some((s) => teks(s) !== '')) continue;

    const teksPerspektif = teks(sel('perspektif'));
    if (teksPerspektif !== '' && teksPerspektif !== perspektif) {
      perspektif = teksPerspektif;
      sasaran = null;
    }
    const nama = teks(sel('indikator'));
    const teksSasaran = teks(sel('sasaran'));
    if (nama !== '' && normalJudul(nama) === judulIndikator) continue; // header repeated after a page break
    const adaAngka = (['target', 'realisasi'] as const).some((k) => ['angka', 'kualitatif'].includes(bacaAngka(sel(k)).jenis));
    // a heading row: one text and no figure ('A. Customer Perspective', a sasaran above its indicators)
    const judul = adaAngka ? null : satuTeks(baris);
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
      const ringkasan = baris.some((x) => POLA_RINGKASAN.test(teks(x)));
      if (adaAngka && !ringkasan) catat(peta.peran.indikator, PESAN.angkaTanpaIndikator);
      continue;
    }
    if (teksSasaran !== '') sasaran = teksSasaran;

    const bulanan = (awalan: 'bulan' | 'realisasiBulan'): Angka[] | null => {
      if (!BULAN.some((b) => kolom(`${awalan}${b}` as PeranKolom) !== undefined)) return null;
      return BULAN.map((b) => angkaPeran(`${awalan}${b}` as PeranKolom));
    };
    const targetBulanan = bulanan('bulan');
    const realisasiBulanan = bulanan('realisasiBulan');
    const ada = (k: PeranKolom) => kolom(k) !== undefined;
    const iku = adalahIku(sel('iku'));
    const ind: Indikator = {
      baris: nomorBaris,
      perspektif,
      sasaran: sasaran ?? nama,
      no: teks(sel('no')),
      nama,
      satuan: teks(sel('satuan')),
      target: ada('target') ? angkaPeran('target') : terakhir(targetBulanan, 'target'),
      realisasi: ada('realisasi') ? angkaPeran('realisasi') : terakhir(realisasiBulanan, 'realisasi'),
      ...(ada('capaian') ? { capaianTercetak: bacaAngka(sel('capaian')) } : {}),
      bobot: bobot(angkaPeran('bobot'), iku ? (opsi.bobotIku ?? 1) : 1),
      iku,
      polaritas: polaritas(sel('polaritas')),
      targetBulanan,
      realisasiBulanan,
      pagu: ada('pagu') ? angkaPeran('pagu') : null,
      realisasiAnggaran: ada('realisasiAnggaran') ? angkaPeran('realisasiAnggaran') : null,
      tahunLalu: peta.tahunLalu.map((e) => ({
        tahun: e.tahun,
        target: angka(`Target ${e.tahun}`, e.target),
        realisasi: angka(`Realisasi ${e.tahun}`, e.realisasi),
      })),
      targetRenstra: ada('targetRenstra') ? angkaPeran('targetRenstra') : null,
    };
    semua.push(ind);
    const kunci = `${ind.perspektif ?? ''}\u0000${ind.sasaran}`;
    const g = kelompok.get(kunci) ?? { nama: ind.sasaran, perspektif: ind.perspektif, indikator: [] };
    g.indikator.push(ind);
    kelompok.set(kunci, g);

    function bobot(a: Angka, bawaan: number): number {
      if (a.jenis === 'angka' && a.nilai >= 0) return a.nilai;
      const j = kolom('bobot');
      if (j !== undefined && (a.jenis === 'kualitatif' || a.jenis === 'angka')) catat(j, PESAN.bobotSalah(teks(baris[j])));
      return bawaan;
    }
    function polaritas(s: Sel): Polaritas {
      const p = bacaPolaritas(s);
      const j = kolom('polaritas');
      if (!isGalat(p)) return p;
      if (j !== undefined) catat(j, p.pesan);
      return 'positif';
    }
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

function gagal(alasan: string): HasilBaca {
  return { model: null, masalah: [{ baris: 0, kolom: '', teks: '', alasan }] };
}

function teks(s: Sel): string {
  if (s === null || s === undefined) return '';
  if (s instanceof Date) return s.toISOString().slice(0, 10);
  return String(s).replace(/\s+/g, ' ').trim();
}

/** The row's only non-numeric text, or null when it has none or several. */
function satuTeks(baris: readonly Sel[]): string | null {
  const isi = new Set(
    baris.filter((x) => {
      const jenis = bacaAngka(x).jenis;
      return jenis === 'galat' || jenis === 'kualitatif';
    }).map(teks),
  );
  return isi.size === 1 ? [...isi][0] : null;
}

function adalahIku(s: Sel): boolean {
  if (s === true || s === 1) return true;
  return typeof s === 'string' && TANDA_IKU.test(s.trim());
}

/** Without a target (realisasi) column: the last month that has a figure (targets are cumulative). */
function terakhir(bulanan: readonly Angka[] | null, peran: 'target' | 'realisasi'): Angka {
  const ada = bulanan?.filter((a) => a.jenis !== 'kosong') ?? [];
  return ada[ada.length - 1] ?? { jenis: 'kosong', alasan: PESAN.kolomTidakAda(DAFTAR_PERAN[peran]) };
}
