// Finds paths in a file's text that reach outside the project: the sibling data folder, absolute
// paths of the machine the project was developed on, and relative paths climbing above the root.
// The project is cloned into an empty folder by CI and by users: nothing beside it exists there.

// built from pieces so that this file does not match itself
const SAUDARA = ['..', 'shared'].join('/');
const MESIN = mutlak(`/${'work'}/`);
/** `../` repeated, or `'..'` arguments in a row (path.join(__dirname, '..', '..')). */
const NAIK = /(?<![\w.])((?:\.\.\/)+)|(['"])\.\.\2(?:\s*,\s*(['"])\.\.\3)*/g;

export interface JalurKeluar {
  baris: number;
  teks: string;
  alasan: string;
}

/**
 * The lines of `teks` that name a path outside the project. `kedalaman` is how many folders the
 * file sits below the root (0 for a file at the root); `akarLain` are absolute paths that must not
 * appear (the folder the project sits in).
 */
export function cariJalurKeluar(teks: string, kedalaman: number, akarLain: readonly string[] = []): JalurKeluar[] {
  const hasil: JalurKeluar[] = [];
  teks.split('\n').forEach((isi, i) => {
    const tambah = (alasan: string) => hasil.push({ baris: i + 1, teks: isi.trim().slice(0, 160), alasan });
    if (isi.includes(SAUDARA)) return tambah(`menyebut ${SAUDARA}`);
    if (MESIN.test(isi)) return tambah('jalur mutlak mesin pengembang');
    const lain = akarLain.find((a) => mutlak(a).test(isi));
    if (lain) return tambah(`jalur mutlak ${lain}`);
    for (const m of isi.matchAll(NAIK)) {
      const naik = m[1] ? m[1].length / 3 : (m[0].match(/\.\./g) ?? []).length;
      if (naik > kedalaman) return tambah(`naik ${naik} folder dari kedalaman ${kedalaman}`);
    }
  });
  return hasil;
}

/** An absolute path where it starts a path, not inside a URL or a longer path (https://x.org/work/). */
function mutlak(jalur: string): RegExp {
  return new RegExp(`(?<![\\w.:/-])${jalur.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}`);
}
