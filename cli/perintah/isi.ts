// `lapkin isi <masukan.xlsx>`: a new workbook with the input's sheets and one sheet per table.
import path from 'node:path';
import { olahBacaan } from '../../core/index';
import { satuBerkas, type Argumen } from '../argumen';
import { isiBuku } from '../../xlsx/index';
import { bukaBuku, periksaKeluaran, sebagaiGalatCli, tulisBerkas } from '../buku';
import { BARIS_BESAR, cariLembarIndikator, laporMasalah } from '../lembar-indikator';
import { opsiDiminta } from '../opsi-skor';
import { padatkanZlib } from '../pemadat-zlib';
import { pesan } from '../pesan';
import { ringkasan } from '../ringkasan';
import { daftarTabel } from '../tabel-diminta';
import type { Io, Perintah } from './perintah';

export const isi: Perintah = {
  opsi: { keluar: true, lembar: true, skema: true, tabel: true, periode: true, tingkat: true, timpa: false, ketat: false },
  async jalankan(arg, io) {
    const berkas = satuBerkas('isi', arg);
    const tabel = daftarTabel(arg);
    const keluar = arg.nilai.keluar ?? keluaranBawaan(berkas);
    await periksaKeluaran(keluar, { masukan: berkas, timpa: arg.bendera.has('timpa') });

    const dibaca = await bacaDanBangun(berkas, arg, io, tabel);
    if (dibaca.besar) io.lapor(`${pesan.kemajuanTulis(keluar)}\n`);
    // the input's parts stay byte for byte; lapkin's sheets are added (xlsx/tulis.ts) with their charts
    const ditulis = await isiBuku(dibaca.paket, berkas, dibaca.tabel, { padatkan: padatkanZlib }).catch((err: unknown) => {
      throw sebagaiGalatCli(err);
    });
    for (const p of ditulis.pemberitahuan) io.lapor(`${p}\n`);
    await tulisBerkas(keluar, ditulis.potongan, { timpa: arg.bendera.has('timpa'), masukan: berkas });

    io.tulis(`${dibaca.ringkasan}\n${pesan.ditulis(keluar)}\n`);
    return dibaca.kode;
  },
};

/**
 * Reads the sheet, scores it and builds the tables, keeping only what writing needs: the model
 * and its scores (some 70 MB at 100,000 indicators) are garbage once this returns, before the
 * largest allocations of the run.
 */
async function bacaDanBangun(berkas: string, arg: Argumen, io: Io, tabel: readonly string[] | undefined) {
  const wb = await bukaBuku(berkas);
  const lembar = cariLembarIndikator(wb, berkas, arg.nilai.lembar, io.lapor, arg.bendera.has('ketat'));
  const dibangun = olahBacaan(lembar.bacaan, { ...opsiDiminta(arg), ...(tabel && { tabel }) });
  const kode = laporMasalah(berkas, lembar, io.lapor);
  for (const d of dibangun.dilewati) io.lapor(`${pesan.tabelDilewati(d.id, d.alasan)}\n`);
  return {
    paket: wb.paket.data,
    tabel: dibangun.tabel,
    kode,
    ringkasan: ringkasan(dibangun.skor, lembar.nama),
    besar: lembar.model.indikator.length >= BARIS_BESAR,
  };
}

/** `<nama>-lapkin.xlsx` beside the input. */
function keluaranBawaan(masukan: string): string {
  const { dir, name } = path.parse(masukan);
  return path.join(dir, `${name}-lapkin.xlsx`);
}
