// The pipeline as the panel sees it (ui/mesin.ts), over a small in-memory Host: what crosses to the
// panel (and, in the web page, out of the worker) is a summary that agrees with the full read, and
// the host's notes on what it wrote reach the panel.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { bacaRentang, type RentangBaca, type Sel, type TabelSpec, type Temuan } from '../../core/index';
import { deteksi } from '../../ui/alur';
import type { Host } from '../../ui/host';
import { mesinLokal, ringkasLembar } from '../../ui/mesin';

const JUDUL = ['Perspektif', 'Sasaran', 'No', 'Indikator Kinerja', 'Satuan', 'Bobot', 'Target', 'Realisasi'];

function hostMemori(lembar: Record<string, Sel[][]>, catatanTulis: string[] = []) {
  const ditulis: TabelSpec[][] = [];
  const ditandai: Temuan[][] = [];
  const host: Host = {
    nama: 'fake',
    daftarLembar: async () => Object.keys(lembar),
    lembarAktif: async () => Object.keys(lembar)[0]!,
    bacaLembar: async (nama): Promise<RentangBaca> => ({ lembar: nama, nilai: lembar[nama]!, barisAwal: 1, kolomAwal: 1 }),
    bacaRentang: async () => {
      throw new Error('tidak dipakai');
    },
    async tulisTabel(tabel) {
      ditulis.push([...tabel]);
      return { lembar: tabel.map((t) => t.namaLembar), pemberitahuan: catatanTulis };
    },
    async tandaiTemuan(temuan) {
      ditandai.push([...temuan]);
    },
    pilihSel: async () => {},
  };
  return { host, ditulis, ditandai };
}

const indikator = (n: number, realisasi: (i: number) => Sel): Sel[][] => [
  JUDUL,
  ...Array.from({ length: n }, (_, i) => [
    i === 0 ? 'Customer Perspective' : '',
    i % 3 === 0 ? `Sasaran ${i / 3 + 1}` : '',
    i + 1,
    `Indikator ${i + 1}`,
    '%',
    1,
    80,
    realisasi(i),
  ]),
];

describe('mesinLokal', () => {
  it('detects, fills and audits through the host, handing the panel summaries and the host’s notes', async () => {
    const { host, ditulis } = hostMemori({ IKU: indikator(4, (i) => (i === 3 ? '-' : 60 + 10 * i)) }, ['Lembar "X" sel A1: catatan penulis.']);
    const mesin = mesinLokal(host);
    const d = await mesin.deteksi('IKU');
    expect(d).toMatchObject({ lembar: 'IKU', kolomAwal: 1, judul: JUDUL, model: { barisHeader: 1, indikator: 4, sasaran: 2, perspektif: 1 } });
    const langkah: string[] = [];
    const h = await mesin.isiTabel(
      d,
      { skema: { kode: 'KEPKA-128-2022' }, tingkat: 'sasaran', periode: 'tahunan' },
      ['pencapaian-iku', 'rekap-kriteria'],
      (t) => langkah.push(t),
    );
    expect(h.lembar).toEqual(['Pencapaian IKU', 'Rekap Kriteria']);
    expect(ditulis.map((t) => t.map((x) => x.id))).toEqual([['pencapaian-iku', 'rekap-kriteria']]);
    expect(h.pemberitahuan).toEqual(['Lembar "X" sel A1: catatan penulis.']);
    expect(h.tanpaAngka).toEqual([{ sel: 'D5', baris: 5, nama: 'Indikator 4', keterangan: expect.any(String) }]);
    // the three with a figure are in a band
    expect(h.rekap.reduce((n, p) => n + p.indikator, 0)).toBe(3);
    expect(langkah).toEqual(['Menghitung capaian dan NPS, menyusun tabel…', 'Menulis tabel 1 dari 2…', 'Selesai.']);
  });

  it('reads the sheet again with the planner’s mapping, the columns not detected again', async () => {
    const { host } = hostMemori({ IKU: indikator(3, (i) => 70 + i) });
    const mesin = mesinLokal(host);
    const d = await mesin.deteksi('IKU');
    // Target from the Bobot column: every capaian changes, the count of indicators does not
    const dipetakan = await mesin.deteksi('IKU', { ...d.peta!, peran: { ...d.peta!.peran, target: 5 } });
    expect(dipetakan.peta?.peran.target).toBe(5);
    expect(dipetakan.model?.indikator).toBe(3);
    const h = await mesin.isiTabel(dipetakan, { skema: { kode: 'KEPKA-128-2022' }, tingkat: 'indikator', periode: 'tahunan' }, [
      'pencapaian-iku',
    ]);
    // realisasi 70 against a target of 1: far above 100 %
    expect(h.unit.nps).toBeGreaterThan(1000);
  });

  it('audits a sheet and names the scheme it used', async () => {
    const { host, ditandai } = hostMemori({ IKU: indikator(2, () => 90) });
    const h = await mesinLokal(host).periksa('IKU', { kode: 'BPOM-2019' });
    expect(h.skema).toBe('BPOM-2019');
    expect(ditandai).toHaveLength(1);
  });

  it('says which sheet has no indicator table, in the reader’s words', async () => {
    const { host } = hostMemori({ Catatan: [['hanya teks'], ['tanpa tabel']] });
    const d = await mesinLokal(host).deteksi('Catatan');
    expect(d.model).toBeNull();
    expect(d.tanpaModel).toBe(
      'Baris judul tabel indikator tidak ditemukan: perlu kolom "Indikator Kinerja" dan kolom "Target", "Realisasi" atau bulan',
    );
  });

  it('ringkasLembar: for any indicator sheet, the summary agrees with the full read', async () => {
    const realisasi: fc.Arbitrary<Sel> = fc.oneof(fc.integer({ min: 0, max: 200 }), fc.constantFrom('-', '', 'Akhir Tahun', 'abc'));
    await fc.assert(
      fc.asyncProperty(fc.array(realisasi, { minLength: 1, maxLength: 40 }), async (r) => {
        const { host } = hostMemori({ IKU: indikator(r.length, (i) => r[i]) });
        const penuh = await deteksi(host, 'IKU');
        const s = ringkasLembar(penuh);
        const model = penuh.hasil.model!;
        expect(s.model).toMatchObject({ indikator: model.indikator.length, sasaran: model.sasaran.length, perspektif: model.perspektif.length });
        expect(s.judul).toEqual(JUDUL);
        expect(s.masalah).toEqual(bacaRentang(penuh.rentang).masalah);
        // and through a fill: every indicator is either in a band or listed without a figure
        const h = await mesinLokal(host).isiTabel(s, { skema: { kode: 'KEPKA-128-2022' }, tingkat: 'sasaran', periode: 'tahunan' }, []);
        expect(h.rekap.reduce((n, p) => n + p.indikator, 0) + h.tanpaAngka.length).toBe(model.indikator.length);
      }),
      { numRuns: 60 },
    );
  });
});
