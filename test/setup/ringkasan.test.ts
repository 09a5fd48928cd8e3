// The summary line of the run, checked on two tiny fixture suites run by vitest in a child
// process: one clean, one with a file that throws at import, a failing beforeAll and afterAll and
// an unhandled rejection. The line and the exit code must both say that something failed.
import { execFile } from 'node:child_process';
import path from 'node:path';
import fc from 'fast-check';
import type { TestModule } from 'vitest/node';
import { describe, expect, it } from 'vitest';
import { baris, hitung } from './ringkasan';

const AKAR = path.resolve(__dirname, '../..');

interface Hasil {
  kode: number;
  keluaran: string;
}

/** Runs one fixture suite (a folder of test/fixtures/reporter) with its own config. */
function jalankan(folder: string): Promise<Hasil> {
  // a clean environment: this process runs inside vitest, the child must not think so too
  const env = Object.fromEntries(Object.entries(process.env).filter(([k]) => !k.startsWith('VITEST')));
  const args = [path.join(AKAR, 'node_modules/vitest/vitest.mjs'), 'run', '--config', 'test/fixtures/reporter/vitest.config.ts', `${folder}/`];
  return new Promise((selesai) => {
    execFile(process.execPath, args, { cwd: AKAR, env: { ...env, NO_COLOR: '1', FORCE_COLOR: '0' } }, (galat, stdout) =>
      selesai({ kode: galat ? Number(galat.code ?? 1) : 0, keluaran: stdout }),
    );
  });
}

const barisAkhir = (teks: string): string[] => teks.trimEnd().split('\n').slice(-2);

// each child run starts vitest afresh: generous room on a loaded machine (not a speed check)
describe('the summary line', { timeout: 180_000 }, () => {
  it('counts a file that fails to load, failed hooks and an unhandled error as failed, and the exit code agrees', async () => {
    const { kode, keluaran } = await jalankan('gagal');
    expect(barisAkhir(keluaran)).toEqual([
      'failed outside tests: 1 test file failed to load, 2 hooks failed, 1 unhandled error',
      '3 passed, 4 failed, 1 skipped',
    ]);
    const [, failed] = /(\d+) failed/.exec(keluaran.trimEnd().split('\n').at(-1)!)!;
    expect(Number(failed)).toBeGreaterThanOrEqual(1);
    expect(kode).not.toBe(0);
  });

  it('says 0 failed on a clean suite, with exit code 0', async () => {
    const { kode, keluaran } = await jalankan('bersih');
    expect(barisAkhir(keluaran).at(-1)).toBe('3 passed, 0 failed, 1 skipped');
    expect(keluaran).not.toContain('failed outside tests');
    expect(kode).toBe(0);
  });
});

/** A stand-in for vitest's TestModule: only what the count reads. */
function modulPalsu(tes: ('passed' | 'failed' | 'skipped')[], galatModul: number, galatSuite: number[]): TestModule {
  const galat = (n: number) => Array.from({ length: n }, () => ({ message: 'x' }));
  return {
    errors: () => galat(galatModul),
    children: {
      size: tes.length + galatSuite.length,
      *allTests() {
        for (const state of tes) yield { result: () => ({ state }) };
      },
      *allSuites() {
        for (const n of galatSuite) yield { errors: () => galat(n) };
      },
    },
  } as unknown as TestModule;
}

describe('hitung', () => {
  it('every test, every error of a module or suite and every unhandled error is counted once', () => {
    const modul = fc.record({
      tes: fc.array(fc.constantFrom('passed' as const, 'failed' as const, 'skipped' as const), { maxLength: 8 }),
      galatModul: fc.nat(3),
      galatSuite: fc.array(fc.nat(2), { maxLength: 4 }),
    });
    fc.assert(
      fc.property(
        fc.array(modul, { maxLength: 5 }),
        fc.nat(3),
        fc.constantFrom('passed' as const, 'failed' as const),
        (daftar, unhandled, reason) => {
          const h = hitung(
            daftar.map((m) => modulPalsu(m.tes, m.galatModul, m.galatSuite)),
            Array.from({ length: unhandled }, () => ({})),
            reason,
          );
          const tes = daftar.flatMap((m) => m.tes);
          const galat = daftar.reduce((s, m) => s + m.galatModul + m.galatSuite.reduce((a, b) => a + b, 0), 0) + unhandled;
          const gagal = tes.filter((t) => t === 'failed').length + galat;
          expect(h.passed).toBe(tes.filter((t) => t === 'passed').length);
          expect(h.skipped).toBe(tes.filter((t) => t === 'skipped').length);
          expect(h.failed).toBe(reason === 'failed' && gagal === 0 ? 1 : gagal);
          expect(h.rincian.length > 0).toBe(galat > 0 || h.failed > gagal);
          expect(baris(h)).toMatch(/^\d+ passed, \d+ failed(, \d+ skipped)?$/);
        },
      ),
    );
  });

  it('names what failed outside the tests', () => {
    const h = hitung([modulPalsu([], 1, []), modulPalsu(['passed', 'skipped'], 0, [1, 1])], [{}], 'failed');
    expect(h).toEqual({ passed: 1, failed: 4, skipped: 1, rincian: ['1 test file failed to load', '2 hooks failed', '1 unhandled error'] });
    expect(baris(h)).toBe('1 passed, 4 failed, 1 skipped');
  });
});
