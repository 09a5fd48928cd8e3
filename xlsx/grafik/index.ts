// Native charts for the xlsx package: DrawingML parts from a table's chart data, no Node APIs.
export { xmlChart } from './chart-xml';
export { JENIS_ISI, JENIS_REL, NAMA_LEMBAR_ACUAN, opsiGrafik, xmlDrawing } from './paket';
export type { LetakGrafik } from './paket';
export { letakGrafik } from './letak';
