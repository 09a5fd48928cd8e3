// `lapkin periksa <berkas.xlsx>`: audits filled tables; exit 0 when clean, 3 with findings.
import { formatAngka, periksaRentang, SKEMA_BAWAAN, SKEMA_DEFAULT, type Temuan } from '../../core/index';
import { satuBerkas } from '../argumen';
import { bukaBuku } from '../buku';
import { GalatCli } from '../galat-cli';
import { jsonBertahap, tulisBertahap } from '../json-bertahap';
import { BARIS_BESAR, bacaLembarBuku, lembarBernama } from '../lembar-indikator';
import { skemaDiminta } from '../opsi-skor';
import { pesan } from '../pesan';
import type { Perintah } from './perintah';

export const ADA_TEMUAN = 3;

export const periksa: Perintah = {
  opsi: { lembar: true, skema: true, json: false },
  async jalankan(arg, io) {
    const berkas = satuBerkas('periksa', arg);
    const skema = skemaDiminta(arg) ?? SKEMA_BAWAAN[SKEMA_DEFAULT];
    const wb = await bukaBuku(berkas);
    const daftar = arg.nilai.lembar === undefined ? wb.daftarLembar : [lembarBernama(wb, berkas, arg.nilai.lembar)];
    const temuan: Temuan[] = [];
    let diperiksa = 0;
    let angka = 0;
    let galatPertama: GalatCli | undefined;
    for (const nama of daftar) {
      const rentang = bacaLembarBuku(wb, nama);
      if (rentang.nilai.length >= BARIS_BESAR) io.lapor(`${pesan.kemajuanPeriksa(rentang.nilai.length, nama)}\n`);
      const hasil = periksaRentang(rentang, { skema });
      // one sheet's cells at a time (an output of isi holds several sheets of every indicator)
      wb.lepasLembar(nama);
      const masalah = [...rentang.masalah, ...hasil.masalah].filter((x) => !x.catatan);
      const m = masalah[0];
      if (m !== undefined) galatPertama ??= new GalatCli(pesan.masalah(berkas, nama, m, masalah.length - 1));
      else {
        diperiksa++;
        for (const c of hasil.masalah.filter((x) => x.catatan)) io.lapor(`${pesan.catatanBaris(berkas, nama, c)}\n`);
      }
      angka += hasil.diperiksa;
      temuan.push(...hasil.temuan);
    }
    // a named sheet must be auditable; without --lembar, sheets holding no table are skipped
    if ((arg.nilai.lembar !== undefined || diperiksa === 0) && galatPertama !== undefined) throw galatPertama;
    // nothing checked is not clean: say what was missing
    if (daftar.length === 0) throw new GalatCli(pesan.periksaTanpaLembar(berkas));
    if (diperiksa === 0) throw new GalatCli(pesan.periksaTanpaTabel(berkas));
    if (angka === 0 && temuan.length === 0) throw new GalatCli(pesan.periksaTanpaAngka(berkas));
    if (arg.bendera.has('json')) await tulisBertahap(jsonBertahap({ temuan }), io, '\n');
    else if (temuan.length === 0) io.tulis(`${pesan.periksaBersih(berkas)}\n`);
    else await tulisBertahap(teksTemuan(temuan), io, '\n');
    return temuan.length === 0 ? 0 : ADA_TEMUAN;
  },
};

const tampil = (x: number | string) => (typeof x === 'number' ? formatAngka(x) : x);

/** The findings line by line (tens of thousands on a large table are not one string). */
function* teksTemuan(temuan: readonly Temuan[]): Generator<string> {
  yield pesan.periksaTemuan(temuan.length);
  for (const t of temuan) yield `\n  ${pesan.temuanBaris(t.lembar, t.sel, tampil(t.tercetak), tampil(t.seharusnya), t.alasan)}`;
}
