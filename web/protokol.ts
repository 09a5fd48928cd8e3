// The messages between the page and its worker: one request, progress lines, one answer.
import type { RentangBaca, TabelSpec, Temuan } from '../core/index';

export type Permintaan =
  | { readonly op: 'buka'; readonly data: ArrayBuffer; readonly nama: string }
  | { readonly op: 'aktif' }
  | { readonly op: 'baca'; readonly lembar: string }
  | { readonly op: 'isi'; readonly tabel: readonly TabelSpec[] }
  | { readonly op: 'tandai'; readonly temuan: readonly Temuan[] }
  | { readonly op: 'templat'; readonly tabel: readonly TabelSpec[] };

/** A workbook the worker made, for the page to offer as a download. */
export interface Unduhan {
  readonly nama: string;
  readonly data: Uint8Array;
}

export interface Hasil {
  buka: { nama: string; daftarLembar: string[]; lama: boolean };
  aktif: string;
  baca: RentangBaca;
  isi: { lembar: string[]; pemberitahuan: string[]; unduhan: Unduhan };
  tandai: { unduhan: Unduhan | null };
  templat: { lembar: string[]; unduhan: Unduhan };
}

export type Balasan =
  | { readonly id: number; readonly kemajuan: { readonly teks: string; readonly bagian: number } }
  | { readonly id: number; readonly ok: true; readonly hasil: unknown }
  | { readonly id: number; readonly ok: false; readonly pesan: string };
