// The sidebar sends each table to the server as a plain object: a table core built makes its grid
// when first read (a getter), and google.script.run documents only plain objects, arrays and
// primitives as parameters.
import { afterEach, describe, expect, it } from 'vitest';
import { bangunTabel } from '../../core/index';
import { hostSidebar } from '../../gas/sidebar-host';
import { contohHasil } from '../core/tabel/contoh';

const g = globalThis as { google?: unknown };
afterEach(() => {
  delete g.google;
});

describe('hostSidebar.tulisTabel', () => {
  it('sends each table with its grid as a data property, one call per table', async () => {
    const dikirim: unknown[] = [];
    const runner = {
      sukses: (_: unknown) => {},
      withSuccessHandler(f: (h: unknown) => void) {
        runner.sukses = f;
        return runner;
      },
      withFailureHandler: () => runner,
      lapkinTulisTabel(tabel: { namaLembar: string }[]) {
        dikirim.push(...tabel);
        runner.sukses({ lembar: tabel.map((t) => t.namaLembar) });
      },
    };
    g.google = { script: { run: runner } };
    const { tabel } = bangunTabel(contohHasil(), { tabel: ['pencapaian-iku', 'legenda-kriteria'] });
    const hasil = await hostSidebar.tulisTabel(tabel);
    expect(hasil.lembar).toEqual(['Pencapaian IKU', 'Legenda Kriteria']);
    expect(dikirim).toHaveLength(2);
    for (const [i, t] of dikirim.entries()) {
      const sel = Object.getOwnPropertyDescriptor(t, 'sel');
      expect(sel?.get).toBeUndefined();
      expect(sel?.value).toEqual(tabel[i]!.sel);
      expect(JSON.parse(JSON.stringify(t))).toEqual(JSON.parse(JSON.stringify(tabel[i])));
    }
  });
});
