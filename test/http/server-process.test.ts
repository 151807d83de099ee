/**
 * The real `kasip serve` process: first start on an empty data directory (migrations and the
 * bundled edition), a second process refused on the same directory, graceful SIGTERM.
 */
import { type ChildProcess, spawnSync } from 'node:child_process';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { createServerDatabase, embeddedAlreadyRan, serverUrl } from '../support/engines.js';
import { ROOT } from '../support/paths.js';
import { startServerProcess } from '../support/server-process.js';

const dataDir = mkdtempSync(path.join(tmpdir(), 'kasip-serve-'));
const env = { ...process.env, KASIP_DATA_DIR: dataDir, DATABASE_URL: '', PORT: '0', LOG_LEVEL: 'info' };
let server: ChildProcess | undefined;
let output = '';

function startServer(withEnv: NodeJS.ProcessEnv = env): Promise<string> {
  const started = startServerProcess(withEnv, 60_000);
  server = started.child;
  // `output` is read by the assertions after the server has printed more.
  const read = () => {
    output = started.output();
  };
  server.stdout?.on('data', read);
  server.stderr?.on('data', read);
  return started.ready.then((base) => {
    read();
    return base;
  });
}

afterAll(() => {
  server?.kill('SIGKILL');
});

// The embedded engine (DATABASE_URL emptied): already run in `npm test` when CI's server-only pass comes.
describe.skipIf(embeddedAlreadyRan)('kasip serve (a real process)', () => {
  it('starts on an empty data directory, loads the bundled standard, refuses a second process, stops on SIGTERM', async () => {
    const base = await startServer();
    expect(output).toMatch(/First start: order-262-2023: loaded/);
    const health = (await (await fetch(`${base}/api/health`)).json()) as { engine: string; status: string };
    expect(health).toMatchObject({ engine: 'pglite', status: 'ok' });
    const exported = (await (await fetch(`${base}/api/v1/editions/current/export`)).json()) as { cards: unknown[] };
    expect(exported.cards).toHaveLength(10);

    const second = spawnSync(process.execPath, ['--import', 'tsx', 'src/cli/main.ts', 'serve'], {
      cwd: ROOT,
      env,
      encoding: 'utf8',
    });
    expect(second.status).toBe(5);
    expect(second.stderr).toMatch(/data directory .* is in use by another Kasip process/);

    const exited = new Promise<number | null>((resolve) => server?.once('exit', resolve));
    server?.kill('SIGTERM');
    expect(await exited).toBe(0);
    expect(output).toMatch(/Received SIGTERM; closing/);
    expect(output).toMatch(/"msg":"Closed\."/);
  }, 120_000);
});

describe.skipIf(!serverUrl)('kasip serve on a PostgreSQL server (DATABASE_URL)', () => {
  it('runs the same server and reports engine postgres', async () => {
    const db = await createServerDatabase();
    try {
      const base = await startServer({ ...env, DATABASE_URL: db.url });
      const health = (await (await fetch(`${base}/api/health`)).json()) as {
        engine: string;
        database: { version: string };
      };
      expect(health.engine).toBe('postgres');
      expect(health.database.version).toMatch(/^PostgreSQL \d+/);
      expect(((await (await fetch(`${base}/api/v1/cards?limit=100`)).json()) as { total: number }).total).toBe(10);
      const exited = new Promise<number | null>((resolve) => server?.once('exit', resolve));
      server?.kill('SIGTERM');
      expect(await exited).toBe(0);
    } finally {
      await db.drop();
    }
  }, 120_000);
});
