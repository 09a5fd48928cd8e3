// Report 000's Tabel 4 and 5 rebuilt from its 17 indicators: every sasaran NPS, the three
// perspectives and the unit's 106,37 with BPOM-2019 labels (the report's own label for 111,13 and
// for the unit are the two it got wrong: the golden audit cases give the right ones).
import { describe, expect, it } from 'vitest';
import { bacaAngka } from '../../../core/angka';
import { bacaLembar } from '../baca';
import { bulat } from '../../../core/bulat';
import { periksaLembar } from '../../../core/periksa';
import { SKEMA_BAWAAN } from '../../../core/skema';
import { skorModel } from '../../../core/skor';
import { bangunTabel } from '../../../core/tabel';
import { kolomBerjudul, nilaiTabel } from './contoh';
import { emas } from '../golden/emas';
import { lembar000, tabel5 } from './laporan-000';

interface KasusPeriksa {
  sumber: string;
  baris: { label: string; nps: number; kriteria?: string }[];
  temuan: { label: string; kolom: string; seharusnya: number | string }[];
}

const skema = SKEMA_BAWAAN['BPOM-2019'];
const { model, masalah } = bacaLembar(lembar000());
const hasil = skorModel(model!, { skema, tingkat: 'perspektif', periode: 'tahunan' });
const { tabel } = bangunTabel(hasil, { tabel: ['pencapaian-sasaran', 'pencapaian-iku'] });
const [iku, sasaran] = tabel;
const tabel4 = emas<{ kasus: KasusPeriksa[] }>('periksa').kasus.find((k) => k.sumber.startsWith('000 Tabel 4'))!;

describe('report 000 rebuilt', () => {
  it('reads the 17 indicators in 12 sasaran and 3 perspectives without problems', () => {
    expect(masalah).toEqual([]);
    expect(model!.indikator).toHaveLength(17);
    expect(model!.sasaran).toHaveLength(12);
    expect(model!.perspektif.map((p) => p.nama)).toEqual([
      'Customer Perspective',
      'Internal Process Perspective',
      'Learning and Growth Perspective',
    ]);
  });

  it('Tabel 4: every sasaran NPS, the perspectives and the unit with BPOM-2019 labels', () => {
    const badan = nilaiTabel(sasaran!.sel).slice(2);
    expect(badan).toHaveLength(tabel4.baris.length);
    tabel4.baris.forEach((b, i) => {
      const [no, nama, nps, kriteria] = badan[i]!;
      const benar = tabel4.temuan.find((t) => t.label === b.label && t.kolom === 'kriteria')?.seharusnya ?? b.kriteria;
      if (i === badan.length - 1) expect(String(no).toLowerCase()).toContain(b.label.toLowerCase());
      else if (typeof no === 'string') expect(`${no}. ${nama}`).toBe(b.label);
      else expect(`S${no}`).toBe(b.label);
      expect([bulat(nps as number, 2), kriteria]).toEqual([b.nps, benar]);
    });
    expect(bulat(hasil.unit.nps!, 2)).toBe(tabel4.baris.at(-1)!.nps);
  });

  it("Tabel 5: each indicator's capaian as the report prints it", () => {
    const kolom = kolomBerjudul(iku!, 'Capaian (%)');
    const dicetak = tabel5().map((b) => (bacaAngka(b.capaian) as { nilai: number }).nilai);
    const dibangun = iku!.sel.filter((b) => typeof b[2]!.nilai === 'number').map((b) => bulat(b[kolom]!.nilai as number, 2));
    expect(dibangun).toEqual(dicetak);
  });

  it('the built tables pass their own audit', () => {
    for (const t of tabel) expect(periksaLembar(t.namaLembar, nilaiTabel(t.sel), { skema })).toEqual({ temuan: [], masalah: [] });
  });

  it('the printed Tabel 5 passes the audit although its realisasi 86,05 is rounded (the report computed from 37/43)', () => {
    const teks = tabel5();
    const matriks = [
      ['SASARAN PROGRAM', '', 'INDIKATOR KINERJA', '', 'SATUAN', 'TARGET', 'REALISASI', 'CAPAIAN (%)'],
      ...teks.map((b, i) => [
        i > 0 && teks[i - 1]!.noSasaran === b.noSasaran ? '' : b.noSasaran,
        i > 0 && teks[i - 1]!.noSasaran === b.noSasaran ? '' : b.sasaran,
        b.no,
        b.indikator,
        b.satuan,
        b.target,
        b.realisasi,
        b.capaian,
      ]),
    ];
    expect(periksaLembar('Tabel 5', matriks, { skema })).toEqual({ temuan: [], masalah: [] });
  });
});
