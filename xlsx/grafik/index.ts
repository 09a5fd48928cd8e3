// Native charts for the xlsx package: DrawingML parts from a table's chart data, no Node APIs.
export { xmlChart } from './chart-xml';
export { bagianGrafik, sisipkanDrawing, tambahJenisIsi, tambahRelasi, JENIS_ISI, JENIS_REL } from './paket';
export type { BagianGrafik, LetakGrafik, OpsiBagian } from './paket';
export { letakGrafik } from './letak';
