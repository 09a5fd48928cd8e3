// The layout corpus through the public command: lapkin hitung --json per sheet, lapkin periksa
// on the right workbook (nothing found) and on the one with planted misprints (each found).
import path from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import type { HitungJson } from '../../cli/json-hitung';
import type { Temuan } from '../../core/model';
import { cekHitung } from '../fixtures/tata-letak/cek';
import { KASUS } from '../fixtures/tata-letak/korpus';
import { tulisKorpus } from '../fixtures/tata-letak/tulis-xlsx';
import { folderSementara, lapkin } from './jalankan';

let benar: string;
let salah: string;

beforeAll(async () => {
  const folder = folderSementara();
  benar = path.join(folder, 'korpus.xlsx');
  salah = path.join(folder, 'korpus-salah-cetak.xlsx');
  await tulisKorpus(benar, KASUS);
  await tulisKorpus(salah, KASUS, true);
});

describe('layout corpus through lapkin', () => {
  for (const k of KASUS) {
    it(`hitung --json: ${k.nama}`, async () => {
      const r = await lapkin('hitung', benar, '--lembar', k.nama, '--json');
      expect(r.kode, r.galat).toBe(k.harapan.bermasalah ? 2 : 0);
      cekHitung(k, JSON.parse(r.keluar) as HitungJson);
    });
  }

  it('periksa: no finding on the right tables (exit 0), every planted misprint with its value (exit 3)', async () => {
    const r = await lapkin('periksa', benar, '--json');
    expect(JSON.parse(r.keluar)).toEqual({ temuan: [] });
    expect(r.kode).toBe(0);
    const s = await lapkin('periksa', salah, '--json');
    expect(s.kode).toBe(3);
    const temuan = (JSON.parse(s.keluar) as { temuan: Temuan[] }).temuan;
    const harap = KASUS.flatMap((k) => k.salah.map((x) => ({ lembar: k.nama, sel: x.sel, seharusnya: x.seharusnya })));
    expect(temuan.map((t) => `${t.lembar}!${t.sel}`)).toEqual(harap.map((h) => `${h.lembar}!${h.sel}`));
    temuan.forEach((t, i) => expect(t.seharusnya as number).toBeCloseTo(harap[i]!.seharusnya, 9));
  });

  it('--ketat stops at the unreadable cell', async () => {
    const r = await lapkin('hitung', benar, '--lembar', 'Sel rusak', '--ketat');
    expect(r.kode).toBe(1);
    expect(r.galat).toBe(`lapkin: ${benar}, lembar "Sel rusak", sel D2: Realisasi: Teks "sebelas kali" tidak dapat dibaca sebagai angka\n`);
  });
});
