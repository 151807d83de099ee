import { readFileSync, readdirSync } from 'node:fs';
import { configDefaults, defineConfig } from 'vitest/config';

/**
 * Test files that replace a module with `vi.mock`. Every other file of unit, db, http and search
 * shares its worker's imported modules with the files run before it (isolate: false): importing
 * the app anew for each of ~180 files cost about a quarter of the test time. A mock needs a module
 * graph of its own, so those files run isolated; test/unit/test-isolation.test.ts keeps the name honest.
 */
const MOCKED = '**/*.mocked.test.ts';

/**
 * CI's second pass runs db and http on PostgreSQL alone (KASIP_TEST_ENGINES=postgres, see
 * test/support/engines.ts). A file that names no engine matrix and no server (it opens PGlite
 * itself) would only repeat what `npm test` just ran, so that pass leaves it out.
 */
const SERVER_PASS = process.env.KASIP_TEST_ENGINES === 'postgres';
const REACHES_THE_SERVER = /\btestEngines\b|DATABASE_URL|createServerDatabase|'postgres'/;

function testFiles(dir: string): string[] {
  const all = readdirSync(dir)
    .filter((name) => name.endsWith('.test.ts') && !name.endsWith('.mocked.test.ts'))
    .map((name) => `${dir}/${name}`);
  return SERVER_PASS
    ? all.filter((file) => REACHES_THE_SERVER.test(readFileSync(file, 'utf8')))
    : [`${dir}/**/*.test.ts`];
}

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
          isolate: false,
          exclude: [...configDefaults.exclude, MOCKED],
          include: [
            'src/**/*.test.ts',
            'test/unit/**/*.test.ts',
            'test/data/**/*.test.ts',
            'test/architecture.test.ts',
            'web/src/**/*.test.ts',
          ],
        },
      },
      {
        extends: true,
        test: {
          name: 'db',
          isolate: false,
          exclude: [...configDefaults.exclude, MOCKED],
          include: testFiles('test/db'),
        },
      },
      {
        extends: true,
        test: {
          name: 'http',
          isolate: false,
          exclude: [...configDefaults.exclude, MOCKED],
          include: testFiles('test/http'),
        },
      },
      { extends: true, test: { name: 'search', isolate: false, include: ['test/search/**/*.test.ts'] } },
      // Files that replace modules with vi.mock need modules of their own; the rest share them.
      { extends: true, test: { name: 'mocked', include: [MOCKED] } },
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
