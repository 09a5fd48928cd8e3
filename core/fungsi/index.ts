// The spreadsheet-function layer both hosts call, and each function's declaration (METADATA beside
// its body): ids and parameter order are fixed (they are stored in users' workbooks).
import { METADATA as angka } from './angka';
import { METADATA as capaian } from './capaian';
import { METADATA as efisiensi } from './efisiensi';
import { METADATA as ikm } from './ikm';
import { METADATA as kriteria } from './kriteria';
import { METADATA as nps } from './nps';
import { METADATA as serapan } from './serapan';
import { METADATA as targetTw } from './target-tw';

export { ANGKA } from './angka';
export { CAPAIAN } from './capaian';
export { EFISIENSI } from './efisiensi';
export { IKM } from './ikm';
export { KRITERIA } from './kriteria';
export { NPS } from './nps';
export { SERAPAN } from './serapan';
export { TARGET_TW } from './target-tw';
export type { HasilFungsi, Keluaran, Masukan, Rentang } from './rentang';
export type { Dimensi, JenisNilai, MetaFungsi, ParameterFungsi } from './meta';

/** Every function's declaration, in the order the hosts list them. */
export const METADATA_FUNGSI = [capaian, nps, kriteria, efisiensi, serapan, targetTw, ikm, angka] as const;

export type NamaFungsi = (typeof METADATA_FUNGSI)[number]['id'];

/** The function names, in the order the hosts declare them. */
export const FUNGSI: readonly NamaFungsi[] = METADATA_FUNGSI.map((m) => m.id);
