// The scoring options a command line asks for: --skema, --periode, --tingkat; the core's pipeline
// fills what is not asked from the model read.
import { isGalat, skemaPilihan, type OpsiSkor, type Periode, type Skema, type Tingkat } from '../core/index';
import type { Argumen } from './argumen';
import { GalatCli } from './galat-cli';
import { pesan } from './pesan';

const PERIODE: readonly Periode[] = ['tahunan', 'TW1', 'TW2', 'TW3', 'TW4'];
const TINGKAT: readonly Tingkat[] = ['perspektif', 'sasaran', 'indikator'];

/** Checks the options before any file is read, so a typo fails fast. */
export function skemaDiminta(arg: Argumen): Skema | undefined {
  const kode = arg.nilai.skema;
  if (kode === undefined) return undefined;
  const skema = skemaPilihan(kode);
  if (isGalat(skema)) throw new GalatCli(skema.pesan);
  return skema;
}

/** Called before any file is read, so a typo fails fast. */
export function opsiDiminta(arg: Argumen): Partial<OpsiSkor> {
  const skema = skemaDiminta(arg);
  const periode = periodeDiminta(arg);
  const tingkat = tingkatDiminta(arg);
  return { ...(skema && { skema }), ...(periode && { periode }), ...(tingkat && { tingkat }) };
}

function periodeDiminta(arg: Argumen): Periode | undefined {
  const v = arg.nilai.periode;
  if (v === undefined) return undefined;
  const p = PERIODE.find((x) => x.toLowerCase() === v.trim().toLowerCase());
  if (p === undefined) throw new GalatCli(pesan.periodeTakDikenal(v));
  return p;
}

function tingkatDiminta(arg: Argumen): Tingkat | undefined {
  const v = arg.nilai.tingkat;
  if (v === undefined) return undefined;
  const t = TINGKAT.find((x) => x === v.trim().toLowerCase());
  if (t === undefined) throw new GalatCli(pesan.tingkatTakDikenal(v));
  return t;
}
