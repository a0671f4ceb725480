import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    root: new URL('..', import.meta.url).pathname,
    include: ['tests/**/*.test.ts', 'src/**/*.test.ts'],
    // Printing PDFs and driving Chromium on a busy two-core machine can take tens of seconds.
    testTimeout: 90_000,
    hookTimeout: 60_000,
    // End-to-end files each start a browser; keep them from fighting over two cores.
    fileParallelism: true,
    maxWorkers: 2,
  },
});
