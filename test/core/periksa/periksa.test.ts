import { describe, expect, it } from 'vitest';
import { bulat } from '../../../core/bulat';
import type { Sel } from '../../../core/model';
import { periksaLembar } from '../../../core/periksa';
import { SKEMA_BAWAAN } from '../../../core/skema';
import { skorModel } from '../../../core/skor';
import { bangunTabel } from '../../../core/tabel';
import { angka, contohHasil, indikator, kosong, nilaiTabel } from '../tabel/contoh';
import { lembarEmas } from './periksa-emas';

const bpom = { skema: SKEMA_BAWAAN['BPOM-2019'] };
const kepka = { skema: SKEMA_BAWAAN['KEPKA-128-2022'] };

describe('periksa: the golden cases', () => {
  for (const l of lembarEmas()) {
    it(`${l.nama} (${l.kasus.sumber}) flags exactly the listed cells`, () => {
      const { temuan, masalah } = periksaLembar(l.nama, l.nilai, { skema: SKEMA_BAWAAN[l.skema as keyof typeof SKEMA_BAWAAN] });
      expect(masalah).toEqual([]);
      expect(temuan.map((t) => t.sel)).toEqual(l.kasus.temuan.map((t) => l.sel(t.label, t.kolom)));
      l.kasus.temuan.forEach((e, i) => {
        const t = temuan[i];
        expect(t!.lembar).toBe(l.nama);
        expect(t!.tercetak).toBe(e.tercetak);
        expect(typeof t!.seharusnya === 'number' ? bulat(t!.seharusnya, 2) : t!.seharusnya).toBe(e.seharusnya);
        expect(t!.alasan).not.toBe('');
      });
    });
  }

  it('addresses follow where the table sits in the sheet', () => {
    const l = lembarEmas()[0];
    const { temuan } = periksaLembar(l!.nama, l!.nilai, {
      skema: SKEMA_BAWAAN[l!.skema as keyof typeof SKEMA_BAWAAN],
      barisAwal: 5,
      kolomAwal: 3,
    });
    expect(temuan.map((t) => [t.sel, t.baris, t.kolom])).toEqual(
      l!.kasus.temuan.map((e) => {
        const sel = l!.sel(e.label, e.kolom, 5, 3);
        return [sel, Number(sel.replace(/^[A-Z]+/, '')), sel.replace(/\d+$/, '')];
      }),
    );
    expect(temuan[0]!.alasan).toBe('Kriteria untuk 111,13 pada skema BPOM-2019 adalah Sangat Baik');
  });
});

describe('periksa: recomputation', () => {
  const kepala = ['No', 'Sasaran', 'Indikator Kinerja', 'Target', 'Realisasi', 'Capaian (%)', 'Kriteria', 'NPS', 'Kriteria Sasaran'];

  it('capaian from target and realisasi, its kriteria, the sasaran NPS; labels compared trimmed and case-folded', () => {
    const nilai: Sel[][] = [
      kepala,
      [1, 'S1', 'I1', '80', '88', '110,00', ' memenuhi  ekspektasi ', 105, 'Memenuhi Ekspektasi'],
      [null, null, 'I2', 100, 100, 101, 'Memenuhi Ekspektasi', null, null],
    ];
    expect(periksaLembar('L', nilai, kepka).temuan).toEqual([
      { lembar: 'L', sel: 'F3', baris: 3, kolom: 'F', tercetak: 101, seharusnya: 100, alasan: 'Capaian = realisasi / target × 100 = 100,00' },
    ]);
  });

  it('target 0: a printed capaian should be blank; #DIV/0! anywhere is flagged', () => {
    const nilai: Sel[][] = [
      kepala,
      [1, 'S1', 'I1', 0, 5, '#DIV/0!', null, null, null],
      [null, null, 'I2', 0, 5, 0, null, null, null],
      [null, null, null, null, null, null, null, null, '#VALUE!'],
    ];
    const { temuan } = periksaLembar('L', nilai, kepka);
    const sebab =
      'Tidak dapat dihitung (Target 0: capaian tidak dapat dihitung (pembagian dengan nol)): sel ini seharusnya kosong dengan alasan di keterangan';
    expect(temuan.map((t) => [t.sel, t.tercetak, t.seharusnya, t.alasan])).toEqual([
      ['F2', '#DIV/0!', '', sebab],
      ['F3', 0, '', sebab],
      ['I4', '#VALUE!', '', 'Sel berisi #VALUE!: tabel tidak boleh memuat galat; tulis angkanya, atau kosongkan dan beri alasan di keterangan'],
    ]);
  });

  it('a rounded printed realisasi is judged within what it allows: 86,05 / 89 prints 96,68 or 96,69, not 96,70', () => {
    const matriks = (capaian: number): Sel[][] => [kepala.slice(0, 6), [1, 'S', 'I', 89, '86,05', capaian]];
    expect(periksaLembar('L', matriks(96.68), kepka).temuan).toEqual([]);
    expect(periksaLembar('L', matriks(96.69), kepka).temuan).toEqual([]);
    expect(periksaLembar('L', matriks(96.7), kepka).temuan.map((t) => t.sel)).toEqual(['F2']);
    // a full-precision realisasi is exact
    expect(periksaLembar('L', [kepala.slice(0, 6), [1, 'S', 'I', 89, (37 / 43) * 100, 96.69]], kepka).temuan.map((t) => t.sel)).toEqual(['F2']);
  });

  it('a sasaran name repeated on every row is one sasaran; an indicator named "Jumlah ..." is not a total row', () => {
    const nilai: Sel[][] = [
      ['Sasaran', 'Indikator Kinerja', 'Target', 'Realisasi', 'Capaian (%)', 'NPS'],
      ['S1', 'Jumlah sekolah dengan pangan aman', 50, 45, 90, 95],
      ['S1', 'Persentase sampel diuji', 100, 100, 100, 95],
      ['S2', 'Total desa pangan aman', 10, 12, 120, 120],
      ['Rata-rata', null, null, null, null, 107.5],
    ];
    expect(periksaLembar('L', nilai, kepka).temuan).toEqual([]);
  });

  it('weights from a Bobot column, negative polarity from a Polaritas column', () => {
    const nilai: Sel[][] = [
      ['Sasaran', 'Indikator Kinerja', 'Bobot', 'Polaritas', 'Target', 'Realisasi', 'Capaian (%)', 'NPS'],
      ['S1', 'I1', 2, 'positif', 100, 90, 90, 100],
      [null, 'I2', 1, 'negatif', 10, 8, 120, null],
    ];
    expect(periksaLembar('L', nilai, kepka).temuan).toEqual([]);
    nilai[1]![2] = 1;
    expect(periksaLembar('L', nilai, kepka).temuan.map((t) => [t.sel, t.seharusnya])).toEqual([['H2', 105]]);
  });

  it('the unit as the mean of sasaran (the 2022 report) is accepted as well as the mean of perspectives', () => {
    const nilai: Sel[][] = [
      ['Perspektif / Sasaran', 'NPS', 'Kriteria'],
      ['A. Customer Perspective', 100, 'Baik'],
      ['S1', 100, 'Baik'],
      ['B. Internal Process Perspective', 80, 'Cukup'],
      ['S2', 70, 'Cukup'],
      ['S3', 90, 'Baik'],
      ['NPS unit', 86.67, 'Cukup'],
    ];
    expect(periksaLembar('L', nilai, bpom).temuan).toEqual([]);
    // the mean of the perspectives, but a label its number does not give
    nilai[6]![1] = 90;
    expect(periksaLembar('L', nilai, bpom).temuan.map((t) => [t.sel, t.seharusnya, t.alasan])).toEqual([
      ['C7', 'Baik', 'Kriteria untuk 90,00 pada skema BPOM-2019 adalah Baik'],
    ]);
    nilai[6] = ['NPS unit', 95, 'Baik'];
    expect(periksaLembar('L', nilai, bpom).temuan.map((t) => [t.sel, t.seharusnya, t.alasan])).toEqual([
      ['B7', 90, 'NPS unit = rata-rata NPS 2 perspektif = 90,00'],
    ]);
  });

  it('reports a table it cannot read as a problem, not as findings', () => {
    expect(
      periksaLembar(
        'L',
        [
          ['Uraian', 'Nilai'],
          ['a', 1],
        ],
        bpom,
      ),
    ).toEqual({
      temuan: [],
      masalah: [
        {
          baris: 0,
          kolom: '',
          teks: '',
          alasan: 'Tabel tidak dikenali: perlu baris judul dengan kolom "Capaian" atau "NPS" serta "Sasaran" atau "Indikator Kinerja"',
        },
      ],
    });
  });

  it('the tables Lapkin builds pass their own audit', () => {
    const hasil = contohHasil();
    for (const t of bangunTabel(hasil, { tabel: ['pencapaian-iku', 'pencapaian-sasaran'] }).tabel) {
      expect(periksaLembar(t.namaLembar, nilaiTabel(t.sel), hasil.opsi)).toEqual({ temuan: [], masalah: [] });
    }
  });

  it('an indicator named "Program ..." without a figure, its Keterangan "Target ... belum ada", does not end the table', () => {
    // read as another table's header (two column words, no figure) it cut off the sasaran below it
    const P = 'Stakeholder Perspective';
    const ind = [
      indikator({ baris: 2, perspektif: P, sasaran: 'S1', no: '1', nama: 'Indikator mutu', target: angka(80), realisasi: angka(88) }),
      indikator({
        baris: 3,
        perspektif: P,
        sasaran: 'S2',
        no: '2',
        nama: 'Program terlaksana',
        target: kosong('"-"'),
        realisasi: kosong('"-"'),
      }),
      indikator({ baris: 4, perspektif: P, sasaran: 'S3', no: '3', nama: 'Indikator layanan', target: angka(100), realisasi: angka(100) }),
    ];
    const sasaran = ind.map((i) => ({ nama: i.sasaran, perspektif: P, indikator: [i] }));
    const hasil = skorModel(
      {
        barisHeader: 1,
        peta: { peran: { indikator: 0, target: 1 }, tahunLalu: [] },
        perspektif: [{ nama: P, sasaran }],
        sasaran,
        indikator: ind,
      },
      { skema: SKEMA_BAWAAN['BPOM-2019'], tingkat: 'perspektif', periode: 'tahunan' },
    );
    const [t] = bangunTabel(hasil, { tabel: ['pencapaian-iku'] }).tabel;
    const nilai = nilaiTabel(t!.sel);
    expect(nilai.map((b) => b[b.length - 1])).toContain('Target dan realisasi belum ada ("-")');
    expect(nilai.map((b) => b[b.length - 3])).toContain(105);
    expect(periksaLembar(t!.namaLembar, nilai, hasil.opsi)).toEqual({ temuan: [], masalah: [] });
  });
});

describe('periksa: qualitative realisasi count as figures', () => {
  // Tersedia / Sesuai / Opini WTP against the same target: capaian 100, checked like any figure
  const lembar = (capaian: number): Sel[][] => [
    ['No', 'Indikator Kinerja', 'Target', 'Realisasi', 'Capaian (%)'],
    [1, 'Ditetapkannya dokumen perencanaan kinerja', 'Tersedia', 'Tersedia', capaian],
    [2, 'Kesesuaian laporan dengan standar', 'Sesuai', 'Sesuai', 100],
    [3, 'Opini BPK', 'WTP', 'Opini WTP', 100],
  ];

  it('a table of qualitative indicators is checked, not "nothing could be checked", and ends where it ends', () => {
    const benar = periksaLembar('Kualitatif', lembar(100), kepka);
    expect(benar).toEqual({ temuan: [], masalah: [] });
    const salah = periksaLembar('Kualitatif', lembar(90), kepka);
    expect(salah.masalah).toEqual([]);
    expect(salah.temuan.map((t) => [t.sel, t.tercetak, t.seharusnya])).toEqual([['E2', 90, 100]]);
  });
});
