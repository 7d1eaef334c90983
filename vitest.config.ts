import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    // Web tests (web/src) run in node unless the file opts into a DOM with a
    // first-line `// @vitest-environment happy-dom` comment.
    include: ['src/**/*.test.ts', 'test/**/*.test.ts', 'web/src/**/*.test.{ts,tsx}'],
    reporters: ['default', './test/support/summary-reporter.ts'],
    // Property tests run many cases; keep the default timeout generous on 2 cores.
    testTimeout: 20_000,
  },
});
