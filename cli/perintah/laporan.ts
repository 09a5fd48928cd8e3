// `lapkin laporan <masukan.xlsx>`: the chapter "Akuntabilitas Kinerja" as a Word document, its
// charts rendered to PNG by resvg (native, so it stays here, out of the browser-safe writer).
import { Resvg } from '@resvg/resvg-js';
import path from 'node:path';
import { olahBacaan } from '../../core/index';
import { babLaporan, type Rasteriser } from '../../docx/bab';
import { satuBerkas } from '../argumen';
import { bukaBuku, periksaKeluaran, tulisBerkas } from '../buku';
import { cariLembarIndikator } from '../lembar-indikator';
import { opsiDiminta } from '../opsi-skor';
import { pesan } from '../pesan';
import { deflateZip } from '../zip';
import type { Perintah } from './perintah';

export const rasterResvg: Rasteriser = (svg, lebar) =>
  new Resvg(svg, { fitTo: { mode: 'width', value: lebar }, font: { loadSystemFonts: true, defaultFontFamily: 'Carlito' } }).render().asPng();

/** The chapter's stored package deflated by Node's zlib, part by part on the thread pool (fflate's
 *  JavaScript deflate of a 2,000-indicator document.xml took longer than writing it). */
const padatkanZlib = async (tersimpan: Uint8Array) =>
  new Uint8Array(await deflateZip(Buffer.from(tersimpan.buffer, tersimpan.byteOffset, tersimpan.length)));

export const laporan: Perintah = {
  opsi: { keluar: true, lembar: true, skema: true, periode: true, tingkat: true, timpa: false },
  async jalankan(arg, io) {
    const berkas = satuBerkas('laporan', arg);
    const opsi = opsiDiminta(arg);
    const keluar = arg.nilai.keluar ?? keluaranBawaan(berkas);
    const timpa = arg.bendera.has('timpa');
    await periksaKeluaran(keluar, { masukan: berkas, timpa, docx: true });
    const wb = await bukaBuku(berkas);
    const lembar = cariLembarIndikator(wb, berkas, arg.nilai.lembar, io.lapor);
    const hasil = olahBacaan(lembar.bacaan, { ...opsi, tabel: [] }).skor;
    await tulisBerkas(keluar, await babLaporan(hasil, { rasteriser: rasterResvg, padatkan: padatkanZlib }), { timpa, masukan: berkas });
    io.tulis(`${pesan.laporanDitulis(keluar)}\n`);
    return 0;
  },
};

/** `<nama>-laporan.docx` beside the input. */
function keluaranBawaan(masukan: string): string {
  const { dir, name } = path.parse(masukan);
  return path.join(dir, `${name}-laporan.docx`);
}
