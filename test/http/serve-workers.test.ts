/**
 * `kasip serve --workers N`: refused on the embedded database (one process may open it); on a
 * server database N processes share the port, any of them answers (X-Kasip-Worker names which),
 * a worker that dies is replaced, and SIGTERM stops them all.
 */
import { execFileSync, spawnSync } from 'node:child_process';
import http from 'node:http';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { resolveWorkers } from '../../src/cli/serve-cluster.js';
import { createServerDatabase, embeddedAlreadyRan, serverUrl } from '../support/engines.js';
import { ROOT } from '../support/paths.js';
import { type ServerProcess, startServerProcess } from '../support/server-process.js';

/**
 * One request on a fresh connection, so the primary hands each to the next worker. Bounded: a
 * connection the primary handed to a worker that was just killed is never answered, and must
 * count as a failed try, not hang the test.
 */
function health(base: string): Promise<{ status: number; worker: string | undefined }> {
  return new Promise((resolve, reject) => {
    const request = http
      .get(`${base}/api/health`, { agent: false, timeout: 5000 }, (res) => {
        res.resume();
        res.on('end', () => resolve({ status: res.statusCode ?? 0, worker: res.headers['x-kasip-worker'] as string }));
      })
      .on('error', reject);
    request.on('timeout', () => request.destroy(new Error('no answer within 5 s')));
  });
}

/** Waits for `done`, failing with `what` after `ms` instead of waiting for the test's timeout. */
async function within(ms: number, what: string, done: () => boolean): Promise<void> {
  const deadline = Date.now() + ms;
  while (!done()) {
    if (Date.now() > deadline) throw new Error(`${what} did not happen within ${ms / 1000} s`);
    await new Promise((r) => setTimeout(r, 100));
  }
}

const embedded = { kind: 'embedded', dataDir: '/nowhere' } as const;
const server = { kind: 'server', url: 'postgres://x@127.0.0.1/x' } as const;

// Pure rules and the embedded engine: already run in `npm test` when CI's server-only pass comes.
describe.skipIf(embeddedAlreadyRan)('the number of workers', () => {
  it('is every core on a server database, one on the embedded one, and never several on the embedded one', () => {
    expect(resolveWorkers(undefined, server, 8)).toBe(8);
    expect(resolveWorkers(undefined, embedded, 8)).toBe(1);
    expect(resolveWorkers('1', embedded, 8)).toBe(1);
    expect(resolveWorkers('3', server, 8)).toBe(3);
    expect(() => resolveWorkers('2', embedded)).toThrow(/embedded database allows one process; set DATABASE_URL/);
    expect(() => resolveWorkers('0', server)).toThrow(/--workers: "0" is not a whole number/);
    expect(() => resolveWorkers('two', server)).toThrow(/not a whole number/);
  });

  it('`kasip serve --workers 2` on the embedded database exits 1 with the reason, opening nothing', () => {
    const dataDir = mkdtempSync(path.join(tmpdir(), 'kasip-workers-'));
    const run = spawnSync(process.execPath, ['--import', 'tsx', 'src/cli/main.ts', 'serve', '--workers', '2'], {
      cwd: ROOT,
      env: { ...process.env, DATABASE_URL: '', KASIP_DATA_DIR: dataDir, PORT: '0' },
      encoding: 'utf8',
    });
    expect(run.status).toBe(1);
    expect(run.stderr).toMatch(/embedded database allows one process/);
  });
});

describe.runIf(serverUrl)('kasip serve --workers 2 on PostgreSQL', () => {
  let started: ServerProcess | undefined;
  let drop: () => Promise<void> = async () => {};
  afterAll(async () => {
    started?.child.kill('SIGKILL');
    await drop();
  });

  // Three processes on a 2-core machine shared with the rest of the suite: one more try before a
  // timing failure counts, and every wait below is bounded so a real fault still fails with its reason.
  it('answers from both workers, replaces a killed one, and stops all on SIGTERM', {
    timeout: 120_000,
    retry: 1,
  }, async () => {
    // A failed first try leaves its processes and database behind: clear them first.
    started?.child.kill('SIGKILL');
    await drop();
    const created = await createServerDatabase();
    drop = created.drop;
    const dataDir = mkdtempSync(path.join(tmpdir(), 'kasip-workers-'));
    const env = { ...process.env, DATABASE_URL: created.url, KASIP_DATA_DIR: dataDir, PORT: '0', LOG_LEVEL: 'info' };
    started = startServerProcess(env, 90_000, ['--workers', '2']);
    const base = await started.ready;
    const listening = () => started?.output().match(/listening on/g)?.length ?? 0;
    await within(60_000, 'both workers listening', () => listening() >= 2);
    // The primary migrated and loaded once; each worker only opened the database.
    expect(started.output().match(/First start: order-262-2023: loaded/g)).toHaveLength(1);

    const seen = new Set<string>();
    for (let i = 0; i < 20; i++) {
      const answer = await health(base);
      expect(answer.status).toBe(200);
      if (answer.worker) seen.add(answer.worker);
    }
    expect([...seen].sort()).toEqual(['1', '2']);

    const primary = started.child.pid ?? 0;
    const workers = execFileSync('ps', ['-o', 'pid=,args=', '--ppid', String(primary)], { encoding: 'utf8' })
      .split('\n')
      .filter((line) => line.includes('serve --workers'))
      .map((line) => Number(line.trim().split(/\s+/)[0]));
    expect(workers).toHaveLength(2);
    process.kill(workers[0] ?? 0, 'SIGKILL');
    const replaced = new Set<string>();
    for (let i = 0; i < 200 && !replaced.has('3'); i++) {
      const answer = await health(base).catch(() => ({ status: 0, worker: undefined }));
      if (answer.worker) replaced.add(answer.worker);
      await new Promise((r) => setTimeout(r, 50));
    }
    expect(started.output()).toMatch(/Worker \d \(pid \d+\) died \(SIGKILL\); starting another/);
    expect(replaced.has('3')).toBe(true);

    const exited = new Promise<number | null>((resolve) => started?.child.once('exit', resolve));
    started.child.kill('SIGTERM');
    const stopped = await Promise.race([
      exited,
      new Promise<string>((r) => setTimeout(() => r('still running after 30 s'), 30_000)),
    ]);
    expect(stopped).toBe(0);
    expect(started.output()).toMatch(/All workers stopped/);
    for (const pid of workers) expect(() => process.kill(pid, 0)).toThrow();
  });
});
