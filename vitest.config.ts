import { configDefaults, defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['test/**/*.test.ts'],
    // the fixture suites (test/fixtures/reporter) fail on purpose: run only by the reporter's test
    exclude: [...configDefaults.exclude, 'test/fixtures/**'],
    // host and browser tests load the built bundles: build once before any test file runs
    globalSetup: ['test/setup/build.ts'],
    setupFiles: ['test/setup/jeda.ts'],
    reporters: ['default', './test/setup/ringkasan.ts'],
    testTimeout: 60_000,
    hookTimeout: 120_000,
  },
});
