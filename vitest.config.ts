import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: [
      'src/**/*.test.ts',
      'src/**/*.test.tsx',
      'tools/**/*.test.ts',
      'e2e/**/*.test.ts',
      'security/**/*.test.ts',
    ],
    reporters: ['default', './tools/summary-reporter.ts'],
    testTimeout: 30_000,
    hookTimeout: 60_000,
    // Two cores on CI machines: keep the pool small so PGlite and Chromium tests do not starve each other.
    maxWorkers: 2,
  },
});
