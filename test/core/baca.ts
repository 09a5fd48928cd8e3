// The reader as the tests call it: the columns detected, then the sheet read with that detection
// (core's pipeline does the same in bacaRentang).
import { bacaLembar as baca, type OpsiBaca } from '../../core/baca-lembar';
import { petaKolomOtomatis } from '../../core/kolom';
import type { HasilBaca, Sel } from '../../core/model';

export function bacaLembar(nilai: readonly (readonly Sel[])[], opsi: OpsiBaca = {}): HasilBaca {
  return baca(nilai, petaKolomOtomatis(nilai), opsi);
}
