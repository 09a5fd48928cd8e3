import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { describe, expect, it } from 'vitest';
import { FakeWorkbook, sampleObjects } from './fake-excel';

// Member names of `class NAME` inside `declare namespace Excel` (plus what every ClientObject has).
function excelMembers(): (cls: string) => Set<string> {
  const file = createRequire(import.meta.url).resolve('@types/office-js/index.d.ts');
  const text = readFileSync(file, 'utf8');
  const start = text.indexOf('\ndeclare namespace Excel {');
  const excel = text.slice(start, text.indexOf('\ndeclare namespace', start + 1));
  return (cls) => {
    const at = excel.indexOf(`\n    class ${cls} extends`);
    if (at < 0) throw new Error(`no class ${cls}`);
    const body = excel.slice(at, excel.indexOf('\n    }\n', at));
    const names = [...body.matchAll(/^ {8}(?:readonly )?([A-Za-z]+)\??[(:<]/gm)].map((m) => m[1]!);
    return new Set([...names, 'isNullObject', 'context']);
  };
}

function publicMembers(obj: object): string[] {
  const names = new Set<string>();
  for (let o: object | null = obj; o && o !== Object.prototype; o = Object.getPrototypeOf(o)) {
    for (const k of Object.getOwnPropertyNames(o)) if (!k.startsWith('_') && k !== 'constructor') names.add(k);
  }
  return [...names].sort();
}

describe('the fake Excel API', () => {
  it('models only members that the Excel API declares', () => {
    const members = excelMembers();
    for (const [cls, obj] of Object.entries(sampleObjects())) {
      const declared = cls === 'RequestContext' ? new Set(['workbook', 'sync']) : members(cls);
      const unknown = publicMembers(obj).filter((m) => !declared.has(m));
      expect({ cls, unknown }).toEqual({ cls, unknown: [] });
    }
  });

  it('throws on a member the real API does not have', async () => {
    const book = new FakeWorkbook();
    await expect(
      book.run(async (context) => {
        (context.workbook.worksheets.getItem('Sheet1') as unknown as { getCell(): void }).getCell();
      }),
    ).rejects.toThrow(/Excel.Worksheet has no member "getCell"/);
  });

  it('queues commands until sync, counts syncs and throws on a value read before it', async () => {
    const book = new FakeWorkbook();
    book.put('Sheet1', 'B2', [[1, 'x']]);
    const seen = await book.run(async (context) => {
      const range = context.workbook.worksheets.getItem('Sheet1').getUsedRange();
      range.load('values,rowIndex,columnIndex,address');
      expect(() => range.values).toThrow(/not available/);
      await context.sync();
      return { values: range.values, row: range.rowIndex, col: range.columnIndex, address: range.address };
    });
    expect(seen).toEqual({ values: [[1, 'x']], row: 1, col: 1, address: 'Sheet1!B2:C2' });
    expect(book.syncs).toBe(1);
  });

  it('fails the sync on a shape mismatch and on a duplicate sheet name, as Excel does', async () => {
    const book = new FakeWorkbook(['Data']);
    await expect(
      book.run(async (context) => {
        context.workbook.worksheets.getItem('Data').getRange('A1:B2').values = [[1, 2]];
        await context.sync();
      }),
    ).rejects.toMatchObject({ code: 'InvalidArgument' });
    await expect(
      book.run(async (context) => {
        context.workbook.worksheets.add('data');
        await context.sync();
      }),
    ).rejects.toMatchObject({ code: 'ItemAlreadyExists' });
  });

  it('loads collection items in the same sync', async () => {
    const book = new FakeWorkbook(['A', 'B']);
    const names = await book.run(async (context) => {
      const sheets = context.workbook.worksheets;
      sheets.load('items/name');
      await context.sync();
      return sheets.items.map((s) => s.name);
    });
    expect(names).toEqual(['A', 'B']);
    expect(book.syncs).toBe(1);
  });
});
