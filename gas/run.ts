// A typed Promise over google.script.run, the sidebar's only channel to the spreadsheet.
import type { ServerLapkin } from './api';

interface Runner {
  withSuccessHandler(f: (hasil: unknown) => void): Runner;
  withFailureHandler(f: (err: Error) => void): Runner;
}

declare const google: { script: { run: Runner } };

export function panggil<K extends keyof ServerLapkin>(nama: K, ...args: Parameters<ServerLapkin[K]>): Promise<ReturnType<ServerLapkin[K]>> {
  return new Promise((resolve, reject) => {
    const runner = google.script.run
      .withSuccessHandler((hasil) => resolve(hasil as ReturnType<ServerLapkin[K]>))
      .withFailureHandler(reject) as unknown as Record<K, (...a: unknown[]) => void>;
    runner[nama](...args);
  });
}
