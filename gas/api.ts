// The server functions the sidebar calls through google.script.run. server.ts implements them and
// the build exposes each as a top-level global (google.script.run only sees top-level functions).
import type { TabelSpec, Temuan } from '../core/index';
import type { HasilTulis, RentangBaca } from '../ui/host';

export interface ServerLapkin {
  lapkinDaftarLembar(): string[];
  lapkinLembarAktif(): string;
  lapkinBacaLembar(lembar: string): RentangBaca;
  lapkinBacaRentang(alamat: string): RentangBaca;
  lapkinTulisTabel(tabel: TabelSpec[]): HasilTulis;
  lapkinTandaiTemuan(temuan: Temuan[], lembar?: string): void;
  lapkinPilihSel(lembar: string, sel: string): void;
}
