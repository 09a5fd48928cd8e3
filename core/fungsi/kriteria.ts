import { bacaAngka } from '../angka';
import { galat, isGalat, type Galat } from '../galat';
import { cariPita } from '../kriteria';
import type { Pita, Skema } from '../model';
import { PESAN } from '../pesan';
import { SKEMA_DEFAULT, skemaPilihan } from '../skema';
import { adalahRentang, perSel, satuNilai, teksOpsi, ukuran, type HasilFungsi, type Masukan } from './rentang';
import { milik } from '../milik';
import type { MetaFungsi } from './meta';

export const METADATA = {
  id: 'KRITERIA',
  keterangan: 'Kriteria capaian menurut skema, dari nilai yang tampil (2 desimal).',
  parameter: [
    { nama: 'nilai', keterangan: 'Capaian atau nilai: satu sel atau satu kolom.', dimensi: 'matrix' },
    {
      nama: 'skema',
      keterangan:
        'Kode skema bawaan ("KEPKA-128-2022", "BPOM-2019", "IKM", "IPP", "AKIP", "Efisiensi") atau rentang pita sendiri (batas bawah, label, warna).',
      dimensi: 'matrix',
      opsional: true,
    },
    { nama: 'keluaran', keterangan: '"label" (bawaan), "warna", "efektivitas" atau "kode".', dimensi: 'scalar', opsional: true },
  ],
  hasil: { dimensi: 'matrix', keterangan: 'Kriteria seukuran nilai.' },
} as const satisfies MetaFungsi;

const KELUARAN: Readonly<Record<string, (p: Pita) => string>> = {
  label: (p) => p.label,
  warna: (p) => p.warna ?? '',
  efektivitas: (p) => p.efektivitas ?? '',
  kode: (p) => p.kode ?? '',
};

/**
 * KRITERIA(nilai, [skema="KEPKA-128-2022"], [keluaran="label"|"warna"|"efektivitas"|"kode"]):
 * the band of each value as shown (2 decimals). skema is a built-in code or a range of bands
 * (lower bound, label, colour). A bad skema or keluaran answers every cell with its Galat.
 */
export function KRITERIA(nilai: Masukan, skema?: Masukan, keluaran?: Masukan): HasilFungsi {
  const opsi = siapkan(skema, keluaran);
  return perSel([['nilai', nilai]], ([v]) => {
    if (isGalat(opsi)) return opsi;
    const a = bacaAngka(v);
    if (a.jenis === 'kosong') return '';
    if (a.jenis === 'galat') return galat('nilai', a.pesan);
    if (a.jenis === 'kualitatif') return galat('nilai', PESAN.teksBukanNilai(a.teks));
    const pita = cariPita(a.nilai, opsi.skema);
    return pita ? opsi.ambil(pita) : galat('na', PESAN.diLuarSkema(a.nilai, opsi.skema.kode));
  });
}

function siapkan(skema: Masukan, keluaran: Masukan): { skema: Skema; ambil: (p: Pita) => string } | Galat {
  const s = bacaSkema(skema);
  if (isGalat(s)) return s;
  const k = satuNilai('keluaran', keluaran);
  if (isGalat(k)) return k;
  const teks = teksOpsi(k, 'label');
  const ambil: ((p: Pita) => string) | undefined = milik(KELUARAN, teks.toLowerCase());
  return ambil !== undefined ? { skema: s, ambil } : galat('nilai', PESAN.keluaranTakDikenal(teks, Object.keys(KELUARAN)));
}

function bacaSkema(skema: Masukan): Skema | Galat {
  if (adalahRentang(skema)) {
    const [m, n] = ukuran(skema);
    if (m * n > 1) return skemaPilihan(skema);
  }
  const kode = satuNilai('skema', skema);
  return isGalat(kode) ? kode : skemaPilihan(teksOpsi(kode, SKEMA_DEFAULT));
}
