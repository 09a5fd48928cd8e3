// Efisiensi: IE = % capaian output / % capaian input (budget realisation); SE = 1; TE = (IE−SE)/SE.
import { galat, type Galat } from './galat';
import { cariPita } from './kriteria';
import { PESAN } from './pesan';
import { SKEMA_BAWAAN } from './skema';

export interface Efisiensi {
  readonly IE: number;
  readonly SE: 1;
  readonly TE: number;
  /** 'Efisien' or 'Tidak Efisien', from the Efisiensi scheme on IE as shown. */
  readonly kategori: string;
}

const SE = 1;

export function hitungEfisiensi(capaianOutput: number, capaianInput: number): Efisiensi | Galat {
  // nothing spent yet: the report prints #DIV/0! here; we say why instead
  if (capaianInput === 0) return galat('na', PESAN.inputNol);
  const IE = capaianOutput / capaianInput;
  if (!Number.isFinite(IE)) return galat('na', PESAN.hasilTakHingga);
  const pita = cariPita(IE, SKEMA_BAWAAN.Efisiensi);
  return { IE, SE, TE: (IE - SE) / SE, kategori: pita ? pita.label : '' };
}
