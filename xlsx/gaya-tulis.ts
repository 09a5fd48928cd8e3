// lapkin's cell looks merged into the input's styles.xml: fonts, fills, borders, number formats and
// cell formats are appended, so every existing index (and every existing cell's look) stays.
import type { SelTabel } from '../core/index';
import { GalatBuku } from './galat';
import { PESAN_BUKU } from './pesan';
import { teksXmlPolos } from './teks-xml';

const RATA = { kiri: 'left', tengah: 'center', kanan: 'right' } as const;
const BAWAAN_FORMAT: Readonly<Record<string, number>> = {
  General: 0,
  '0': 1,
  '0.00': 2,
  '#,##0': 3,
  '#,##0.00': 4,
  '0%': 9,
  '0.00%': 10,
  '@': 49,
};

/** One look a cell can take (what the spec sets), wrap decided by the layout. */
export interface Tampilan {
  readonly sel: SelTabel;
  readonly bungkus: boolean;
}

export function kunciTampilan(s: SelTabel, bungkus: boolean): string {
  return `${s.format ?? ''}|${s.isi ?? ''}|${s.warnaHuruf ?? ''}|${s.tebal ? 1 : 0}${s.miring ? 1 : 0}${bungkus ? 1 : 0}${s.garis ? 1 : 0}|${s.rata ?? ''}`;
}

/** Collects looks while sheets are written; `gabungkan` then appends them to styles.xml. */
export class DaftarGaya {
  private readonly nomor = new Map<string, number>();
  private readonly tampilan: Tampilan[] = [];
  private awalXf = 0;

  constructor(private readonly xfAda: number) {
    this.awalXf = xfAda;
  }

  /** The s="" index of a look in the merged styles. */
  indeks(s: SelTabel, bungkus: boolean): number {
    const k = kunciTampilan(s, bungkus);
    let i = this.nomor.get(k);
    if (i === undefined) {
      i = this.awalXf + this.tampilan.length;
      this.tampilan.push({ sel: s, bungkus });
      this.nomor.set(k, i);
    }
    return i;
  }

  get jumlah(): number {
    return this.tampilan.length;
  }

  /** styles.xml with the looks appended. */
  gabungkan(xml: string, berkas: string): string {
    if (this.tampilan.length === 0) return xml;
    if (!/<styleSheet[\s>]/.test(xml) || /<\w+:styleSheet/.test(xml)) throw new GalatBuku(PESAN_BUKU.stylesAsing(berkas));
    const hitung = (bagian: string, anak: string) => {
      const m = new RegExp(`<${bagian}(?:\\s[^>]*)?(?:/>|>([\\s\\S]*?)</${bagian}>)`).exec(xml);
      if (m === null) return -1;
      return (m[1] ?? '').match(new RegExp(`<${anak}[\\s/>]`, 'g'))?.length ?? 0;
    };
    const jumlahFont = hitung('fonts', 'font');
    const jumlahFill = hitung('fills', 'fill');
    const jumlahBorder = hitung('borders', 'border');
    const jumlahXf = hitung('cellXfs', 'xf');
    if (jumlahFont < 1 || jumlahFill < 0 || jumlahBorder < 0 || jumlahXf !== this.xfAda) throw new GalatBuku(PESAN_BUKU.stylesAsing(berkas));
    let idFormat = 164;
    for (const m of xml.matchAll(/<numFmt\s[^>]*numFmtId="(\d+)"/g)) idFormat = Math.max(idFormat, Number(m[1]) + 1);
    const formatBaru = new Map<string, number>();
    const font: string[] = [];
    const fill: string[] = [];
    const border: string[] = [];
    const xf: string[] = [];
    const idFont = new Map<string, number>();
    const idFill = new Map<string, number>();
    // fills 0 and 1 are reserved (none, gray125): an input with fewer gets them first
    const awalFill = Math.max(jumlahFill, 2);
    if (jumlahFill < 2) {
      if (jumlahFill < 1) fill.push('<fill><patternFill patternType="none"/></fill>');
      fill.push('<fill><patternFill patternType="gray125"/></fill>');
    }
    let idBorder = -1;
    for (const { sel: s, bungkus } of this.tampilan) {
      let numFmt = 0;
      if (s.format !== undefined) {
        numFmt = BAWAAN_FORMAT[s.format] ?? formatBaru.get(s.format) ?? idFormat + formatBaru.size;
        if (BAWAAN_FORMAT[s.format] === undefined) formatBaru.set(s.format, numFmt);
      }
      let fontId = 0;
      if (s.tebal || s.miring || s.warnaHuruf !== undefined) {
        const x = `<font>${s.tebal ? '<b/>' : ''}${s.miring ? '<i/>' : ''}<sz val="11"/>${s.warnaHuruf ? `<color rgb="FF${warna(s.warnaHuruf)}"/>` : ''}<name val="Calibri"/><family val="2"/></font>`;
        fontId = idFont.get(x) ?? jumlahFont + font.length;
        if (!idFont.has(x)) {
          idFont.set(x, fontId);
          font.push(x);
        }
      }
      let fillId = 0;
      if (s.isi !== undefined) {
        const x = `<fill><patternFill patternType="solid"><fgColor rgb="FF${warna(s.isi)}"/><bgColor indexed="64"/></patternFill></fill>`;
        fillId = idFill.get(x) ?? awalFill + fill.filter((f) => f.includes('solid')).length;
        if (!idFill.has(x)) {
          idFill.set(x, fillId);
          fill.push(x);
        }
      }
      let borderId = 0;
      if (s.garis) {
        if (idBorder < 0) {
          idBorder = Math.max(jumlahBorder, 1);
          if (jumlahBorder < 1) border.push('<border><left/><right/><top/><bottom/><diagonal/></border>');
          const g = (sisi: string) => `<${sisi} style="thin"><color rgb="FF808080"/></${sisi}>`;
          border.push(`<border>${g('left')}${g('right')}${g('top')}${g('bottom')}<diagonal/></border>`);
        }
        borderId = idBorder;
      }
      const rata = `<alignment${s.rata ? ` horizontal="${RATA[s.rata]}"` : ''} vertical="center"${bungkus ? ' wrapText="1"' : ''}/>`;
      xf.push(
        `<xf numFmtId="${numFmt}" fontId="${fontId}" fillId="${fillId}" borderId="${borderId}" xfId="0"` +
          `${numFmt ? ' applyNumberFormat="1"' : ''}${fontId ? ' applyFont="1"' : ''}${fillId ? ' applyFill="1"' : ''}` +
          `${borderId ? ' applyBorder="1"' : ''} applyAlignment="1">${rata}</xf>`,
      );
    }
    let hasil = xml;
    if (formatBaru.size > 0) {
      const isi = [...formatBaru].map(([kode, id]) => `<numFmt numFmtId="${id}" formatCode="${teksXmlPolos(kode)}"/>`).join('');
      hasil = /<numFmts[\s>]/.test(hasil)
        ? tambahDi(hasil, 'numFmts', isi)
        : hasil.replace(/(<styleSheet[^>]*>)/, (m) => `${m}<numFmts count="${formatBaru.size}">${isi}</numFmts>`);
    }
    hasil = tambahDi(hasil, 'fonts', font.join(''));
    if (jumlahFill < 0) hasil = hasil.replace(/(<\/fonts>|<fonts[^>]*\/>)/, (m) => `${m}<fills count="0"></fills>`);
    hasil = tambahDi(hasil, 'fills', fill.join(''));
    if (jumlahBorder < 0) hasil = hasil.replace(/(<\/fills>|<fills[^>]*\/>)/, (m) => `${m}<borders count="0"></borders>`);
    hasil = tambahDi(hasil, 'borders', border.join(''));
    hasil = tambahDi(hasil, 'cellXfs', xf.join(''));
    return hasil;
  }
}

const warna = (hex: string) => (/^[0-9A-Fa-f]{6}$/.test(hex) ? hex.toUpperCase() : '000000');

/** Appends children to a section and sets its count to the number of children now in it. */
function tambahDi(xml: string, bagian: string, anak: string): string {
  if (anak === '') return xml;
  const pola = new RegExp(`<${bagian}((?:\\s[^>]*?)?)(/>|>([\\s\\S]*?)</${bagian}>)`);
  return xml.replace(pola, (_s, atribut: string, _t, isi: string | undefined) => {
    const semua = (isi ?? '') + anak;
    const tunggal = bagian.slice(0, -1) === 'cellXf' ? 'xf' : bagian.slice(0, -1);
    const n = semua.match(new RegExp(`<${tunggal}[\\s/>]`, 'g'))?.length ?? 0;
    const attr = /\scount="/.test(atribut) ? atribut.replace(/\scount="\d*"/, ` count="${n}"`) : `${atribut} count="${n}"`;
    return `<${bagian}${attr}>${semua}</${bagian}>`;
  });
}

/** The number of cellXfs entries of a styles.xml (0 when it has none). */
export function jumlahXf(xml: string): number {
  const m = /<cellXfs(?:\s[^>]*)?(?:\/>|>([\s\S]*?)<\/cellXfs>)/.exec(xml);
  return m === null ? 0 : ((m[1] ?? '').match(/<xf[\s/>]/g)?.length ?? 0);
}

/** A styles.xml for a package that has none (Excel's defaults). */
export const STYLES_KOSONG =
  '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n' +
  '<styleSheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main">' +
  '<fonts count="1"><font><sz val="11"/><name val="Calibri"/><family val="2"/></font></fonts>' +
  '<fills count="2"><fill><patternFill patternType="none"/></fill><fill><patternFill patternType="gray125"/></fill></fills>' +
  '<borders count="1"><border><left/><right/><top/><bottom/><diagonal/></border></borders>' +
  '<cellStyleXfs count="1"><xf numFmtId="0" fontId="0" fillId="0" borderId="0"/></cellStyleXfs>' +
  '<cellXfs count="1"><xf numFmtId="0" fontId="0" fillId="0" borderId="0" xfId="0"/></cellXfs>' +
  '<cellStyles count="1"><cellStyle name="Normal" xfId="0" builtinId="0"/></cellStyles>' +
  '</styleSheet>';

/**
 * styles.xml with one solid fill appended and, for each cell format index given, a copy of that
 * format with the fill: the map says which new index replaces which. Every existing index stays.
 */
export function tambahIsiXf(
  xml: string,
  warnaIsi: string,
  xfLama: ReadonlySet<number>,
  berkas: string,
): { xml: string; peta: Map<number, number> } {
  const bagianXf = /<cellXfs(?:\s[^>]*)?(?:\/>|>([\s\S]*?)<\/cellXfs>)/.exec(xml);
  const fills = /<fills(?:\s[^>]*)?(?:\/>|>([\s\S]*?)<\/fills>)/.exec(xml);
  if (!/<styleSheet[\s>]/.test(xml) || /<\w+:styleSheet/.test(xml) || bagianXf === null) throw new GalatBuku(PESAN_BUKU.stylesAsing(berkas));
  const xf = [...(bagianXf[1] ?? '').matchAll(/<xf\b[^>]*?(?:\/>|>[\s\S]*?<\/xf>)/g)].map((m) => m[0]);
  const jumlahFill = fills === null ? -1 : ((fills[1] ?? '').match(/<fill[\s/>]/g)?.length ?? 0);
  // fills 0 and 1 are reserved (none, gray125): an input with fewer gets them first
  const fill: string[] = [];
  if (jumlahFill < 1) fill.push('<fill><patternFill patternType="none"/></fill>');
  if (jumlahFill < 2) fill.push('<fill><patternFill patternType="gray125"/></fill>');
  const idFill = Math.max(jumlahFill, 0) + fill.length;
  fill.push(`<fill><patternFill patternType="solid"><fgColor rgb="FF${warna(warnaIsi)}"/><bgColor indexed="64"/></patternFill></fill>`);
  const peta = new Map<number, number>();
  const baru: string[] = [];
  for (const i of [...xfLama].sort((a, b) => a - b)) {
    const asal = xf[i] ?? '<xf numFmtId="0" fontId="0" fillId="0" borderId="0" xfId="0"/>';
    const buka = /^<xf\b[^>]*?(?=\/?>)/.exec(asal)![0];
    const tanpa = buka.replace(/\s(fillId|applyFill)="[^"]*"/g, '');
    baru.push(asal.replace(buka, `${tanpa} fillId="${idFill}" applyFill="1"`));
    peta.set(i, xf.length + baru.length - 1);
  }
  let hasil = xml;
  if (jumlahFill < 0) hasil = hasil.replace(/(<\/fonts>|<fonts[^>]*\/>)/, (m) => `${m}<fills count="0"></fills>`);
  hasil = tambahDi(hasil, 'fills', fill.join(''));
  hasil = tambahDi(hasil, 'cellXfs', baru.join(''));
  return { xml: hasil, peta };
}
