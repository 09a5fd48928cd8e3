// --tabel a,b,c: which tables to fill; an unknown id stops the command before any file is read.
import { DAFTAR_TABEL, PESAN_TABEL } from '../core/index';
import type { Argumen } from './argumen';
import { GalatCli } from './galat-cli';

export function daftarTabel(arg: Argumen): string[] | undefined {
  const v = arg.nilai.tabel;
  if (v === undefined) return undefined;
  const id = v
    .split(',')
    .map((s) => s.trim().toLowerCase())
    .filter((s) => s !== '');
  const salah = id.find((x) => !Object.hasOwn(DAFTAR_TABEL, x));
  if (salah !== undefined) throw new GalatCli(PESAN_TABEL.tidakDikenal(salah, Object.keys(DAFTAR_TABEL)));
  return id;
}
