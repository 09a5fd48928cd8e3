// The spreadsheet-function layer both hosts call: ids and parameter order are fixed (they are
// stored in users' workbooks).
export { ANGKA } from './angka';
export { CAPAIAN } from './capaian';
export { EFISIENSI } from './efisiensi';
export { IKM } from './ikm';
export { KRITERIA } from './kriteria';
export { NPS } from './nps';
export { SERAPAN } from './serapan';
export { TARGET_TW } from './target-tw';
export type { HasilFungsi, Keluaran, Masukan, Rentang } from './rentang';

/** The function names, in the order the hosts declare them. */
export const FUNGSI = ['CAPAIAN', 'NPS', 'KRITERIA', 'EFISIENSI', 'SERAPAN', 'TARGET_TW', 'IKM', 'ANGKA'] as const;
export type NamaFungsi = (typeof FUNGSI)[number];
