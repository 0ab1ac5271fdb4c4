import { defineConfig } from 'vitest/config';

/** End-to-end tests: the real React app in Chromium against the web host (tests/e2e), and the desktop app (tests/electron). */
export default defineConfig({
  test: {
    include: ['tests/e2e/**/*.test.ts', 'tests/electron/**/*.test.ts'],
    testTimeout: 60_000,
    hookTimeout: 120_000,
    // Each file starts a host and a browser; two cores are better spent on one at a time.
    fileParallelism: false,
  },
});
