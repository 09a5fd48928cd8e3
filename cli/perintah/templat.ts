// `lapkin templat <berkas.xlsx>`: a ready input workbook built from the core's template spec.
import { bangunTemplat } from '../../core/index';
import { satuBerkas } from '../argumen';
import { periksaKeluaran, simpanBuku } from '../buku';
import { pesan } from '../pesan';
import { tulisTabel } from '../tulis-xlsx';
import type { Perintah } from './perintah';

export const templat: Perintah = {
  opsi: { timpa: false },
  async jalankan(arg, io) {
    const berkas = satuBerkas('templat', arg);
    await periksaKeluaran(berkas, { timpa: arg.bendera.has('timpa') });
    // exceljs is loaded only here: the other commands start without it
    const { default: ExcelJS } = await import('exceljs');
    const wb = new ExcelJS.Workbook();
    wb.creator = 'Lapkin';
    tulisTabel(wb, bangunTemplat());
    await simpanBuku(wb, berkas, [], arg.bendera.has('timpa'));
    io.tulis(`${pesan.templatDitulis(berkas)}\n`);
    return 0;
  },
};
