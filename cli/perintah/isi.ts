// `lapkin isi <masukan.xlsx>`: a new workbook with the input's sheets and one sheet per table.
import path from 'node:path';
import { skorModel } from '../../core/skor';
import { bangunTabel } from '../../core/tabel/index';
import { satuBerkas } from '../argumen';
import { bukaBuku, periksaKeluaran, simpanBuku } from '../buku';
import { BARIS_BESAR, cariLembarIndikator } from '../lembar-indikator';
import { opsiSkor, periksaOpsiSkor } from '../opsi-skor';
import { pesan } from '../pesan';
import { ringkasan } from '../ringkasan';
import { daftarTabel } from '../tabel-diminta';
import type { GrafikLembar } from '../grafik-xlsx';
import type { SelXml } from '../sel-xml';
import { tulisTabel } from '../tulis-xlsx';
import type { Perintah } from './perintah';

export const isi: Perintah = {
  opsi: { keluar: true, lembar: true, skema: true, tabel: true, periode: true, tingkat: true, timpa: false },
  async jalankan(arg, io) {
    const berkas = satuBerkas('isi', arg);
    periksaOpsiSkor(arg);
    const tabel = daftarTabel(arg);
    const keluar = arg.nilai.keluar ?? keluaranBawaan(berkas);
    await periksaKeluaran(keluar, { masukan: berkas, timpa: arg.bendera.has('timpa') });

    const wb = await bukaBuku(berkas);
    const lembar = cariLembarIndikator(wb, berkas, arg.nilai.lembar, io.lapor);
    const hasil = skorModel(lembar.model, opsiSkor(lembar.model, arg));
    const dibangun = bangunTabel(hasil, tabel === undefined ? {} : { tabel });
    for (const d of dibangun.dilewati) io.lapor(`${pesan.tabelDilewati(d.id, d.alasan)}\n`);
    const selXml: SelXml[] = [];
    const grafik: GrafikLembar[] = [];
    for (const spec of dibangun.tabel) {
      const ditulis = tulisTabel(wb, spec, { selXml: true });
      for (const p of ditulis.pemberitahuan) io.lapor(`${p}\n`);
      if (ditulis.selXml !== undefined) selXml.push(ditulis.selXml);
      if (spec.grafik !== undefined) grafik.push({ lembar: ditulis.lembar, spec });
    }
    if (lembar.model.indikator.length >= BARIS_BESAR) io.lapor(`${pesan.kemajuanTulis(keluar)}\n`);
    await simpanBuku(wb, keluar, selXml, grafik);

    io.tulis(`${ringkasan(hasil, lembar.nama)}\n${pesan.ditulis(keluar)}\n`);
    return 0;
  },
};

/** `<nama>-lapkin.xlsx` beside the input. */
function keluaranBawaan(masukan: string): string {
  const { dir, name } = path.parse(masukan);
  return path.join(dir, `${name}-lapkin.xlsx`);
}
