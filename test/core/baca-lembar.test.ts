import { describe, expect, it } from 'vitest';
import { bacaLembar } from './baca';
import { akhirTabel } from '../../core/akhir-tabel';
import { bulat } from '../../core/bulat';
import { alamatSel, DAFTAR_PERAN, hurufKolom, petaKolomOtomatis } from '../../core/kolom';
import type { ModelLapkin, Sel } from '../../core/model';
import { opsiBawaan, skorModel } from '../../core/skor';
import { SKEMA_BAWAAN } from '../../core/skema';
import { emas, type EmasNps, type EmasPeriode } from './golden/emas';
import { TABEL_3_1, TABEL_5 } from './lembar-contoh';

interface EmasPeriksa {
  kasus: {
    sumber: string;
    skema?: string;
    baris: { label: string; nps: number; kriteria?: string }[];
    temuan: { label: string; kolom: string; seharusnya: number | string }[];
  }[];
}
const periksa = emas<EmasPeriksa>('periksa');
const nps = emas<EmasNps>('nps');

function baca(nilai: Sel[][], opsi: Parameters<typeof bacaLembar>[1] = {}): ModelLapkin {
  const h = bacaLembar(nilai, opsi);
  expect(h.masalah).toEqual([]);
  if (h.model === null) throw new Error('tidak terbaca');
  return h.model;
}

/** What the report's table should have printed: its rows, with the audit's corrections applied. */
function seharusnya(sumber: string) {
  const kasus = periksa.kasus.find((k) => k.sumber.startsWith(sumber));
  if (!kasus) throw new Error(sumber);
  return kasus.baris.map((b) => {
    const benar = (kolom: string) => kasus.temuan.find((t) => t.label === b.label && t.kolom === kolom)?.seharusnya;
    return { label: b.label, nps: (benar('nps') as number) ?? b.nps, kriteria: (benar('kriteria') as string) ?? b.kriteria };
  });
}

describe('bacaLembar: report 000 Tabel 5', () => {
  const model = baca(TABEL_5, { bobotIku: 2, barisAwal: 1 });

  it('finds the header below the title rows and maps the merged columns', () => {
    expect(model.barisHeader).toBe(4);
    expect(model.peta.peran).toEqual({ sasaran: 1, no: 2, indikator: 3, satuan: 4, target: 5, realisasi: 6, capaian: 7, iku: 8 });
    expect(model.indikator).toHaveLength(17);
    expect(model.sasaran).toHaveLength(12);
    expect(model.perspektif.map((p) => [p.nama, p.sasaran.length])).toEqual([
      ['Customer Perspective', 4],
      ['Internal Process Perspective', 7],
      ['Learning and Growth Perspective', 1],
    ]);
  });

  it('fills the sasaran down, reads typed figures and the IKU marks', () => {
    const [a, b] = model.indikator;
    expect([a!.sasaran, a!.no, a!.target, a!.realisasi, a!.iku, a!.bobot, a!.baris]).toEqual([
      model.sasaran[0]!.nama,
      '1',
      { jenis: 'angka', nilai: 54.3 },
      { jenis: 'angka', nilai: 53.36 },
      true,
      2,
      6,
    ]);
    expect([b!.sasaran, b!.no, b!.target.jenis, b!.iku, b!.bobot, b!.perspektif]).toEqual([
      a!.sasaran,
      '2',
      'kualitatif',
      false,
      1,
      'Customer Perspective',
    ]);
    expect(model.indikator.filter((i) => i.iku).map((i) => i.no)).toEqual(['1', '9']);
    expect(model.indikator.map((i) => i.no)).toEqual(Array.from({ length: 17 }, (_, i) => String(i + 1)));
  });

  it('scores to Tabel 4: sasaran and perspective NPS, and the unit 106,37 (tingkat perspektif)', () => {
    const opsi = { ...opsiBawaan(model), skema: SKEMA_BAWAAN['BPOM-2019'] };
    expect(opsi.tingkat).toBe('perspektif');
    const hasil = skorModel(model, opsi);
    const dihitung = hasil.perspektif.flatMap((p) => [
      { label: p.nama, nps: bulat(p.nps as number, 2), kriteria: p.kriteria },
      ...p.sasaran.map((s, i) => ({
        label: `S${model.sasaran.indexOf(s.sasaran) + 1}`,
        nps: bulat(s.nps as number, 2),
        kriteria: s.kriteria,
        i,
      })),
    ]);
    const tabel4 = seharusnya('000 Tabel 4');
    expect(dihitung.map(({ nps: n, kriteria }) => ({ nps: n, kriteria }))).toEqual(
      tabel4.filter((b) => b.label !== 'NPS unit').map(({ nps: n, kriteria }) => ({ nps: n, kriteria })),
    );
    const unit = tabel4.find((b) => b.label === 'NPS unit');
    expect({ nps: bulat(hasil.unit.nps as number, 2), kriteria: hasil.unit.kriteria }).toEqual({ nps: unit?.nps, kriteria: unit?.kriteria });
    expect(bulat(hasil.unit.nps as number, 2)).toBe(nps.kasus.find((k) => k.sasaran.startsWith('NPS unit (mean of the three'))?.nps);
  });

  it('gives the same with an explicit Bobot column instead of IKU marks', () => {
    const denganBobot = TABEL_5.map((b, i) =>
      i < 3 ? b : [...b.slice(0, 8), b.length > 1 && i !== 3 && i !== 9 ? (b[8] ? 2 : '') : i === 3 || i === 9 ? 'Bobot' : ''],
    );
    const m = baca(denganBobot);
    expect(m.peta.peran.bobot).toBe(8);
    const a = skorModel(m, opsiBawaan(m));
    const b = skorModel(model, opsiBawaan(model));
    expect(a.sasaran.map((s) => s.nps)).toEqual(b.sasaran.map((s) => s.nps));
  });
});

describe('bacaLembar: report 002 Tabel 3.1 (interim, BSC column, numbering row)', () => {
  const model = baca(TABEL_3_1, { barisAwal: 1 });

  it('maps Target/Realisasi TW III, the BSC perspective column and the indicator number', () => {
    expect(model.peta.peran).toEqual({ perspektif: 0, no: 3, sasaran: 2, indikator: 4, target: 5, realisasi: 6, capaian: 7 });
    expect(model.perspektif.map((p) => p.nama)).toEqual([
      'Stakeholders Perspective',
      'Internal Process Perspective',
      'Learning & Growth Perspective',
    ]);
    expect(model.sasaran.map((s) => s.indikator.length)).toEqual([5, 1, 4, 1, 2]);
    expect(model.indikator[5]!.target).toEqual({ jenis: 'kosong', alasan: '"-"' });
  });

  it('scores S1 to the figure its indicators give (the report printed another), S5, S10 as in Tabel 3.2', () => {
    const hasil = skorModel(model, { ...opsiBawaan(model), tingkat: 'sasaran' });
    const tabel32 = seharusnya('002 Tabel 3.2');
    expect(bulat(hasil.sasaran[0]!.nps as number, 2)).toBe(tabel32[0]!.nps);
    expect(hasil.sasaran[0]!.kriteria).toBe(tabel32[0]!.kriteria);
    expect(bulat(hasil.sasaran[2]!.nps as number, 2)).toBe(nps.kasus.find((k) => k.sasaran === 'S5')?.nps);
    expect(bulat(hasil.sasaran[4]!.nps as number, 2)).toBe(nps.kasus.find((k) => k.sasaran.startsWith('S10'))?.nps);
    expect(hasil.sasaran[1]!.nps).toBeNull();
    expect(hasil.sasaran[1]!.indikator[0]!.keterangan).toBe('Target dan realisasi belum ada ("-")');
  });
});

describe('bacaLembar: monthly targets and two-row headers', () => {
  const periode = emas<EmasPeriode>('periode');
  const BULAN = ['Jan', 'Feb', 'Mar', 'Apr', 'Mei', 'Jun', 'Jul', 'Ags', 'Sep', 'Okt', 'Nov', 'Des'];

  it('Jan..Des columns (Tabel 2.4) give the TW targets of periode.json', () => {
    const lembar: Sel[][] = [
      ['Tabel 2.4 Rencana Aksi Perjanjian Kinerja'],
      ['No', 'Sasaran Strategis', 'Indikator Kinerja', '', 'Target', ...BULAN, 'Realisasi'],
      ...periode.kasus.map((k, i) => [
        i === 0 ? 1 : '',
        i === 0 ? 'Sasaran contoh' : '',
        i + 1,
        k.indikator,
        k.target_tahunan,
        ...k.bulanan.map((b) => b ?? '-'),
        50,
      ]),
    ];
    const model = baca(lembar);
    expect(model.peta.peran.bulan1).toBe(5);
    expect(model.peta.peran.bulan12).toBe(16);
    expect(model.peta.peran.realisasi).toBe(17);
    for (const [nama, tw] of [
      ['TW I', 'TW1'],
      ['TW II', 'TW2'],
      ['TW III', 'TW3'],
      ['TW IV', 'TW4'],
    ] as const) {
      const hasil = skorModel(model, { ...opsiBawaan(model), periode: tw });
      expect(hasil.indikator.map((s) => (s.target.jenis === 'angka' ? s.target.nilai : null))).toEqual(
        periode.kasus.map((k) => k.target_tw[nama]),
      );
      expect(hasil.indikator.map((s) => s.capaianTahunan)).toEqual(periode.kasus.map((k) => (50 / k.target_tahunan) * 100));
    }
  });

  it("'Target' and 'Realisasi' over TW I..TW IV, with the sasaran on its own row", () => {
    const lembar: Sel[][] = [
      ['Indikator Kinerja', 'Satuan', 'Target', '', '', '', 'Realisasi', '', '', ''],
      ['', '', 'TW I', 'TW II', 'TW III', 'TW IV', 'TW I', 'TW II', 'TW III', 'TW IV'],
      ['Sasaran 1: Meningkatnya mutu layanan'],
      ['Indeks kepuasan', 'Indeks', 70, 75, 80, 85, 72, 76, '', ''],
    ];
    const model = baca(lembar);
    expect(model.peta.peran).toMatchObject({
      indikator: 0,
      satuan: 1,
      bulan3: 2,
      bulan6: 3,
      bulan9: 4,
      bulan12: 5,
      realisasiBulan3: 6,
      realisasiBulan12: 9,
    });
    const [ind] = model.indikator;
    expect([ind!.sasaran, ind!.target, ind!.realisasi]).toEqual([
      'Sasaran 1: Meningkatnya mutu layanan',
      { jenis: 'angka', nilai: 85 },
      { jenis: 'angka', nilai: 76 },
    ]);
    const tw2 = skorModel(model, { ...opsiBawaan(model), periode: 'TW2' });
    expect(tw2.indikator[0]!.capaian).toBe((76 / 75) * 100);
    expect(tw2.indikator[0]!.capaianTahunan).toBe((76 / 85) * 100);
  });

  it('B3/B6/B9/B12 columns are months 3, 6, 9, 12', () => {
    const model = baca([
      ['Indikator', 'Target', 'B3', 'B6', 'B9', 'B12', 'Realisasi'],
      ['Nilai A', 90, 20, 45, 70, 90, 60],
    ]);
    expect(model.peta.peran).toMatchObject({ bulan3: 2, bulan6: 3, bulan9: 4, bulan12: 5 });
    expect(model.indikator[0]!.targetBulanan?.[8]).toEqual({ jenis: 'angka', nilai: 70 });
    expect(model.indikator[0]!.targetBulanan?.[0]).toEqual({ jenis: 'kosong', alasan: 'kolomnya tidak ada di lembar' });
  });

  it('prior years: Target 2023 / Realisasi 2023 beside 2024, and 2023 over T R %', () => {
    const satu = baca([
      ['Indikator Kinerja', 'Target 2023', 'Realisasi 2023', 'Target 2024', 'Realisasi s.d. Triwulan II', 'Target Akhir Renstra'],
      ['Nilai A', 80, 82, 85, 40, 90],
    ]);
    expect(satu.peta).toEqual({
      peran: { indikator: 0, target: 3, realisasi: 4, targetRenstra: 5 },
      tahunLalu: [{ tahun: 2023, target: 1, realisasi: 2 }],
    });
    expect(satu.indikator[0]!.tahunLalu).toEqual([
      { tahun: 2023, target: { jenis: 'angka', nilai: 80 }, realisasi: { jenis: 'angka', nilai: 82 } },
    ]);
    const dua = baca([
      ['No', 'Indikator', '2024', '', '', '2023', '', ''],
      ['', '', 'T', 'R', '%', 'T', 'R', '%'],
      [1, 'Nilai A', 85, 86, '', 80, 82, ''],
    ]);
    expect(dua.peta).toEqual({
      peran: { no: 0, indikator: 1, target: 2, realisasi: 3, capaian: 4 },
      tahunLalu: [{ tahun: 2023, target: 5, realisasi: 6 }],
    });
  });
});

describe('bacaLembar: settings columns and messy rows', () => {
  it('reads Bobot, IKU and Polaritas in their usual spellings', () => {
    const model = baca([
      ['Sasaran', 'Indikator', 'Target', 'Realisasi', 'Bobot', 'IKU', 'Polaritas'],
      ['S1', 'a', 10, 8, '', 'x', 'positif'],
      ['', 'b', 10, 8, 3, '', 'negatif'],
      ['', 'c', 10, 8, '1,5', 'Ya', 'Negatif-Rasio'],
      ['', 'd', 10, 8, '', 1, 'minimize'],
      ['', 'e', 10, 8, '', 'tidak', '+'],
      ['', 'f', 10, 8, '', '-', '-'],
    ]);
    expect(model.indikator.map((i) => [i.bobot, i.iku, i.polaritas])).toEqual([
      [1, true, 'positif'],
      [3, false, 'negatif'],
      [1.5, true, 'negatif-rasio'],
      [1, true, 'negatif'],
      [1, false, 'positif'],
      [1, false, 'negatif'],
    ]);
    expect(skorModel(model, opsiBawaan(model)).indikator.map((s) => s.capaian)).toEqual([80, 120, 125, 120, 80, 120]);
  });

  it('reports each bad cell with its row, column letter, text and reason, and keeps going', () => {
    const h = bacaLembar(
      [
        ['Laporan'],
        ['No', 'Sasaran', 'Indikator', 'Target', 'Realisasi', 'Bobot', 'Polaritas'],
        [1, 'S1', 'a', 80, 'xyz', 'dua', 'naik-turun'],
        [2, '', '', 80, 90, '', ''],
        ['', 'Jumlah', '', 160, 90, '', ''],
        [3, '', 'c', '#DIV/0!', 70, '', ''],
      ],
      { barisAwal: 5, kolomAwal: 2 },
    );
    expect(h.masalah).toEqual([
      { baris: 7, kolom: 'F', teks: 'xyz', alasan: 'Realisasi: Teks "xyz" tidak dapat dibaca sebagai angka' },
      { baris: 7, kolom: 'G', teks: 'dua', alasan: 'Bobot: Teks "dua" tidak dapat dibaca sebagai angka' },
      { baris: 7, kolom: 'H', teks: 'naik-turun', alasan: 'Polaritas "naik-turun" tidak dikenal: gunakan positif, negatif atau negatif-rasio' },
      { baris: 8, kolom: 'D', teks: '', alasan: 'Baris berisi target/realisasi tetapi nama indikatornya kosong' },
      { baris: 10, kolom: 'E', teks: '#DIV/0!', alasan: 'Target: Sel berisi galat #DIV/0!: perbaiki rumus sumbernya' },
    ]);
    expect(h.model?.indikator.map((i) => [i.nama, i.baris, i.sasaran])).toEqual([
      ['a', 7, 'S1'],
      ['c', 10, 'S1'],
    ]);
  });

  it('no header row: no model, one clear problem', () => {
    expect(bacaLembar([['Catatan rapat'], ['Tanggal', 'Peserta'], [1, 2]])).toEqual({
      model: null,
      masalah: [
        {
          baris: 0,
          kolom: '',
          teks: '',
          alasan: 'Baris judul tabel indikator tidak ditemukan: perlu kolom "Indikator Kinerja" dan kolom "Target", "Realisasi" atau bulan',
        },
      ],
    });
    expect(bacaLembar([]).model).toBeNull();
  });

  it('perspective rows in Indonesian, an IKU column that holds the names, no sasaran column', () => {
    const model = baca([
      ['IKU', 'Target', 'Realisasi'],
      ['Perspektif Pemangku Kepentingan'],
      ['Indeks kepuasan masyarakat', 80, 84],
      ['Perspektif Proses Internal'],
      ['Persentase layanan tepat waktu', 90, 81],
    ]);
    expect(model.peta.peran).toEqual({ indikator: 0, target: 1, realisasi: 2 });
    expect(model.perspektif.map((p) => [p.nama, p.sasaran.map((s) => s.nama)])).toEqual([
      ['Perspektif Pemangku Kepentingan', ['Indeks kepuasan masyarakat']],
      ['Perspektif Proses Internal', ['Persentase layanan tepat waktu']],
    ]);
  });

  it("the panel's own mapping overrides the detected one", () => {
    const lembar: Sel[][] = [
      ['Nama', 'Nilai rencana', 'Nilai capai'],
      ['a', 50, 40],
    ];
    expect(bacaLembar(lembar).model).toBeNull();
    const m = baca(lembar, { peta: { peran: { indikator: 0, target: 1, realisasi: 2 }, tahunLalu: [] } });
    expect(skorModel(m, opsiBawaan(m)).indikator[0]!.capaian).toBe(80);
  });
});

describe('column helpers', () => {
  it('letters and addresses', () => {
    expect([0, 25, 26, 51, 701, 702].map(hurufKolom)).toEqual(['A', 'Z', 'AA', 'AZ', 'ZZ', 'AAA']);
    expect(alamatSel(7, 2)).toBe('C7');
  });

  it('petaKolomOtomatis shows the detected header texts; DAFTAR_PERAN labels every role', () => {
    const d = petaKolomOtomatis(TABEL_5);
    expect(d?.indeksHeader).toBe(3);
    expect(d?.judul.slice(0, 3)).toEqual(['SASARAN PROGRAM', '', 'INDIKATOR KINERJA']);
    expect(DAFTAR_PERAN.bulan9).toBe('Target September');
    expect(DAFTAR_PERAN.realisasiBulan3).toBe('Realisasi Maret');
    expect(Object.keys(DAFTAR_PERAN)).toHaveLength(14 + 24);
  });
});

describe('akhirTabel: another table starts only where column words of figures stand', () => {
  const kepala = ['No', 'Sasaran', 'Indikator Kinerja', 'Satuan', 'Target', 'Realisasi', 'Capaian (%)'];
  it('an indicator without figures is never a header, whatever its name and unit', () => {
    expect(akhirTabel([2, '', 'Program pembinaan UMKM terlaksana', 'kegiatan', '', '', ''], false, kepala)).toBeNull();
    expect(akhirTabel([3, '', 'Realisasi anggaran', '%', '', '', ''], false, kepala)).toBeNull();
    expect(akhirTabel(['', 'Uraian', 'Program', 'Kegiatan', 'Volume', 'Satuan', ''], false, kepala)).toBeNull();
  });
  it('a budget or indicator header below ends the table, wherever its columns fall', () => {
    expect(akhirTabel(['No', 'Uraian', 'Pagu (Rp)', 'Realisasi (Rp)', 'Serapan (%)', ''], false, kepala)).toBe('akhir');
    expect(akhirTabel(['', 'Program', 'Kegiatan', '', 'Pagu', 'Realisasi', '%'], false, kepala)).toBe('akhir');
    expect(akhirTabel(['', '', 'Indikator', '', 'Target', 'Realisasi', 'Capaian'], false, kepala)).toBe('akhir');
  });
});
