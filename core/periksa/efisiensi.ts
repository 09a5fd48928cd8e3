// The audit of an efisiensi table (a report's "Efisiensi", Lapkin's efisiensi sheet): Input |
// Output | IE, optionally SE | TE | Kategori. IE = output / input, TE = (IE − SE) / SE, kategori
// from the IE printed beside it (Efisien when IE ≥ SE = 1). Input 0: IE cannot be computed.
import { hitungEfisiensi } from '../efisiensi';
import { isGalat } from '../galat';
import { normalJudul } from '../kolom';
import { cariPita } from '../kriteria';
import type { Sel } from '../model';
import { SKEMA_BAWAAN } from '../skema';
import { dariTercetak, petakan } from './perkiraan';
import { PESAN_PERIKSA } from './pesan';
import { Tabel, cariKepala } from './sel';

type JenisKolom = 'input' | 'output' | 'ie' | 'se' | 'te' | 'kategori';

function kenali(judul: Sel): JenisKolom | null {
  const t = normalJudul(judul);
  if (/\binput\b|masukan/.test(t)) return 'input';
  if (/\boutput\b|keluaran/.test(t)) return 'output';
  if (/^ie\b|indeks efisiensi/.test(t)) return 'ie';
  if (/^se\b|standar efisiensi/.test(t)) return 'se';
  if (/^te\b|tingkat efisiensi/.test(t)) return 'te';
  if (/^(kategori|kesimpulan)\b/.test(t)) return 'kategori';
  return null;
}

export function periksaEfisiensi(tabel: Tabel): boolean {
  const kepala = cariKepala(tabel.nilai, kenali, (ada) => ada('input') && ada('output') && ada('ie'));
  if (kepala === null) return false;
  const k = (j: JenisKolom): number | undefined => (kepala.jenis.includes(j) ? kepala.jenis.indexOf(j) : undefined);
  const skema = SKEMA_BAWAAN.Efisiensi;
  for (let r = kepala.indeksData; r < tabel.nilai.length; r++) {
    const input = tabel.angka(r, k('input'));
    const output = tabel.angka(r, k('output'));
    if (input === null || output === null) continue;
    const se = tabel.angka(r, k('se')) ?? 1;
    const ef = hitungEfisiensi(output, input);
    if (isGalat(ef)) {
      for (const j of [k('ie'), k('te')]) tabel.bandingkan(r, j, null, '', PESAN_PERIKSA.tidakDapatDihitung(ef.pesan));
      continue;
    }
    const ie = petakan([dariTercetak(output), dariTercetak(input)], (o, i) => (i === 0 ? null : o / i));
    tabel.bandingkan(r, k('ie'), ie, PESAN_PERIKSA.ie(ef.IE));
    const te = ie && se !== 0 ? petakan([ie], (x) => (x - se) / se) : null;
    if (te) tabel.bandingkan(r, k('te'), te, PESAN_PERIKSA.te(te.nilai));
    const dinilai = tabel.angka(r, k('ie')) ?? ef.IE;
    const pita = se === 1 ? cariPita(dinilai, skema) : null;
    const kolomKategori = k('kategori');
    if (pita && kolomKategori !== undefined) tabel.bandingkanLabel(r, kolomKategori, pita.label, PESAN_PERIKSA.kategori(dinilai, pita.label));
  }
  return true;
}
