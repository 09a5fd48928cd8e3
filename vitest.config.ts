import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['test/**/*.test.ts'],
    // host and browser tests load the built bundles: build once before any test file runs
    globalSetup: ['test/setup/build.ts'],
    reporters: ['default', './test/setup/ringkasan.ts'],
    testTimeout: 60_000,
    hookTimeout: 120_000,
  },
});
