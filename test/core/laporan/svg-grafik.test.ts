// The chapter's charts as SVG: every category label whole (its words wrapped under its bar rather
// than cut, "Tidak Dapat Disimpulkan" was cut to "Tidak Dapat Disimp…"), inside the drawing, and
// never over its neighbour.
import fc from 'fast-check';
import { SaxesParser } from 'saxes';
import { describe, expect, it } from 'vitest';
import { bangunTabel, dataGrafik, lebarTeksPx, SKEMA_BAWAAN, skorModel, svgGrafik, UKURAN_SVG, type DataGrafik } from '../../../core/index';
import { modelAcak } from '../tabel/acak';

interface Label {
  x: number;
  baris: string[];
}

/** The category labels under the axis (11 px, centred), each with its lines. */
function labelKategori(svg: string): Label[] {
  const label: Label[] = [];
  let sekarang: Label | null = null;
  let bagian: string | null = null;
  const p = new SaxesParser();
  p.on('opentag', (t) => {
    if (t.name === 'text' && t.attributes['font-size'] === '11' && t.attributes['text-anchor'] === 'middle')
      label.push((sekarang = { x: Number(t.attributes.x), baris: [] }));
    if (sekarang && t.name === 'tspan') bagian = '';
  });
  p.on('text', (s) => {
    if (!sekarang) return;
    if (bagian !== null) bagian += s;
    else sekarang.baris.push(s);
  });
  p.on('closetag', (t) => {
    if (t.name === 'tspan' && sekarang && bagian !== null) {
      sekarang.baris.push(bagian);
      bagian = null;
    }
    if (t.name === 'text') sekarang = null;
  });
  p.write(svg).close();
  return label;
}

/** Labels inside the drawing and apart from each other, in Carlito (the font the command draws with). */
function periksaTempat(label: readonly Label[]): void {
  const tepi = label.map((l) => {
    const setengah = Math.max(...l.baris.map((b) => lebarTeksPx(b, 11))) / 2;
    return [l.x - setengah, l.x + setengah] as const;
  });
  for (const [kiri, kanan] of tepi) {
    expect(kiri).toBeGreaterThanOrEqual(0);
    expect(kanan).toBeLessThanOrEqual(UKURAN_SVG.lebar);
  }
  for (let i = 1; i < tepi.length; i++) expect(tepi[i]![0]).toBeGreaterThanOrEqual(tepi[i - 1]![1]);
}

const rekapKriteria = (kode: keyof typeof SKEMA_BAWAAN): DataGrafik => {
  const model = fc.sample(modelAcak(), { numRuns: 1, seed: 7 })[0]!.model;
  const hasil = skorModel(model, { skema: SKEMA_BAWAAN[kode], tingkat: 'sasaran', periode: 'tahunan' });
  const t = bangunTabel(hasil, { tabel: ['rekap-kriteria'] }).tabel[0]!;
  return dataGrafik(t, t.grafik!);
};

describe('svgGrafik category labels', () => {
  it('shows "Tidak Dapat Disimpulkan" whole in BPOM-2019\'s kriteria chart, wrapped under its bar', () => {
    const data = rekapKriteria('BPOM-2019');
    expect(data.kategori).toContain('Tidak Dapat Disimpulkan');
    const label = labelKategori(svgGrafik(data));
    expect(label.map((l) => l.baris.join(' '))).toEqual(data.kategori);
    expect(label.find((l) => l.baris.join(' ') === 'Tidak Dapat Disimpulkan')!.baris).toEqual(['Tidak Dapat', 'Disimpulkan']);
    periksaTempat(label);
  });

  it("every built-in scheme's kriteria chart names each kriteria in full, inside the chart", () => {
    for (const kode of Object.keys(SKEMA_BAWAAN) as (keyof typeof SKEMA_BAWAAN)[]) {
      const data = rekapKriteria(kode);
      const label = labelKategori(svgGrafik(data));
      expect(
        label.map((l) => l.baris.join(' ')),
        kode,
      ).toEqual(data.kategori);
      expect(label.join('')).not.toContain('…');
      periksaTempat(label);
    }
  });

  it('any categories (1 to 60): labels inside the chart and apart, each whole unless cut with "…", at most 3 lines', () => {
    const kata = fc.stringMatching(/^[A-Za-z0-9().-]{1,12}$/);
    fc.assert(
      fc.property(
        fc.array(
          fc.array(kata, { minLength: 1, maxLength: 6 }).map((k) => k.join(' ')),
          { minLength: 1, maxLength: 60 },
        ),
        (kategori) => {
          const data: DataGrafik = {
            judul: 'Uji',
            judulKategori: 'Kategori',
            judulNilai: 'Nilai',
            baris: kategori.map((_, i) => i),
            kolomLabel: 0,
            kategori,
            seri: [
              {
                nama: 'Nilai',
                kolom: 1,
                nilai: kategori.map((_, i) => i * 7),
                warna: '4472C4',
                warnaTitik: kategori.map(() => null),
                labelTitik: kategori.map(() => null),
              },
            ],
            garisAcuan: 100,
          };
          const label = labelKategori(svgGrafik(data));
          expect(label.length).toBeGreaterThan(0);
          periksaTempat(label);
          for (const l of label) {
            expect(l.baris.length).toBeLessThanOrEqual(3);
            const teks = l.baris.join(' ');
            if (!teks.includes('…')) expect(kategori).toContain(teks);
          }
        },
      ),
      { numRuns: 60 },
    );
  });
});
