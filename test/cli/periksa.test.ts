// `lapkin periksa` on filled tables as the reports printed them (golden/periksa.json): it flags
// exactly the listed cells, with the value they should have, and nothing else.
import ExcelJS from 'exceljs';
import path from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { bulat } from '../../core/bulat';
import { folderSementara, lapkin, sha256 } from './jalankan';
import { emas } from '../core/golden/emas';
import { tulisLaporan000 } from './laporan-000';

interface Baris {
  label: string;
  nps: number;
  kriteria?: string;
}
interface Kasus {
  sumber: string;
  skema?: string;
  indikator_sasaran_1?: number[];
  baris: (Baris & { anggota?: number[] })[];
  temuan: { label: string; kolom: 'nps' | 'kriteria'; tercetak: number | string; seharusnya: number | string }[];
}

const KASUS = emas<{ kasus: Kasus[] }>('periksa').kasus;
/** Title in row 1, header in row 2 (the audit finds the header in the first rows), data from row 3. */
const BARIS_DATA = 3;

interface Lembar {
  nama: string;
  /** Where each label's NPS and kriteria cells are, to turn the golden findings into addresses. */
  sel: Map<string, { nps: string; kriteria: string }>;
}

/**
 * A sheet in the audit's sasaran-list layout (Perspektif / Sasaran | NPS | Kriteria), or, when the
 * case lists the indicators of its sasaran, the indicator-matrix layout
 * (Sasaran | Indikator | Capaian (%) | NPS | Kriteria) with the NPS on the sasaran's first row.
 */
function tulisKasus(wb: ExcelJS.Workbook, kasus: Kasus, nama: string): Lembar {
  const ws = wb.addWorksheet(nama);
  ws.getCell('A1').value = kasus.sumber;
  const sel = new Map<string, { nps: string; kriteria: string }>();
  const adaKriteria = kasus.baris.some((b) => b.kriteria !== undefined);
  if (kasus.indikator_sasaran_1) {
    ws.getRow(2).values = ['Sasaran', 'Indikator', 'Capaian (%)', 'NPS', 'Kriteria'];
    const b = kasus.baris[0];
    kasus.indikator_sasaran_1.forEach((c, i) => {
      ws.getRow(BARIS_DATA + i).values = [
        i === 0 ? b!.label : null,
        `Indikator ${i + 1}`,
        c,
        i === 0 ? b!.nps : null,
        i === 0 ? b!.kriteria : null,
      ];
    });
    sel.set(b!.label, { nps: `D${BARIS_DATA}`, kriteria: `E${BARIS_DATA}` });
    return { nama, sel };
  }
  ws.getRow(2).values = ['Perspektif / Sasaran', 'NPS', ...(adaKriteria ? ['Kriteria'] : [])];
  let r = BARIS_DATA;
  for (const b of kasus.baris) {
    ws.getRow(r).values = [b.label, b.nps, ...(adaKriteria ? [b.kriteria] : [])];
    sel.set(b.label, { nps: `B${r}`, kriteria: `C${r}` });
    r++;
    // a perspective printed with the sasaran it averages
    for (const [i, nps] of (b.anggota ?? []).entries()) ws.getRow(r++).values = [`Sasaran ${i + 1}`, nps];
  }
  return { nama, sel };
}

function harapan(kasus: Kasus, lembar: Lembar) {
  return kasus.temuan.map((t) => ({
    lembar: lembar.nama,
    sel: lembar.sel.get(t.label)![t.kolom],
    tercetak: t.tercetak,
    seharusnya: t.seharusnya,
  }));
}

type TemuanJson = {
  lembar: string;
  sel: string;
  baris: number;
  kolom: string;
  tercetak: number | string;
  seharusnya: number | string;
  alasan: string;
};
const ringkas = (t: TemuanJson) => ({
  lembar: t.lembar,
  sel: t.sel,
  tercetak: t.tercetak,
  seharusnya: typeof t.seharusnya === 'number' ? bulat(t.seharusnya, 2) : t.seharusnya,
});

let folder: string;
beforeAll(() => {
  folder = folderSementara();
});

describe('lapkin periksa on the golden cases', () => {
  for (const [i, kasus] of KASUS.entries()) {
    it(`${kasus.sumber}: flags exactly the listed cells`, async () => {
      const wb = new ExcelJS.Workbook();
      const lembar = tulisKasus(wb, kasus, `Kasus ${i + 1}`);
      const berkas = path.join(folder, `kasus-${i + 1}.xlsx`);
      await wb.xlsx.writeFile(berkas);
      const sebelum = sha256(berkas);
      const r = await lapkin('periksa', berkas, '--json', ...(kasus.skema ? ['--skema', kasus.skema] : []));
      expect(r.galat).toBe('');
      expect(r.kode).toBe(3);
      expect(sha256(berkas)).toBe(sebelum);
      const { temuan } = JSON.parse(r.keluar) as { temuan: TemuanJson[] };
      expect(temuan.map(ringkas)).toEqual(harapan(kasus, lembar));
      for (const t of temuan) {
        expect(Object.keys(t)).toEqual(['lembar', 'sel', 'baris', 'kolom', 'tercetak', 'seharusnya', 'alasan']);
        expect(t.sel).toBe(`${t.kolom}${t.baris}`);
        expect(t.alasan).not.toBe('');
      }
    });
  }

  it('audits every sheet of a workbook, or only the one named by --lembar', async () => {
    const wb = new ExcelJS.Workbook();
    wb.addWorksheet('Catatan').getCell('A1').value = 'Lembar tanpa tabel';
    const ber = KASUS.filter((k) => k.skema === 'BPOM-2019' || k.skema === undefined).map((k, i) => ({
      k,
      l: tulisKasus(wb, k, `Tabel ${i + 1}`),
    }));
    const berkas = path.join(folder, 'semua.xlsx');
    await wb.xlsx.writeFile(berkas);
    const semua = JSON.parse((await lapkin('periksa', berkas, '--json', '--skema', 'BPOM-2019')).keluar) as { temuan: TemuanJson[] };
    expect(semua.temuan.map(ringkas)).toEqual(ber.flatMap(({ k, l }) => harapan(k, l)));
    const satu = await lapkin('periksa', berkas, '--lembar', 'Tabel 1', '--skema', 'BPOM-2019', '--json');
    expect(satu.kode).toBe(3);
    expect(JSON.parse(satu.keluar).temuan.map(ringkas)).toEqual(harapan(ber[0]!.k, ber[0]!.l));
  });

  it('prints the findings as lines with decimal commas without --json', async () => {
    const kasus = KASUS.find((k) => k.skema === 'KEPKA-128-2022')!;
    const wb = new ExcelJS.Workbook();
    tulisKasus(wb, kasus, 'NSPK');
    const berkas = path.join(folder, 'teks.xlsx');
    await wb.xlsx.writeFile(berkas);
    const r = await lapkin('periksa', berkas, '--skema', 'KEPKA-128-2022');
    expect(r.kode).toBe(3);
    expect(r.keluar).toMatch(/^1 temuan:\n {2}NSPK!D3: tercetak 97,96, seharusnya 97,94\. .+\n$/);
  });

  it('finds nothing in the tables lapkin isi wrote (exit 0)', async () => {
    const masukan = path.join(folder, 'laporan-000.xlsx');
    await tulisLaporan000(masukan);
    const keluar = path.join(folder, 'laporan-000-lapkin.xlsx');
    expect((await lapkin('isi', masukan, '--skema', 'BPOM-2019')).kode).toBe(0);
    const r = await lapkin('periksa', keluar, '--skema', 'BPOM-2019', '--json');
    expect(r.kode).toBe(0);
    expect(JSON.parse(r.keluar)).toEqual({ temuan: [] });
    expect((await lapkin('periksa', keluar, '--skema', 'BPOM-2019')).keluar).toBe(
      `Tidak ada temuan: angka di ${keluar} sesuai dengan perhitungan ulang.\n`,
    );
  });

  // a sheet naming its perspectives by turns (P1, P2, P1, P2): every table shows each perspective
  // once, with all its sasaran under it, so the header's NPS is the mean of the rows below it
  it('a sheet listing sasaran of its perspectives by turns: each perspective is one group, and the audit finds nothing', async () => {
    const wb = new ExcelJS.Workbook();
    const ws = wb.addWorksheet('Pengukuran Kinerja');
    ws.addRow(['Perspektif', 'Sasaran Strategis', 'Indikator Kinerja', 'Satuan', 'Target', 'Realisasi']);
    const realisasi = [90, 110, 80, 104];
    realisasi.forEach((r, i) => ws.addRow([`Perspektif ${(i % 2) + 1}`, `Sasaran ${i + 1}`, `Indikator ${i + 1}`, '%', 100, r]));
    const masukan = path.join(folder, 'berselang.xlsx');
    await wb.xlsx.writeFile(masukan);
    const keluar = path.join(folder, 'berselang-lapkin.xlsx');
    expect((await lapkin('isi', masukan)).kode).toBe(0);
    const hasil = new ExcelJS.Workbook();
    await hasil.xlsx.readFile(keluar);
    const sasaran = hasil.getWorksheet('Pencapaian Sasaran')!;
    const isi: unknown[][] = [];
    sasaran.eachRow((row) => isi.push((row.values as unknown[]).slice(1, 4).map((v) => (typeof v === 'number' ? bulat(v, 2) : v))));
    expect(isi.slice(2, 8)).toEqual([
      ['A', 'Perspektif 1', 85],
      [1, 'Sasaran 1', 90],
      [2, 'Sasaran 3', 80],
      ['B', 'Perspektif 2', 107],
      [3, 'Sasaran 2', 110],
      [4, 'Sasaran 4', 104],
    ]);
    const r = await lapkin('periksa', keluar, '--json');
    expect(JSON.parse(r.keluar)).toEqual({ temuan: [] });
    expect(r.kode).toBe(0);
  });
});
