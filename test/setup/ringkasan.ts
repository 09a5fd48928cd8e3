import type { Reporter, TestModule, TestRunEndReason } from 'vitest/node';

export interface Hitungan {
  passed: number;
  failed: number;
  skipped: number;
  /** What failed outside the tests themselves, for the line above the summary. */
  rincian: string[];
}

const jamak = (n: number, satu: string, banyak: string) => `${n} ${n === 1 ? satu : banyak}`;

/**
 * Counts a run. A test file that throws while loading, a failed beforeAll/afterAll and an unhandled
 * error each count as failed: vitest fails the run for them though no test failed, and the one line
 * people and CI read must say so.
 */
export function hitung(modules: ReadonlyArray<TestModule>, unhandled: ReadonlyArray<unknown>, reason: TestRunEndReason): Hitungan {
  let passed = 0;
  let failed = 0;
  let skipped = 0;
  let tidakDimuat = 0;
  let kait = 0;
  for (const mod of modules) {
    for (const test of mod.children.allTests()) {
      const state = test.result().state;
      if (state === 'passed') passed++;
      else if (state === 'failed') failed++;
      else skipped++;
    }
    // a module's own errors are import-time throws (nothing collected) or its top-level hooks;
    // a suite's own errors are its hooks: a failed test is counted above, never here
    const galatModul = mod.errors().length;
    if (galatModul > 0 && mod.children.size === 0) tidakDimuat += galatModul;
    else kait += galatModul;
    for (const suite of mod.children.allSuites()) kait += suite.errors().length;
  }
  const rincian: string[] = [];
  if (tidakDimuat) rincian.push(jamak(tidakDimuat, 'test file failed to load', 'test files failed to load'));
  if (kait) rincian.push(jamak(kait, 'hook failed', 'hooks failed'));
  if (unhandled.length) rincian.push(jamak(unhandled.length, 'unhandled error', 'unhandled errors'));
  failed += tidakDimuat + kait + unhandled.length;
  // vitest failed the run for a reason not counted above: the line must still not say 0 failed
  if (reason === 'failed' && failed === 0) {
    failed = 1;
    rincian.push('the run failed');
  }
  return { passed, failed, skipped, rincian };
}

/** 'N passed, N failed' (and skipped when there are any). */
export function baris(h: Hitungan): string {
  return `${h.passed} passed, ${h.failed} failed${h.skipped ? `, ${h.skipped} skipped` : ''}`;
}

// Ends the run with one plain line, 'N passed, N failed', that any CI can read; the exit code agrees.
export default class Ringkasan implements Reporter {
  onTestRunEnd(modules: ReadonlyArray<TestModule>, unhandled: ReadonlyArray<unknown>, reason: TestRunEndReason): void {
    const h = hitung(modules, unhandled, reason);
    const teks = `${h.rincian.length ? `\nfailed outside tests: ${h.rincian.join(', ')}` : ''}\n${baris(h)}${reason === 'interrupted' ? ' (interrupted)' : ''}\n`;
    if (h.failed > 0) process.exitCode = 1;
    // after vitest's own summary, so it is the run's last line
    process.once('exit', () => {
      if (h.failed > 0 && !process.exitCode) process.exitCode = 1;
      process.stdout.write(teks);
    });
  }
}
