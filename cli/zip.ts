// exceljs compresses through JSZip's pure-JavaScript deflate, a large share of the time to save a
// big workbook. It is asked to store the parts uncompressed instead; this recompresses that zip
// with Node's native zlib, optionally changing a part on the way (sel-xml.ts).
import { promisify } from 'node:util';
import { gzip } from 'node:zlib';

const gzipAsync = promisify(gzip);

const LOKAL = 0x04034b50;
const PUSAT = 0x02014b50;
const AKHIR = 0x06054b50;
const UTF8 = 0x0800;

interface Entri {
  nama: Buffer;
  waktu: number;
  tanggal: number;
  flag: number;
  data: Buffer;
}

/** Entry names of a stored zip (as exceljs saves it), in order. */
export function namaEntri(zip: Buffer): string[] {
  return bacaEntri(zip).map((e) => e.nama.toString('utf8'));
}

/**
 * A zip whose entries are stored (method 0), as one whose entries are deflated (method 8);
 * `ubah` may give an entry new contents, `tambahan` are new entries appended.
 */
export async function deflateZip(
  zip: Buffer,
  ubah: (nama: string, data: Buffer) => Buffer = (_, data) => data,
  tambahan: ReadonlyMap<string, Buffer> = new Map(),
): Promise<Buffer> {
  const lama = bacaEntri(zip);
  const cap = lama[0] ?? { waktu: 0, tanggal: 0x21 };
  const entri = [
    ...lama,
    ...[...tambahan].map(([nama, data]) => ({ nama: Buffer.from(nama, 'utf8'), waktu: cap.waktu, tanggal: cap.tanggal, flag: UTF8, data })),
  ];
  // each part is compressed on the thread pool while the next one is prepared
  const siap = await Promise.all(
    entri.map((e) => {
      const data = ubah(e.nama.toString('utf8'), e.data);
      return gzipAsync(data, { level: 6 }).then((gz) => ({ e, data, gz }));
    }),
  );
  const bagian: Buffer[] = [];
  const pusat: Buffer[] = [];
  let offset = 0;
  for (const { e, data, gz } of siap) {
    // gzip is raw deflate between a 10-byte header and a trailer holding the CRC-32 and the size
    const crc = gz.readUInt32LE(gz.length - 8);
    const padat = gz.subarray(10, gz.length - 8);
    const lokal = Buffer.alloc(30);
    lokal.writeUInt32LE(LOKAL, 0);
    lokal.writeUInt16LE(20, 4);
    lokal.writeUInt16LE(e.flag, 6);
    lokal.writeUInt16LE(8, 8);
    lokal.writeUInt16LE(e.waktu, 10);
    lokal.writeUInt16LE(e.tanggal, 12);
    lokal.writeUInt32LE(crc, 14);
    lokal.writeUInt32LE(padat.length, 18);
    lokal.writeUInt32LE(data.length, 22);
    lokal.writeUInt16LE(e.nama.length, 26);
    lokal.writeUInt16LE(0, 28);
    const p = Buffer.alloc(46);
    p.writeUInt32LE(PUSAT, 0);
    p.writeUInt16LE(20, 4);
    p.writeUInt16LE(20, 6);
    p.writeUInt16LE(e.flag, 8);
    p.writeUInt16LE(8, 10);
    p.writeUInt16LE(e.waktu, 12);
    p.writeUInt16LE(e.tanggal, 14);
    p.writeUInt32LE(crc, 16);
    p.writeUInt32LE(padat.length, 20);
    p.writeUInt32LE(data.length, 24);
    p.writeUInt16LE(e.nama.length, 28);
    p.writeUInt32LE(offset, 42);
    bagian.push(lokal, e.nama, padat);
    pusat.push(p, e.nama);
    offset += lokal.length + e.nama.length + padat.length;
  }
  const ukuranPusat = pusat.reduce((n, b) => n + b.length, 0);
  const akhir = Buffer.alloc(22);
  akhir.writeUInt32LE(AKHIR, 0);
  akhir.writeUInt16LE(entri.length, 8);
  akhir.writeUInt16LE(entri.length, 10);
  akhir.writeUInt32LE(ukuranPusat, 12);
  akhir.writeUInt32LE(offset, 16);
  return Buffer.concat([...bagian, ...pusat, akhir]);
}

function bacaEntri(zip: Buffer): Entri[] {
  const a = zip.lastIndexOf(Buffer.from([0x50, 0x4b, 0x05, 0x06]));
  if (a < 0) throw new Error('zip tanpa direktori pusat');
  const jumlah = zip.readUInt16LE(a + 10);
  let p = zip.readUInt32LE(a + 16);
  const entri: Entri[] = [];
  for (let i = 0; i < jumlah; i++) {
    if (zip.readUInt32LE(p) !== PUSAT) throw new Error('direktori pusat zip rusak');
    const metode = zip.readUInt16LE(p + 10);
    const ukuran = zip.readUInt32LE(p + 24);
    const panjangNama = zip.readUInt16LE(p + 28);
    const lokal = zip.readUInt32LE(p + 42);
    if (metode !== 0 || zip.readUInt32LE(p + 20) !== ukuran) throw new Error('entri zip tidak tersimpan apa adanya');
    const mulai = lokal + 30 + zip.readUInt16LE(lokal + 26) + zip.readUInt16LE(lokal + 28);
    entri.push({
      nama: zip.subarray(p + 46, p + 46 + panjangNama),
      waktu: zip.readUInt16LE(p + 12),
      tanggal: zip.readUInt16LE(p + 14),
      flag: zip.readUInt16LE(p + 8) & UTF8,
      data: zip.subarray(mulai, mulai + ukuran),
    });
    p += 46 + panjangNama + zip.readUInt16LE(p + 30) + zip.readUInt16LE(p + 32);
  }
  return entri;
}
