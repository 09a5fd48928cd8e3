// The Word chapter "Akuntabilitas Kinerja" from a scored model: per perspective and sasaran a
// heading (Heading 1-3, so Word builds a table of contents from them), the table of its indicators
// with the kriteria in its colour, the sasaran NPS, an analysis paragraph under each indicator
// (core/laporan), the charts as images, the unit summary and the kriteria legend. A4, one table
// style. Browser-safe: no Node APIs; the chart images come from an injected rasteriser (SVG -> PNG).
import { AlignmentType, Document, ImageRun, ImportedXmlComponent, Packer, Paragraph } from 'docx';
import {
  angkaTeks,
  bangunTabel,
  dataGrafik,
  kelompokPerspektif,
  paragrafIndikator,
  paragrafSasaran,
  persenTeks,
  PESAN_LAPORAN,
  rentangPita,
  svgGrafik,
  tingkatUnit,
  UKURAN_SVG,
  warnaPita,
  type Angka,
  type DataGrafik,
  type HasilSkor,
  type Skema,
} from '../core/index';
import { lebarKolom, type KolomPas } from './lebar-kolom';
import { PESAN_DOCX as P } from './pesan';
import { susunBlok, sisipkan, type BlokBab } from './sisip';
import { LEBAR_GAMBAR, LEBAR_RASTER } from './ukuran-gambar';
import { paragrafXml, tabelXml, type SelWml } from './wml';

/** SVG text → PNG bytes at `lebar` pixels wide (e.g. resvg in Node, a canvas in a browser). */
export type Rasteriser = (svg: string, lebar: number) => Uint8Array | Promise<Uint8Array>;

export interface OpsiBab {
  readonly rasteriser?: Rasteriser;
  /** Deflates a .docx whose parts are stored uncompressed (a host with native zlib: the command);
   *  without it the chapter is deflated here, in JavaScript (fflate). */
  readonly padatkan?: (tersimpan: Uint8Array) => Promise<Uint8Array>;
}

/** The chapter's charts in order, each as SVG to draw at LEBAR_RASTER pixels, or null when it has
 *  too many categories to read on A4 (the chapter says so instead). A panel whose pipeline runs in a
 *  worker draws these on its own thread, where a canvas can draw an SVG, and hands the PNGs back. */
export function grafikBab(hasil: HasilSkor): { data: DataGrafik; svg: string | null }[] {
  return bangunTabel(hasil, { tabel: GRAFIK_BAB }).tabel.flatMap((t) => {
    if (t.grafik === undefined) return [];
    const data = dataGrafik(t, t.grafik);
    return [{ data, svg: data.kategori.length > KATEGORI_MAKS ? null : svgGrafik(data) }];
  });
}

/** Charts with more categories than this are left out of the chapter (unreadable on A4). */
const KATEGORI_MAKS = 60;
const GRAFIK_BAB = ['pencapaian-iku', 'pencapaian-sasaran', 'perbandingan-tahun', 'rekap-kriteria'];
/** A4 in twips, 2,5 cm margins; text width ≈ 16 cm ≈ 605 px at 96 dpi. */
const A4 = { lebar: 11906, tinggi: 16838, tepi: 1417 } as const;
const TABEL_GAYA = 'LapkinTabel';
const WARNA_KEPALA = 'D9E1F2';
/** The tables' font size (the table style's w:sz 20). */
const UKURAN_TABEL_PT = 10;

export async function babLaporan(hasil: HasilSkor, opsi: OpsiBab = {}): Promise<Uint8Array> {
  const skema = hasil.opsi.skema;
  // the body as WordprocessingML text, but for the charts' images (sisip.ts)
  const isi: BlokBab[] = [];
  let noTabel = 0;
  let noGambar = 0;
  const judulTabel = (judul: string) => paragrafXml({ gaya: 'Caption', keepNext: true, run: [{ teks: P.tabel(++noTabel, judul) }] });

  isi.push(judul(1, PESAN_LAPORAN.judulBab));
  const tingkat = tingkatUnit(hasil);
  isi.push(
    teksBiasa(
      `${P.pengantar(`${skema.kode} (${skema.nama})`, hasil.indikator.length, hasil.sasaran.length)} ${
        hasil.unit.nps === null ? P.npsUnitKosong : P.npsUnit(persenTeks(hasil.unit.nps), hasil.unit.kriteria, tingkat)
      }`,
    ),
  );

  for (const k of kelompokPerspektif(hasil)) {
    if (k.perspektif) {
      isi.push(judul(2, k.huruf ? `${k.huruf}. ${k.perspektif.nama}` : k.perspektif.nama));
      if (k.perspektif.nps !== null) isi.push(teksBiasa(P.npsPerspektif(persenTeks(k.perspektif.nps), k.perspektif.kriteria)));
    }
    for (const { skor, nomor } of k.sasaran) {
      isi.push(judul(k.perspektif ? 3 : 2, P.sasaran(nomor, skor.sasaran.nama)));
      isi.push(teksBiasa(paragrafSasaran(skor)));
      if (skor.indikator.length === 0) continue;
      isi.push(judulTabel(P.tabelIndikator(nomor)));
      isi.push(
        tabel(
          P.kepalaIndikator,
          skor.indikator.map((s, i) => {
            const ind = s.indikator;
            return [
              sel(ind.no.trim() || String(i + 1), { rata: 'tengah' }),
              sel(ind.nama),
              sel(ind.satuan === '-' ? '' : ind.satuan, { rata: 'tengah' }),
              sel(angka(s.target), { rata: 'kanan' }),
              sel(angka(s.realisasi ?? ind.realisasi), { rata: 'kanan' }),
              sel(s.capaian === null ? '' : persenTeks(s.capaian), { rata: 'kanan' }),
              selKriteria(s.kriteria, skema),
            ];
          }),
          [6, 31, 9, 11, 11, 11, 21],
          kolomKriteria(6, P.kepalaIndikator[6], skema),
        ),
      );
      for (const s of skor.indikator) {
        isi.push(
          paragrafXml({
            sebelum: 120,
            sesudah: 60,
            rata: 'rata',
            run: [
              { teks: P.indikator(s.indikator.no.trim() || '-', s.indikator.nama), tebal: true },
              { teks: ` ${paragrafIndikator(s, hasil.opsi)}` },
            ],
          }),
        );
      }
    }
  }

  if (opsi.rasteriser) {
    const grafik = grafikBab(hasil);
    if (grafik.length > 0) isi.push(judul(2, P.grafik));
    for (const { data, svg } of grafik) {
      if (svg === null) {
        isi.push(teksBiasa(P.grafikTerlaluBanyak(data.judul, data.kategori.length)));
        continue;
      }
      const png = await opsi.rasteriser(svg, LEBAR_RASTER);
      const tinggi = Math.round((LEBAR_GAMBAR * UKURAN_SVG.tinggi) / UKURAN_SVG.lebar);
      isi.push(
        new Paragraph({
          alignment: AlignmentType.CENTER,
          keepNext: true,
          children: [
            new ImageRun({
              type: 'png',
              data: png,
              transformation: { width: LEBAR_GAMBAR, height: tinggi },
              altText: { name: data.judul, description: data.judul, title: data.judul },
            }),
          ],
        }),
        paragrafXml({ gaya: 'Caption', rata: 'tengah', run: [{ teks: P.gambar(++noGambar, data.judul) }] }),
      );
    }
  }

  isi.push(judul(2, P.ringkasan));
  isi.push(judulTabel(P.ringkasan));
  const baris: SelWml[][] = [];
  for (const k of kelompokPerspektif(hasil)) {
    if (k.perspektif) {
      baris.push([
        sel(k.huruf ?? '', { tebal: true, rata: 'tengah' }),
        sel(k.perspektif.nama, { tebal: true }),
        sel(persen(k.perspektif.nps), { tebal: true, rata: 'kanan' }),
        selKriteria(k.perspektif.kriteria, skema),
      ]);
    }
    for (const { skor, nomor } of k.sasaran) {
      baris.push([
        sel(String(nomor), { rata: 'tengah' }),
        sel(skor.sasaran.nama),
        sel(persen(skor.nps), { rata: 'kanan' }),
        selKriteria(skor.kriteria, skema),
      ]);
    }
  }
  baris.push([
    sel('', {}),
    sel(P.npsUnitBaris(tingkat), { tebal: true }),
    sel(persen(hasil.unit.nps), { tebal: true, rata: 'kanan' }),
    selKriteria(hasil.unit.kriteria, skema),
  ]);
  isi.push(tabel(P.kepalaRingkasan, baris, [8, 58, 14, 20], kolomKriteria(3, P.kepalaRingkasan[3], skema)));

  isi.push(judul(2, P.legenda));
  isi.push(judulTabel(P.legenda));
  isi.push(
    tabel(
      P.kepalaLegenda,
      skema.pita.map((p) => [
        selKriteria(p.label, skema),
        sel(rentangPita(p), { rata: 'tengah' }),
        sel(p.efektivitas ?? '', { rata: 'tengah' }),
      ]),
      [40, 30, 30],
      kolomKriteria(0, P.kepalaLegenda[0], skema),
    ),
  );
  isi.push(teksBiasa([P.skema(skema.kode, skema.nama), skema.catatan ?? ''].filter(Boolean).join(' ')));

  const { anak, sisipan } = susunBlok(isi);
  const dok = new Document({
    creator: 'Lapkin',
    title: PESAN_LAPORAN.judulBab,
    styles: {
      default: { document: { run: { font: 'Calibri', size: 22 } } },
      paragraphStyles: [
        ...[32, 28, 24].map((ukuran, i) => ({
          id: `Heading${i + 1}`,
          name: `heading ${i + 1}`,
          basedOn: 'Normal',
          next: 'Normal',
          quickFormat: true,
          run: { font: 'Calibri', bold: true, size: ukuran, color: '1F3864' },
          // the outline level is what a table of contents collects
          paragraph: { keepNext: true, keepLines: true, outlineLevel: i, spacing: { before: i === 0 ? 0 : 240, after: 120 } },
        })),
        {
          id: 'Caption',
          name: 'caption',
          basedOn: 'Normal',
          next: 'Normal',
          quickFormat: true,
          run: { italics: true, size: 20 },
          paragraph: { spacing: { before: 120, after: 60 } },
        },
      ],
      importedStyles: [ImportedXmlComponent.fromXmlString(GAYA_TABEL)],
    },
    sections: [
      {
        properties: {
          page: { size: { width: A4.lebar, height: A4.tinggi }, margin: { top: A4.tepi, bottom: A4.tepi, left: A4.tepi, right: A4.tepi } },
        },
        children: anak,
      },
    ],
  });
  const paket = sisipkan(new Uint8Array(await Packer.toArrayBuffer(dok)), sisipan, opsi.padatkan !== undefined);
  return opsi.padatkan ? opsi.padatkan(paket) : paket;
}

// A Word table style (thin grey grid, header row bold on blue, repeated on each page).
const GAYA_TABEL =
  `<w:style xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main" w:type="table" w:styleId="${TABEL_GAYA}">` +
  '<w:name w:val="Lapkin Tabel"/><w:basedOn w:val="TableNormal"/><w:uiPriority w:val="59"/><w:pPr><w:spacing w:before="0" w:after="0"/></w:pPr>' +
  `<w:rPr><w:sz w:val="${UKURAN_TABEL_PT * 2}"/></w:rPr>` +
  '<w:tblPr><w:tblBorders>' +
  ['top', 'left', 'bottom', 'right', 'insideH', 'insideV']
    .map((s) => `<w:${s} w:val="single" w:sz="4" w:space="0" w:color="808080"/>`)
    .join('') +
  '</w:tblBorders><w:tblCellMar><w:left w:w="80" w:type="dxa"/><w:right w:w="80" w:type="dxa"/></w:tblCellMar></w:tblPr>' +
  `<w:tblStylePr w:type="firstRow"><w:rPr><w:b/></w:rPr><w:tcPr><w:shd w:val="clear" w:color="auto" w:fill="${WARNA_KEPALA}"/></w:tcPr></w:tblStylePr>` +
  '</w:style>';

function judul(tingkat: 1 | 2 | 3, teks: string): string {
  return paragrafXml({ gaya: `Heading${tingkat}`, run: [{ teks }] });
}

function teksBiasa(teks: string): string {
  return paragrafXml({ rata: 'rata', sesudah: 120, run: [{ teks }] });
}

function angka(a: Angka): string {
  return a.jenis === 'angka' ? angkaTeks(a.nilai) : a.jenis === 'kualitatif' ? a.teks : '';
}

function persen(x: number | null): string {
  return x === null ? '' : persenTeks(x);
}

function sel(teks: string, o: Omit<SelWml, 'teks'> = {}): SelWml {
  return { teks, ...o };
}

/** The kriteria in its band's colour (white text on a dark fill), as the tables show it. */
function selKriteria(label: string | null, skema: Skema): SelWml {
  if (!label) return sel('', { rata: 'tengah' });
  const warna = warnaPita(label, skema);
  return sel(label, { rata: 'tengah', ...(warna.isi ? { isi: warna.isi } : {}), ...(warna.warnaHuruf ? { warnaHuruf: warna.warnaHuruf } : {}) });
}

/** The kriteria column holds its scheme's longest label (and its bold header) on one line. */
function kolomKriteria(indeks: number, kepala: string, skema: Skema): KolomPas {
  return { indeks, teks: [{ isi: kepala, tebal: true }, ...skema.pita.map((p) => ({ isi: p.label }))] };
}

/** A table in the chapter's style: header row repeated on each page, widths in percent but for a
 *  column fitted to its text; a fixed layout, so Word keeps the widths as given. */
function tabel(kepala: readonly string[], baris: readonly SelWml[][], persenLebar: readonly number[], pas?: KolomPas): string {
  return tabelXml({
    gaya: TABEL_GAYA,
    lebar: lebarKolom(persenLebar, A4.lebar - 2 * A4.tepi, UKURAN_TABEL_PT, pas),
    kepala: kepala.map((k) => sel(k, { tebal: true, rata: 'tengah', isi: WARNA_KEPALA })),
    baris,
  });
}
