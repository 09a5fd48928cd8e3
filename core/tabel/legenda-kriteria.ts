// Legenda Kriteria: the scheme's bands with their range, colour, grade and efektivitas, and the
// scheme's note (e.g. how BPOM-2019 closes the gap at exactly 120) under the table.
import { formatAngka } from '../bulat';
import type { Pita, Skema } from '../model';
import { kepala, kriteria, nomor, teks } from './gaya';
import { Kolom, kisiBerjudul, selesai, tambahCatatan } from './kisi';
import { PESAN_TABEL } from './pesan';
import type { TabelSpec } from './spec';

export function tabelLegendaKriteria(skema: Skema, nama: string): TabelSpec {
  const kolom = new Kolom([
    'no', 'kriteria', 'rentang',
    skema.pita.some((p) => p.kode) && 'kode',
    skema.pita.some((p) => p.efektivitas) && 'efektivitas',
  ] as const);
  const judul = `${nama}: ${skema.kode}`;
  const kisi = kisiBerjudul(judul, kolom.jumlah);
  kisi.tambah(
    kolom.baris({
      no: kepala('No'),
      kriteria: kepala('Kriteria'),
      rentang: kepala('Rentang Nilai'),
      kode: kepala('Kode'),
      efektivitas: kepala('Efektivitas'),
    }),
  );
  skema.pita.forEach((p, i) => {
    kisi.tambah(
      kolom.baris({
        no: nomor(i + 1),
        kriteria: kriteria(p.label, skema),
        rentang: teks(rentangPita(p), { rata: 'tengah' }),
        kode: teks(p.kode ?? null, { rata: 'tengah' }),
        efektivitas: teks(p.efektivitas ?? null, { rata: 'tengah' }),
      }),
    );
  });
  tambahCatatan(kisi, PESAN_TABEL.skema(skema.kode, skema.nama));
  if (skema.catatan) tambahCatatan(kisi, skema.catatan);
  return selesai(kisi, { id: 'legenda-kriteria', namaLembar: nama, judul, barisKepala: 1 });
}

/** '90 ≤ x < 110', 'x < 50', '110 ≤ x ≤ 120', 'x > 120'. */
export function rentangPita(p: Pita): string {
  const bawah = p.bawah === null ? '' : `${angkaRingkas(p.bawah)} ${p.bawahTermasuk ? '≤' : '<'} `;
  const atas = p.atas === null ? '' : ` ${p.atasTermasuk ? '≤' : '<'} ${angkaRingkas(p.atas)}`;
  if (p.bawah !== null && p.atas === null) return `x ${p.bawahTermasuk ? '≥' : '>'} ${angkaRingkas(p.bawah)}`;
  return `${bawah}x${atas}`;
}

function angkaRingkas(x: number): string {
  return formatAngka(x, Number.isInteger(x) ? 0 : 2);
}
