// The messages between the page and its worker: one request, progress lines, one answer. The
// pipeline's requests (deteksi, isiTabel, periksa, buatTemplat) carry only names and choices one
// way and small summaries and the downloaded bytes the other: the page's thread never reads,
// scores or writes a workbook.
import type { PetaKolom, RentangBaca, TabelSpec, Temuan } from '../core/index';
import type { HasilPeriksa, PilihanIsi, PilihanSkema, RingkasIsi, RingkasLembar } from '../ui/mesin';

export type Permintaan =
  | { readonly op: 'buka'; readonly data: ArrayBuffer; readonly nama: string }
  | { readonly op: 'aktif' }
  | { readonly op: 'baca'; readonly lembar: string }
  | { readonly op: 'isi'; readonly tabel: readonly TabelSpec[] }
  | { readonly op: 'tandai'; readonly temuan: readonly Temuan[] }
  | { readonly op: 'templat'; readonly tabel: readonly TabelSpec[] }
  | { readonly op: 'deteksi'; readonly lembar: string; readonly peta?: PetaKolom }
  | { readonly op: 'isiTabel'; readonly d: RingkasLembar; readonly pilihan: PilihanIsi; readonly tabel: readonly string[] }
  | { readonly op: 'periksa'; readonly lembar: string; readonly skema: PilihanSkema }
  | { readonly op: 'buatTemplat' }
  | { readonly op: 'grafikLaporan'; readonly d: RingkasLembar; readonly pilihan: PilihanIsi }
  | { readonly op: 'laporan'; readonly d: RingkasLembar; readonly pilihan: PilihanIsi; readonly gambar: readonly Uint8Array[] }
  | { readonly op: 'pratinjau'; readonly lembar: string; readonly baris: number; readonly kolom: number };

/** A workbook the worker made, for the page to offer as a download. */
export interface Unduhan {
  readonly nama: string;
  readonly data: Uint8Array;
}

/** The rows around a cell as the planner sees them: the header rows, then the rows near the cell. */
export interface Pratinjau {
  readonly lembar: string;
  /** 1-based sheet columns shown, left to right. */
  readonly kolom: readonly number[];
  /** The header rows (both rows of a two-row header); a merged group spans its columns. */
  readonly judul: readonly BarisPratinjau[];
  readonly baris: readonly BarisPratinjau[];
  /** The cell shown marked. */
  readonly ini: { readonly baris: number; readonly kolom: number };
}

export interface BarisPratinjau {
  /** 1-based sheet row. */
  readonly nomor: number;
  /** One per shown column; `lebar` > 1 for the first cell of a merge across columns, 0 for the cells it covers. */
  readonly sel: readonly { readonly teks: string; readonly lebar: number }[];
}

export interface Hasil {
  buka: { nama: string; daftarLembar: string[]; lama: boolean };
  aktif: string;
  baca: RentangBaca;
  isi: { lembar: string[]; pemberitahuan: string[]; unduhan: Unduhan };
  tandai: { unduhan: Unduhan | null };
  templat: { lembar: string[]; unduhan: Unduhan };
  deteksi: RingkasLembar;
  isiTabel: { ringkas: RingkasIsi; unduhan: Unduhan | null };
  periksa: { hasil: HasilPeriksa; unduhan: Unduhan | null };
  buatTemplat: { lembar: readonly string[]; unduhan: Unduhan | null };
  pratinjau: Pratinjau | null;
  grafikLaporan: readonly string[];
  /** The Word chapter's bytes (the page hands them to Host.unduh). */
  laporan: Uint8Array;
}

export type Balasan =
  | { readonly id: number; readonly kemajuan: { readonly teks: string; readonly bagian: number } }
  | { readonly id: number; readonly ok: true; readonly hasil: unknown }
  | { readonly id: number; readonly ok: false; readonly pesan: string };
