import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    // PGlite and Chromium are heavy on a 2-core machine; a few forks at once is fastest.
    pool: 'forks',
    maxWorkers: 2,
    testTimeout: 30_000,
    hookTimeout: 60_000,
    env: { TZ: 'UTC' },
    projects: [
      {
        extends: true,
        test: {
          name: 'unit',
          include: [
            'src/**/*.test.ts',
            'test/unit/**/*.test.ts',
            'test/data/**/*.test.ts',
            'test/architecture.test.ts',
            'web/src/**/*.test.ts',
          ],
        },
      },
      { extends: true, test: { name: 'db', include: ['test/db/**/*.test.ts'] } },
      { extends: true, test: { name: 'http', include: ['test/http/**/*.test.ts'] } },
      { extends: true, test: { name: 'search', include: ['test/search/**/*.test.ts'] } },
      // Two app nodes on a primary and a streaming replica: run by .ci/run once both are up, not by `npm test`.
      { extends: true, test: { name: 'cluster', include: ['test/cluster/**/*.test.ts'], testTimeout: 180_000 } },
      {
        extends: true,
        test: {
          name: 'e2e',
          include: ['test/e2e/**/*.test.ts'],
          testTimeout: 60_000,
          // One build of the web app before the files start (they run two at a time).
          globalSetup: ['test/e2e/support/build-web-once.ts'],
        },
      },
    ],
  },
});
