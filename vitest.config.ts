import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['packages/*/src/**/*.test.ts', 'apps/*/src/**/*.test.ts'],
    exclude: ['**/node_modules/**', '**/dist/**', 'e2e/**'],
    globalSetup: ['./packages/db/src/testing/global-setup.ts'],
    // A PGlite instance costs 200+ MB and seconds of CPU: one per core is plenty.
    maxWorkers: 2,
    // Some tests start the server as a child process; a loaded two-core machine needs time.
    testTimeout: 30_000,
    hookTimeout: 60_000,
    teardownTimeout: 30_000,
  },
});
