// Stands in for office.js in the browser test: Office.onReady and Excel.run over the in-memory
// workbook of test/addin/fake-excel.ts (the same fake the Excel host tests use). The test serves
// this bundle at office.js's address, so the task pane page itself is the one Office loads.
import { FakeWorkbook } from '../addin/fake-excel';

type Lembar = Record<string, (number | string | null)[][]>;

const w = window as unknown as Record<string, unknown>;
w.__lapkinIsi = (lembar: Lembar) => {
  const buku = new FakeWorkbook(Object.keys(lembar));
  for (const [nama, isi] of Object.entries(lembar)) buku.put(nama, 'A1', isi);
  w.__buku = buku;
  w.Excel = { run: buku.run };
};
w.Office = {
  onReady(panggil?: (info: { host: string; platform: string }) => void) {
    // a test may name another platform (Office on Mac saves no download)
    const info = { host: 'Excel', platform: (w.__lapkinPlatform as string | undefined) ?? 'OfficeOnline' };
    return Promise.resolve(info).then((i) => {
      panggil?.(i);
      return i;
    });
  },
};
