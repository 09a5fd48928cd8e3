// The chart rasteriser of a browser panel: the chart's SVG drawn as an image onto a canvas, read
// back as PNG (resvg is native, so the command keeps it). Text takes the browser's fonts (Carlito,
// Calibri, Arial, then any sans-serif), so a chart's letters may differ by a pixel from the command's.
import { UKURAN_SVG } from '../core/index';
import type { Rasteriser } from './bab';
import { PESAN_DOCX } from './pesan';

export const rasterKanvas: Rasteriser = async (svg, lebar) => {
  const gambar = new Image();
  await new Promise<void>((selesai, gagal) => {
    gambar.onload = () => selesai();
    gambar.onerror = () => gagal(new Error(PESAN_DOCX.grafikGagal));
    // a data: URL, which every panel's policy lets an image load (the page's CSP allows img-src data:)
    gambar.src = `data:image/svg+xml;charset=utf-8,${encodeURIComponent(svg)}`;
  });
  const kanvas = document.createElement('canvas');
  kanvas.width = lebar;
  kanvas.height = Math.round((lebar * UKURAN_SVG.tinggi) / UKURAN_SVG.lebar);
  const konteks = kanvas.getContext('2d');
  if (!konteks) throw new Error(PESAN_DOCX.grafikGagal);
  konteks.drawImage(gambar, 0, 0, kanvas.width, kanvas.height);
  const blob = await new Promise<Blob | null>((selesai) => kanvas.toBlob(selesai, 'image/png'));
  if (!blob) throw new Error(PESAN_DOCX.grafikGagal);
  return new Uint8Array(await blob.arrayBuffer());
};
