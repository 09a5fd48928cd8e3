// Report 000 (Laporan Kinerja Sekretariat Utama BPOM 2019), read at run time: Tabel 5's 17
// indicators parsed from the report's text as a planner's input sheet, with the IKU weights of the
// golden NPS cases and the unrounded realisasi the golden capaian cases give where the print rounds.
import { readFileSync } from 'node:fs';
import path from 'node:path';
import type { Sel } from '../../../core/model';

const SHARED = path.resolve(process.cwd(), '../shared');
export const emas = <T>(nama: string): T => JSON.parse(readFileSync(path.join(SHARED, 'golden', `${nama}.json`), 'utf8')) as T;

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
  const teks = readFileSync(path.join(SHARED, 'laporan', '000_5b4d2c67d64b8efc.txt'), 'utf8');
  const awal = teks.indexOf('**Tabel 5.');
  const akhir = teks.indexOf('1.2. ANALISIS', awal);
  const hasil: BarisTabel5[] = [];
  let perspektif = '';
  let noSasaran = '';
  let sasaran = '';
  for (const baris of teks.slice(awal, akhir).split('\n').slice(1)) {
    const sel = baris.replace(/<[^>]+>/g, '').split('\t').map((s) => s.trim());
    if (sel.length < 8) continue;
    if (sel.slice(1).every((s) => s === '')) {
      perspektif = sel[0];
      continue;
    }
    if (sel[0] === 'SASARAN PROGRAM') continue;
    if (sel[0] !== '') [noSasaran, sasaran] = [sel[0], sel[1]];
    const [, , no, indikator, satuan, target, realisasi, capaian] = sel;
    hasil.push({ perspektif, noSasaran, sasaran, no, indikator, satuan, target, realisasi, capaian });
  }
  return hasil;
}

interface KasusNps { sumber: string; sasaran: string; bobot: number[] }
interface KasusCapaian { target: number; realisasi: number; realisasi_tercetak?: string }

/** The planner's input sheet: Perspektif | Sasaran | No | Indikator Kinerja | Satuan | Bobot | Target | Realisasi. */
export function lembar000(): Sel[][] {
  const bobot = new Map<string, number[]>();
  for (const k of emas<{ kasus: KasusNps[] }>('nps').kasus) {
    const m = /^S(\d+) /.exec(k.sasaran);
    if (k.sumber === '000 Tabel 4' && m) bobot.set(m[1], k.bobot);
  }
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
        bobot.get(b.noSasaran)?.[urutan] ?? 1,
        b.target,
        asli ? asli.realisasi : b.realisasi,
      ];
    }),
  ];
}

/** A table of the report as printed: the lines after its caption up to the next blank-line gap, split at tabs. */
export function tabelTercetak(judul: string): string[][] {
  const teks = readFileSync(path.join(SHARED, 'laporan', '000_5b4d2c67d64b8efc.txt'), 'utf8');
  const awal = teks.indexOf(`**${judul}`);
  const baris = teks.slice(awal).split('\n');
  const mulai = baris.findIndex((b) => b.includes('\t'));
  const akhir = baris.findIndex((b, i) => i > mulai && !b.includes('\t'));
  return baris.slice(mulai, akhir).map((b) => b.replace(/<[^>]+>/g, '').split('\t').map((s) => s.trim()));
}
