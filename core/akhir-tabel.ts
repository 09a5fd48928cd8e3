// Where an indicator table ends. Below it planners put notes ("Catatan: ...", "Sumber: ..."), a
// signature block ("Mengetahui", "Kepala ...", "NIP ...") or a second table (a budget table with
// its own Target/Realisasi/Capaian header, "Tabel 3.2 ..."). Note rows typed in the table itself
// ("*) data sementara") are not indicators either.
import { kenaliJudul, normalJudul } from './kolom';
import type { Sel } from './model';
import { teksSel } from './baris-ringkasan';

/** A note line: skipped, the table goes on. */
const CATATAN = /^(\*+\)?|\(\*+\)|ket\s*[:.]|catatan\s*[:.]?|note\s*:|nb\s*[:.])/i;
/** A notes heading or a signature block: the table has ended. */
const PENUTUP =
  /^(catatan|keterangan|sumber(\s+data)?|ket)\s*:?$|^(catatan|keterangan|sumber(\s+data)?)\s*:\s*$|^(mengetahui|menyetujui|disetujui|diketahui|disahkan|ditetapkan|nip\.?\b)|^[A-Z][a-z]+(\s[A-Z][a-z]+)?,\s*\d{1,2}\s+[A-Za-z]+\s+(19|20)\d\d$/i;
/** A table's title ("Tabel 3.2 Realisasi Anggaran", "Table 4"). */
const JUDUL_TABEL = /^(tabel|table|lampiran)\s+[\dIVX]+/i;

export type BarisAkhir = 'catatan' | 'akhir' | null;

/**
 * Whether a row (after the header) is a note line, the end of the table, or neither.
 * kepala: the table's own header row (repeated after a page break it is not an end).
 */
export function akhirTabel(baris: readonly Sel[], adaAngka: boolean, kepala: readonly Sel[]): BarisAkhir {
  const teks = baris.map(teksSel).filter((t) => t !== '');
  if (teks.length === 0) return null;
  const pertama = teks[0];
  if (!adaAngka && (PENUTUP.test(pertama) || JUDUL_TABEL.test(pertama))) return 'akhir';
  if (CATATAN.test(pertama)) return 'catatan';
  if (!adaAngka && !kepalaSendiri(baris, kepala) && kepalaTabelLain(baris, kepala)) return 'akhir';
  return null;
}

/** Our own free-text columns: a note there ('Target Juni belum ada', 'Realisasi belum ada') is a sentence, not a column word. */
const KOLOM_TEKS = /^(keterangan|ket|catatan|analisis|penjelasan)\b/;

/** A header row of another table: two or more column words and no figure, not our own header repeated. */
function kepalaTabelLain(baris: readonly Sel[], kepala: readonly Sel[]): boolean {
  const judul = judulNormal(kepala);
  let kata = 0;
  for (const [j, s] of baris.entries()) {
    if (KOLOM_TEKS.test(judul[j] ?? '')) continue;
    const t = normalJudul(s);
    if (t === '' || t.length > 40) continue;
    if (
      /^(uraian|program|kegiatan|output|keluaran|pagu|alokasi|serapan|sisa|satuan|volume)\b/.test(t) ||
      (/^(target|realisasi|capaian|pagu|anggaran)/.test(t) && kenaliJudul(s) !== null)
    )
      kata++;
  }
  return kata >= 2;
}

/** The table's own header repeated (after a page break): the same texts in the same columns. */
export function kepalaSendiri(baris: readonly Sel[], kepala: readonly Sel[]): boolean {
  const judul = judulNormal(kepala);
  let sama = 0;
  for (let j = 0; j < baris.length; j++) {
    const t = normalJudul(baris[j]);
    if (t === '') continue;
    if (t !== (judul[j] ?? '')) return false;
    sama++;
  }
  return sama >= 2;
}

// a header row is compared with every row below it: its texts are normalised once
const JUDUL_NORMAL = new WeakMap<readonly Sel[], readonly string[]>();
function judulNormal(kepala: readonly Sel[]): readonly string[] {
  let judul = JUDUL_NORMAL.get(kepala);
  if (judul === undefined) JUDUL_NORMAL.set(kepala, (judul = Array.from(kepala, normalJudul)));
  return judul;
}
