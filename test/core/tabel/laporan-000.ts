// Report 000 (Laporan Kinerja Sekretariat Utama BPOM 2019): Tabel 5's 17 indicators as printed
// (test/fixtures/laporan-000) turned into a planner's input sheet, with the IKU weights of the
// golden NPS cases and the unrounded realisasi the golden capaian cases give where the print rounds.
import { readFileSync } from 'node:fs';
import path from 'node:path';
import type { Sel } from '../../../core/model';
import { emas } from '../golden/emas';

const DIR = path.resolve(__dirname, '../../fixtures/laporan-000');
const baca = <T>(nama: string): T => JSON.parse(readFileSync(path.join(DIR, `${nama}.json`), 'utf8')) as T;

export interface BarisTabel5 {
  perspektif: string;
  noSasaran: string;
  sasaran: string;
  no: string;
  indikator: string;
  satuan: string;
  target: string;
  realisasi: string;
  capaian: string;
}

/** Tabel 5 as printed: one entry per indicator, the sasaran (merged in print) repeated. */
export function tabel5(): BarisTabel5[] {
  return baca<BarisTabel5[]>('tabel-5');
}

interface KasusNps {
  sumber: string;
  sasaran: string;
  bobot: number[];
}
interface KasusCapaian {
  target: number;
  realisasi: number;
  realisasi_tercetak?: string;
}

/** Weights by sasaran number from the golden NPS cases of report 000 (IKU weight 2); else 1. */
export function bobotSasaran(): Map<number, number[]> {
  const peta = new Map<number, number[]>();
  for (const k of emas<{ kasus: KasusNps[] }>('nps').kasus) {
    const m = /^S(\d+) /.exec(k.sasaran);
    if (k.sumber === '000 Tabel 4' && m) peta.set(Number(m[1]), k.bobot);
  }
  return peta;
}

/** The planner's input sheet: Perspektif | Sasaran | No | Indikator Kinerja | Satuan | Bobot | Target | Realisasi. */
export function lembar000(): Sel[][] {
  const bobot = bobotSasaran();
  const tak = emas<{ kasus: KasusCapaian[] }>('capaian').kasus.filter((k) => k.realisasi_tercetak);
  const baris = tabel5();
  return [
    ['Perspektif', 'Sasaran', 'No', 'Indikator Kinerja', 'Satuan', 'Bobot', 'Target', 'Realisasi'],
    ...baris.map((b, i): Sel[] => {
      const urutan = baris.slice(0, i).filter((x) => x.noSasaran === b.noSasaran).length;
      const asli = tak.find((k) => k.realisasi_tercetak === b.realisasi && String(k.target) === b.target);
      return [
        b.perspektif,
        urutan === 0 ? b.sasaran : null,
        Number(b.no),
        b.indikator,
        b.satuan,
        bobot.get(Number(b.noSasaran))?.[urutan] ?? 1,
        b.target,
        asli ? asli.realisasi : b.realisasi,
      ];
    }),
  ];
}

/** Tabel 19 or 20 of the report as printed, its cells as text (header row first). */
export function tabelTercetak(nomor: 19 | 20): string[][] {
  return baca<string[][]>(`tabel-${nomor}`);
}
