// Report 000's Tabel 4 and 5 rebuilt by the command from a workbook of its 17 indicators.
import ExcelJS from 'exceljs';
import path from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { bulat, formatAngka } from '../../core/bulat';
import { SKEMA_BAWAAN } from '../../core/skema';
import { FORMAT, WARNA_KEPALA, WARNA_PERSPEKTIF } from '../../core/tabel/gaya';
import { folderSementara, lapkin, sha256 } from './jalankan';
import { emas } from '../core/golden/emas';
import { BARIS_HEADER, PERSPEKTIF, realisasiTakDibulatkan, tulisLaporan000 } from './laporan-000';

interface BarisTabel4 {
  label: string;
  nps: number;
  kriteria: string;
}
interface KasusPeriksa {
  sumber: string;
  baris: BarisTabel4[];
  temuan: { label: string; kolom: string; seharusnya: number | string }[];
}
interface KasusCapaian {
  sumber: string;
  indikator: string;
  capaian: number;
}

// Tabel 4 as printed, with the two labels the report got wrong replaced by what they should be
const tabel4 = emas<{ kasus: KasusPeriksa[] }>('periksa').kasus.find((k) => k.sumber.startsWith('000 Tabel 4'))!;
const seharusnya = (b: BarisTabel4) => ({
  nps: b.nps,
  kriteria: String(tabel4.temuan.find((t) => t.label === b.label && t.kolom === 'kriteria')?.seharusnya ?? b.kriteria),
});
const barisSasaran = (no: number) => seharusnya(tabel4.baris.find((b) => b.label === `S${no}`)!);
const barisPerspektif = (nama: string) => seharusnya(tabel4.baris.find((b) => b.label.endsWith(`. ${nama}`))!);
const unitNps = emas<{ kasus: { sasaran: string; nps: number }[] }>('nps').kasus.find((k) =>
  k.sasaran.startsWith('NPS unit (mean of the three perspectives)'),
)!.nps;
const unit = { nps: unitNps, kriteria: seharusnya(tabel4.baris.find((b) => b.label === 'NPS unit')!).kriteria };

const capaianGolden = (() => {
  const c = emas<{ kasus: KasusCapaian[]; kualitatif: KasusCapaian[] }>('capaian');
  return [...c.kasus, ...c.kualitatif].filter((k) => k.sumber === '000 Tabel 5');
})();
/** The golden capaian of an indicator named in full ('…' abbreviations in the golden names). */
function capaianDari(nama: string): number | undefined {
  return capaianGolden.find((k) => {
    const bagian = k.indikator.split('...').map((s) => s.trim());
    return nama.startsWith(bagian[0]!) && nama.includes(bagian[bagian.length - 1]!);
  })?.capaian;
}

const SASARAN = PERSPEKTIF.flatMap((p) => p.sasaran.map((s) => ({ ...s, perspektif: p.nama })));
const INDIKATOR = SASARAN.flatMap((s) => s.indikator.map(([no, nama]) => ({ no, nama, sasaran: s.no })));

let folder: string;
let masukan: string;
beforeAll(async () => {
  folder = folderSementara();
  masukan = path.join(folder, 'laporan-000.xlsx');
  await tulisLaporan000(masukan);
});

describe('lapkin hitung --json --skema BPOM-2019 (report 000)', () => {
  it('gives every capaian, sasaran NPS, perspective NPS and the unit 106,37 with BPOM-2019 labels', async () => {
    const sebelum = sha256(masukan);
    const r = await lapkin('hitung', masukan, '--json', '--skema', 'BPOM-2019');
    expect(r.galat).toBe('');
    expect(r.kode).toBe(0);
    expect(sha256(masukan)).toBe(sebelum);
    const json = JSON.parse(r.keluar);
    expect(Object.keys(json)).toEqual(['skema', 'indikator', 'sasaran', 'perspektif', 'unit']);
    expect(json.skema).toBe('BPOM-2019');

    expect(json.indikator).toHaveLength(17);
    json.indikator.forEach((ind: Record<string, unknown>, i: number) => {
      expect(Object.keys(ind)).toEqual([
        'lembar',
        'baris',
        'perspektif',
        'sasaran',
        'indikator',
        'satuan',
        'target',
        'realisasi',
        'capaian',
        'kriteria',
        'keterangan',
      ]);
      expect(ind.lembar).toBe('Tabel 5');
      expect(ind.baris).toBe(BARIS_HEADER + 1 + i);
      expect(ind.indikator).toBe(INDIKATOR[i]!.nama);
      expect(ind.keterangan).toBe('');
      const g = capaianDari(INDIKATOR[i]!.nama);
      // the golden file lists 15 of the 17 (two 100/100 rows are left out there)
      if (g !== undefined) expect(bulat(ind.capaian as number, 2)).toBe(g);
    });
    expect(json.indikator[1]).toMatchObject({ target: 'WTP', realisasi: 'WTP', capaian: 100 });
    // the unrounded realisasi (37/43, a formula in the sheet) is what the report computed from
    expect(json.indikator[7].realisasi).toBe(realisasiTakDibulatkan(INDIKATOR[7]!.nama));

    expect(json.sasaran.map((s: { nama: string }) => s.nama)).toEqual(SASARAN.map((s) => `${s.no}. ${s.nama}`));
    json.sasaran.forEach((s: { nps: number; kriteria: string; perspektif: string }, i: number) => {
      const g = barisSasaran(SASARAN[i]!.no);
      expect({ nps: bulat(s.nps, 2), kriteria: s.kriteria }).toEqual(g);
      expect(s.perspektif).toBe(SASARAN[i]!.perspektif);
    });
    expect(json.perspektif.map((p: { nama: string }) => p.nama)).toEqual(PERSPEKTIF.map((p) => p.nama));
    for (const p of json.perspektif) expect({ nps: bulat(p.nps, 2), kriteria: p.kriteria }).toEqual(barisPerspektif(p.nama));
    expect({ nps: bulat(json.unit.nps, 2), kriteria: json.unit.kriteria }).toEqual(unit);
  });

  it('prints a readable table with decimal commas without --json', async () => {
    const r = await lapkin('hitung', masukan, '--skema', 'bpom-2019');
    expect(r.kode).toBe(0);
    expect(r.keluar).toContain(`NPS unit: ${formatAngka(unit.nps)} (${unit.kriteria})`);
    for (const p of PERSPEKTIF) {
      const g = barisPerspektif(p.nama);
      expect(r.keluar).toMatch(new RegExp(`^${p.nama} +${formatAngka(g.nps)}  ${g.kriteria}$`, 'm'));
    }
  });
});

/** Header text → 1-based column, from the table's header row (row 2; the title is row 1). */
function kolomKepala(ws: ExcelJS.Worksheet): Map<string, number> {
  const peta = new Map<string, number>();
  ws.getRow(2).eachCell((c, k) => {
    if (!peta.has(String(c.value))) peta.set(String(c.value), k);
  });
  return peta;
}

function barisDengan(ws: ExcelJS.Worksheet, kolom: number, nilai: string): number {
  for (let r = 1; r <= ws.rowCount; r++) if (ws.getCell(r, kolom).value === nilai) return r;
  throw new Error(`"${nilai}" tidak ada di kolom ${kolom} lembar ${ws.name}`);
}

const isiSel = (c: ExcelJS.Cell) => (c.fill as ExcelJS.FillPattern | undefined)?.fgColor?.argb;

describe('lapkin isi --skema BPOM-2019 (report 000)', () => {
  let wb: ExcelJS.Workbook;
  let keluar: string;
  beforeAll(async () => {
    keluar = path.join(folder, 'keluaran.xlsx');
    const sebelum = sha256(masukan);
    const r = await lapkin('isi', masukan, '--keluar', keluar, '--skema', 'BPOM-2019');
    expect(r.kode).toBe(0);
    expect(sha256(masukan)).toBe(sebelum);
    expect(r.keluar).toContain(`NPS unit: ${formatAngka(unit.nps)} (${unit.kriteria})`);
    expect(r.keluar).toContain(`Ditulis: ${keluar}`);
    wb = new ExcelJS.Workbook();
    await wb.xlsx.readFile(keluar);
  });

  it('keeps the input sheet unchanged, then one sheet per table', async () => {
    const asli = new ExcelJS.Workbook();
    await asli.xlsx.readFile(masukan);
    expect(wb.worksheets[0]!.name).toBe('Tabel 5');
    expect(wb.worksheets.map((w) => w.name)).toEqual(expect.arrayContaining(['Pencapaian IKU', 'Pencapaian Sasaran']));
    const nilai = (ws: ExcelJS.Worksheet) => ws.getSheetValues().map((r) => (Array.isArray(r) ? [...r] : r));
    expect(nilai(wb.worksheets[0]!)).toEqual(nilai(asli.worksheets[0]!));
    expect(wb.worksheets[0]!.model.merges).toEqual(asli.worksheets[0]!.model.merges);
  });

  it('writes Tabel 4 (Pencapaian Sasaran): every NPS and kriteria, formats, fills, merges', () => {
    const ws = wb.getWorksheet('Pencapaian Sasaran')!;
    const k = kolomKepala(ws);
    const [nama, nps, kriteria] = [k.get('Perspektif / Sasaran')!, k.get('NPS')!, k.get('Kriteria')!];
    expect(ws.getCell(2, nama).fill).toMatchObject({ fgColor: { argb: `FF${WARNA_KEPALA}` } });
    expect(ws.model.merges).toContain(`A1:${ws.getColumn(kriteria).letter}1`);
    expect(ws.views[0]).toMatchObject({ state: 'frozen', ySplit: 2 });
    for (const p of PERSPEKTIF) {
      const r = barisDengan(ws, nama, p.nama);
      const g = barisPerspektif(p.nama);
      expect(isiSel(ws.getCell(r, nama))).toBe(`FF${WARNA_PERSPEKTIF}`);
      expect(ws.getCell(r, nama).font?.bold).toBe(true);
      expect(bulat(ws.getCell(r, nps).value as number, 2)).toBe(g.nps);
      expect(ws.getCell(r, kriteria).value).toBe(g.kriteria);
      for (const s of p.sasaran) {
        const rs = barisDengan(ws, nama, `${s.no}. ${s.nama}`);
        expect(ws.getCell(rs, nps).numFmt).toBe(FORMAT.persen);
        expect(bulat(ws.getCell(rs, nps).value as number, 2)).toBe(barisSasaran(s.no).nps);
        expect(ws.getCell(rs, kriteria).value).toBe(barisSasaran(s.no).kriteria);
      }
    }
    const akhir = ws.rowCount;
    expect(bulat(ws.getCell(akhir, nps).value as number, 2)).toBe(unit.nps);
    expect(ws.getCell(akhir, kriteria).value).toBe(unit.kriteria);
    expect(ws.getCell(akhir, 2).isMerged).toBe(true);
  });

  it('writes Tabel 5 (Pencapaian IKU): capaian, sasaran merged over their indicators, NPS on the first row', () => {
    const ws = wb.getWorksheet('Pencapaian IKU')!;
    const k = kolomKepala(ws);
    const [sasaran, indikator, capaian, nps] = ['Sasaran', 'Indikator Kinerja', 'Capaian (%)', 'NPS'].map((t) => k.get(t)!);
    for (const s of SASARAN) {
      const baris = s.indikator.map(([, nama]) => barisDengan(ws, indikator!, nama));
      const pertama = ws.getCell(baris[0]!, sasaran);
      expect(pertama.value).toBe(`${s.no}. ${s.nama}`);
      for (const r of baris.slice(1)) expect(ws.getCell(r, sasaran).master.address).toBe(pertama.address);
      expect(bulat(ws.getCell(baris[0]!, nps).value as number, 2)).toBe(barisSasaran(s.no).nps);
      s.indikator.forEach(([, nama], i) => {
        const c = ws.getCell(baris[i]!, capaian);
        expect(c.numFmt).toBe(FORMAT.persen);
        const g = capaianDari(nama);
        if (g !== undefined) expect(bulat(c.value as number, 2)).toBe(g);
      });
    }
    // the chart as in-cell data bars over the capaian column
    const letter = ws.getColumn(capaian!).letter;
    const cf = (ws as unknown as { conditionalFormattings: ExcelJS.ConditionalFormattingOptions[] }).conditionalFormattings.find((c) =>
      c.ref.startsWith(letter),
    );
    expect(cf?.rules[0]!.type).toBe('dataBar');
    expect(ws.pageSetup).toMatchObject({ orientation: 'landscape', fitToPage: true, fitToWidth: 1, fitToHeight: 0 });
  });

  it("fills kriteria cells with the scheme's colours (KEPKA-128-2022)", async () => {
    const keluar2 = path.join(folder, 'kepka.xlsx');
    expect((await lapkin('isi', masukan, '--keluar', keluar2, '--skema', 'KEPKA-128-2022', '--tabel', 'pencapaian-iku')).kode).toBe(0);
    const wb2 = new ExcelJS.Workbook();
    await wb2.xlsx.readFile(keluar2);
    expect(wb2.worksheets.map((w) => w.name)).toEqual(['Tabel 5', 'Pencapaian IKU', 'Lapkin Acuan Grafik']);
    const ws = wb2.getWorksheet('Pencapaian IKU')!;
    const kriteria = kolomKepala(ws).get('Kriteria')!;
    const warna = new Map(SKEMA_BAWAAN['KEPKA-128-2022'].pita.map((p) => [p.label, p.warna]));
    let diperiksa = 0;
    for (let r = 3; r <= ws.rowCount; r++) {
      const c = ws.getCell(r, kriteria);
      if (typeof c.value !== 'string' || !warna.has(c.value)) continue;
      expect(isiSel(c)).toBe(`FF${warna.get(c.value)}`);
      diperiksa++;
    }
    expect(diperiksa).toBe(17);
  });
});
