// Properties over arbitrary models: building never throws and never writes NaN, Infinity or an
// error text; every spec is well formed; the tables Lapkin builds pass Lapkin's own audit.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { periksaLembar } from '../../../core/periksa';
import { skorModel } from '../../../core/skor';
import { DAFTAR_TABEL, bangunTabel } from '../../../core/tabel';
import type { TabelSpec } from '../../../core/tabel/spec';
import { modelAcak } from './acak';
import { nilaiTabel } from './contoh';

const GALAT = /^#(DIV\/0!|VALUE!|REF!|NAME\?|N\/A|NUM!|NULL!)|NaN|Infinity|undefined|\[object/;

/** What is wrong with a spec's shape or values ('' when nothing): one message, checked once per table. */
function salahBentuk(t: TabelSpec): string {
  const lebar = t.lebarKolom.length;
  if (t.namaLembar.length > 31 || /[[\]:*?/\\]/.test(t.namaLembar)) return `nama lembar ${t.namaLembar}`;
  if (t.sel[0]![0]!.nilai !== t.judul || t.barisBeku > t.sel.length) return 'judul atau baris beku';
  for (const [b, baris] of t.sel.entries()) {
    if (baris.length !== lebar) return `baris ${b} selebar ${baris.length}, bukan ${lebar}`;
    for (const s of baris) {
      const v = s.nilai;
      const sah = v === null || (typeof v === 'number' ? Number.isFinite(v) : typeof v === 'string' && !GALAT.test(v));
      if (!sah || 'rumus' in s) return `baris ${b}: nilai ${String(v)}`;
    }
  }
  if (t.lebarKolom.some((w) => w < 5 || w > 45)) return `lebar ${t.lebarKolom.join(',')}`;
  const tertutup = new Set<string>();
  for (const g of t.gabung) {
    const sah = g.baris <= g.barisAkhir && g.kolom <= g.kolomAkhir && g.barisAkhir < t.sel.length && g.kolomAkhir < lebar;
    if (!sah || (g.barisAkhir === g.baris && g.kolomAkhir === g.kolom)) return `gabung ${JSON.stringify(g)}`;
    for (let b = g.baris; b <= g.barisAkhir; b++) {
      for (let k = g.kolom; k <= g.kolomAkhir; k++) {
        if (tertutup.has(`${b},${k}`)) return `gabung bertumpuk di ${b},${k}`;
        tertutup.add(`${b},${k}`);
        if ((b !== g.baris || k !== g.kolom) && t.sel[b]![k]!.nilai !== null) return `sel tertutup ${b},${k} berisi`;
      }
    }
  }
  if (t.grafik && (t.grafik.barisAwal < t.barisBeku || t.grafik.barisAkhir >= t.sel.length)) return 'grafik';
  return '';
}

describe('bangunTabel over arbitrary models', () => {
  it('never throws; every table well formed, finite, free of error texts; skipped ones say why', () => {
    fc.assert(
      fc.property(modelAcak(), ({ model, opsi }) => {
        const { tabel, dilewati } = bangunTabel(skorModel(model, opsi));
        expect([...tabel.map((t) => t.id), ...dilewati.map((d) => d.id)].sort()).toEqual(Object.keys(DAFTAR_TABEL).sort());
        for (const d of dilewati) expect(d.alasan).toMatch(/^(Lembar|Periode)/);
        expect(tabel.map((t) => [t.id, salahBentuk(t)])).toEqual(tabel.map((t) => [t.id, '']));
      }),
      { numRuns: 300 },
    );
  });

  it('its own capaian, sasaran, quarterly, budget and efisiensi tables pass the audit', () => {
    fc.assert(
      fc.property(modelAcak({ dapatDiperiksa: true }), ({ model, opsi }) => {
        const hasil = skorModel(model, opsi);
        const diperiksa = ['pencapaian-iku', 'pencapaian-sasaran', 'capaian-triwulan', 'realisasi-anggaran', 'efisiensi'];
        for (const t of bangunTabel(hasil, { tabel: diperiksa }).tabel) {
          expect(periksaLembar(t.namaLembar, nilaiTabel(t.sel), { skema: opsi.skema }).temuan).toEqual([]);
        }
      }),
      { numRuns: 300 },
    );
  });
});
