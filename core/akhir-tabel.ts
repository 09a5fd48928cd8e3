// Where an indicator table ends. Below it planners put notes ("Catatan: ...", "Sumber: ..."), a
// signature block ("Mengetahui", "Kepala ...", "NIP ...") or a second table (a budget table with
// its own Target/Realisasi/Capaian header, "Tabel 3.2 ..."). Note rows typed in the table itself
// ("*) data sementara") are not indicators either. An indicator without figures ("Program ...",
// unit "kegiatan") never ends the table: only column words of figures make another table's header.
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
  const [pertama] = teks;
  if (pertama === undefined) return null;
  if (!adaAngka && (PENUTUP.test(pertama) || JUDUL_TABEL.test(pertama))) return 'akhir';
  if (CATATAN.test(pertama)) return 'catatan';
  if (!adaAngka && !kepalaSendiri(baris, kepala) && kepalaTabelLain(baris, kepala)) return 'akhir';
  return null;
}

/** Our own free-text columns: a note there ('Target Juni belum ada', 'Realisasi belum ada') is a sentence, not a column word. */
const KOLOM_TEKS = /^(keterangan|ket|catatan|analisis|penjelasan)\b/;
/** Words that head a column of figures in a budget or indicator table. */
const KATA_ANGKA = /^(pagu|alokasi|serapan|penyerapan|sisa)\b/;
const KATA_KENAL = /^(target|realisasi|capaian|pagu|anggaran)/;

/**
 * A header row of another table: two or more short cells naming columns of figures (Target,
 * Realisasi, Capaian, Pagu, Serapan ...), no figure, not our own header repeated. Only what a table
 * of figures is made of counts: an indicator's name or unit ('Program ...', 'kegiatan', 'Uraian',
 * 'Volume') never does, nor a note in our own free-text columns.
 */
function kepalaTabelLain(baris: readonly Sel[], kepala: readonly Sel[]): boolean {
  const judul = judulNormal(kepala);
  let kata = 0;
  for (const [j, s] of baris.entries()) {
    if (KOLOM_TEKS.test(judul[j] ?? '')) continue;
    const t = normalJudul(s);
    if (t === '' || t.length > 40 || t.split(' ').length > 4) continue;
    if (KATA_ANGKA.test(t) || (kenaliJudul(s) !== null && KATA_KENAL.test(t))) kata++;
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
