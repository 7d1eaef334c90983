import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['src/**/*.test.ts', 'test/**/*.test.ts'],
    reporters: ['default', './test/support/summary-reporter.ts'],
    // Property tests run many cases; keep the default timeout generous on 2 cores.
    testTimeout: 20_000,
  },
});
