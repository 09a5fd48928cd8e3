// The LAPKIN.* functions of Excel at run time. Their declarations (ids, descriptions, parameters)
// live beside each function in core/fungsi (METADATA); the build turns those into functions.json.
// Here each core function is registered under its id, its arguments handed over as Excel passes them
// (2D arrays for matrix parameters, so one call scores a whole column) and a core error value
// turned into Excel's error with its Indonesian message.
import * as F from '../core/index';
import { isGalat, METADATA_FUNGSI, type Galat, type MetaFungsi, type NamaFungsi } from '../core/index';

type Hasil = number | string | Galat;

function keSel(h: Hasil): number | string | CustomFunctions.Error {
  if (!isGalat(h)) return h;
  const kode = h.kode === 'na' ? CustomFunctions.ErrorCode.notAvailable : CustomFunctions.ErrorCode.invalidValue;
  return new CustomFunctions.Error(kode, h.pesan);
}

/** Excel shows a returned array as it is and a 1×1 array as a single cell. */
function keExcel(h: Hasil | Hasil[][]): unknown[][] {
  return Array.isArray(h) ? h.map((baris) => baris.map(keSel)) : [[keSel(h)]];
}

/** The function Excel calls for one declaration: a matrix result always as a 2D array. */
function untukExcel(m: MetaFungsi): (...argumen: unknown[]) => unknown {
  const f = F[m.id as NamaFungsi] as (...argumen: unknown[]) => Hasil | Hasil[][];
  return m.hasil.dimensi === 'matrix' ? (...a) => keExcel(f(...a)) : (...a) => keSel(f(...a) as Hasil);
}

// The task pane page loads this too; outside Excel's runtime there is nothing to register with.
if (typeof CustomFunctions !== 'undefined') {
  for (const m of METADATA_FUNGSI) CustomFunctions.associate(m.id, untukExcel(m));
}
