// The golden audit cases (golden/periksa.json) laid out as filled tables at run time:
// case 1 and 3 as a sasaran list (Perspektif / Sasaran | NPS | Kriteria), case 2 as an indicator
// matrix (Sasaran | Indikator Kinerja | Capaian (%) | NPS | Kriteria Sasaran).
import { alamatSel } from '../../../core/kolom';
import type { Sel } from '../../../core/model';
import { emas } from '../golden/emas';

export interface KasusPeriksa {
  sumber: string;
  skema?: string;
  indikator_sasaran_1?: number[];
  baris: { label: string; nps: number; kriteria?: string; anggota?: number[] }[];
  temuan: { label: string; kolom: 'nps' | 'kriteria'; tercetak: number | string; seharusnya: number | string }[];
}

export interface LembarEmas {
  readonly kasus: KasusPeriksa;
  readonly nama: string;
  readonly skema: string;
  readonly nilai: Sel[][];
  /** The A1 address of a labelled row's NPS or kriteria cell, given where the table starts. */
  sel(label: string, kolom: 'nps' | 'kriteria', barisAwal?: number, kolomAwal?: number): string;
}

export function lembarEmas(): LembarEmas[] {
  return emas<{ kasus: KasusPeriksa[] }>('periksa').kasus.map((kasus, i) => {
    const baris = new Map<string, number>();
    let nilai: Sel[][];
    let kolom: Record<'nps' | 'kriteria', number>;
    if (kasus.indikator_sasaran_1) {
      const [s] = kasus.baris;
      nilai = [
        ['Sasaran', 'Indikator Kinerja', 'Capaian (%)', 'NPS', 'Kriteria Sasaran'],
        ...kasus.indikator_sasaran_1.map((c, j) =>
          j === 0 ? [s!.label, 'Indikator 1', c, s!.nps, s!.kriteria ?? null] : [null, `Indikator ${j + 1}`, c, null, null],
        ),
      ];
      baris.set(s!.label, 1);
      kolom = { nps: 3, kriteria: 4 };
    } else {
      nilai = [['Perspektif / Sasaran', 'NPS', 'Kriteria']];
      for (const b of kasus.baris) {
        baris.set(b.label, nilai.length);
        nilai.push([b.label, b.nps, b.kriteria ?? null]);
        (b.anggota ?? []).forEach((a, j) => nilai.push([`Sasaran ${j + 1}`, a, null]));
      }
      kolom = { nps: 1, kriteria: 2 };
    }
    return {
      kasus,
      nama: `Kasus ${i + 1}`,
      skema: kasus.skema ?? 'BPOM-2019',
      nilai,
      sel: (label, k, barisAwal = 1, kolomAwal = 1) => alamatSel(barisAwal + (baris.get(label) ?? NaN), kolomAwal - 1 + kolom[k]),
    };
  });
}
