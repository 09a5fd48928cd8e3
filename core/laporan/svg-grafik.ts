// A table chart as an SVG drawing (pure text, no DOM), for the report chapter's images: the same
// data as the workbook's native chart (dataGrafik), bars in the kriteria colours, the reference
// line dashed red, values on the bars while they stay legible, numbers in Indonesian format.
import type { DataGrafik } from '../tabel/grafik';
import { WARNA_GRAFIK } from '../tabel/grafik';
import { formatAngka } from '../bulat';
import { bungkusLabel } from './bungkus-label';
import { lebarTeksPx } from './lebar-teks';

export const UKURAN_SVG = { lebar: 960, tinggi: 480 } as const;

const HURUF = 'Carlito, Calibri, Arial, sans-serif';
const KIRI = 70;
const KANAN = 20;
const ATAS = 50;
const BAWAH = 95;
/** Category labels: font size, line height, most lines, the gap between two labels, and the most
 *  a label's longest word may ask for before it is cut rather than fewer labels shown. */
const LABEL = { ukuran: 11, jarak: 13, barisMaks: 3, sela: 3, kataMaks: 120 } as const;
/** Labels are measured in Carlito; a browser that has neither Carlito nor Calibri draws Arial, about
 *  a tenth wider, so each label keeps that much to spare. */
const CADANGAN = 1.15;
const lebarLabel = (s: string) => lebarTeksPx(s, LABEL.ukuran) * CADANGAN;

export function svgGrafik(data: DataGrafik): string {
  const { lebar, tinggi } = UKURAN_SVG;
  const n = data.kategori.length;
  const semua = data.seri.flatMap((s) => s.nilai.filter((v): v is number => v !== null));
  const maks = Math.max(0, data.garisAcuan ?? 0, ...semua);
  const min = Math.min(0, ...semua);
  const langkah = langkahSumbu(maks - min);
  const atasSumbu = Math.ceil(maks / langkah) * langkah || langkah;
  const bawahSumbu = Math.floor(min / langkah) * langkah;
  const plotL = lebar - KIRI - KANAN;
  const lebarKat = plotL / Math.max(1, n);
  // category labels wrap to whole words in their room (every k-th label when a longest word needs
  // more than one category's width); the plot gives up the height of the extra lines
  const kataTerlebar = Math.max(0, ...data.kategori.flatMap((k) => k.split(/\s+/).map(lebarLabel)));
  const tiap = Math.max(1, Math.ceil((Math.min(kataTerlebar, LABEL.kataMaks) + LABEL.sela) / lebarKat));
  const ruang = tiap * lebarKat - LABEL.sela;
  const labelKat = data.kategori.map((k, i) => (i % tiap === 0 ? bungkusLabel(k, ruang / CADANGAN, LABEL.ukuran, LABEL.barisMaks) : []));
  const tambahan = (Math.max(1, ...labelKat.map((b) => b.length)) - 1) * LABEL.jarak;
  const plotT = tinggi - ATAS - BAWAH - tambahan;
  const y = (v: number) => ATAS + plotT * (1 - (v - bawahSumbu) / (atasSumbu - bawahSumbu));
  const lebarBatang = (lebarKat * 0.7) / Math.max(1, data.seri.length);
  const bulat = semua.every((v) => Number.isInteger(v));
  const label = n * data.seri.length <= 40;
  const bagian: string[] = [];
  const labelNilai: string[] = [];
  bagian.push(`<rect width="${lebar}" height="${tinggi}" fill="#FFFFFF"/>`);
  bagian.push(teks(lebar / 2, 28, data.judul, { ukuran: 18, tebal: true, tengah: true }));
  for (let v = bawahSumbu; v <= atasSumbu + langkah / 2; v += langkah) {
    bagian.push(`<line x1="${KIRI}" y1="${f(y(v))}" x2="${lebar - KANAN}" y2="${f(y(v))}" stroke="#D9D9D9" stroke-width="1"/>`);
    bagian.push(teks(KIRI - 6, y(v) + 4, formatAngka(v, 0), { ukuran: 11, kanan: true }));
  }
  data.seri.forEach((s, j) => {
    s.nilai.forEach((v, i) => {
      if (v === null) return;
      const x = KIRI + i * lebarKat + lebarKat * 0.15 + j * lebarBatang;
      const [atasB, tinggiB] = v >= 0 ? [y(v), y(0) - y(v)] : [y(0), y(v) - y(0)];
      if (tinggiB > 0)
        bagian.push(
          `<rect x="${f(x)}" y="${f(atasB)}" width="${f(lebarBatang)}" height="${f(tinggiB)}" fill="#${s.warnaTitik[i] ?? s.warna}"/>`,
        );
      if (label) labelNilai.push(teks(x + lebarBatang / 2, atasB - 4, formatAngka(v, bulat ? 0 : 2), { ukuran: 10, tengah: true, halo: true }));
    });
  });
  bagian.push(`<line x1="${KIRI}" y1="${f(y(0))}" x2="${lebar - KANAN}" y2="${f(y(0))}" stroke="#595959" stroke-width="1"/>`);
  if (data.garisAcuan !== null) {
    const ya = f(y(data.garisAcuan));
    bagian.push(
      `<line x1="${KIRI}" y1="${ya}" x2="${lebar - KANAN}" y2="${ya}" stroke="#${WARNA_GRAFIK.acuan}" stroke-width="2" stroke-dasharray="8 5"/>`,
    );
  }
  // values over the line, with a white halo so the dashed line never crosses a figure
  bagian.push(...labelNilai);
  labelKat.forEach((baris, i) => {
    if (baris.length === 0) return;
    // centred under its bar, kept inside the drawing
    const setengah = Math.max(...baris.map(lebarLabel)) / 2;
    const x = Math.min(Math.max(KIRI + (i + 0.5) * lebarKat, setengah + 2), lebar - setengah - 2);
    bagian.push(teks(x, y(bawahSumbu) + 16, baris, { ukuran: LABEL.ukuran, tengah: true }));
  });
  if (data.judulKategori)
    bagian.push(teks(KIRI + plotL / 2, tinggi - BAWAH + 38, data.judulKategori, { ukuran: 12, tebal: true, tengah: true }));
  if (data.judulNilai)
    bagian.push(
      `<g transform="translate(18 ${f(ATAS + plotT / 2)}) rotate(-90)">${teks(0, 0, data.judulNilai, { ukuran: 12, tebal: true, tengah: true })}</g>`,
    );
  // legend: the series when there are several; a single series in kriteria colours lists each
  // kriteria it shows with its colour (unless the categories are the kriteria themselves); the line
  const satu = data.seri.length === 1 ? data.seri[0] : null;
  const kriteria = new Map<string, string>();
  if (satu && satu.labelTitik.some((l, i) => l !== null && l !== data.kategori[i]))
    satu.labelTitik.forEach((l, i) => {
      const w = satu.warnaTitik[i];
      if (l !== null && w != null && !kriteria.has(l)) kriteria.set(l, w);
    });
  const kunci = [
    ...(data.seri.length > 1 ? data.seri.map((s) => ({ nama: s.nama, warna: s.warna, garis: false })) : []),
    ...[...kriteria].map(([nama, warna]) => ({ nama, warna, garis: false })),
    ...(data.garisAcuan !== null ? [{ nama: `Target ${formatAngka(data.garisAcuan, 0)} %`, warna: WARNA_GRAFIK.acuan, garis: true }] : []),
  ];
  // one row while it fits, else two (what a third row would hold is left out)
  const lebarKunci = (k: { nama: string }) => 30 + k.nama.length * 7;
  let sekarang: typeof kunci = [];
  const baris: (typeof kunci)[] = [sekarang];
  let terisi = 0;
  for (const k of kunci) {
    if (terisi + lebarKunci(k) > lebar - 40 && sekarang.length > 0) {
      if (baris.length === 2) break;
      sekarang = [];
      baris.push(sekarang);
      terisi = 0;
    }
    sekarang.push(k);
    terisi += lebarKunci(k);
  }
  baris.forEach((isiBaris, r) => {
    let xk = lebar / 2 - isiBaris.reduce((a, k) => a + lebarKunci(k), 0) / 2;
    const yk = tinggi - (baris.length === 1 ? 22 : 34 - r * 18);
    for (const k of isiBaris) {
      bagian.push(
        k.garis
          ? `<line x1="${f(xk)}" y1="${yk - 4}" x2="${f(xk + 20)}" y2="${yk - 4}" stroke="#${k.warna}" stroke-width="2" stroke-dasharray="6 4"/>`
          : `<rect x="${f(xk)}" y="${yk - 10}" width="14" height="12" fill="#${k.warna}"/>`,
      );
      bagian.push(teks(xk + 24, yk, k.nama, { ukuran: 12 }));
      xk += lebarKunci(k);
    }
  });
  return `<svg xmlns="http://www.w3.org/2000/svg" width="${lebar}" height="${tinggi}" viewBox="0 0 ${lebar} ${tinggi}">${bagian.join('')}</svg>`;
}

/** 1, 2, 2.5 or 5 times a power of ten, giving about five gridlines. */
function langkahSumbu(rentang: number): number {
  if (!(rentang > 0) || !Number.isFinite(rentang)) return 1;
  const kasar = rentang / 5;
  const pangkat = 10 ** Math.floor(Math.log10(kasar));
  const m = [1, 2, 2.5, 5, 10].find((x) => x * pangkat >= kasar)!;
  return m * pangkat;
}

const f = (x: number) => (Math.round(x * 10) / 10).toString();

const ENTITAS: Readonly<Record<string, string>> = { '<': '&lt;', '>': '&gt;', '&': '&amp;', '"': '&quot;' };

/** A text at (x, y); several lines go one under another (LABEL.jarak apart), each as a tspan. */
function teks(
  x: number,
  y: number,
  isi: string | readonly string[],
  o: { ukuran: number; tebal?: boolean; tengah?: boolean; kanan?: boolean; halo?: boolean },
): string {
  const anchor = o.tengah ? ' text-anchor="middle"' : o.kanan ? ' text-anchor="end"' : '';
  const isiXml =
    typeof isi === 'string' || isi.length === 1
      ? aman(typeof isi === 'string' ? isi : isi[0]!)
      : isi.map((b, i) => `<tspan x="${f(x)}" dy="${i === 0 ? 0 : LABEL.jarak}">${aman(b)}</tspan>`).join('');
  return `<text x="${f(x)}" y="${f(y)}" font-family="${HURUF}" font-size="${o.ukuran}"${o.tebal ? ' font-weight="bold"' : ''}${anchor}${o.halo ? ' stroke="#FFFFFF" stroke-width="3" paint-order="stroke"' : ''} fill="#262626">${isiXml}</text>`;
}

function aman(isi: string): string {
  // eslint-disable-next-line no-control-regex
  return isi.replace(/[\u0000-\u0008\u000b\u000c\u000e-\u001f\ufffe\uffff]/g, '').replace(/[<>&"]/g, (c) => ENTITAS[c] ?? c);
}
