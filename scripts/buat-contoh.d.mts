// Types of scripts/buat-contoh.mjs for the tests and the bench that import it.
import type { Workbook } from 'exceljs';

export function buatBukuContoh(opsi?: { jumlahIndikator?: number }): Workbook;
