// The spreadsheet functions as Sheets calls them. Core answers with values; Sheets shows a thrown
// Error as #ERROR! with its message, but a returned range has no per-cell error, so there a Galat
// becomes the text "#GALAT: <pesan>": the one bad row says why and its neighbours still compute.
import { isGalat } from '../core/index';

const AWALAN_GALAT = '#GALAT: ';

export function untukSheets<A extends unknown[]>(f: (...args: A) => unknown): (...args: A) => unknown {
  return (...args) => {
    const hasil = f(...args);
    if (Array.isArray(hasil)) return hasil.map((baris: unknown[]) => baris.map(sel));
    if (isGalat(hasil)) throw new Error(hasil.pesan);
    return hasil ?? '';
  };
}

function sel(x: unknown): unknown {
  return isGalat(x) ? AWALAN_GALAT + x.pesan : (x ?? '');
}
