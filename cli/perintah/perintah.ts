// What every `lapkin` command is: the options it accepts and how it runs.
import type { Argumen, DaftarOpsi } from '../argumen';

/** Output channels: results on stdout, progress and notices on stderr (so --json stays clean). */
export interface Io {
  tulis(teks: string): void;
  lapor(teks: string): void;
  /**
   * Resolves once what tulis handed over has gone out. A pipe whose reader is slower than lapkin
   * (`lapkin hitung --json | jq`) otherwise queues the whole answer in memory. Absent: at once.
   */
  lega?(): Promise<void>;
}

export interface Perintah {
  readonly opsi: DaftarOpsi;
  /** Resolves to the exit code. */
  jalankan(arg: Argumen, io: Io): Promise<number>;
}
