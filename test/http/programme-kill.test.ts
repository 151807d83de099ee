/**
 * kill -9 while a programme is being saved, on each engine: one designer saves version after
 * version (each save changes the title and the links, so the revision and both side tables change
 * with it), the server is killed without warning, and after a restart the programme is at the last
 * acknowledged version or the one after it, never half-written: its revisions run 1..version
 * without a gap, the last revision's document is the programme's, the side tables mirror that
 * document, and each version after the first has its one `programme.saved` audit event.
 */
import type { ChildProcess } from 'node:child_process';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { ProgrammeContent } from '../../src/domain/programmes/programme.js';
import { readEdition } from '../../src/importer/read-edition.js';
import { createServices } from '../../src/services/index.js';
import { type OpenDb, openDb } from '../../src/storage/db.js';
import { linkedItemIds } from '../../src/storage/repositories/programme.repository.js';
import { PASSWORD, createAdmin, createOrg } from '../support/callers.js';
import { createServerDatabase, testEngines } from '../support/engines.js';
import { BUNDLED_EDITION } from '../support/paths.js';
import { startServerProcess } from '../support/server-process.js';

const EMAIL = 'programme-kill@example.kz';

describe.each(testEngines)('kill -9 during programme saves (%s)', (engine) => {
  const dataDir = mkdtempSync(path.join(tmpdir(), 'kasip-programme-kill-'));
  let env: NodeJS.ProcessEnv = {};
  let server: ChildProcess | undefined;
  let drop = async () => {};
  let databaseUrl = '';
  let orgId = '';

  const open = () =>
    openDb(
      engine === 'postgres'
        ? { kind: 'server', url: databaseUrl }
        : { kind: 'embedded', dataDir: path.join(dataDir, 'pglite') },
    );

  beforeAll(async () => {
    if (engine === 'postgres') {
      const created = await createServerDatabase();
      databaseUrl = created.url;
      drop = created.drop;
    }
    env = { ...process.env, KASIP_DATA_DIR: dataDir, DATABASE_URL: databaseUrl, PORT: '0', LOG_LEVEL: 'info' };
    const database = await open();
    try {
      await database.migrate();
      const services = createServices(database);
      await services.editions.load(await readEdition(BUNDLED_EDITION));
      const admin = await createAdmin(services, EMAIL);
      orgId = await createOrg(services, admin, 'Kill college');
    } finally {
      await database.close();
    }
  }, 180_000);

  afterAll(async () => {
    server?.kill('SIGKILL');
    await drop();
  });

  function startServer(): Promise<string> {
    const started = startServerProcess(env, 90_000, ['--workers', '1']);
    server = started.child;
    return started.ready;
  }

  async function signIn(base: string) {
    const res = await fetch(`${base}/api/v1/auth/login`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ email: EMAIL, password: PASSWORD }),
    });
    expect(res.status).toBe(200);
    const cookie = (res.headers.get('set-cookie') ?? '').split(';')[0] ?? '';
    const csrf = ((await res.json()) as { csrfToken: string }).csrfToken;
    return { cookie, 'x-csrf-token': csrf, 'content-type': 'application/json' };
  }

  it('leaves the programme at an acknowledged version or the next, with revision and side tables agreeing', async () => {
    const base = await startServer();
    const headers = await signIn(base);
    const proposal = (await (
      await fetch(`${base}/api/v1/orgs/${orgId}/programmes:propose?card=3412-0-008&level=4&type=tvet-modular&lang=kk`, {
        headers,
      })
    ).json()) as ProgrammeContent;
    const createdRes = await fetch(`${base}/api/v1/orgs/${orgId}/programmes`, {
      method: 'POST',
      headers,
      body: JSON.stringify({ content: proposal }),
    });
    expect(createdRes.status).toBe(201);
    const { id } = (await createdRes.json()) as { id: string };
    const allLinks = proposal.modules[0]?.outcomes[0]?.itemIds ?? [];

    /** Version n's document: its own title, and the links without the n-th item. */
    const documentFor = (n: number): ProgrammeContent => ({
      ...proposal,
      title: `Нұсқа ${n}`,
      modules: proposal.modules.map((m, i) =>
        i > 0
          ? m
          : {
              ...m,
              outcomes: m.outcomes.map((o, j) =>
                j > 0 ? o : { ...o, itemIds: allLinks.filter((_, k) => k !== n % allLinks.length) },
              ),
            },
      ),
    });

    let acknowledged = 1;
    const killed = new Promise<void>((resolve) => server?.once('exit', () => resolve()));
    const writer = (async () => {
      for (let version = 1; version < 500; version += 1) {
        try {
          const res = await fetch(`${base}/api/v1/orgs/${orgId}/programmes/${id}`, {
            method: 'PUT',
            headers,
            body: JSON.stringify({ version, content: documentFor(version + 1) }),
          });
          if (res.status !== 200) return;
          acknowledged = ((await res.json()) as { version: number }).version;
        } catch {
          return; // the connection died with the server
        }
      }
    })();
    while (acknowledged < 15) await new Promise((r) => setTimeout(r, 10));
    server?.kill('SIGKILL');
    await killed;
    await writer;

    const again = await startServer();
    const after = await signIn(again);
    const programme = (await (
      await fetch(`${again}/api/v1/orgs/${orgId}/programmes/${id}`, { headers: after })
    ).json()) as { version: number; content: ProgrammeContent };
    expect([acknowledged, acknowledged + 1]).toContain(programme.version);
    expect(programme.content).toEqual(documentFor(programme.version));
    const { revisions } = (await (
      await fetch(`${again}/api/v1/orgs/${orgId}/programmes/${id}/revisions`, { headers: after })
    ).json()) as { revisions: { version: number }[] };
    expect(revisions.map((r) => r.version)).toEqual(
      Array.from({ length: programme.version }, (_, i) => programme.version - i),
    );
    const last = (await (
      await fetch(`${again}/api/v1/orgs/${orgId}/programmes/${id}/revisions/${programme.version}`, { headers: after })
    ).json()) as { content: ProgrammeContent };
    expect(last.content).toEqual(programme.content);

    // The side tables and the audit trail, read from the database once the server is stopped.
    const stopped = new Promise<void>((resolve) => server?.once('exit', () => resolve()));
    server?.kill('SIGTERM');
    await stopped;
    let database: OpenDb | undefined;
    try {
      database = await open();
      const links = await database.db
        .selectFrom('programme_link')
        .select('item_id')
        .where('programme_id', '=', id)
        .execute();
      expect(links.map((l) => l.item_id).sort()).toEqual(linkedItemIds(programme.content).sort());
      const cards = await database.db
        .selectFrom('programme_card')
        .select(['card_code', 'card_level'])
        .where('programme_id', '=', id)
        .execute();
      expect(cards).toEqual([{ card_code: '3412-0-008', card_level: 4 }]);
      const saved = await database.db
        .selectFrom('audit_event')
        .select(({ fn }) => fn.countAll<string | number>().as('n'))
        .where('event', '=', 'programme.saved')
        .where('target_id', '=', id)
        .executeTakeFirst();
      expect(Number(saved?.n)).toBe(programme.version - 1);
    } finally {
      await database?.close();
    }
  }, 240_000);
});
