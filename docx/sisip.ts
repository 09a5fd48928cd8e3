// The chapter's body is mostly XML written as text (wml.ts); the docx library packs the rest of the
// package (styles, numbering, settings, the images with their relationships). Each run of text
// blocks goes to the library as one placeholder paragraph, and the packed document.xml gets the
// text back in its place: the library builds a few hundred objects instead of ~100k.
import { strFromU8, strToU8, unzipSync, zipSync, type Zippable } from 'fflate';
import { Paragraph, TextRun } from 'docx';
import { PESAN_DOCX as P } from './pesan';

/** A block of the body: WordprocessingML text, or a paragraph the library writes (an image). */
export type BlokBab = string | Paragraph;

const AWALAN = 'LAPKIN-SISIP-';
const PENANDA = /<w:p><w:r><w:t xml:space="preserve">LAPKIN-SISIP-(\d+)<\/w:t><\/w:r><\/w:p>/g;

/** The paragraphs to give the library, and the XML each placeholder among them stands for. */
export function susunBlok(blok: readonly BlokBab[]): { anak: Paragraph[]; sisipan: string[] } {
  const anak: Paragraph[] = [];
  const sisipan: string[] = [];
  let teks: string[] = [];
  const tutup = () => {
    if (teks.length === 0) return;
    anak.push(new Paragraph({ children: [new TextRun(`${AWALAN}${sisipan.length}`)] }));
    sisipan.push(teks.join(''));
    teks = [];
  };
  for (const b of blok) {
    if (typeof b === 'string') teks.push(b);
    else {
      tutup();
      anak.push(b);
    }
  }
  tutup();
  return { anak, sisipan };
}

/** The packed .docx with each placeholder paragraph of word/document.xml replaced by its XML;
 *  `tersimpan` leaves its parts uncompressed, for a host that deflates faster itself. */
export function sisipkan(paket: Uint8Array, sisipan: readonly string[], tersimpan = false): Uint8Array {
  const berkas = unzipSync(paket);
  const dokumen = berkas['word/document.xml'];
  if (dokumen === undefined) throw new Error(P.paketTanpaDokumen);
  let terpakai = 0;
  const xml = strFromU8(dokumen).replace(PENANDA, (_, n: string) => {
    terpakai++;
    return sisipan[Number(n)] ?? '';
  });
  if (terpakai !== sisipan.length) throw new Error(P.sisipanHilang(sisipan.length - terpakai));
  // the zip keeps the library's order of parts ([Content_Types].xml first)
  const keluar: Zippable = {};
  for (const [nama, data] of Object.entries(berkas)) keluar[nama] = nama === 'word/document.xml' ? strToU8(xml) : data;
  return zipSync(keluar, { level: tersimpan ? 0 : 6 });
}
