import { describe, expect, it } from 'vitest';
import { buatHostExcel, pisahAlamat } from '../../addin/excel-host';
import { namaLembarBebas as namaBebas } from '../../core/nama-lembar';
import type { Temuan } from '../../core/model';
import type { SelTabel, TabelSpec } from '../../core/tabel/spec';
import { FakeWorkbook, type SheetState } from './fake-excel';

// A table shaped like the builders' output: title, header, sasaran merged over its indicators,
// a formula column and kriteria fills that change from row to row.
function spec(id: string, namaLembar: string, baris: number): TabelSpec {
  const kepala = (t: string): SelTabel => ({ nilai: t, tebal: true, isi: 'D9E1F2', rata: 'tengah', garis: true });
  const warna = ['C00000', 'FFC000', '00B050'];
  const sel: SelTabel[][] = [
    [{ nilai: `Tabel ${namaLembar}`, tebal: true }],
    ['Sasaran', 'No', 'Indikator', 'Target', 'Realisasi', 'Capaian (%)', 'Kriteria'].map(kepala),
  ];
  const gabung = [{ baris: 0, kolom: 0, barisAkhir: 0, kolomAkhir: 6 }];
  for (let i = 0; i < baris; i++) {
    sel.push([
      { nilai: i % 3 === 0 ? `Sasaran ${i / 3 + 1}` : null, garis: true, bungkus: true },
      { nilai: i + 1, rata: 'tengah', garis: true },
      { nilai: i === 0 ? '=HYPERLINK("x")' : `Indikator ${i + 1}`, garis: true },
      { nilai: 100, format: '#,##0.00', garis: true },
      { nilai: 90 + (i % 40), format: '#,##0.00', garis: true },
      { nilai: 90 + (i % 40), format: '0.00', garis: true },
      { nilai: 'Baik', isi: warna[i % 3], garis: true, catatan: i === 1 ? 'Target TW belum ada' : undefined },
    ]);
    if (i % 3 === 0 && i + 2 < baris) gabung.push({ baris: sel.length - 1, kolom: 0, barisAkhir: sel.length + 1, kolomAkhir: 0 });
  }
  return { id, namaLembar, judul: `Tabel ${namaLembar}`, sel, gabung, lebarKolom: [30, 5, 40, 10, 10, 10, 16], barisBeku: 2 };
}

/** The table with its chart: bars in the kriteria colours (column G's fills) and the 100 % line. */
function denganGrafik(t: TabelSpec, n: number): TabelSpec {
  return {
    ...t,
    grafik: {
      jenis: 'batang',
      judul: 'Capaian Indikator Kinerja (%)',
      kolomLabel: 1,
      kolomNilai: 5,
      barisAwal: 2,
      barisAkhir: 1 + n,
      garisAcuan: 100,
      seri: [{ nama: 'Capaian (%)', kolom: 5, warna: '4472C4', kolomWarna: 6 }],
    },
  };
}

const tigaTabel = (n: number) => [
  denganGrafik(spec('pencapaian-iku', 'Pencapaian IKU', n), n),
  spec('pencapaian-sasaran', 'Pencapaian Sasaran', n),
  spec('rekap-kriteria', 'Rekap Kriteria', Math.min(n, 9)),
];

function bukuDenganData(): FakeWorkbook {
  const book = new FakeWorkbook(['Data IKU']);
  book.put('Data IKU', 'A1', [
    ['Sasaran', 'Indikator', 'Target', 'Realisasi'],
    ['S1', 'Indeks A', 80, '85,20'],
    ['S1', 'Persentase B', '100 %', 97.5],
  ]);
  book.sheet('Data IKU').edit(1, 3).fill = 'FFFF00';
  return book;
}

const salin = (s: SheetState) => JSON.stringify({ cells: [...s.cells], merges: s.merges, comments: s.comments, props: [...s.props] });

describe('Excel host: writing tables', () => {
  it('takes the same number of context.sync() calls for 10 and 5,000 rows', async () => {
    const hitung = async (n: number) => {
      const book = bukuDenganData();
      await buatHostExcel(book.run).tulisTabel(tigaTabel(n));
      // the chart's share of the commands: the same tables written without it
      const tanpa = bukuDenganData();
      await buatHostExcel(tanpa.run).tulisTabel(tigaTabel(n).map((t) => ({ ...t, grafik: undefined })));
      return { book, syncs: book.syncs, perintah: book.commands - tanpa.commands };
    };
    const kecil = await hitung(10);
    const besar = await hitung(5000);
    console.log(`context.sync() per pengisian 3 tabel: 10 baris = ${kecil.syncs}, 5.000 baris = ${besar.syncs}`);
    console.log(`perintah grafik ke Excel: 10 baris = ${kecil.perintah}, 5.000 baris = ${besar.perintah}`);
    expect(besar.syncs).toBe(kecil.syncs);
    // the chart too: one series per kriteria and the line, whatever the number of rows
    expect(besar.perintah).toBe(kecil.perintah);
    // two to find the add-in's own sheets, then one per table
    expect(kecil.syncs).toBe(2 + 3);
    expect(besar.book.sheet('Pencapaian IKU').used(true).rows).toBe(5002);
  });

  it('draws the chart: stacked bars per kriteria in its colour, the dashed 100 % line, data in hidden columns', async () => {
    const book = bukuDenganData();
    await buatHostExcel(book.run).tulisTabel([denganGrafik(spec('pencapaian-iku', 'Pencapaian IKU', 10), 10)]);
    const s = book.sheet('Pencapaian IKU');
    // the block right of the table (7 columns, one blank): categories, one column per kriteria
    // colour (red, orange, green by turns), the line
    expect([...s.hiddenColumns].sort((a, b) => a - b)).toEqual([8, 9, 10, 11, 12]);
    expect(book.at('Pencapaian IKU', 'I1')?.value).toBe('');
    expect(['J1', 'K1', 'L1', 'M1'].map((a) => book.at('Pencapaian IKU', a)?.value)).toEqual(['Baik', 'Baik', 'Baik', 'Target 100 %']);
    expect(book.at('Pencapaian IKU', 'M11')?.value).toBe(100);
    expect(s.charts).toHaveLength(1);
    const c = s.charts[0];
    expect({ type: c!.type, title: c!.title, plotVisibleOnly: c!.plotVisibleOnly, legend: c!.legendPosition, position: c!.position }).toEqual({
      type: 'ColumnStacked',
      title: 'Capaian Indikator Kinerja (%)',
      plotVisibleOnly: false,
      legend: 'Bottom',
      position: 'A14',
    });
    expect(c!.series).toEqual([
      { name: 'Baik', values: 'J2:J11', categories: 'I2:I11', fill: '#C00000' },
      { name: 'Baik', values: 'K2:K11', categories: 'I2:I11', fill: '#FFC000' },
      { name: 'Baik', values: 'L2:L11', categories: 'I2:I11', fill: '#00B050' },
      { name: 'Target 100 %', values: 'M2:M11', categories: 'I2:I11', chartType: 'Line', lineColor: '#C00000', lineStyle: 'Dash' },
    ]);
    // each bar in exactly one kriteria column
    for (let r = 2; r <= 11; r++) expect(['J', 'K', 'L'].filter((k) => book.at('Pencapaian IKU', `${k}${r}`)?.value !== '')).toHaveLength(1);
  });

  it('writes values, formulas, formats, fills, merges, widths, notes and frozen rows', async () => {
    const book = bukuDenganData();
    const hasil = await buatHostExcel(book.run).tulisTabel([spec('pencapaian-iku', 'Pencapaian IKU', 10)]);
    expect(hasil).toEqual({ lembar: ['Pencapaian IKU'] });
    const s = book.sheet('Pencapaian IKU');
    expect(book.at('Pencapaian IKU', 'A1')).toMatchObject({ value: 'Tabel Pencapaian IKU', numberFormat: '@', bold: true });
    expect(book.at('Pencapaian IKU', 'F3')).toMatchObject({ value: 90, numberFormat: '0.00', border: true });
    expect(book.at('Pencapaian IKU', 'F3')?.formula).toBeUndefined();
    expect(book.at('Pencapaian IKU', 'D3')).toMatchObject({ value: 100, numberFormat: '#,##0.00' });
    // a name that looks like a formula stays text
    expect(book.at('Pencapaian IKU', 'C3')).toMatchObject({ value: '=HYPERLINK("x")', numberFormat: '@' });
    expect(book.at('Pencapaian IKU', 'C3')?.formula).toBeUndefined();
    expect(book.at('Pencapaian IKU', 'G3')?.fill).toBe('C00000');
    expect(book.at('Pencapaian IKU', 'G10')?.fill).toBe('FFC000');
    expect(book.at('Pencapaian IKU', 'B2')).toMatchObject({ fill: 'D9E1F2', bold: true, hAlign: 'Center' });
    expect(s.merges).toEqual(['A1:G1', 'A3:A5', 'A6:A8', 'A9:A11']);
    expect(s.frozenRows).toBe(2);
    expect(s.widths.get(2)).toBe(Math.round((40 * 7 + 5) * 0.75));
    expect(s.comments).toEqual([{ row: 3, col: 6, content: 'Target TW belum ada', replies: [] }]);
    expect(s.props.get('lapkin')).toBe('pencapaian-iku');
  });

  it('writes dropdowns: a strict list stops other values with a message, a suggestion list shows no alert', async () => {
    const book = bukuDenganData();
    const daftar = (k: Partial<SelTabel>): SelTabel[] => [
      { nilai: 'positif', daftar: ['positif', 'negatif'], daftarKetat: true, ...k },
      { nilai: null, daftar: ['Customer', 'Internal'], ...k },
    ];
    const templat: TabelSpec = {
      id: 'templat',
      namaLembar: 'Templat',
      judul: 'Templat',
      gabung: [],
      lebarKolom: [12, 20],
      barisBeku: 1,
      sel: [[{ nilai: 'Polaritas' }, { nilai: 'Perspektif' }], daftar({}), daftar({ garis: true })],
    };
    await buatHostExcel(book.run).tulisTabel([templat]);
    const ketat = {
      list: 'positif,negatif',
      listAlert: { showAlert: true, style: 'Stop', title: 'Lapkin', message: 'Pilih salah satu: positif, negatif' },
    };
    const saran = {
      list: 'Customer,Internal',
      listAlert: { showAlert: false, style: 'Information', title: 'Lapkin', message: 'Pilih dari daftar atau tulis nilai sendiri' },
    };
    for (const baris of [2, 3]) {
      expect(book.at('Templat', `A${baris}`)).toMatchObject(ketat);
      expect(book.at('Templat', `B${baris}`)).toMatchObject(saran);
    }
    expect(book.at('Templat', 'A1')?.list).toBeUndefined();
  });

  it("never touches a user's sheet, and picks a fresh name when a user's sheet has the table's name", async () => {
    const book = bukuDenganData();
    book.put('Pencapaian IKU', 'B2', [['catatan saya']]);
    const sebelum = book.sheets.map(salin);
    const hasil = await buatHostExcel(book.run).tulisTabel(tigaTabel(10));
    expect(hasil.lembar).toEqual(['Pencapaian IKU (2)', 'Pencapaian Sasaran', 'Rekap Kriteria']);
    expect(book.sheets.slice(0, 2).map(salin)).toEqual(sebelum);
  });

  it('on a rerun replaces only the sheets it made, in place, and keeps a name the planner gave them', async () => {
    const book = bukuDenganData();
    const host = buatHostExcel(book.run);
    await host.tulisTabel(tigaTabel(12));
    book.sheet('Pencapaian Sasaran').name = 'Sasaran 2024';
    book.put('Catatan', 'A1', [['milik pengguna']]);
    const pengguna = ['Data IKU', 'Catatan'].map((n) => salin(book.sheet(n)));
    const urutan = book.sheets.map((s) => s.name);

    const hasil = await host.tulisTabel(tigaTabel(4));
    expect(hasil.lembar).toEqual(['Pencapaian IKU', 'Sasaran 2024', 'Rekap Kriteria']);
    expect(book.sheets.map((s) => s.name)).toEqual(urutan);
    expect(['Data IKU', 'Catatan'].map((n) => salin(book.sheet(n)))).toEqual(pengguna);
    // the shorter table leaves nothing of the longer one behind
    expect(book.sheet('Pencapaian IKU').used(false).rows).toBe(6);
    expect(book.sheet('Pencapaian IKU').merges).toEqual(['A1:G1', 'A3:A5']);
    expect(book.sheet('Pencapaian IKU').comments).toHaveLength(1);
  });
});

describe('Excel host: audit marks', () => {
  const temuan = (sel: string, seharusnya: number | string): Temuan => ({
    lembar: 'Tabel 4',
    sel,
    baris: Number(sel.slice(1)),
    kolom: sel[0]!,
    tercetak: 0,
    seharusnya,
    alasan: 'NPS dihitung ulang dari capaian indikatornya.',
  });

  function bukuTabel4(): FakeWorkbook {
    const book = new FakeWorkbook(['Tabel 4']);
    book.put('Tabel 4', 'A1', [
      ['Sasaran', 'NPS', 'Kriteria'],
      ['S1', 97.96, 'Belum Memenuhi Ekspektasi'],
      ['S2', 103.88, 'Memenuhi Ekspektasi'],
      ['S3', 111.13, 'Baik'],
    ]);
    book.sheet('Tabel 4').edit(3, 2).fill = 'FFFF00';
    book.sheet('Tabel 4').comments.push({ row: 2, col: 1, content: 'cek lagi', replies: [] });
    return book;
  }

  it('marks exactly the wrong cells with a fill and a note, values unchanged, in three syncs', async () => {
    const book = bukuTabel4();
    const nilai = JSON.stringify(book.grid('Tabel 4'));
    await buatHostExcel(book.run).tandaiTemuan([temuan('B2', 97.94), temuan('C4', 'Sangat Baik'), temuan('B3', 103.9)], 'Tabel 4');
    expect(book.syncs).toBe(3);
    expect(JSON.stringify(book.grid('Tabel 4'))).toBe(nilai);
    const s = book.sheet('Tabel 4');
    const bertanda = [...s.cells]
      .filter(([, c]) => c.fill === 'FFC7CE')
      .map(([k]) => k)
      .sort();
    expect(bertanda).toEqual(['1,1', '2,1', '3,2']);
    expect(s.comments.map((c) => [c.row, c.col, c.content])).toEqual([
      [2, 1, 'cek lagi'],
      [1, 1, 'Lapkin: seharusnya 97,94. NPS dihitung ulang dari capaian indikatornya.'],
      [3, 2, 'Lapkin: seharusnya Sangat Baik. NPS dihitung ulang dari capaian indikatornya.'],
    ]);
  });

  it('an audit rerun removes its earlier marks and gives back the fills the cells had', async () => {
    const book = bukuTabel4();
    const host = buatHostExcel(book.run);
    await host.tandaiTemuan([temuan('B2', 97.94), temuan('C4', 'Sangat Baik')], 'Tabel 4');
    await host.tandaiTemuan([temuan('B2', 97.94)], 'Tabel 4');
    expect(book.at('Tabel 4', 'B2')?.fill).toBe('FFC7CE');
    expect(book.at('Tabel 4', 'C4')?.fill).toBe('FFFF00');
    await host.tandaiTemuan([], 'Tabel 4');
    const s = book.sheet('Tabel 4');
    expect([...s.cells].filter(([, c]) => c.fill).map(([k, c]) => [k, c.fill])).toEqual([['3,2', 'FFFF00']]);
    expect(s.comments.map((c) => c.content)).toEqual(['cek lagi']);
    expect(s.props.size).toBe(0);
  });
});

describe('Excel host: reading and selecting', () => {
  it('reads the used range in one sync, with its position', async () => {
    const book = new FakeWorkbook(['Data']);
    book.put('Data', 'C4', [
      ['Indikator', 'Target'],
      ['A', 1],
    ]);
    const r = await buatHostExcel(book.run).bacaLembar('Data');
    expect(r).toEqual({
      lembar: 'Data',
      nilai: [
        ['Indikator', 'Target'],
        ['A', 1],
      ],
      barisAwal: 4,
      kolomAwal: 3,
    });
    expect(book.syncs).toBe(1);
  });

  it('reads a scheme range by address and names a bad one in Indonesian', async () => {
    const book = new FakeWorkbook(['Data', 'Skema Saya']);
    book.put('Skema Saya', 'A1', [
      [0, 'Kurang'],
      [80, 'Baik'],
    ]);
    const host = buatHostExcel(book.run);
    expect((await host.bacaRentang("'Skema Saya'!A1:B2")).nilai).toEqual([
      [0, 'Kurang'],
      [80, 'Baik'],
    ]);
    await expect(host.bacaRentang('Skema Saya!A-1')).rejects.toThrow(
      'Alamat rentang "Skema Saya!A-1" tidak dikenal: tulis seperti Skema!A1:C5.',
    );
    await expect(host.bacaLembar('Tidak Ada')).rejects.toThrow('Lembar atau sel yang diminta tidak ada di buku kerja ini.');
  });

  it('lists visible sheets, the active one, and selects a cell', async () => {
    const book = new FakeWorkbook(['A', 'B']);
    book.sheet('B').visibility = 'Hidden';
    const host = buatHostExcel(book.run);
    expect(await host.daftarLembar()).toEqual(['A']);
    expect(await host.lembarAktif()).toBe('A');
    book.sheet('B').visibility = 'Visible';
    await host.pilihSel('B', 'C7');
    expect(book.active?.name).toBe('B');
    expect(book.selection).toEqual({ sheet: 'B', address: 'C7' });
  });

  it('splits sheet-qualified addresses and finds free names', () => {
    expect(pisahAlamat("'Data ''24'!A1:C5")).toEqual({ lembar: "Data '24", sel: 'A1:C5' });
    expect(pisahAlamat('A1:C5')).toEqual({ lembar: null, sel: 'A1:C5' });
    expect(namaBebas('Pencapaian IKU', new Set(['pencapaian iku', 'pencapaian iku (2)']))).toBe('Pencapaian IKU (3)');
    expect(namaBebas('x'.repeat(31), new Set(['x'.repeat(31)]))).toBe(`${'x'.repeat(27)} (2)`);
  });
});
