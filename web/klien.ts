// The page's side of the worker: each request is a promise, progress lines go to a callback.
import { TEKS_WEB } from '../ui/teks';
import type { Balasan, Hasil, Permintaan } from './protokol';

export type Kemajuan = (teks: string, bagian: number) => void;

export interface Klien {
  minta<K extends Permintaan['op']>(p: Extract<Permintaan, { op: K }>, kemajuan?: Kemajuan, pindah?: Transferable[]): Promise<Hasil[K]>;
}

export function buatKlien(pekerja: Worker): Klien {
  let berikut = 1;
  const tunggu = new Map<number, { selesai(x: unknown): void; gagal(e: Error): void; kemajuan?: Kemajuan }>();
  pekerja.onmessage = (e: MessageEvent<Balasan>) => {
    const b = e.data;
    const t = tunggu.get(b.id);
    if (t === undefined) return;
    if ('kemajuan' in b) return t.kemajuan?.(b.kemajuan.teks, b.kemajuan.bagian);
    tunggu.delete(b.id);
    if (b.ok) t.selesai(b.hasil);
    else t.gagal(new Error(b.pesan));
  };
  // a worker that cannot start or dies fails every open request with one line
  pekerja.onerror = (e) => {
    e.preventDefault();
    for (const t of tunggu.values()) t.gagal(new Error(TEKS_WEB.pekerjaGagal));
    tunggu.clear();
  };
  return {
    minta(p, kemajuan, pindah = []) {
      const id = berikut++;
      return new Promise((selesai, gagal) => {
        tunggu.set(id, { selesai: selesai as (x: unknown) => void, gagal, kemajuan });
        pekerja.postMessage({ id, p }, pindah);
      });
    },
  };
}
