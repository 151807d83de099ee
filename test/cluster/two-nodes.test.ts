/**
 * Two app nodes on one PostgreSQL primary and its streaming replica, all on loopback (`.ci/run`
 * starts them; this project is not part of `npm test`). Node A uses the primary only; node B reads
 * public data from the replica. A write on A is read back on B with A's session; an edition loaded
 * by another process reaches A through NOTIFY within a second and B once the replica has replayed
 * it (replay paused, B still answers the old list from the replica: its public reads are served
 * there); then A is killed and B keeps serving, writes included.
 */
import { spawnSync } from 'node:child_process';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import pg from 'pg';
import { afterAll, describe, expect, it } from 'vitest';
import { createServerDatabase, serverUrl } from '../support/engines.js';
import { MINI_EDITION, ROOT } from '../support/paths.js';
import { type ServerProcess, startServerProcess } from '../support/server-process.js';

// Read directly, as engines.ts reads DATABASE_URL: the test decides whether it can run.
const replicaServerUrl = process.env.DATABASE_REPLICA_URL;

const EMAIL = 'cluster-admin@example.kz';
const PASSWORD = 'a long passphrase for the cluster test';

function kasip(args: string[], env: NodeJS.ProcessEnv, input?: string) {
  const run = spawnSync(process.execPath, ['--import', 'tsx', 'src/cli/main.ts', ...args], {
    cwd: ROOT,
    env,
    input,
    encoding: 'utf8',
  });
  if (run.status !== 0) throw new Error(`kasip ${args.join(' ')} → ${run.status}: ${run.stderr}`);
  return run.stdout;
}

async function onReplica(url: string, query: string): Promise<void> {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    await client.query(query);
  } finally {
    await client.end();
  }
}

async function editionIds(base: string): Promise<string[]> {
  const res = await fetch(`${base}/api/v1/editions`);
  expect(res.status).toBe(200);
  return ((await res.json()) as { editions: { id: string }[] }).editions.map((e) => e.id);
}

/** Milliseconds until `check` holds, polling; throws past `withinMs`. */
async function until(check: () => Promise<boolean>, withinMs: number): Promise<number> {
  const t0 = Date.now();
  while (!(await check())) {
    if (Date.now() - t0 > withinMs) throw new Error(`not within ${withinMs} ms`);
    await new Promise((r) => setTimeout(r, 20));
  }
  return Date.now() - t0;
}

describe.runIf(serverUrl && replicaServerUrl)('two app nodes, a primary and a streaming replica', () => {
  const nodes: ServerProcess[] = [];
  let drop: () => Promise<void> = async () => {};
  let replicaUrl = '';
  afterAll(async () => {
    if (replicaUrl) await onReplica(replicaUrl, 'select pg_wal_replay_resume()').catch(() => {});
    for (const node of nodes) node.child.kill('SIGKILL');
    await drop();
  });

  it('shares writes, sessions and editions, reads public data from the replica, and survives a node', async () => {
    const created = await createServerDatabase();
    drop = created.drop;
    const replica = new URL(replicaServerUrl ?? '');
    replica.pathname = new URL(created.url).pathname;
    replicaUrl = replica.toString();
    const base = {
      ...process.env,
      DATABASE_URL: created.url,
      DATABASE_REPLICA_URL: '',
      PORT: '0',
      LOG_LEVEL: 'info',
      KASIP_DATA_DIR: mkdtempSync(path.join(tmpdir(), 'kasip-cluster-')),
    };
    kasip(['admin', 'create', '--email', EMAIL, '--password-stdin'], base, `${PASSWORD}\n`);

    // A first: it migrates and loads the bundled standard; B then finds both done.
    const a = startServerProcess(base, 90_000, ['--workers', '1']);
    nodes.push(a);
    const urlA = await a.ready;
    const b = startServerProcess({ ...base, DATABASE_REPLICA_URL: replicaUrl }, 90_000, ['--workers', '1']);
    nodes.push(b);
    const urlB = await b.ready;

    // A write on A, read back on B with the session A gave out.
    const login = await fetch(`${urlA}/api/v1/auth/login`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ email: EMAIL, password: PASSWORD }),
    });
    expect(login.status).toBe(200);
    const cookie = (login.headers.get('set-cookie') ?? '').split(';')[0] ?? '';
    const { csrfToken } = (await login.json()) as { csrfToken: string };
    const session = { cookie, 'x-csrf-token': csrfToken, 'content-type': 'application/json' };
    const createOrg = (url: string, name: string) =>
      fetch(`${url}/api/v1/orgs`, {
        method: 'POST',
        headers: session,
        body: JSON.stringify({ name, kind: 'social-service-provider' }),
      });
    const made = await createOrg(urlA, 'Түйін А');
    expect(made.status).toBe(201);
    const { id: orgId } = (await made.json()) as { id: string };
    const readBack = await fetch(`${urlB}/api/v1/orgs/${orgId}`, { headers: { cookie } });
    expect(readBack.status).toBe(200);
    expect(await readBack.json()).toMatchObject({ id: orgId, name: 'Түйін А' });

    // Both nodes have cached the list of editions; the replica stops replaying.
    await until(async () => (await editionIds(urlB)).includes('order-262-2023'), 5000);
    expect(await editionIds(urlA)).toEqual(['order-262-2023']);
    await onReplica(replicaUrl, 'select pg_wal_replay_pause()');
    kasip(['load', '--dir', MINI_EDITION], base);
    const seenOnA = await until(async () => (await editionIds(urlA)).includes('mini-2024'), 1000);
    // B's public reads come from the paused replica: the old list, although A sees the new one.
    await new Promise((r) => setTimeout(r, 1200));
    expect(await editionIds(urlB)).not.toContain('mini-2024');
    await onReplica(replicaUrl, 'select pg_wal_replay_resume()');
    const seenOnB = await until(async () => (await editionIds(urlB)).includes('mini-2024'), 2000);
    process.stdout.write(`edition seen on A after ${seenOnA} ms; on B ${seenOnB} ms after replay resumed\n`);

    // A dies; B keeps serving reads and writes.
    const gone = new Promise((resolve) => a.child.once('exit', resolve));
    a.child.kill('SIGKILL');
    await gone;
    expect((await fetch(`${urlB}/api/health`)).status).toBe(200);
    expect(await editionIds(urlB)).toContain('mini-2024');
    expect((await createOrg(urlB, 'Түйін Б')).status).toBe(201);
    const list = (await (await fetch(`${urlB}/api/v1/orgs`, { headers: { cookie } })).json()) as {
      orgs?: { name: string }[];
    };
    expect(JSON.stringify(list)).toContain('Түйін Б');
  }, 180_000);
});
