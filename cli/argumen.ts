// Command-line parsing: `lapkin <perintah> <berkas> [--opsi nilai] [--bendera]`.
// Each command declares which options it takes and whether they carry a value.
import { GalatCli } from './galat-cli';
import { pesan } from './pesan';
import { milik } from '../core/index';

/** Option name (without '--') → true when it takes a value, false for a flag. */
export type DaftarOpsi = Readonly<Record<string, boolean>>;

export interface Argumen {
  readonly berkas: readonly string[];
  readonly nilai: Readonly<Record<string, string>>;
  readonly bendera: ReadonlySet<string>;
}

export function inginBantuan(argv: readonly string[]): boolean {
  return argv.includes('--help') || argv.includes('-h');
}

export function uraiArgumen(perintah: string, argv: readonly string[], opsi: DaftarOpsi): Argumen {
  const berkas: string[] = [];
  const nilai: Record<string, string> = {};
  const bendera = new Set<string>();
  // one iterator: an option's value is the argument after it
  const urutan = argv[Symbol.iterator]();
  for (const arg of urutan) {
    if (!arg.startsWith('--')) {
      if (arg.startsWith('-') && arg.length > 1) throw new GalatCli(pesan.opsiTakDikenal(perintah, arg));
      berkas.push(arg);
      continue;
    }
    const sama = arg.indexOf('=');
    const nama = arg.slice(2, sama < 0 ? undefined : sama);
    if (milik(opsi, nama) === undefined) throw new GalatCli(pesan.opsiTakDikenal(perintah, arg));
    if (!opsi[nama]) {
      if (sama >= 0) throw new GalatCli(pesan.benderaBernilai(nama));
      bendera.add(nama);
      continue;
    }
    const isi = sama >= 0 ? arg.slice(sama + 1) : urutan.next().value;
    if (isi === undefined || isi === '' || (sama < 0 && isi.startsWith('--'))) {
      throw new GalatCli(pesan.opsiTanpaNilai(nama));
    }
    nilai[nama] = isi;
  }
  return { berkas, nilai, bendera };
}

/** The one input file a command works on. */
export function satuBerkas(perintah: string, arg: Argumen): string {
  const [berkas] = arg.berkas;
  if (berkas === undefined) throw new GalatCli(pesan.berkasTidakDisebut(perintah));
  if (arg.berkas.length > 1) throw new GalatCli(pesan.berkasTerlaluBanyak(perintah, arg.berkas));
  return berkas;
}
