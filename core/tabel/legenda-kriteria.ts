// Legenda Kriteria: the scheme's bands with their range, colour, grade and efektivitas, and the
// scheme's note (e.g. how BPOM-2019 closes the gap at exactly 120) under the table.
import { formatAngka } from '../bulat';
import type { HasilSkor, Pita } from '../model';
import { kriteria, nomor, teks } from './gaya';
import { Kolom, mulaiKisi, tambahCatatan, type BentukTabel, type TabelStandar } from './kisi';
import { PESAN_TABEL } from './pesan';

export const LEGENDA_KRITERIA = {
  id: 'legenda-kriteria',
  judul: 'Legenda Kriteria',
  bolehTanpaIndikator: true,
  bangun,
} as const satisfies TabelStandar;

function bangun(hasil: HasilSkor, nama: string): BentukTabel {
  const skema = hasil.opsi.skema;
  const kolom = new Kolom([
    'no',
    'kriteria',
    'rentang',
    skema.pita.some((p) => p.kode) && 'kode',
    skema.pita.some((p) => p.efektivitas) && 'efektivitas',
  ] as const);
  const judul = `${nama}: ${skema.kode}`;
  const kisi = mulaiKisi(judul, kolom, {
    no: 'No',
    kriteria: 'Kriteria',
    rentang: 'Rentang Nilai',
    kode: 'Kode',
    efektivitas: 'Efektivitas',
  });
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
  return { kisi, judul };
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
