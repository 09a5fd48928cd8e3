// Opening a workbook package for reading: workbook.xml, its relationships, styles and shared
// strings once; each sheet streamed when asked (lembar-xml.ts), its formulas without a cached
// result evaluated (rumus.ts).
import { SaxesParser } from 'saxes';
import type { Masalah, RentangBaca } from '../core/index';
import { bacaFormatSel, lokal, type FormatSel } from './format-angka';
import { GalatBuku } from './galat';
import { teksLepas } from './kolam-teks';
import { bacaLembarXml, type LembarMentah } from './lembar-xml';
import { alirkanTeks, bacaTeksBagian, bukaPaket, type Paket } from './paket';
import { PESAN_BUKU } from './pesan';
import { PenilaiRumus } from './rumus';
import { dekodeTeksOoxml } from './teks-xml';

/** A sheet as core reads it, with the cells the file host itself could not read. */
export interface RentangBuku extends RentangBaca {
  readonly masalah: readonly Masalah[];
}

export interface LembarBuku {
  readonly nama: string;
  /** Part name, e.g. 'xl/worksheets/sheet1.xml'. */
  readonly bagian: string;
  readonly rId: string;
  readonly sheetId: number;
}

/** BukuTerbaca (index.ts) with the package behind it. */
export interface BukuXlsx {
  readonly daftarLembar: readonly string[];
  bacaLembar(nama: string): RentangBuku;
  /** Lets go of a sheet read before (read again if asked again): a run over several large sheets holds one at a time. */
  lepasLembar(nama: string): void;
  readonly paket: Paket;
  readonly lembar: readonly LembarBuku[];
  /** Path of workbook.xml inside the package. */
  readonly bagianBuku: string;
}

export const RELS_NS = 'http://schemas.openxmlformats.org/officeDocument/2006/relationships';

/** Resolves a relationship target against the folder of the part that owns it. */
export function alamatBagian(dariBagian: string, target: string): string {
  if (target.startsWith('/')) return target.slice(1);
  const bagian = dariBagian.split('/').slice(0, -1);
  for (const s of target.split('/')) {
    if (s === '..') bagian.pop();
    else if (s !== '.' && s !== '') bagian.push(s);
  }
  return bagian.join('/');
}

export function relsDari(bagian: string): string {
  const i = bagian.lastIndexOf('/');
  return `${bagian.slice(0, i + 1)}_rels/${bagian.slice(i + 1)}.rels`;
}

export interface Relasi {
  readonly id: string;
  readonly type: string;
  readonly target: string;
  readonly mode?: string;
}

function uraiXml(xml: string, buka: (nama: string, a: Record<string, string>) => void): void {
  const p = new SaxesParser();
  p.on('opentag', (t) => buka(lokal(t.name), t.attributes as Record<string, string>));
  p.write(xml).close();
}

export function bacaRelasi(paket: Paket, bagian: string): Relasi[] {
  const nama = relsDari(bagian);
  if (!paket.entri.has(nama)) return [];
  const hasil: Relasi[] = [];
  uraiXmlAman(paket, nama, bacaTeksBagian(paket, nama), (n, a) => {
    if (n === 'Relationship') hasil.push({ id: a.Id ?? '', type: a.Type ?? '', target: a.Target ?? '', mode: a.TargetMode });
  });
  return hasil;
}

function uraiXmlAman(paket: Paket, bagian: string, xml: string, buka: (nama: string, a: Record<string, string>) => void): void {
  try {
    uraiXml(xml, buka);
  } catch {
    throw new GalatBuku(PESAN_BUKU.xmlRusak(paket.berkas, bagian));
  }
}

/** Where the package's workbook part is; an .ods or another package has none. */
export function bagianBukuDari(paket: Paket): string {
  const utama = bacaRelasi(paket, '').find((r) => r.type.endsWith('/officeDocument'));
  const bagian = utama === undefined ? 'xl/workbook.xml' : alamatBagian('', utama.target);
  if (!paket.entri.has(bagian)) throw new GalatBuku(PESAN_BUKU.bukanXlsx(paket.berkas));
  return bagian;
}

function bacaTeksBersama(paket: Paket, bagian: string): string[] {
  const hasil: string[] = [];
  let teks = '';
  let dalamT = false;
  let dalamRph = false;
  const p = new SaxesParser();
  p.on('opentag', (t) => {
    const n = lokal(t.name);
    if (n === 'si') teks = '';
    else if (n === 'rPh') dalamRph = true;
    else if (n === 't' && !dalamRph) dalamT = true;
  });
  p.on('text', (x) => {
    if (dalamT) teks += x;
  });
  p.on('closetag', (t) => {
    const n = lokal(t.name);
    if (n === 't') dalamT = false;
    else if (n === 'rPh') dalamRph = false;
    // copied out of the parser's chunk: a kept slice would keep the whole chunk alive (kolam-teks.ts)
    else if (n === 'si') hasil.push(teksLepas(dekodeTeksOoxml(teks)));
  });
  try {
    alirkanTeks(paket, bagian, (x) => p.write(x));
    p.close();
  } catch (err) {
    if (err instanceof GalatBuku) throw err;
    throw new GalatBuku(PESAN_BUKU.xmlRusak(paket.berkas, bagian));
  }
  return hasil;
}

export interface OpsiBaca {
  /** Cells one sheet may hold (BATAS_LEMBAR.sel by default). */
  readonly batasSel?: number;
}

export function bukaBukuSinkron(data: Uint8Array, namaBerkas: string, opsi: OpsiBaca = {}): BukuXlsx {
  const paket = bukaPaket(data, namaBerkas);
  const bagianBuku = bagianBukuDari(paket);
  const relasi = bacaRelasi(paket, bagianBuku);
  const target = new Map(relasi.map((r) => [r.id, r]));
  const lembar: LembarBuku[] = [];
  let tanggal1904 = false;
  uraiXmlAman(paket, bagianBuku, bacaTeksBagian(paket, bagianBuku), (n, a) => {
    if (n === 'workbookPr') tanggal1904 = a.date1904 === '1' || a.date1904 === 'true';
    if (n !== 'sheet') return;
    const rId = Object.entries(a).find(([k]) => lokal(k) === 'id' && k.includes(':'))?.[1] ?? '';
    const rel = target.get(rId);
    // chart sheets and dialog sheets hold no cells
    if (rel === undefined || !rel.type.endsWith('/worksheet')) return;
    lembar.push({ nama: a.name ?? '', bagian: alamatBagian(bagianBuku, rel.target), rId, sheetId: Number(a.sheetId) });
  });
  const cari = (jenis: string) => relasi.find((r) => r.type.endsWith(jenis));
  const gaya = cari('/styles');
  const bagianGaya = gaya === undefined ? undefined : alamatBagian(bagianBuku, gaya.target);
  const formatSel: FormatSel =
    bagianGaya !== undefined && paket.entri.has(bagianGaya) ? bacaFormatSelAman(paket, bagianGaya) : { kode: [], tanggal: [] };
  const sst = cari('/sharedStrings');
  const bagianSst = sst === undefined ? undefined : alamatBagian(bagianBuku, sst.target);
  const teksBersama = bagianSst !== undefined && paket.entri.has(bagianSst) ? bacaTeksBersama(paket, bagianSst) : [];

  const tembolok = new Map<string, LembarMentah>();
  const cariLembar = (nama: string) => lembar.find((l) => l.nama === nama) ?? lembar.find((l) => l.nama.toLowerCase() === nama.toLowerCase());
  const mentah = (nama: string): LembarMentah | undefined => {
    const l = cariLembar(nama);
    if (l === undefined) return undefined;
    let m = tembolok.get(l.nama);
    if (m === undefined) {
      m = bacaLembarXml({ paket, bagian: l.bagian, lembar: l.nama, teksBersama, formatSel, tanggal1904, batasSel: opsi.batasSel });
      tembolok.set(l.nama, m);
    }
    return m;
  };
  const penilai = new PenilaiRumus(mentah);
  return {
    paket,
    lembar,
    bagianBuku,
    daftarLembar: lembar.map((l) => l.nama),
    lepasLembar(nama: string): void {
      const l = cariLembar(nama);
      if (l !== undefined) tembolok.delete(l.nama);
    },
    bacaLembar(nama: string): RentangBuku {
      const l = cariLembar(nama);
      if (l === undefined) throw new GalatBuku(PESAN_BUKU.lembarTidakAda(namaBerkas, nama));
      const m = mentah(l.nama)!;
      if (m.tertunda.length > 0) penilai.hitungLembar(l.nama, m);
      return {
        lembar: l.nama,
        nilai: m.nilai,
        barisAwal: m.barisAwal,
        kolomAwal: m.kolomAwal,
        format: m.format,
        barisTersembunyi: m.barisTersembunyi,
        kolomTersembunyi: m.kolomTersembunyi,
        gabungan: m.gabungan,
        masalah: m.masalah,
      };
    },
  };
}

function bacaFormatSelAman(paket: Paket, bagian: string): FormatSel {
  try {
    return bacaFormatSel(bacaTeksBagian(paket, bagian));
  } catch (err) {
    if (err instanceof GalatBuku) throw err;
    throw new GalatBuku(PESAN_BUKU.xmlRusak(paket.berkas, bagian));
  }
}
