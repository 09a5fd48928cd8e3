// The task pane page. In the shared runtime this page is also where Excel runs the LAPKIN.*
// functions, so it registers them; then it mounts the panel over the Excel host.
import './functions';
import { pasangPanel } from '../ui/panel';
import { buatHostExcel } from './excel-host';
import { mesinLokal } from '../ui/mesin';

const root = document.getElementById('lapkin')!;

if (typeof Office === 'undefined') {
  root.textContent = 'Lapkin berjalan di dalam Excel: buka tab Beranda lalu klik Lapkin.';
} else {
  // the platform decides whether the pane can offer a download (the Word chapter)
  void Office.onReady((info) => {
    const host = buatHostExcel(undefined, String(info.platform ?? ''));
    pasangPanel(root, host, mesinLokal(host));
  });
}
