// Writing by adding: the output is the input package with every part kept byte for byte (charts,
// pivots, images, comments, validations, conditional formats, names, VBA), plus lapkin's sheets,
// its looks appended to styles.xml, and workbook.xml, its relationships and [Content_Types].xml
// updated. Each lapkin sheet is marked by a hidden sheet-local name `_lapkin`, so a rerun removes
// lapkin's own sheets (and only those) before adding the new ones.
import type { TabelSpec } from '../core/index';
import { alamatBagian, bacaRelasi, bagianBukuDari, relsDari } from './baca';
import { DaftarGaya, jumlahXf, STYLES_KOSONG } from './gaya-tulis';
import { GalatBuku } from './galat';
import { NS_REL, tulisLembarTabel } from './lembar-tabel';
import {
  bacaTeksBagian,
  bukaPaket,
  gabungPotongan,
  padatkan,
  potonganUlangPaket,
  type BagianTulis,
  type BagianPadat,
  type Paket,
} from './paket';
import { PESAN_BUKU } from './pesan';
import { teksXmlPolos } from './teks-xml';

/** The name marking a sheet as lapkin's own (sheet-local, hidden). */
export const PENANDA = '_lapkin';

export const CT = {
  lembar: 'application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml',
  komentar: 'application/vnd.openxmlformats-officedocument.spreadsheetml.comments+xml',
  vml: 'application/vnd.openxmlformats-officedocument.vmlDrawing',
  styles: 'application/vnd.openxmlformats-officedocument.spreadsheetml.styles+xml',
} as const;
export const REL = {
  lembar: `${NS_REL}/worksheet`,
  komentar: `${NS_REL}/comments`,
  vml: `${NS_REL}/vmlDrawing`,
  styles: `${NS_REL}/styles`,
  drawing: `${NS_REL}/drawing`,
  calcChain: `${NS_REL}/calcChain`,
} as const;

/** An extra part for a table sheet (a drawing and its chart, ...), made by the caller. */
export interface BagianTambahan {
  /** Path inside the package, e.g. 'xl/drawings/lapkin-drawing1.xml'; must be unused (see LembarBaru.pathBebas). */
  readonly path: string;
  /** Text in pieces is deflated as the pieces are made (a chart of 100,000 points never sits whole in memory). */
  readonly isi: string | Uint8Array | Iterable<string>;
  readonly contentType: string;
  /** Type of the relationship pointing at this part. */
  readonly relType: string;
  /** The part that points at it: the table sheet when absent, else another extra part's path. */
  readonly dari?: string;
  /** Id of that relationship (the caller's XML refers to it); generated when absent. */
  readonly rId?: string;
}

export interface LembarBaru {
  /** Index into the table list. */
  readonly indeks: number;
  readonly spec: TabelSpec;
  /** The sheet's name in the workbook and its part path. */
  readonly nama: string;
  readonly bagian: string;
  /** The names the sheets of OpsiIsiBuku.lembarTersembunyi got, in their order. */
  readonly namaTersembunyi: readonly string[];
  /** A part path `${dasar}N${akhiran}` that neither the kept input parts nor lapkin's new parts use. */
  pathBebas(dasar: string, akhiran: string): string;
}

export interface OpsiIsiBuku {
  /**
   * Extra parts per table sheet. A part related from the sheet with a drawing relType becomes the
   * sheet's <drawing>; its own parts (charts) name it in `dari`.
   */
  readonly bagianTambahan?: (lembar: LembarBaru) => readonly BagianTambahan[];
  /**
   * Sheets added after the tables, very hidden and marked as lapkin's own like them (a rerun
   * replaces them too): cells the extra parts read, e.g. a chart's 100 % line.
   */
  readonly lembarTersembunyi?: readonly TabelSpec[];
  /** Told after each table sheet is written, with how many are (a host's progress bar). */
  readonly kemajuan?: (ditulis: number) => void;
  /**
   * How lapkin's sheets and their chart parts are deflated: fflate's deflate by default; the
   * command passes Node's zlib, the page the browser's own. It may answer later: the writer waits
   * for each part before it makes the next, so one part's text at a time is in memory.
   */
  readonly padatkan?: PadatkanBagian;
}

/** Deflates one new part (its text may come in pieces, made as they are read). */
export type PadatkanBagian = (nama: string, isi: string | Uint8Array | Iterable<string>) => BagianPadat | Promise<BagianPadat>;

export interface HasilTulis {
  /** The package (made from `potongan` when first read). */
  readonly data: Uint8Array;
  /** The package as pieces in order: a host writing a file writes them one after another, with no copy of the whole. */
  readonly potongan: readonly Uint8Array[];
  readonly lembar: readonly string[];
  readonly pemberitahuan: readonly string[];
}

const ENTITAS: Readonly<Record<string, string>> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'" };
export function dekodeAtribut(s: string): string {
  return s.replace(/&(#x[0-9A-Fa-f]+|#\d+|\w+);/g, (m, e: string) =>
    e.startsWith('#x')
      ? String.fromCodePoint(parseInt(e.slice(2), 16))
      : e.startsWith('#')
        ? String.fromCodePoint(Number(e.slice(1)))
        : (ENTITAS[e] ?? m),
  );
}
const atribut = (tag: string, nama: string): string | undefined => {
  const m = new RegExp(`\\s${nama}\\s*=\\s*("([^"]*)"|'([^']*)')`).exec(tag);
  return m === null ? undefined : dekodeAtribut(m[2] ?? m[3] ?? '');
};

interface ElemenLembar {
  readonly tag: string;
  readonly nama: string;
  readonly sheetId: number;
  readonly rId: string;
}

/** Excel sheet names: ≤ 31 characters, unique regardless of case. */
export function namaUnik(ada: Set<string>, nama: string): string {
  const dasar = nama.replace(/[[\]:*?/\\]/g, ' ').slice(0, 31);
  if (!ada.has(dasar.toLowerCase())) return dasar;
  for (let i = 2; ; i++) {
    const akhiran = ` (${i})`;
    const calon = dasar.slice(0, 31 - akhiran.length) + akhiran;
    if (!ada.has(calon.toLowerCase())) return calon;
  }
}

const kutipLembar = (nama: string) => `'${nama.replace(/'/g, "''")}'`;

export async function tulisIsiBuku(
  data: Uint8Array,
  namaBerkas: string,
  tabel: readonly TabelSpec[],
  opsi: OpsiIsiBuku = {},
): Promise<HasilTulis> {
  const paket = bukaPaket(data, namaBerkas);
  const bagianBuku = bagianBukuDari(paket);
  const relsBuku = relsDari(bagianBuku);
  let wb = bacaTeksBagian(paket, bagianBuku);
  if (!/<workbook[\s>]/.test(wb) || !/<sheets[\s>]/.test(wb)) throw new GalatBuku(PESAN_BUKU.stylesAsing(namaBerkas));
  let rels = paket.entri.has(relsBuku)
    ? bacaTeksBagian(paket, relsBuku)
    : `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"></Relationships>`;
  let ct = bacaTeksBagian(paket, '[Content_Types].xml');
  const relasi = bacaRelasi(paket, bagianBuku);
  const dihapus = new Set<string>();
  const diganti = new Map<string, Uint8Array>();
  const baru: BagianTulis[] = [];
  const enk = new TextEncoder();
  const padatkanBagian = opsi.padatkan ?? padatkan;

  // ---- lapkin's sheets of an earlier run go ----
  const awalan = /<(\w+:)?sheet\b[^>]*>/g;
  const bagianSheets = /<sheets[^>]*>([\s\S]*?)<\/sheets>/.exec(wb)?.[1];
  if (bagianSheets === undefined) throw new GalatBuku(PESAN_BUKU.stylesAsing(namaBerkas));
  const elemen: ElemenLembar[] = [...bagianSheets.matchAll(awalan)].map((m) => ({
    tag: m[0],
    nama: atribut(m[0], 'name') ?? '',
    sheetId: Number(atribut(m[0], 'sheetId') ?? 0),
    rId: /\s[\w]+:id\s*=\s*"([^"]*)"/.exec(m[0])?.[1] ?? '',
  }));
  const milikLapkin = new Set<number>();
  for (const m of wb.matchAll(/<definedName\b[^>]*>[^<]*<\/definedName>/g)) {
    if (atribut(m[0], 'name') === PENANDA) milikLapkin.add(Number(atribut(m[0], 'localSheetId')));
  }
  if (milikLapkin.size > 0) {
    const geser = (i: number) => i - [...milikLapkin].filter((x) => x < i).length;
    for (const i of milikLapkin) {
      const e = elemen[i];
      if (e === undefined) continue;
      wb = wb.replace(e.tag, '');
      const r = relasi.find((x) => x.id === e.rId);
      if (r !== undefined) {
        rels = rels.replace(new RegExp(`<Relationship\\b[^>]*\\sId="${e.rId}"[^>]*/>`), '');
        hapusBagian(paket, alamatBagian(bagianBuku, r.target), dihapus);
      }
    }
    wb = wb.replace(/<definedName\b[^>]*>[^<]*<\/definedName>/g, (tag) => {
      const lokalId = atribut(tag, 'localSheetId');
      if (lokalId === undefined) return tag;
      const i = Number(lokalId);
      if (milikLapkin.has(i)) return '';
      return tag.replace(/localSheetId="\d+"/, `localSheetId="${geser(i)}"`);
    });
    wb = wb.replace(/<definedNames>\s*<\/definedNames>/, '');
    const sisa = elemen.length - milikLapkin.size;
    wb = wb.replace(/(<workbookView\b[^>]*?)\s(activeTab|firstSheet)="(\d+)"/g, (_m, awal: string, k: string, v: string) => {
      const i = Number(v);
      return `${awal} ${k}="${milikLapkin.has(i) || geser(i) >= sisa ? 0 : geser(i)}"`;
    });
    // the calculation chain may list cells of the removed sheets: Excel rebuilds it
    const rantai = relasi.find((x) => x.type === REL.calcChain);
    if (rantai !== undefined) {
      rels = rels.replace(new RegExp(`<Relationship\\b[^>]*\\sId="${rantai.id}"[^>]*/>`), '');
      dihapus.add(alamatBagian(bagianBuku, rantai.target));
    }
  }
  const tetap = elemen.filter((_, i) => !milikLapkin.has(i));

  // ---- styles ----
  const relStyles = relasi.find((r) => r.type === REL.styles);
  const bagianStyles = relStyles === undefined ? alamatBagian(bagianBuku, 'styles.xml') : alamatBagian(bagianBuku, relStyles.target);
  const styles = paket.entri.has(bagianStyles) ? bacaTeksBagian(paket, bagianStyles) : STYLES_KOSONG;
  const gaya = new DaftarGaya(jumlahXf(styles));

  // ---- the new sheets ----
  const namaAda = new Set(tetap.map((e) => e.nama.toLowerCase()));
  let sheetId = Math.max(0, ...elemen.map((e) => e.sheetId));
  const idAda = new Set(relasi.map((r) => r.id));
  const rIdBaru = (dasar: string) => {
    let i = 1;
    while (idAda.has(`${dasar}${i}`)) i++;
    idAda.add(`${dasar}${i}`);
    return `${dasar}${i}`;
  };
  const folderBuku = bagianBuku.split('/').slice(0, -1).join('/');
  // a free part name; one of a removed lapkin sheet may be taken again (the old part stays out)
  const dipakai = new Set<string>();
  const ambil = (dasar: string, akhiran: string) => {
    for (let i = 1; ; i++) {
      const p = `${dasar}${i}${akhiran}`;
      if (dipakai.has(p) || (paket.entri.has(p) && !dihapus.has(p))) continue;
      dipakai.add(p);
      return p;
    }
  };
  const ditambah = new Set<string>();
  const override: string[] = [];
  const elemenBaru: string[] = [];
  const namaBaru: string[] = [];
  const pemberitahuan: string[] = [];
  let adaVml = false;
  const tersembunyi = opsi.lembarTersembunyi ?? [];
  const semua = [...tabel, ...tersembunyi];
  // every name first: a table's extra parts may name a hidden sheet
  const namaSemua = semua.map((spec) => {
    const n = namaUnik(namaAda, spec.namaLembar);
    namaAda.add(n.toLowerCase());
    return n;
  });
  const namaTersembunyi = namaSemua.slice(tabel.length);
  for (const [indeks, spec] of semua.entries()) {
    const n = namaSemua[indeks] ?? spec.namaLembar;
    const bagian = ambil(`${folderBuku}/worksheets/sheet`, '.xml');
    const relLembar: string[] = [];
    const tambahan =
      indeks < tabel.length ? (opsi.bagianTambahan?.({ indeks, spec, nama: n, bagian, namaTersembunyi, pathBebas: ambil }) ?? []) : [];
    let rIdDrawing: string | undefined;
    const relsTambahan = new Map<string, string[]>();
    for (const [i, t] of tambahan.entries()) {
      const dari = t.dari ?? bagian;
      const rId = t.rId ?? `rIdX${i + 1}`;
      const target = relatif(dari, t.path);
      const rel = `<Relationship Id="${teksXmlPolos(rId)}" Type="${teksXmlPolos(t.relType)}" Target="${teksXmlPolos(target)}"/>`;
      if (dari === bagian) {
        relLembar.push(rel);
        if (t.relType === REL.drawing) rIdDrawing = rId;
      } else relsTambahan.set(dari, [...(relsTambahan.get(dari) ?? []), rel]);
      // a programming error, not the user's: the caller takes its paths from pathBebas
      if (ditambah.has(t.path) || (paket.entri.has(t.path) && !dihapus.has(t.path))) throw new Error(`bagian ${t.path} sudah ada`);
      ditambah.add(t.path);
      dipakai.add(t.path);
      baru.push(await padatkanBagian(t.path, t.isi));
      override.push(`<Override PartName="/${teksXmlPolos(t.path)}" ContentType="${teksXmlPolos(t.contentType)}"/>`);
    }
    for (const [dari, daftar] of relsTambahan) baru.push({ nama: relsDari(dari), isi: enk.encode(relsXml(daftar)) });
    const ditulis = tulisLembarTabel(spec, { nama: n, gaya, rIdVml: 'rIdL2', rIdDrawing, blokVml: 100 + indeks * 8 });
    pemberitahuan.push(...ditulis.pemberitahuan);
    if (indeks < tabel.length && spec.grafik !== undefined && rIdDrawing === undefined)
      pemberitahuan.push(PESAN_BUKU.grafikSebagaiBatangData(spec.grafik.judul, n));
    baru.push(await padatkanBagian(bagian, ditulis.xml));
    override.push(`<Override PartName="/${bagian}" ContentType="${CT.lembar}"/>`);
    if (ditulis.komentar !== undefined) {
      const k = ambil(`${folderBuku}/comments`, '.xml');
      const v = ambil(`${folderBuku}/drawings/vmlDrawing`, '.vml');
      baru.push({ nama: k, isi: enk.encode(ditulis.komentar.xml) }, { nama: v, isi: enk.encode(ditulis.komentar.vml) });
      override.push(`<Override PartName="/${k}" ContentType="${CT.komentar}"/>`);
      relLembar.push(`<Relationship Id="rIdL1" Type="${REL.komentar}" Target="${relatif(bagian, k)}"/>`);
      relLembar.push(`<Relationship Id="rIdL2" Type="${REL.vml}" Target="${relatif(bagian, v)}"/>`);
      adaVml = true;
    }
    if (relLembar.length > 0) baru.push({ nama: relsDari(bagian), isi: enk.encode(relsXml(relLembar)) });
    const rId = rIdBaru('rIdLapkin');
    rels = rels.replace(
      /<\/Relationships>\s*$/,
      `<Relationship Id="${rId}" Type="${REL.lembar}" Target="${relatif(bagianBuku, bagian)}"/></Relationships>`,
    );
    const keadaan = indeks < tabel.length ? '' : ' state="veryHidden"';
    elemenBaru.push(`<sheet name="${teksXmlPolos(n)}" sheetId="${++sheetId}"${keadaan} r:id="${rId}"/>`);
    namaBaru.push(n);
    if (indeks < tabel.length) opsi.kemajuan?.(indeks + 1);
  }

  // ---- workbook.xml: the sheets, their marks and print titles ----
  if (elemenBaru.length > 0) {
    if (!new RegExp(`xmlns:r="${NS_REL}"`).test(wb)) {
      if (/xmlns:r=/.test(wb)) throw new GalatBuku(PESAN_BUKU.stylesAsing(namaBerkas));
      wb = wb.replace(/<workbook\b/, `<workbook xmlns:r="${NS_REL}"`);
    }
    wb = wb.replace(/<\/sheets>/, () => `${elemenBaru.join('')}</sheets>`);
    const nama: string[] = [];
    semua.forEach((spec, i) => {
      const id = tetap.length + i;
      nama.push(`<definedName name="${PENANDA}" localSheetId="${id}" hidden="1">"lapkin"</definedName>`);
      if (spec.barisBeku > 0) {
        nama.push(
          `<definedName name="_xlnm.Print_Titles" localSheetId="${id}">${teksXmlPolos(kutipLembar(namaBaru[i] ?? spec.namaLembar))}!$1:$${spec.barisBeku}</definedName>`,
        );
      }
    });
    if (/<definedNames[\s>]/.test(wb)) wb = wb.replace(/<\/definedNames>/, () => `${nama.join('')}</definedNames>`);
    else {
      const setelah = /<\/externalReferences>/.test(wb)
        ? /<\/externalReferences>/
        : /<\/functionGroups>/.test(wb)
          ? /<\/functionGroups>/
          : /<\/sheets>/;
      wb = wb.replace(setelah, (m) => `${m}<definedNames>${nama.join('')}</definedNames>`);
    }
  }

  // ---- styles, content types ----
  const stylesBaru = gaya.gabungkan(styles, namaBerkas);
  if (!paket.entri.has(bagianStyles)) {
    rels = rels.replace(
      /<\/Relationships>\s*$/,
      `<Relationship Id="${rIdBaru('rIdLapkinGaya')}" Type="${REL.styles}" Target="${relatif(bagianBuku, bagianStyles)}"/></Relationships>`,
    );
    override.push(`<Override PartName="/${bagianStyles}" ContentType="${CT.styles}"/>`);
  }
  for (const p of dihapus) ct = ct.replace(new RegExp(`<Override\\b[^>]*PartName="/${escapeRegex(p)}"[^>]*/>`, 'g'), '');
  if (adaVml && !/<Default\b[^>]*Extension="vml"/i.test(ct)) override.unshift(`<Default Extension="vml" ContentType="${CT.vml}"/>`);
  ct = ct.replace(/<\/Types>\s*$/, () => `${override.join('')}</Types>`);

  diganti.set(bagianBuku, enk.encode(wb));
  diganti.set(relsBuku, enk.encode(rels));
  diganti.set('[Content_Types].xml', enk.encode(ct));
  if (stylesBaru !== styles || !paket.entri.has(bagianStyles)) diganti.set(bagianStyles, enk.encode(stylesBaru));

  const potongan = potonganUlangPaket(paket, diganti, baru, dihapus);
  let utuh: Uint8Array | undefined;
  return {
    get data() {
      return (utuh ??= gabungPotongan(potongan));
    },
    potongan,
    lembar: namaBaru.slice(0, tabel.length),
    pemberitahuan,
  };
}

/** A relationship target: the path of `ke` seen from the folder of `dari`. */
export function relatif(dari: string, ke: string): string {
  const a = dari.split('/').slice(0, -1);
  const b = ke.split('/');
  let i = 0;
  while (i < a.length && i < b.length - 1 && a[i] === b[i]) i++;
  return [...a.slice(i).map(() => '..'), ...b.slice(i)].join('/');
}

function relsXml(daftar: readonly string[]): string {
  return `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">${daftar.join('')}</Relationships>`;
}

export const escapeRegex = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/** A part of a removed lapkin sheet, its relationships and what only they point at. */
function hapusBagian(paket: Paket, bagian: string, dihapus: Set<string>): void {
  if (dihapus.has(bagian) || !paket.entri.has(bagian)) return;
  dihapus.add(bagian);
  const rels = relsDari(bagian);
  if (!paket.entri.has(rels)) return;
  dihapus.add(rels);
  for (const r of bacaRelasi(paket, bagian)) {
    if (r.mode === 'External') continue;
    hapusBagian(paket, alamatBagian(bagian, r.target), dihapus);
  }
}
