// `lapkin hitung` without --json on a large sheet: the readable answer is handed to the terminal in
// pieces of about 64 KiB, line by line, never as one string (at 100,000 indicators the one string
// and its copies took the command to 341 MB).
import { writeFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { uraiArgumen } from '../../cli/argumen';
import { hitung } from '../../cli/perintah/hitung';
import { buatPaket, lembarData } from '../xlsx/paket-uji';
import { folderSementara } from './jalankan';

const teks = (ref: string, s: string) => `<c r="${ref}" t="inlineStr"><is><t>${s}</t></is></c>`;

function bukuIndikator(n: number): Uint8Array {
  const kepala = ['Sasaran Strategis', 'Indikator Kinerja', 'Satuan', 'Target', 'Realisasi'];
  const baris = [`<row r="1">${kepala.map((k, i) => teks(`${String.fromCharCode(65 + i)}1`, k)).join('')}</row>`];
  for (let i = 0; i < n; i++) {
    const r = i + 2;
    baris.push(
      `<row r="${r}">${i % 10 === 0 ? teks(`A${r}`, `Sasaran ${i / 10 + 1}`) : ''}${teks(`B${r}`, `Indikator nomor ${i + 1}`)}` +
        `${teks(`C${r}`, '%')}<c r="D${r}"><v>80</v></c><c r="E${r}"><v>${60 + (i % 40)}</v></c></row>`,
    );
  }
  return buatPaket([{ nama: 'IKU', isi: lembarData(baris.join('')) }]);
}

describe('lapkin hitung (text)', () => {
  it('3,000 indicators: the table reaches the terminal in pieces of about 64 KiB, every line whole', async () => {
    const berkas = path.join(folderSementara(), 'iku-3000.xlsx');
    writeFileSync(berkas, bukuIndikator(3000));
    const tulis: string[] = [];
    const kode = await hitung.jalankan(uraiArgumen('hitung', [berkas], hitung.opsi), { tulis: (t) => tulis.push(t), lapor: () => undefined });
    expect(kode).toBe(0);
    expect(tulis.length).toBeGreaterThan(2);
    for (const t of tulis.slice(0, -1)) {
      expect(t.length).toBeGreaterThanOrEqual(64 * 1024);
      expect(t.length).toBeLessThan(65 * 1024);
    }
    const baris = tulis.join('').split('\n');
    // title, blank, header, rule, 3,000 indicators, blank, header, rule, 300 sasaran, blank, unit NPS, final line break
    expect(baris).toHaveLength(2 + 2 + 3000 + 1 + 2 + 300 + 2 + 1);
    expect(baris[2]).toMatch(/^Baris {2}Indikator +Satuan +Target +Realisasi +Capaian +Kriteria +Keterangan$/);
    expect(baris.slice(2, 5)).toEqual([
      'Baris  Indikator             Satuan  Target  Realisasi  Capaian  Kriteria                   Keterangan',
      '-----  --------------------  ------  ------  ---------  -------  -------------------------  ----------',
      '    2  Indikator nomor 1     %        80,00      60,00    75,00  Tidak Memenuhi Ekspektasi',
    ]);
    expect(baris[3003]).toBe(' 3001  Indikator nomor 3000  %        80,00      99,00   123,75  Tidak Dapat Disimpulkan');
    expect(baris.at(-1)).toBe('');
    expect(baris.at(-2)).toMatch(/^NPS unit: /);
  });
});
