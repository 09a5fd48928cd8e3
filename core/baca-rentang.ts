// Reading one sheet as a host hands it over (RentangBaca): first as the planner sees it (percent
// formats, hidden rows and columns), then into the indicator model. Notices about what was left
// out come after the reader's own problems.
import { bacaLembar, type OpsiBaca } from './baca-lembar';
import type { HasilBaca, RentangBaca } from './model';
import { tampakRentang } from './tampak';

export function bacaRentang(r: RentangBaca, opsi: Omit<OpsiBaca, 'barisAwal' | 'kolomAwal'> = {}): HasilBaca {
  const t = tampakRentang(r);
  const h = bacaLembar(t.nilai, { ...opsi, barisAwal: r.barisAwal, kolomAwal: r.kolomAwal });
  return { model: h.model, masalah: [...h.masalah, ...t.masalah] };
}
