// The audit's marked copy: the input package with each finding's cell given the audit's fill and
// a note. Values are never touched: only the cell's style index changes, its sheet gains a note,
// and styles.xml gains one fill and the cell formats that use it. Every other part is copied byte
// for byte. A planner's own note on a cell is kept (Lapkin's note is then left out); an earlier
// Lapkin note on it is replaced.
import { catatanTemuan, hurufKolom, posisiA1, TANDA_TEMUAN, type Temuan } from '../core/index';
import { alamatBagian, bacaRelasi, bukaBukuSinkron, relsDari, type LembarBuku } from './baca';
import { STYLES_KOSONG, tambahIsiXf } from './gaya-tulis';
import { bentukKomentar, komentar, NS_REL, unsurKomentar, type Catatan } from './lembar-tabel';
import { bacaTeksBagian, tulisUlangPaket, type Paket } from './paket';
import { CT, dekodeAtribut, escapeRegex, REL, relatif } from './tulis';

const RELS_KOSONG = `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"></Relationships>`;
// elements that may follow <legacyDrawing> in a worksheet, in schema order
const SETELAH_VML = /<(legacyDrawingHF|drawingHF|picture|oleObjects|controls|webPublishItems|tableParts|extLst)[\s/>]/;

export function tandaiBukuSinkron(data: Uint8Array, namaBerkas: string, temuan: readonly Temuan[]): Uint8Array {
  const buku = bukaBukuSinkron(data, namaBerkas);
  const { paket, bagianBuku } = buku;
  const enk = new TextEncoder();
  const diganti = new Map<string, Uint8Array>();
  const baru: { nama: string; isi: Uint8Array }[] = [];
  const override: string[] = [];

  // findings per sheet part; a sheet the package does not have is passed over
  const perLembar = new Map<LembarBuku, Map<string, Temuan>>();
  for (const t of temuan) {
    const l = buku.lembar.find((x) => x.nama === t.lembar) ?? buku.lembar.find((x) => x.nama.toLowerCase() === t.lembar.toLowerCase());
    const pos = posisiA1(t.sel);
    if (l === undefined || pos === null) continue;
    const m = perLembar.get(l) ?? new Map<string, Temuan>();
    m.set(t.sel.toUpperCase(), t);
    perLembar.set(l, m);
  }

  // ---- the cells: their style indices ----
  const relasiBuku = bacaRelasi(paket, bagianBuku);
  const relStyles = relasiBuku.find((r) => r.type === REL.styles);
  const bagianStyles = alamatBagian(bagianBuku, relStyles?.target ?? 'styles.xml');
  const adaStyles = relStyles !== undefined && paket.entri.has(bagianStyles);
  const lembarXml = new Map<LembarBuku, string>();
  const xfLama = new Set<number>();
  for (const [l, sel] of perLembar) {
    const xml = bacaTeksBagian(paket, l.bagian);
    lembarXml.set(l, xml);
    for (const a of [...sel.keys()]) {
      const tag = cariSel(xml, a);
      // a finding names a printed cell: one the sheet lacks is passed over
      if (tag === null) sel.delete(a);
      else xfLama.add(Number(/\ss="(\d+)"/.exec(tag)?.[1] ?? 0));
    }
    if (sel.size === 0) perLembar.delete(l);
  }
  if (perLembar.size === 0) return data.slice();
  const styles = adaStyles ? bacaTeksBagian(paket, bagianStyles) : STYLES_KOSONG;
  const { xml: stylesBaru, peta } = tambahIsiXf(styles, TANDA_TEMUAN.warna, xfLama, namaBerkas);
  diganti.set(bagianStyles, enk.encode(stylesBaru));
  if (!adaStyles) {
    const rels = paket.entri.has(relsDari(bagianBuku)) ? bacaTeksBagian(paket, relsDari(bagianBuku)) : RELS_KOSONG;
    diganti.set(relsDari(bagianBuku), enk.encode(tambahRelasi(rels, 'rIdLapkinGaya', REL.styles, bagianStyles.split('/').pop()!)));
    override.push(`<Override PartName="/${bagianStyles}" ContentType="${CT.styles}"/>`);
  }

  // ---- each sheet: fills and notes ----
  let blok = blokVmlBebas(paket);
  let adaVmlBaru = false;
  const dipakai = new Set<string>();
  for (const [l, sel] of perLembar) {
    let xml = lembarXml.get(l)!;
    for (const a of sel.keys()) {
      const tag = cariSel(xml, a)!;
      const s = peta.get(Number(/\ss="(\d+)"/.exec(tag)?.[1] ?? 0))!;
      const ganti = /\ss="\d+"/.test(tag) ? tag.replace(/\ss="\d+"/, ` s="${s}"`) : tag.replace(/^<c\b/, `<c s="${s}"`);
      xml = xml.replace(tag, () => ganti);
    }
    const relasi = paket.entri.has(relsDari(l.bagian)) ? bacaRelasi(paket, l.bagian) : [];
    const relKomentar = relasi.find((r) => r.type === REL.komentar);
    const relVml = relasi.find((r) => r.type === REL.vml);
    const catatan = (ada: ReadonlySet<string>): Catatan[] =>
      [...sel.values()]
        .filter((t) => !ada.has(t.sel.toUpperCase()))
        .map((t) => {
          const p = posisiA1(t.sel)!;
          return { r: p.baris - 1, c: p.kolom - 1, teks: catatanTemuan(t) };
        });
    if (relKomentar === undefined && relVml === undefined) {
      // no notes yet: a comments part and its drawing of our own
      const k = komentar(catatan(new Set()), blok);
      blok += Math.ceil(sel.size / 1024);
      const folder = bagianBuku.split('/').slice(0, -1).join('/');
      const pk = bagianBebas(paket, dipakai, `${folder}/comments`, '.xml');
      const pv = bagianBebas(paket, dipakai, `${folder}/drawings/vmlDrawing`, '.vml');
      baru.push({ nama: pk, isi: enk.encode(k.xml) }, { nama: pv, isi: enk.encode(k.vml) });
      override.push(`<Override PartName="/${pk}" ContentType="${CT.komentar}"/>`);
      adaVmlBaru = true;
      let rels = paket.entri.has(relsDari(l.bagian)) ? bacaTeksBagian(paket, relsDari(l.bagian)) : RELS_KOSONG;
      const ids = new Set(relasi.map((r) => r.id));
      const idBebas = (dasar: string) => {
        let i = 1;
        while (ids.has(`${dasar}${i}`)) i++;
        ids.add(`${dasar}${i}`);
        return `${dasar}${i}`;
      };
      const idVml = idBebas('rIdLapkinVml');
      rels = tambahRelasi(rels, idBebas('rIdLapkinKomentar'), REL.komentar, relatif(l.bagian, pk));
      rels = tambahRelasi(rels, idVml, REL.vml, relatif(l.bagian, pv));
      diganti.set(relsDari(l.bagian), enk.encode(rels));
      xml = sisipkanVml(xml, idVml);
    } else if (relKomentar !== undefined && relVml !== undefined) {
      // the sheet has notes: ours join them, a planner's note on the same cell stays
      const pk = alamatBagian(l.bagian, relKomentar.target);
      const pv = alamatBagian(l.bagian, relVml.target);
      let kx = bacaTeksBagian(paket, pk);
      let vx = bacaTeksBagian(paket, pv);
      const authors = [...(/<authors>([\s\S]*?)<\/authors>/.exec(kx)?.[1] ?? '').matchAll(/<author>([\s\S]*?)<\/author>/g)];
      const dariLapkin = new Set<string>();
      const ada = new Set<string>();
      for (const m of kx.matchAll(/<comment\b[^>]*\sref="([^"]+)"[^>]*>([\s\S]*?)<\/comment>/g)) {
        const [, refAsli = '', isiKomentar = ''] = m;
        const ref = refAsli.toUpperCase();
        if (!sel.has(ref)) continue;
        const teks = [...isiKomentar.matchAll(/<t\b[^>]*>([\s\S]*?)<\/t>/g)].map((t) => dekodeAtribut(t[1] ?? '')).join('');
        if (teks.startsWith(TANDA_TEMUAN.awalan)) dariLapkin.add(ref);
        else ada.add(ref);
      }
      // an earlier Lapkin note on a marked cell goes; its shape is reused by position
      kx = kx.replace(/<comment\b[^>]*\sref="([^"]+)"[^>]*>[\s\S]*?<\/comment>/g, (m, ref: string) =>
        dariLapkin.has(ref.toUpperCase()) ? '' : m,
      );
      let author = authors.findIndex((m) => m[1] === 'Lapkin');
      if (author < 0) {
        author = authors.length;
        kx = /<authors\s*\/>/.test(kx)
          ? kx.replace(/<authors\s*\/>/, '<authors><author>Lapkin</author></authors>')
          : kx.replace(/<\/authors>/, '<author>Lapkin</author></authors>');
      }
      const daftar = catatan(ada);
      kx = /<commentList\s*\/>/.test(kx) ? kx.replace(/<commentList\s*\/>/, '<commentList></commentList>') : kx;
      kx = kx.replace(/<\/commentList>/, () => `${daftar.map((k) => unsurKomentar(k, author)).join('')}</commentList>`);
      // shapes of replaced Lapkin notes go, the new ones take ids after the drawing's highest
      vx = vx.replace(/<v:shape\b[^>]*>[\s\S]*?<\/v:shape>/g, (m) => {
        const r = /<x:Row>(\d+)<\/x:Row>/.exec(m);
        const c = /<x:Column>(\d+)<\/x:Column>/.exec(m);
        return r && c && dariLapkin.has(`${hurufKolom(Number(c[1]))}${Number(r[1]) + 1}`) ? '' : m;
      });
      const idMaks = Math.max(0, ...[...vx.matchAll(/_x0000_s(\d+)/g)].map((m) => Number(m[1])));
      const bentuk = daftar.map((k, i) => bentukKomentar(k, idMaks + 1 + i, 1000 + i));
      vx = vx.replace(/<\/xml>\s*$/, () => `${bentuk.join('')}</xml>`);
      diganti.set(pk, enk.encode(kx));
      diganti.set(pv, enk.encode(vx));
    }
    // a sheet with a drawing of form controls but no notes keeps it: its cells get the fill only
    diganti.set(l.bagian, enk.encode(xml));
  }

  // ---- content types ----
  if (override.length > 0 || adaVmlBaru) {
    let ct = bacaTeksBagian(paket, '[Content_Types].xml');
    if (adaVmlBaru && !/<Default\b[^>]*Extension="vml"/i.test(ct)) override.unshift(`<Default Extension="vml" ContentType="${CT.vml}"/>`);
    ct = ct.replace(/<\/Types>\s*$/, () => `${override.join('')}</Types>`);
    diganti.set('[Content_Types].xml', enk.encode(ct));
  }

  return tulisUlangPaket(paket, diganti, baru);
}

/** The start tag of cell `a1` in a sheet's XML, or null when the sheet has no such cell. */
function cariSel(xml: string, a1: string): string | null {
  return new RegExp(`<c\\b[^>]*\\sr="${escapeRegex(a1)}"[^>]*?/?>`, 'i').exec(xml)?.[0] ?? null;
}

/** <legacyDrawing> where the schema wants it: before the elements that must follow it. */
function sisipkanVml(xml: string, rId: string): string {
  let hasil = xml;
  if (!new RegExp(`xmlns:r="${NS_REL}"`).test(hasil)) hasil = hasil.replace(/<worksheet\b/, `<worksheet xmlns:r="${NS_REL}"`);
  const unsur = `<legacyDrawing r:id="${rId}"/>`;
  const akhir = hasil.lastIndexOf('</worksheet>');
  const sesudah = SETELAH_VML.exec(hasil.slice(hasil.lastIndexOf('</sheetData>')));
  if (sesudah !== null) {
    const i = hasil.lastIndexOf('</sheetData>') + sesudah.index;
    return hasil.slice(0, i) + unsur + hasil.slice(i);
  }
  return hasil.slice(0, akhir) + unsur + hasil.slice(akhir);
}

function tambahRelasi(rels: string, id: string, type: string, target: string): string {
  return rels.replace(/<\/Relationships>\s*$/, () => `<Relationship Id="${id}" Type="${type}" Target="${target}"/></Relationships>`);
}

/** A part name neither the package nor this copy uses yet. */
function bagianBebas(paket: Paket, dipakai: Set<string>, dasar: string, akhiran: string): string {
  for (let i = 1; ; i++) {
    const p = `${dasar}${i}${akhiran}`;
    if (paket.entri.has(p) || dipakai.has(p)) continue;
    dipakai.add(p);
    return p;
  }
}

/** The first 1024-id block of VML shape ids no drawing of the package uses. */
function blokVmlBebas(paket: Paket): number {
  let blok = 1;
  for (const n of paket.urutan) {
    if (!n.endsWith('.vml')) continue;
    const idmap = /<o:idmap\b[^>]*\sdata="([^"]*)"/.exec(bacaTeksBagian(paket, n));
    for (const d of idmap?.[1]?.split(',') ?? []) if (Number(d) >= blok) blok = Number(d) + 1;
  }
  return blok;
}
