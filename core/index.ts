// The engine's public surface: what dist/core.mjs exports and what every host imports.
export * from './galat';
export type * from './model';
export type * from './tabel/spec';
export { bulat, formatAngka } from './bulat';
export { bacaAngka } from './angka';
export { bacaPolaritas } from './polaritas';
export { hitungCapaian, capaianAngka, type OpsiCapaian, type TanpaAngka } from './capaian';
export { SKEMA_BAWAAN, SKEMA_DEFAULT, WARNA, cariSkema, skemaDariRentang } from './skema';
export { cariPita } from './kriteria';
export { rataTertimbang, rataRata } from './nps';
export { hitungEfisiensi, type Efisiensi } from './efisiensi';
export { hitungSerapan, type Serapan } from './anggaran';
export { targetTriwulan, bacaTriwulan, type Triwulan } from './periode';
export { hitungIkm, jumlahTertimbang } from './ikm';
export { PESAN, NAMA_BULAN } from './pesan';
export * from './fungsi/index';
