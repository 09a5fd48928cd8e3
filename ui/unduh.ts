// A file the panel made, saved by the webview as a download: a Blob URL on an anchor with
// `download`, clicked for the planner. Office on the web and on Windows (WebView2) save it; Office
// on Mac and iPad (WKWebView) ignore such a click by design, so their host offers no download.
export const JENIS_DOCX = 'application/vnd.openxmlformats-officedocument.wordprocessingml.document';

/** How long the Blob URL stays valid after the click (the save has started by then). */
const TAHAN_MS = 60_000;

export async function unduhTautan(nama: string, data: Uint8Array): Promise<void> {
  const alamat = URL.createObjectURL(
    new Blob([data as Uint8Array<ArrayBuffer>], { type: nama.endsWith('.docx') ? JENIS_DOCX : 'application/octet-stream' }),
  );
  const a = document.createElement('a');
  a.href = alamat;
  a.download = nama;
  a.hidden = true;
  document.body.append(a);
  a.click();
  a.remove();
  setTimeout(() => URL.revokeObjectURL(alamat), TAHAN_MS);
}
