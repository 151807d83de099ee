/**
 * kill -9 in the middle of writes, on each engine (the embedded database always; a PostgreSQL
 * server too when DATABASE_URL is set): the real server takes a stream of writes, is killed
 * without warning, and starts again on the same data. Every write it acknowledged is still there,
 * and a write and its audit event are never torn apart: each organisation has exactly one
 * `org.created` event and each such event its organisation.
 */
import { type ChildProcess, spawnSync } from 'node:child_process';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { staffFixture } from '../../scripts/make-staff-fixture.js';
import { createServerDatabase, testEngines } from '../support/engines.js';
import { ROOT } from '../support/paths.js';
import { startServerProcess } from '../support/server-process.js';

const PASSWORD = 'a passphrase for the kill test';

async function signIn(base: string): Promise<{ cookie: string; csrf: string }> {
  const res = await fetch(`${base}/api/v1/auth/login`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ email: 'kill@example.kz', password: PASSWORD }),
  });
  expect(res.status).toBe(200);
  const cookie = (res.headers.get('set-cookie') ?? '').split(';')[0] ?? '';
  return { cookie, csrf: ((await res.json()) as { csrfToken: string }).csrfToken };
}

describe.each(testEngines)('kill -9 during writes (%s)', (engine) => {
  const dataDir = mkdtempSync(path.join(tmpdir(), 'kasip-kill-'));
  let env: NodeJS.ProcessEnv = {};
  let server: ChildProcess | undefined;
  let drop = async () => {};

  beforeAll(async () => {
    // A database of its own on the server, as the embedded engine gets a data directory of its own.
    let databaseUrl = '';
    if (engine === 'postgres') {
      const created = await createServerDatabase();
      databaseUrl = created.url;
      drop = created.drop;
    }
    env = { ...process.env, KASIP_DATA_DIR: dataDir, DATABASE_URL: databaseUrl, PORT: '0', LOG_LEVEL: 'info' };
  });

  afterAll(async () => {
    server?.kill('SIGKILL');
    await drop();
  });

  function startServer(): Promise<string> {
    // One process on either engine: on a server database `serve` would otherwise fork a worker
    // per core, and the process killed must be the one that acknowledged the writes.
    const started = startServerProcess(env, 90_000, ['--workers', '1']);
    server = started.child;
    return started.ready;
  }

  it('keeps every acknowledged write, each with its one audit event', async () => {
    const created = spawnSync(
      process.execPath,
      ['--import', 'tsx', 'src/cli/main.ts', 'admin', 'create', '--email', 'kill@example.kz', '--password-stdin'],
      { cwd: ROOT, env, input: `${PASSWORD}\n`, encoding: 'utf8' },
    );
    expect(created.status, created.stderr).toBe(0);

    const base = await startServer();
    const { cookie, csrf } = await signIn(base);
    const acknowledged: string[] = [];
    const killed = new Promise<void>((resolve) => server?.once('exit', () => resolve()));
    // Four writers in parallel; the server is killed while they are still writing.
    const writer = async (w: number) => {
      for (let i = 0; i < 200; i += 1) {
        try {
          const res = await fetch(`${base}/api/v1/orgs`, {
            method: 'POST',
            headers: { 'content-type': 'application/json', cookie, 'x-csrf-token': csrf },
            body: JSON.stringify({ name: `Org ${w}-${i}`, kind: 'education-provider' }),
          });
          if (res.status !== 201) return;
          acknowledged.push(((await res.json()) as { id: string }).id);
        } catch {
          return; // the connection died with the server
        }
      }
    };
    const writers = [0, 1, 2, 3].map(writer);
    while (acknowledged.length < 25) await new Promise((r) => setTimeout(r, 20));
    server?.kill('SIGKILL');
    await killed;
    await Promise.all(writers);
    expect(acknowledged.length).toBeGreaterThanOrEqual(25);

    const again = await startServer();
    const session = await signIn(again);
    const headers = { cookie: session.cookie };
    const orgs = (await (await fetch(`${again}/api/v1/orgs`, { headers })).json()) as { orgs: { id: string }[] };
    const audited: string[] = [];
    for (let cursor: string | null = ''; cursor !== null; ) {
      const page = (await (
        await fetch(`${again}/api/v1/audit?event=org.created&limit=500${cursor ? `&cursor=${cursor}` : ''}`, {
          headers,
        })
      ).json()) as { events: { target: { id: string } }[]; nextCursor: string | null };
      audited.push(...page.events.map((e) => e.target.id));
      cursor = page.nextCursor;
    }
    audited.sort();
    const orgIds = orgs.orgs.map((o) => o.id).sort();
    // Nothing acknowledged was lost.
    expect(acknowledged.filter((id) => !orgIds.includes(id))).toEqual([]);
    // Write and audit event committed together, or neither.
    expect(audited).toEqual(orgIds);
    server?.kill('SIGTERM');
  }, 240_000);

  it('leaves a staff import killed half way either whole or absent, never half-written', async () => {
    const base = await startServer();
    const { cookie, csrf } = await signIn(base);
    const headers = { cookie, 'x-csrf-token': csrf };
    const org = (await (
      await fetch(`${base}/api/v1/orgs`, {
        method: 'POST',
        headers: { ...headers, 'content-type': 'application/json' },
        body: JSON.stringify({ name: 'Import kill', kind: 'social-service-provider' }),
      })
    ).json()) as { id: string };
    const preview = (await (
      await fetch(`${base}/api/v1/orgs/${org.id}/staff-imports?lang=kk`, {
        method: 'POST',
        headers: { ...headers, 'content-type': 'text/csv' },
        body: staffFixture(3000, 11),
      })
    ).json()) as { importId: string; counts: { add: number } };
    expect(preview.counts.add).toBeGreaterThan(2500);
    const killed = new Promise<void>((resolve) => server?.once('exit', () => resolve()));
    const commit = fetch(`${base}/api/v1/orgs/${org.id}/staff-imports/${preview.importId}/commit`, {
      method: 'POST',
      headers,
    }).then(
      (r) => r.status,
      () => 0,
    );
    // Killed while the commit is under way (it takes about a second for 3,000 people).
    await new Promise((r) => setTimeout(r, 300));
    server?.kill('SIGKILL');
    await killed;
    const status = await commit;

    const again = await startServer();
    const session = await signIn(again);
    const list = (await (
      await fetch(`${again}/api/v1/orgs/${org.id}/staff?limit=1`, { headers: { cookie: session.cookie } })
    ).json()) as { total: number };
    // All of the import or none of it; and if the server said it committed, all of it.
    expect([0, preview.counts.add]).toContain(list.total);
    if (status === 200) expect(list.total).toBe(preview.counts.add);
    server?.kill('SIGTERM');
  }, 240_000);
});
