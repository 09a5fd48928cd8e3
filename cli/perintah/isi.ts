// `lapkin isi <masukan.xlsx>`: a new workbook with the input's sheets and one sheet per table.
import path from 'node:path';
import { olahBacaan } from '../../core/index';
import { satuBerkas } from '../argumen';
import { isiBuku } from '../../xlsx/index';
import { bukaBuku, periksaKeluaran, sebagaiGalatCli, tulisBerkas } from '../buku';
import { BARIS_BESAR, cariLembarIndikator, laporMasalah } from '../lembar-indikator';
import { opsiDiminta } from '../opsi-skor';
import { pemadatZlib } from '../pemadat-zlib';
import { pesan } from '../pesan';
import { ringkasan } from '../ringkasan';
import { daftarTabel } from '../tabel-diminta';
import type { Perintah } from './perintah';

export const isi: Perintah = {
  opsi: { keluar: true, lembar: true, skema: true, tabel: true, periode: true, tingkat: true, timpa: false, ketat: false },
  async jalankan(arg, io) {
    const berkas = satuBerkas('isi', arg);
    const opsi = opsiDiminta(arg);
    const tabel = daftarTabel(arg);
    const keluar = arg.nilai.keluar ?? keluaranBawaan(berkas);
    await periksaKeluaran(keluar, { masukan: berkas, timpa: arg.bendera.has('timpa') });

    const wb = await bukaBuku(berkas);
    const lembar = cariLembarIndikator(wb, berkas, arg.nilai.lembar, io.lapor, arg.bendera.has('ketat'));
    const dibangun = olahBacaan(lembar.bacaan, { ...opsi, ...(tabel && { tabel }) });
    const hasil = dibangun.skor;
    const kode = laporMasalah(berkas, lembar, io.lapor);
    for (const d of dibangun.dilewati) io.lapor(`${pesan.tabelDilewati(d.id, d.alasan)}\n`);
    if (lembar.model.indikator.length >= BARIS_BESAR) io.lapor(`${pesan.kemajuanTulis(keluar)}\n`);
    // the input's parts stay byte for byte; lapkin's sheets are added (xlsx/tulis.ts) with their charts
    const ditulis = await isiBuku(wb.paket.data, berkas, dibangun.tabel, { pemadat: pemadatZlib }).catch((err: unknown) => {
      throw sebagaiGalatCli(err);
    });
    for (const p of ditulis.pemberitahuan) io.lapor(`${p}\n`);
    await tulisBerkas(keluar, ditulis.potongan, { timpa: arg.bendera.has('timpa'), masukan: berkas });

    io.tulis(`${ringkasan(hasil, lembar.nama)}\n${pesan.ditulis(keluar)}\n`);
    return kode;
  },
};

/** `<nama>-lapkin.xlsx` beside the input. */
function keluaranBawaan(masukan: string): string {
  const { dir, name } = path.parse(masukan);
  return path.join(dir, `${name}-lapkin.xlsx`);
}
