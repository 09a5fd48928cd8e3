// The filled workbook byte for byte: `lapkin isi` on the two examples (every table, monthly
// targets, budget, a two-row header) and on a generated unit of 3,000 indicators (blanks,
// qualitative targets, an unreadable cell (H19), negative polarity, budget) gives exactly the parts
// recorded here: each part's name in the package's order, its CRC and its bytes once inflated.
// A change to how tables are built or written in memory must not move one byte; a change meant to
// alter the output records the new digests with the reason in its commit. The compressed bytes are
// left out: they are zlib's (the command deflates with Node's), which another zlib build may pack
// differently without changing one byte of the workbook.
import { createHash } from 'node:crypto';
import { readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { buatPaket, lembarData } from '../xlsx/paket-uji';
import { bacaBagian, bukaPaket } from '../../xlsx/paket';
import { folderSementara, lapkin } from './jalankan';

/** The digest of a package's parts: name, CRC and inflated bytes of each, in the package's order. */
function sidikBagian(berkas: string): string {
  const paket = bukaPaket(new Uint8Array(readFileSync(berkas)), berkas);
  const h = createHash('sha256');
  for (const nama of paket.urutan) h.update(`${nama}\0${paket.entri.get(nama)!.crc}\0`).update(bacaBagian(paket, nama));
  return h.digest('hex');
}

const esc = (s: string) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;');
const teks = (ref: string, s: string) => `<c r="${ref}" t="inlineStr"><is><t>${esc(s)}</t></is></c>`;
const angka = (ref: string, x: number) => `<c r="${ref}"><v>${x}</v></c>`;

/** A unit of n indicators: 4 perspectives, a sasaran every 5 indicators, budget columns, a few odd cells. */
function bukuUnit(n: number): Uint8Array {
  const kepala = 'Perspektif|Sasaran Strategis|No|Indikator Kinerja|Satuan|Bobot|Target|Realisasi|Polaritas|Pagu|Realisasi Anggaran'.split('|');
  const baris = [`<row r="1">${kepala.map((k, i) => teks(`${String.fromCharCode(65 + i)}1`, k)).join('')}</row>`];
  for (let i = 0; i < n; i++) {
    const r = i + 2;
    const target = 50 + (i % 50);
    const realisasi = target * (0.8 + ((i * 7) % 40) / 100);
    const sel = [
      i % 5 === 0
        ? teks(`A${r}`, `Perspektif ${1 + (Math.floor(i / 5) % 4)}`) +
          teks(`B${r}`, `Sasaran ${Math.floor(i / 5) + 1} meningkatnya kualitas layanan publik`)
        : '',
      angka(`C${r}`, i + 1),
      teks(
        `D${r}`,
        `Persentase layanan nomor ${i + 1} yang diselesaikan tepat waktu${i % 7 === 0 ? ' sesuai standar pelayanan minimal & maklumat' : ''}`,
      ),
      teks(`E${r}`, i % 11 === 0 ? 'Opini' : '%'),
      angka(`F${r}`, 1 + (i % 3)),
      i % 11 === 0 ? teks(`G${r}`, 'WTP') : angka(`G${r}`, target),
      i % 11 === 0
        ? teks(`H${r}`, i % 22 === 0 ? 'WTP' : 'WDP')
        : i % 13 === 0
          ? teks(`H${r}`, '-')
          : i === 17
            ? `<c r="H${r}"><v>85,5</v></c>`
            : angka(`H${r}`, Number(realisasi.toFixed(2))),
      teks(`I${r}`, i % 9 === 0 ? 'negatif' : 'positif'),
      angka(`J${r}`, 1000000 + i * 1000),
      angka(`K${r}`, 900000 + ((i * 37) % 100) * 1000),
    ];
    baris.push(`<row r="${r}">${sel.join('')}</row>`);
  }
  // a fixed date: the kept parts are copied with it
  return buatPaket([{ nama: 'Pengukuran Kinerja', isi: lembarData(baris.join('')) }], { mtime: new Date(2024, 0, 1) });
}

let folder: string;
beforeAll(() => {
  folder = folderSementara();
});

describe('lapkin isi: the filled workbook byte for byte', () => {
  it.each([
    ['examples/contoh-lapkin.xlsx', [], 'dea67d61478d501786586cf1c382f0d572698cd84cb8b259c9adbf8d92d33706'],
    ['examples/contoh-capaian-dua-baris.xlsx', [], '8ea3a8db5db8fca55c78b7e712deaa36cb9cbd4fd4b9e9deed2d8c5ba2455c22'],
    [
      'examples/contoh-lapkin.xlsx',
      ['--periode', 'TW3', '--skema', 'BPOM-2019'],
      '61dc75f11424a9f66ee905fbbe29f950ec53bb4b20198a8545fe7e240447c183',
    ],
  ] as const)('%s %j', async (masukan, opsi, digest) => {
    const keluar = path.join(folder, `${path.basename(masukan, '.xlsx')}-${opsi.length}.xlsx`);
    const r = await lapkin('isi', path.resolve(masukan), '--keluar', keluar, ...opsi);
    expect(r.kode).toBe(0);
    expect(sidikBagian(keluar)).toBe(digest);
  });

  it('a generated unit of 3,000 indicators', async () => {
    const masukan = path.join(folder, 'unit-3000.xlsx');
    writeFileSync(masukan, bukuUnit(3000));
    const keluar = path.join(folder, 'unit-3000-lapkin.xlsx');
    const r = await lapkin('isi', masukan, '--keluar', keluar);
    expect(r.kode).toBe(2);
    expect(r.galat).toMatch(/H19/);
    expect(r.galat).toMatch(/Tabel rencana-aksi dilewati/);
    expect(sidikBagian(keluar)).toBe('0fa29aac10b66171376500eb7ae5c1943140c794b1aed124d1a22d28b2e83884');
  }, 60_000);
});
