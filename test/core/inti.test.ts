import { existsSync } from 'node:fs';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { describe, expect, it } from 'vitest';
import { bacaAngka } from '../../core/angka';
import { bulat, formatAngka } from '../../core/bulat';
import { hitungCapaian } from '../../core/capaian';
import { FUNGSI } from '../../core/fungsi';
import { hitungIkm, jumlahTertimbang } from '../../core/ikm';
import { bacaTriwulan, targetTriwulan } from '../../core/periode';
import { cariSkema, SKEMA_BAWAAN, skemaDariRentang } from '../../core/skema';

describe('bulat and formatAngka', () => {
  it('rounds like Excel ROUND on the 15-digit value', () => {
    expect(bulat((104.47 + 100) / 2, 2)).toBe(102.24);
    expect(((104.47 + 100) / 2).toFixed(2)).toBe('102.23'); // what it must not do
    expect(bulat(79.995, 2)).toBe(80);
    expect(bulat(103.465, 2)).toBe(103.47);
    expect(bulat(-2.675, 2)).toBe(-2.68);
    expect(bulat(1234.5, -2)).toBe(1200);
    expect(bulat(2.5, 0)).toBe(3);
    expect(bulat(1e20, 2)).toBe(1e20);
    expect(bulat(NaN, 2)).toBeNaN();
  });

  it('shows numbers the Indonesian way', () => {
    expect(formatAngka(1234.5678)).toBe('1.234,57');
    expect(formatAngka((104.47 + 100) / 2)).toBe('102,24');
    expect(formatAngka(-1234567.891, 0)).toBe('-1.234.568');
    expect(formatAngka(-0.001)).toBe('0,00');
    expect(formatAngka(359611361000, 0)).toBe('359.611.361.000');
    expect(formatAngka(Infinity)).toBe('');
  });
});

describe('capaian in core', () => {
  it('no figure is a reason, not a number', () => {
    expect(hitungCapaian(bacaAngka('-'), bacaAngka(80))).toEqual({ kosong: 'Realisasi belum ada ("-")' });
    expect(hitungCapaian(bacaAngka(80), bacaAngka('Dimulai TW III'))).toEqual({ kosong: 'Target belum ada ("Dimulai TW III")' });
    expect(hitungCapaian(bacaAngka(''), bacaAngka(80))).toEqual({ kosong: 'Realisasi belum ada (sel kosong)' });
    // both missing: one sentence naming both
    expect(hitungCapaian(bacaAngka('-'), bacaAngka('-'))).toEqual({ kosong: 'Target dan realisasi belum ada ("-")' });
    expect(hitungCapaian(bacaAngka('Akhir Tahun'), bacaAngka(null))).toEqual({
      kosong: 'Target (sel kosong) dan realisasi ("Akhir Tahun") belum ada',
    });
  });

  it('qualitative values compare by their rank on one scale', () => {
    expect(bacaAngka('TMP')).toEqual({ jenis: 'kualitatif', teks: 'TMP', peringkat: 1, skala: 'opini' });
    expect(hitungCapaian(bacaAngka('TMP'), bacaAngka('WTP'))).toBe(25);
    expect(hitungCapaian(bacaAngka('BB'), bacaAngka('A'))).toBe((5 / 6) * 100);
    expect(hitungCapaian(bacaAngka('Efisien'), bacaAngka('efisien'))).toBe(100);
  });
});

describe('schemes', () => {
  it('finds built-in schemes by code, case-insensitive', () => {
    expect(cariSkema('kepka 128 2022')).toBe(SKEMA_BAWAAN['KEPKA-128-2022']);
    expect(cariSkema('efisiensi')).toBe(SKEMA_BAWAAN.Efisiensi);
    expect(Object.keys(SKEMA_BAWAAN)).toEqual(['BPOM-2019', 'KEPKA-128-2022', 'IKM', 'IPP', 'AKIP', 'Efisiensi']);
  });

  it('reads a custom scheme from a range: header, any order, hex or colour names, open lowest band', () => {
    const s = skemaDariRentang([
      ['Batas bawah', 'Kriteria', 'Warna', 'Efektivitas'],
      [90, 'Baik', '#00b050', 'Efektif'],
      ['', 'Kurang', 'Merah', ''],
      ['60,5', 'Cukup', 'abu gelap'],
      [null, null, null],
    ]);
    expect(s).toEqual({
      kode: 'Kustom',
      nama: 'Skema dari rentang',
      pita: [
        { label: 'Kurang', bawah: null, bawahTermasuk: false, atas: 60.5, atasTermasuk: false, warna: 'FF0000' },
        { label: 'Cukup', bawah: 60.5, bawahTermasuk: true, atas: 90, atasTermasuk: false, warna: '808080' },
        { label: 'Baik', bawah: 90, bawahTermasuk: true, atas: null, atasTermasuk: false, warna: '00B050', efektivitas: 'Efektif' },
      ],
    });
  });

  it('says what is wrong with a custom scheme', () => {
    const pesan = (nilai: Parameters<typeof skemaDariRentang>[0]) => (skemaDariRentang(nilai) as { pesan: string }).pesan;
    expect(pesan([])).toBe('Rentang skema tidak berisi pita (batas bawah, label, warna)');
    expect(
      pesan([
        [0, 'A'],
        ['x', 'B'],
      ]),
    ).toBe('Skema baris 2: batas bawah "x" bukan angka');
    expect(
      pesan([
        [0, 'A'],
        [50, ''],
      ]),
    ).toBe('Skema baris 2: label pita kosong');
    expect(
      pesan([
        [0, 'A'],
        [0, 'B'],
      ]),
    ).toBe('Skema: batas bawah 0,00 dipakai dua kali');
    expect(
      pesan([
        ['', 'A'],
        ['-', 'B'],
      ]),
    ).toBe('Skema baris 2: hanya pita terbawah yang boleh tanpa batas bawah');
  });
});

describe('periods, IKM and weighted sums', () => {
  it('reads a quarter however it is written', () => {
    const tulis = [1, 'TW I', 'tw ii', 'TW3', 'TW-IV', 'Triwulan III', 'triwulan 2', 'Q4', 'B6', 'IV'];
    expect(tulis.map((t) => bacaTriwulan(t))).toEqual([1, 1, 2, 3, 4, 3, 2, 4, 2, 4]);
    expect(bacaTriwulan(5)).toEqual({ galat: true, kode: 'nilai', pesan: 'Triwulan "5" tidak dikenal: gunakan 1-4 atau "TW I".."TW IV"' });
    expect(bacaTriwulan(null)).toEqual({ galat: true, kode: 'nilai', pesan: 'Triwulan "" tidak dikenal: gunakan 1-4 atau "TW I".."TW IV"' });
  });

  it('a TW target needs 12 months (or 4 quarters)', () => {
    expect(targetTriwulan([bacaAngka(1)], 1)).toEqual({
      jenis: 'galat',
      pesan: 'Target bulanan harus 12 sel (Jan..Des, 1×12 atau 12×1) atau 4 sel (TW I..IV); diterima 1×1',
    });
  });

  it('IKM is the unrounded mean × 25; weighted sums use percent weights', () => {
    expect(hitungIkm([3.1, 3.2, 3.3])).toBe(((3.1 + 3.2 + 3.3) / 3) * 25);
    expect(hitungIkm([])).toBeNull();
    // Nilai Kinerja Anggaran = 60 % EKA + 40 % IKPA
    expect(jumlahTertimbang([90, 86.59], [60, 40])).toBe((90 * 60 + 86.59 * 40) / 100);
  });
});

describe('dist/core.mjs', () => {
  // built by the test run's global setup, as scripts and other packages load it
  it('exports every spreadsheet function by name', async () => {
    const berkas = path.resolve('dist/core.mjs');
    expect(existsSync(berkas)).toBe(true);
    const inti = (await import(pathToFileURL(berkas).href)) as Record<string, unknown>;
    for (const nama of FUNGSI) expect(typeof inti[nama]).toBe('function');
    expect((inti.CAPAIAN as (r: number, t: number) => number)(53.36, 54.3)).toBe((53.36 / 54.3) * 100);
  });
});
