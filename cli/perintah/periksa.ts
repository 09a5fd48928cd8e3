// `lapkin periksa <berkas.xlsx>`: audits filled tables; exit 0 when clean, 3 with findings.
import { formatAngka } from '../../core/bulat';
import type { Temuan } from '../../core/model';
import { periksaRentang } from '../../core/periksa/index';
import { SKEMA_BAWAAN, SKEMA_DEFAULT } from '../../core/skema';
import { satuBerkas } from '../argumen';
import { bacaNilaiLembar } from '../baca-xlsx';
import { bukaBuku } from '../buku';
import { GalatCli } from '../galat-cli';
import { BARIS_BESAR, lembarBernama } from '../lembar-indikator';
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
    const daftar = arg.nilai.lembar === undefined ? wb.worksheets : [lembarBernama(wb, berkas, arg.nilai.lembar)];
    const temuan: Temuan[] = [];
    let diperiksa = 0;
    let galatPertama: GalatCli | undefined;
    for (const ws of daftar) {
      const rentang = bacaNilaiLembar(ws);
      if (rentang.nilai.length >= BARIS_BESAR) io.lapor(`${pesan.kemajuanPeriksa(rentang.nilai.length, ws.name)}\n`);
      const hasil = periksaRentang(rentang, { skema });
      const masalah = hasil.masalah.filter((x) => !x.catatan);
      const m = masalah[0];
      if (m !== undefined) galatPertama ??= new GalatCli(pesan.masalah(berkas, ws.name, m, masalah.length - 1));
      else {
        diperiksa++;
        for (const c of hasil.masalah.filter((x) => x.catatan)) io.lapor(`${pesan.catatanBaris(berkas, ws.name, c)}\n`);
      }
      temuan.push(...hasil.temuan);
    }
    // a named sheet must be auditable; without --lembar, sheets holding no table are skipped
    if ((arg.nilai.lembar !== undefined || diperiksa === 0) && galatPertama !== undefined) throw galatPertama;
    if (arg.bendera.has('json')) io.tulis(`${JSON.stringify({ temuan }, null, 2)}\n`);
    else io.tulis(`${temuan.length === 0 ? pesan.periksaBersih(berkas) : teksTemuan(temuan)}\n`);
    return temuan.length === 0 ? 0 : ADA_TEMUAN;
  },
};

const tampil = (x: number | string) => (typeof x === 'number' ? formatAngka(x) : x);

function teksTemuan(temuan: readonly Temuan[]): string {
  return [
    pesan.periksaTemuan(temuan.length),
    ...temuan.map((t) => `  ${pesan.temuanBaris(t.lembar, t.sel, tampil(t.tercetak), tampil(t.seharusnya), t.alasan)}`),
  ].join('\n');
}
