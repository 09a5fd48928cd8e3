import { describe, expect, it } from 'vitest';
import { bacaLembar } from '../core/baca';
import { opsiBawaan, skorModel } from '../../core/skor';
import { bangunTabel } from '../../core/tabel/index';
import { muatProyek, polos } from './muat';
import { BukuData } from './palsu';

// Filling the tables in the built project, as the menu and the sidebar do, counting every call
// the fake services receive.

/** An indicator sheet of n rows as planners keep it: a title, perspectives, sasaran written once. */
function lembarIndikator(n: number): (string | number)[][] {
  const baris: (string | number)[][] = [
    ['Capaian Kinerja 2024', '', '', '', '', '', '', ''],
    ['Perspektif', 'Sasaran', 'No', 'Indikator Kinerja', 'Satuan', 'Bobot', 'Target', 'Realisasi'],
  ];
  for (let i = 0; i < n; i++) {
    const target = 60 + (i % 40);
    const realisasi = i % 13 === 0 ? '-' : i % 4 === 0 ? `${(target * 1.03).toFixed(2).replace('.', ',')}` : target * 0.97;
    baris.push([
      i % 9 === 0 ? ['Stakeholder', 'Customer', 'Internal Process'][(i / 9) % 3] + ' Perspective' : '',
      i % 3 === 0 ? `Meningkatnya kinerja ${Math.floor(i / 3) + 1}` : '',
      i + 1,
      `Persentase layanan ${i + 1}`,
      '%',
      i % 3 === 0 ? 2 : 1,
      target,
      realisasi,
    ]);
  }
  return baris;
}

function proyek(n: number, lain: Record<string, (string | number)[][]> = {}) {
  const p = muatProyek(new BukuData({ Indikator: lembarIndikator(n), ...lain }));
  p.hitung.reset();
  return p;
}

const beda = (a: Map<string, number>, b: Map<string, number>) =>
  [...new Set([...a.keys(), ...b.keys()])].filter((k) => a.get(k) !== b.get(k)).map((k) => `${k}: ${a.get(k)} vs ${b.get(k)}`);

describe('Isi tabel from the menu', () => {
  it('makes the same number of service calls for a 10-row and a 5,000-row sheet', () => {
    const [kecil, besar] = [10, 5000].map((n) => {
      const p = proyek(n);
      p.global.lapkinIsiTabel!();
      expect(p.buku.alert).toEqual([]);
      return p;
    });
    console.log(`Isi tabel (menu): ${kecil!.hitung.total} panggilan layanan untuk 10 baris, ${besar!.hitung.total} untuk 5.000 baris`);
    // a table sheet is cut down (deleteRows) or grown (insertRowsAfter) to size: one call either way
    expect(kecil!.hitung.total, beda(kecil!.hitung.per, besar!.hitung.per).join('; ')).toBe(besar!.hitung.total);
    expect(besar!.buku.lembar.length).toBe(kecil!.buku.lembar.length);
  });

  it('writes the tables into new sheets, says so, and leaves the indicator sheet as it was', () => {
    const p = proyek(12);
    const sebelum = p.buku.lembar[0]!.isi();
    p.global.lapkinIsiTabel!();
    const nama = p.buku.lembar.map((l) => l.nama);
    expect(nama[0]).toBe('Indikator');
    expect(nama).toContain('Pencapaian IKU');
    expect(p.buku.toast).toEqual([expect.stringMatching(new RegExp(`^${nama.length - 1} tabel ditulis: ${nama.slice(1).join(', ')}\\.`))]);
    expect(p.buku.lembar[0]!.isi()).toEqual(sebelum);
    expect(p.buku.aktif).toBe(0);
    const iku = p.buku.cari('Pencapaian IKU');
    const teks = [...(iku?.isi().values() ?? [])];
    expect(teks).toContain('Persentase layanan 12');
    expect(teks).toContain('Meningkatnya kinerja 4');
  });

  it('on a rerun replaces its own sheets, and goes around a sheet of the user with a table name', () => {
    const p = proyek(12, { 'Pencapaian IKU': [['milik pengguna']] });
    p.global.lapkinIsiTabel!();
    const pertama = p.buku.lembar.map((l) => l.nama);
    p.global.lapkinIsiTabel!();
    expect(p.buku.lembar.map((l) => l.nama)).toEqual(pertama);
    expect(pertama).toContain('Pencapaian IKU (2)');
    expect([...(p.buku.cari('Pencapaian IKU')?.isi().values() ?? [])]).toEqual(['milik pengguna']);
  });

  it('names the sheet and the reason when the active sheet holds no indicator table', () => {
    const p = muatProyek(new BukuData({ Catatan: [['rapat tanggal 3'], ['anggaran']] }));
    p.global.lapkinIsiTabel!();
    expect(p.buku.alert).toEqual([expect.stringMatching(/^Lapkin \| Lembar "Catatan": .+\. Buka lembar indikator lalu ulangi\.$/)]);
    expect(p.buku.lembar.map((l) => l.nama)).toEqual(['Catatan']);
  });
});

describe('the sidebar path', () => {
  it('reads in one batch and writes with the same number of calls for 10 and 5,000 rows', () => {
    const [kecil, besar] = [10, 5000].map((n) => {
      const p = proyek(n);
      const rentang = polos(p.global.lapkinBacaLembar!('Indikator')) as { nilai: (string | number)[][] };
      const baca = p.hitung.total;
      const { model } = bacaLembar(rentang.nilai);
      if (!model) throw new Error('model tidak terbaca');
      const { tabel } = bangunTabel(skorModel(model, opsiBawaan(model)));
      p.global.lapkinTulisTabel!(polos(tabel));
      return { baca, tulis: p.hitung.total - baca, per: new Map(p.hitung.per) };
    });
    console.log(
      `Panel: baca ${kecil!.baca} + tulis ${kecil!.tulis} panggilan untuk 10 baris, baca ${besar!.baca} + tulis ${besar!.tulis} untuk 5.000 baris`,
    );
    expect(kecil!.baca).toBe(besar!.baca);
    expect(kecil!.tulis, beda(kecil!.per, besar!.per).join('; ')).toBe(besar!.tulis);
  });
});

describe('Periksa from the menu', () => {
  it('finds a filled table clean, then marks the one number a planner typed over', () => {
    const p = proyek(12);
    p.global.lapkinIsiTabel!();
    const l = p.buku.cari('Pencapaian Sasaran');
    if (!l) throw new Error('tabel Pencapaian Sasaran tidak ditulis');
    p.buku.aktif = p.buku.lembar.indexOf(l);
    p.global.lapkinPeriksa!();
    expect(p.buku.toast.at(-1)).toBe(
      'Lembar "Pencapaian Sasaran": semua angka sesuai. Dihitung ulang dengan skema KEPKA-128-2022; skema lain dapat dipilih di panel.',
    );
    const [kunci] = [...l.sel].find(([, s]) => typeof s.nilai === 'number') ?? [];
    const [r, c] = (kunci as string).split(',').map(Number);
    l.ubah(r!, c!, (s) => (s.nilai = 12.34));
    p.global.lapkinPeriksa!();
    expect(p.buku.toast.at(-1)).toMatch(/^Lembar "Pencapaian Sasaran": \d+ sel tidak sesuai, ditandai dengan warna dan catatan\./);
    expect(l.ambil(r!, c!)).toMatchObject({ nilai: 12.34, latar: '#FFC7CE' });
    expect(p.buku.alert).toEqual([]);
  });

  it('says why a sheet without a filled table cannot be audited', () => {
    const p = muatProyek(new BukuData({ Catatan: [['rapat tanggal 3'], ['anggaran']] }));
    p.global.lapkinPeriksa!();
    expect(p.buku.alert).toEqual([expect.stringMatching(/^Lapkin \| Lembar "Catatan" tidak dapat diperiksa: .+\.$/)]);
    expect(p.buku.lembar[0]!.isi()).toEqual(
      new Map([
        ['1,1', 'rapat tanggal 3'],
        ['2,1', 'anggaran'],
      ]),
    );
  });
});

describe('Buat templat', () => {
  it('writes the template into a new sheet with its dropdowns', () => {
    const p = proyek(3);
    p.global.lapkinBuatTemplat!();
    const templat = p.buku.lembar[1];
    expect(p.buku.toast).toEqual([`Templat ditulis di lembar "${templat!.nama}": isi baris contohnya dengan indikator Anda.`]);
    const daftar = [...templat!.sel.values()].flatMap((s) => (s.validasi ? [s.validasi.daftar.join('|')] : []));
    expect(daftar).toContain('positif|negatif|negatif-rasio');
  });
});
