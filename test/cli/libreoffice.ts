// LibreOffice headless for tests that look at what a planner would see: a file converted to PDF,
// its pages' text (pdftotext) and a page's pixels (pdftoppm as PPM, read here without an image library).
import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import path from 'node:path';

/** Converts an .xlsx or .docx to PDF in `folder` (own profile, Indonesian locale); returns its path. */
export function kePdf(berkas: string, folder: string): string {
  const env = { ...process.env, LANG: 'id_ID.UTF-8', LC_ALL: 'id_ID.UTF-8' };
  execFileSync(
    'soffice',
    [`-env:UserInstallation=file://${path.join(folder, 'profil-lo')}`, '--headless', '--convert-to', 'pdf', '--outdir', folder, berkas],
    { env, stdio: 'ignore', timeout: 240_000 },
  );
  return path.join(folder, `${path.parse(berkas).name}.pdf`);
}

/** The text of every page (index 0 = page 1), in one pdftotext run. */
export function teksHalaman(pdf: string): string[] {
  const teks = execFileSync('pdftotext', ['-layout', pdf, '-'], { encoding: 'utf8', maxBuffer: 64 * 1024 * 1024 });
  return teks.split('\f').slice(0, -1);
}

export interface Gambar {
  readonly lebar: number;
  readonly tinggi: number;
  /** RGB, 3 bytes per pixel, row-major. */
  readonly piksel: Buffer;
}

/** One page as pixels at `dpi`. */
export function pikselHalaman(pdf: string, halaman: number, dpi = 50): Gambar {
  const awalan = path.join(path.dirname(pdf), `hal-${halaman}`);
  execFileSync('pdftoppm', ['-r', String(dpi), '-f', String(halaman), '-l', String(halaman), '-singlefile', pdf, awalan]);
  const data = readFileSync(`${awalan}.ppm`);
  // P6 <lebar> <tinggi> <maks>\n then the bytes
  const kepala = /^P6\s+(\d+)\s+(\d+)\s+(\d+)\s/.exec(data.subarray(0, 50).toString('latin1'))!;
  return { lebar: Number(kepala[1]), tinggi: Number(kepala[2]), piksel: data.subarray(kepala[0].length) };
}

/** Pixels within `toleransi` per channel of a 6-digit hex colour. */
export function hitungWarna(g: Gambar, hex: string, toleransi = 6): number {
  const [r, gr, b] = [0, 2, 4].map((i) => parseInt(hex.slice(i, i + 2), 16));
  let n = 0;
  for (let i = 0; i + 2 < g.piksel.length; i += 3) {
    if (
      Math.abs(g.piksel[i]! - r!) <= toleransi &&
      Math.abs(g.piksel[i + 1]! - gr!) <= toleransi &&
      Math.abs(g.piksel[i + 2]! - b!) <= toleransi
    )
      n++;
  }
  return n;
}
