import { describe, expect, it } from 'vitest';
import { bacaLembar } from '../baca';
import { skorModel, opsiBawaan } from '../../../core/skor';
import { bangunTabel } from '../../../core/tabel';
import { POLARITAS, PERSPEKTIF_BAKU, bangunTemplat } from '../../../core/tabel/templat';
import { nilaiTabel } from './contoh';

const BULAN = ['Jan', 'Feb', 'Mar', 'Apr', 'Mei', 'Jun', 'Jul', 'Ags', 'Sep', 'Okt', 'Nov', 'Des'];
const KEPALA = [
  'Perspektif',
  'Sasaran',
  'No',
  'Indikator Kinerja',
  'Satuan',
  'IKU',
  'Bobot',
  'Polaritas',
  'Target',
  'Realisasi',
  ...BULAN,
  'Pagu',
  'Realisasi Anggaran',
];

describe('bangunTemplat', () => {
  const t = bangunTemplat();
  const nilai = nilaiTabel(t.sel);

  it('has the header the reader recognises, frozen under the title, with notes on what to type', () => {
    expect(t.namaLembar).toBe('Indikator');
    expect(nilai[1]).toEqual(KEPALA);
    expect(t.barisBeku).toBe(2);
    expect(t.sel[1]![7]!.catatan).toMatch(/^positif: makin tinggi makin baik/);
    expect(t.sel[1]![10]!.catatan).toMatch(/kumulatif/);
  });

  it('reads back through bacaLembar without problems: every column mapped, the examples as written', () => {
    const { model, masalah } = bacaLembar(nilai);
    expect(masalah).toEqual([]);
    expect(model!.barisHeader).toBe(2);
    const peran = model!.peta.peran;
    expect(Object.keys(peran).sort()).toEqual(
      [
        'perspektif',
        'sasaran',
        'no',
        'indikator',
        'satuan',
        'iku',
        'bobot',
        'polaritas',
        'target',
        'realisasi',
        ...BULAN.map((_, i) => `bulan${i + 1}`),
        'pagu',
        'realisasiAnggaran',
      ].sort(),
    );
    expect(model!.perspektif.map((p) => [p.nama, p.sasaran.length])).toEqual([
      [PERSPEKTIF_BAKU[0], 1],
      [PERSPEKTIF_BAKU[2], 2],
      [PERSPEKTIF_BAKU[3], 1],
    ]);
    const ind = model!.indikator;
    expect(ind).toHaveLength(6);
    expect(ind.map((i) => [i.iku, i.bobot, i.polaritas])).toEqual(nilai.slice(2, 8).map((b) => [b[5] === 'Ya', b[6], b[7]]));
    expect(ind.some((i) => i.polaritas === 'negatif')).toBe(true);
    expect(ind[0]!.targetBulanan!.map((a) => a.jenis)).toEqual([...Array(11).fill('kosong'), 'angka']);
    expect(ind.every((i) => i.pagu?.jenis === 'angka' && i.realisasiAnggaran?.jenis === 'angka')).toBe(true);
  });

  it('groups perspective and sasaran with merged cells, dropdowns on every input row', () => {
    expect(t.gabung).toContainEqual({ baris: 4, kolom: 0, barisAkhir: 6, kolomAkhir: 0 });
    expect(t.gabung).toContainEqual({ baris: 4, kolom: 1, barisAkhir: 5, kolomAkhir: 1 });
    const badan = t.sel.slice(2);
    expect(badan.length).toBeGreaterThan(30);
    for (const b of badan) {
      expect(b[0]!.daftar).toEqual(PERSPEKTIF_BAKU);
      expect(b[5]!.daftar).toEqual(['Ya', 'Tidak']);
      expect(b[7]!.daftar).toEqual(POLARITAS);
      // a unit's own perspective names are allowed; IKU and Polaritas take only their values
      expect([b[0]!.daftarKetat ?? false, b[5]!.daftarKetat, b[7]!.daftarKetat]).toEqual([false, true, true]);
      expect(b[22]!.format).toBe('#,##0');
    }
  });

  it('the examples score and fill the standard tables', () => {
    const { model } = bacaLembar(nilai);
    const { tabel, dilewati } = bangunTabel(skorModel(model!, { ...opsiBawaan(model!), periode: 'TW3' }));
    expect(dilewati.map((d) => d.id)).toEqual(['perbandingan-tahun']);
    expect(tabel).toHaveLength(9);
  });
});
