// The scoring options a command line asks for: --skema, --periode, --tingkat over the core's
// defaults for the model read.
import { isGalat } from '../core/galat';
import type { ModelLapkin, OpsiSkor, Periode, Skema, Tingkat } from '../core/model';
import { cariSkema } from '../core/skema';
import { opsiBawaan } from '../core/skor';
import type { Argumen } from './argumen';
import { GalatCli } from './galat-cli';
import { pesan } from './pesan';

const PERIODE: readonly Periode[] = ['tahunan', 'TW1', 'TW2', 'TW3', 'TW4'];
const TINGKAT: readonly Tingkat[] = ['perspektif', 'sasaran', 'indikator'];

/** Checks the options before any file is read, so a typo fails fast. */
export function skemaDiminta(arg: Argumen): Skema | undefined {
  const kode = arg.nilai.skema;
  if (kode === undefined) return undefined;
  const skema = cariSkema(kode);
  if (isGalat(skema)) throw new GalatCli(skema.pesan);
  return skema;
}

export function periksaOpsiSkor(arg: Argumen): void {
  skemaDiminta(arg);
  periodeDiminta(arg);
  tingkatDiminta(arg);
}

export function opsiSkor(model: ModelLapkin, arg: Argumen): OpsiSkor {
  const bawaan = opsiBawaan(model);
  return {
    ...bawaan,
    skema: skemaDiminta(arg) ?? bawaan.skema,
    periode: periodeDiminta(arg) ?? bawaan.periode,
    tingkat: tingkatDiminta(arg) ?? bawaan.tingkat,
  };
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
