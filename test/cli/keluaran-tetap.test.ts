// The filled workbook byte for byte: `lapkin isi` on the two examples (every table, monthly
// targets, budget, a two-row header) and on a generated unit of 3,000 indicators (blanks,
// qualitative targets, an unreadable cell (H19), negative polarity, budget) gives exactly the bytes
// recorded here. A change to how tables are built or written in memory must not move one byte;
// a change meant to alter the output records the new digests with the reason in its commit.
import { writeFileSync } from 'node:fs';
import path from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { buatPaket, lembarData } from '../xlsx/paket-uji';
import { folderSementara, lapkin, sha256 } from './jalankan';

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
    ['examples/contoh-lapkin.xlsx', [], 'c9ae0b2afc08083952d4ce4f7aaf8d4d8ce7fce2b5763df2167503904b6b88f4'],
    ['examples/contoh-capaian-dua-baris.xlsx', [], 'd530e7816b42ac792306731032f8584e171cdcb0931935f4a9012af692dfbc93'],
    [
      'examples/contoh-lapkin.xlsx',
      ['--periode', 'TW3', '--skema', 'BPOM-2019'],
      'e549be2b69e433a380658c141a08ab75e37c9f33ce8ff9bd8c243ba70c8e3d21',
    ],
  ] as const)('%s %j', async (masukan, opsi, digest) => {
    const keluar = path.join(folder, `${path.basename(masukan, '.xlsx')}-${opsi.length}.xlsx`);
    const r = await lapkin('isi', path.resolve(masukan), '--keluar', keluar, ...opsi);
    expect(r.kode).toBe(0);
    expect(sha256(keluar)).toBe(digest);
  });

  it('a generated unit of 3,000 indicators', async () => {
    const masukan = path.join(folder, 'unit-3000.xlsx');
    writeFileSync(masukan, bukuUnit(3000));
    const keluar = path.join(folder, 'unit-3000-lapkin.xlsx');
    const r = await lapkin('isi', masukan, '--keluar', keluar);
    expect(r.kode).toBe(2);
    expect(r.galat).toMatch(/H19/);
    expect(r.galat).toMatch(/Tabel rencana-aksi dilewati/);
    expect(sha256(keluar)).toBe('3370d3b1f8a66d53d6e88b4acb7a13def912e1af8af0529eb85688baba4e0c31');
  }, 60_000);
});
