// `lapkin hitung <masukan.xlsx>`: the scored model as JSON (--json) or as readable tables.
import { formatAngka, olahBacaan, type HasilSkor } from '../../core/index';
import { satuBerkas } from '../argumen';
import { bukaBuku } from '../buku';
import { jsonBertahap, tulisBertahap } from '../json-bertahap';
import { hitungJsonBertahap, nilaiJson } from '../json-hitung';
import { cariLembarIndikator, laporMasalah } from '../lembar-indikator';
import { opsiDiminta } from '../opsi-skor';
import { pesan } from '../pesan';
import { barisTabelTeks, type KolomTeks } from '../tabel-teks';
import type { Perintah } from './perintah';

export const hitung: Perintah = {
  opsi: { lembar: true, skema: true, periode: true, tingkat: true, json: false, ketat: false },
  async jalankan(arg, io) {
    const berkas = satuBerkas('hitung', arg);
    const opsi = opsiDiminta(arg);
    const wb = await bukaBuku(berkas);
    const lembar = cariLembarIndikator(wb, berkas, arg.nilai.lembar, io.lapor, arg.bendera.has('ketat'));
    const hasil = olahBacaan(lembar.bacaan, { ...opsi, tabel: [] }).skor;
    const kode = laporMasalah(berkas, lembar, io.lapor);
    if (arg.bendera.has('json')) await tulisBertahap(jsonBertahap(hitungJsonBertahap(hasil, lembar.nama, lembar.masalah)), io, '\n');
    else await tulisBertahap(potonganHitung(hasil, lembar.nama), io, '\n');
    return kode;
  },
};

const angka = (x: number | null) => (x === null ? '-' : formatAngka(x));
const teks = (x: number | string | null) => (typeof x === 'number' ? formatAngka(x) : (x ?? '-'));

/** The readable answer in pieces (a table's lines one by one): at 100,000 indicators, as one string it took some 100 MB. */
function* potonganHitung(hasil: HasilSkor, lembar: string): Generator<string> {
  yield pesan.ringkasanJudul(lembar, hasil.opsi.skema.kode);
  yield* tabel(
    [
      { judul: 'Baris', kanan: true },
      { judul: 'Indikator', maks: 48 },
      { judul: 'Satuan', maks: 10 },
      { judul: 'Target', kanan: true, maks: 14 },
      { judul: 'Realisasi', kanan: true, maks: 14 },
      { judul: 'Capaian', kanan: true },
      { judul: 'Kriteria' },
      { judul: 'Keterangan', maks: 40 },
    ],
    hasil.indikator.map((s) => [
      String(s.indikator.baris),
      s.indikator.nama,
      s.indikator.satuan,
      teks(nilaiJson(s.target)),
      teks(nilaiJson(s.realisasi ?? s.indikator.realisasi)),
      angka(s.capaian),
      s.kriteria ?? '',
      s.keterangan,
    ]),
  );
  yield* tabel(
    [{ judul: 'Sasaran', maks: 64 }, { judul: 'NPS', kanan: true }, { judul: 'Kriteria' }],
    hasil.sasaran.map((s) => [s.sasaran.nama, angka(s.nps), s.kriteria ?? '']),
  );
  if (hasil.perspektif.length > 0) {
    yield* tabel(
      [{ judul: 'Perspektif', maks: 64 }, { judul: 'NPS', kanan: true }, { judul: 'Kriteria' }],
      hasil.perspektif.map((p) => [p.nama, angka(p.nps), p.kriteria ?? '']),
    );
  }
  yield `\n\n${pesan.npsUnitTeks(angka(hasil.unit.nps), hasil.unit.kriteria)}`;
}

/** A table after a blank line, line by line. */
function* tabel(kolom: readonly KolomTeks[], baris: readonly (readonly string[])[]): Generator<string> {
  yield '\n';
  for (const b of barisTabelTeks(kolom, baris)) yield `\n${b}`;
}
