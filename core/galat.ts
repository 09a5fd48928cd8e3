// Errors are values in core (never thrown): a bad cell gives a Galat, its neighbours still compute.
// The hosts turn a Galat into their own error at the edge (Excel: CustomFunctions.Error; Sheets: throw).

/** Which host error a Galat becomes: 'nilai' → #VALUE!, 'na' → #N/A (both carry the message). */
export type KodeGalat = 'nilai' | 'na';

export interface Galat {
  readonly galat: true;
  readonly kode: KodeGalat;
  /** One Indonesian sentence naming the text or cell at fault. */
  readonly pesan: string;
}

export function galat(kode: KodeGalat, pesan: string): Galat {
  return { galat: true, kode, pesan };
}

export function isGalat(x: unknown): x is Galat {
  return typeof x === 'object' && x !== null && (x as Galat).galat === true;
}
