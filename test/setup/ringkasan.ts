import type { Reporter, TestModule } from 'vitest/node';

// Ends the run with one plain line, 'N passed, N failed', that any CI can read.
export default class Ringkasan implements Reporter {
  onTestRunEnd(modules: ReadonlyArray<TestModule>): void {
    let passed = 0;
    let failed = 0;
    let skipped = 0;
    for (const mod of modules) {
      for (const test of mod.children.allTests()) {
        const state = test.result().state;
        if (state === 'passed') passed++;
        else if (state === 'failed') failed++;
        else skipped++;
      }
    }
    const line = `${passed} passed, ${failed} failed${skipped ? `, ${skipped} skipped` : ''}`;
    // after vitest's own summary, so it is the run's last line
    process.once('exit', () => process.stdout.write(`\n${line}\n`));
  }
}
