// The report chapter's text: analysis paragraphs from the scored model, numbers in Indonesian format.
export { paragrafIndikator, paragrafSasaran } from './paragraf';
export { angkaTeks, nilaiTeks, persenTeks } from './angka-teks';
export { PESAN_LAPORAN } from './pesan';
export { svgGrafik, UKURAN_SVG } from './svg-grafik';
export { lebarTeksPx, lebarTeksTwip } from './lebar-teks';
export { bungkusLabel } from './bungkus-label';
