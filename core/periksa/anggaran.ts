// The audit of a budget table (a report's "Realisasi Anggaran", Lapkin's realisasi-anggaran):
// Pagu | Realisasi (Rp), optionally % | Sisa | Porsi. Each row's % = realisasi / pagu × 100 and
// sisa = pagu − realisasi; a program row ("A. Program ...", "Program ...") or a numbered row (1)
// sums the rows under it (up to the next program row; 1.1, 1.2 ...); a Jumlah/Total row sums the
// rows at the top level; porsi = pagu / total pagu × 100. Sums are taken from the bottom rows up,
// so a subtotal copied wrong is flagged where it is, not again in the total.
import { hitungSerapan } from '../anggaran';
import { isGalat } from '../galat';
import { normalJudul } from '../kolom';
import type { Sel } from '../model';
import { pasti } from './perkiraan';
import { PESAN_PERIKSA } from './pesan';
import { Tabel, cariKepala } from './sel';

type JenisKolom = 'no' | 'uraian' | 'pagu' | 'realisasi' | 'persen' | 'sisa' | 'porsi';

function kenali(judul: Sel): JenisKolom | null {
  const t = normalJudul(judul);
  if (t === '') return null;
  if (/porsi|proporsi|komposisi/.test(t)) return 'porsi';
  if (/\bsisa\b/.test(t)) return 'sisa';
  if (/^(no|nomor|kode|kode akun|kode kegiatan)\.?$/.test(t)) return 'no';
  if (/realisasi/.test(t) && /\brp\b|anggaran|keuangan|rupiah/.test(t) && !/%|persen|capaian/.test(t)) return 'realisasi';
  // the serapan column by its words (Realisasi Anggaran %, Serapan, Penyerapan, a bare %), never
  // any column with a '%': 'Capaian (%)' of an indicator is not a budget figure
  if (/serapan|penyerapan/.test(t)) return 'persen';
  if (/^(anggaran|keuangan|dipa)\b.*\b(capaian|%|persen)/.test(t)) return 'persen';
  if (/realisasi|anggaran|keuangan/.test(t) && /%|persen/.test(t) && !/capaian|target|volume|fisik|kinerja/.test(t)) return 'persen';
  if (/^(%|\(%\)|persen|persentase)$/.test(t)) return 'persen';
  if (/\bpagu\b|alokasi|(target|anggaran).*\brp\b/.test(t)) return 'pagu';
  if (/uraian|program|sasaran|kegiatan|indikator/.test(t)) return 'uraian';
  return null;
}

const POLA_JUMLAH = /^(jumlah|total)\b/i;
/** A budget code: kegiatan 3158, KRO 3158.AEC, RO 3158.AEC.001, numbered rows 1, 1.1, 1.1.2 (numbers of any length: a large unit numbers its sasaran past 9999). */
const POLA_KODE = /^(\d+(?:\.(?:\d+|[A-Z0-9]{1,4}))*)(?=\s|$)/;
const POLA_PROGRAM = /^([A-Z]|[IVX]+)[.)]\s|^program\b/i;

interface Baris {
  readonly r: number;
  readonly jenis: 'jumlah' | 'program' | 'biasa';
  readonly no: string;
  readonly anak: Baris[];
}

export function periksaAnggaran(tabel: Tabel): boolean {
  const kepala = cariKepala(tabel.nilai, kenali, (ada) => ada('pagu') && ada('realisasi'));
  if (kepala === null) return false;
  const k = Object.fromEntries(
    (['no', 'uraian', 'pagu', 'realisasi', 'persen', 'sisa', 'porsi'] as const)
      .map((j) => [j, kepala.jenis.indexOf(j)])
      .filter(([, i]) => (i as number) >= 0),
  ) as Partial<Record<JenisKolom, number>>;

  // the rows as a tree: top-level rows, their children, the total rows
  const atas: Baris[] = [];
  const jumlah: { baris: Baris; atas: Baris[] }[] = [];
  let program: Baris | null = null;
  const bernomor = new Map<string, Baris>();
  for (let r = kepala.indeksData; r < tabel.nilai.length; r++) {
    const pagu = tabel.angka(r, k.pagu);
    const realisasi = tabel.angka(r, k.realisasi);
    if (pagu === null && realisasi === null) continue;
    const no = String(tabel.sel(r, k.no) ?? '').trim();
    const label = tabel.teks(r, k.uraian) || (tabel.nilai[r] ?? []).map((_, j) => tabel.teks(r, j)).find(Boolean) || '';
    // a numbered row is neither the total nor a program row, whatever its name ("Jumlah sekolah ...")
    const bernomorIni = /^\d+(\.\d+)*$/.test(no);
    const jenis =
      !bernomorIni && (POLA_JUMLAH.test(label) || POLA_JUMLAH.test(no))
        ? 'jumlah'
        : (!bernomorIni && POLA_PROGRAM.test(label)) || /^[A-Z]\.?$/.test(no)
          ? 'program'
          : 'biasa';
    const b: Baris = { r, jenis, no, anak: [] };
    if (jenis === 'jumlah') {
      jumlah.push({ baris: b, atas: atas.splice(0) });
      program = null;
      continue;
    }
    // a coded or numbered row sits under the row whose code is its prefix (3158.AEC.001 under
    // 3158.AEC under 3158; 1.2 under 1): that row is its subtotal
    const kode = kodeBaris(no, label);
    const induk = kode === null ? undefined : indukKode(kode, bernomor);
    if (jenis === 'program') {
      program = b;
      atas.push(b);
    } else if (induk !== undefined) induk.anak.push(b);
    else if (program) program.anak.push(b);
    else atas.push(b);
    if (kode !== null) bernomor.set(kode, b);
  }

  const totalPagu = jumlah[0] ? tabel.angka(jumlah[0].baris.r, k.pagu) : jumlahKolom(tabel, atas, k.pagu);
  const periksaBaris = (b: Baris, bagian: readonly Baris[] | null) => {
    const pagu = tabel.angka(b.r, k.pagu);
    const realisasi = tabel.angka(b.r, k.realisasi);
    if (bagian && bagian.length > 0) {
      // sisa is checked as the row's own pagu − realisasi: rows with one figure only have none
      for (const j of [k.pagu, k.realisasi]) {
        const total = jumlahKolom(tabel, bagian, j);
        if (total !== null) tabel.bandingkan(b.r, j, pasti(total), PESAN_PERIKSA.jumlahBaris(bagian.length, total));
      }
    }
    if (pagu !== null && realisasi !== null) {
      const s = hitungSerapan(realisasi, pagu);
      if (isGalat(s)) tabel.bandingkan(b.r, k.persen, null, '', PESAN_PERIKSA.tidakDapatDihitung(s.pesan));
      else {
        tabel.bandingkan(b.r, k.persen, pasti(s.persen), PESAN_PERIKSA.serapan(s.persen));
        tabel.bandingkan(b.r, k.sisa, pasti(s.sisa), PESAN_PERIKSA.sisa(s.sisa));
      }
    }
    if (pagu !== null && totalPagu)
      tabel.bandingkan(b.r, k.porsi, pasti((pagu / totalPagu) * 100), PESAN_PERIKSA.porsi((pagu / totalPagu) * 100));
  };
  const telusur = (b: Baris) => {
    periksaBaris(b, b.anak);
    b.anak.forEach(telusur);
  };
  [...jumlah.flatMap((j) => j.atas), ...atas].forEach(telusur);
  for (const j of jumlah) periksaBaris(j.baris, j.atas);
  return true;
}

/** The code of a row: its No cell, or a code the label starts with ('3158.AEC.001 Layanan ...'). */
function kodeBaris(no: string, label: string): string | null {
  if (POLA_KODE.test(no)) return no;
  return /^(\d{4}(?:\.[A-Z0-9]{2,4})*)\s/.exec(label)?.[1] ?? null;
}

/** The nearest row whose code is a prefix of this one. */
function indukKode(kode: string, baris: ReadonlyMap<string, Baris>): Baris | undefined {
  const bagian = kode.split('.');
  for (let n = bagian.length - 1; n > 0; n--) {
    const b = baris.get(bagian.slice(0, n).join('.'));
    if (b !== undefined) return b;
  }
  return undefined;
}

/** The sum of rows' figures in one column, each row counted as its own rows add up (printed when it has none). */
function jumlahKolom(tabel: Tabel, baris: readonly Baris[], k: number | undefined): number | null {
  let total: number | null = null;
  for (const b of baris) {
    const v = (b.anak.length > 0 ? jumlahKolom(tabel, b.anak, k) : null) ?? tabel.angka(b.r, k);
    if (v !== null) total = (total ?? 0) + v;
  }
  return total;
}
