/** `kasip search --json` gives the same hits as GET /api/v1/search, and refuses bad input clearly. */
import { spawnSync } from 'node:child_process';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createApp } from '../../src/http/app.js';
import { createServices } from '../../src/services/index.js';
import { openDb } from '../../src/storage/db.js';
import { embeddedAlreadyRan } from '../support/engines.js';
import { ROOT } from '../support/paths.js';

const dataDir = mkdtempSync(path.join(tmpdir(), 'kasip-cli-search-'));
const env = { ...process.env, KASIP_DATA_DIR: dataDir, DATABASE_URL: '' };
const kasip = (...args: string[]) =>
  spawnSync(process.execPath, ['--import', 'tsx', 'src/cli/main.ts', ...args], { cwd: ROOT, env, encoding: 'utf8' });

// The CLI runs the embedded engine here: CI's server-only pass has nothing to add.
describe.skipIf(embeddedAlreadyRan)('kasip search (embedded)', () => {
  beforeAll(() => {
    const load = kasip('load');
    expect(load.status, load.stderr).toBe(0);
  }, 120_000);

  let close: (() => Promise<void>) | undefined;
  afterAll(async () => {
    await close?.();
  });

  it('prints the same hits as the API', async () => {
    const cli = kasip('search', 'қызметкерлерге', '--json', '--limit', '7');
    expect(cli.status, cli.stderr).toBe(0);
    const fromCli = JSON.parse(cli.stdout) as { hits: { id: string; score: number }[] };
    const database = await openDb({ kind: 'embedded', dataDir: path.join(dataDir, 'pglite') });
    close = database.close;
    const app = createApp({ services: createServices(database) });
    const fromApi = (await (
      await app.request(`/api/v1/search?q=${encodeURIComponent('қызметкерлерге')}&limit=7`)
    ).json()) as {
      hits: unknown[];
    };
    await database.close();
    close = undefined;
    expect(fromCli.hits).toHaveLength(7);
    expect(fromCli.hits).toEqual(fromApi.hits);
  }, 60_000);

  it('refuses an empty query and a bad limit with a message and a non-zero exit', () => {
    const empty = kasip('search', '  ');
    expect(empty.status).toBe(2);
    expect(empty.stderr).toMatch(/the query is empty/);
    const badLimit = kasip('search', 'маман', '--limit', 'many');
    expect(badLimit.status).toBe(1);
    expect(badLimit.stderr).toMatch(/limit must be a whole number/);
  }, 60_000);
});
