// A small static server for dist/addin: https on localhost:3000 for `npm start`, plain http on
// 127.0.0.1 and a free port for the browser tests.
import http from 'node:http';
import https from 'node:https';
import { readFile } from 'node:fs/promises';
import path from 'node:path';

const JENIS = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.xml': 'application/xml; charset=utf-8',
  '.png': 'image/png',
};

/** Serves dir (files only, nothing outside it); '/' is the task pane. */
export function sajikan(dir, { port = 0, host = '127.0.0.1', tls } = {}) {
  const akar = path.resolve(dir);
  const layani = async (req, res) => {
    let rel = decodeURIComponent(new URL(req.url ?? '/', 'http://x').pathname);
    if (rel.endsWith('/')) rel += 'taskpane.html';
    const berkas = path.join(akar, path.normalize(rel));
    if (!berkas.startsWith(akar + path.sep)) return tutup(res, 403);
    try {
      const isi = await readFile(berkas);
      res.writeHead(200, {
        'content-type': JENIS[path.extname(berkas)] ?? 'application/octet-stream',
        'cache-control': 'no-store',
        'access-control-allow-origin': '*',
      });
      res.end(isi);
    } catch {
      tutup(res, 404);
    }
  };
  const server = tls ? https.createServer(tls, layani) : http.createServer(layani);
  return new Promise((selesai, gagal) => {
    server.once('error', gagal);
    server.listen(port, host, () => {
      const { port: p } = server.address();
      selesai({ server, url: `${tls ? 'https' : 'http'}://${host}:${p}` });
    });
  });
}

function tutup(res, kode) {
  res.writeHead(kode, { 'content-type': 'text/plain; charset=utf-8' });
  res.end(kode === 404 ? 'Tidak ditemukan' : 'Ditolak');
}
