/**
 * kill -9 in the middle of an online test, on each engine (the embedded database always; a
 * PostgreSQL server too when DATABASE_URL is set): twenty simulated candidates answer their
 * questions over HTTP at the same time, the server is killed without warning, and after a restart
 * every answer the server acknowledged (a 200) is there, with the value acknowledged, and the
 * candidate resumes through `GET /v1/test/{token}/attempt`.
 */
import type { ChildProcess } from 'node:child_process';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { readEdition } from '../../src/importer/read-edition.js';
import { createServices } from '../../src/services/index.js';
import { openDb } from '../../src/storage/db.js';
import { as, createAdmin, createOrg } from '../support/callers.js';
import { createServerDatabase, testEngines } from '../support/engines.js';
import { BUNDLED_EDITION } from '../support/paths.js';
import { startServerProcess } from '../support/server-process.js';
import { seedBank } from '../support/session-seed.js';

const CANDIDATES = 20;

type Question = { itemId: string; kind: string; options: { id: string }[]; answer: unknown };

describe.each(testEngines)('kill -9 during an online test (%s)', (engine) => {
  const dataDir = mkdtempSync(path.join(tmpdir(), 'kasip-test-kill-'));
  let env: NodeJS.ProcessEnv = {};
  let server: ChildProcess | undefined;
  let drop = async () => {};
  let tokens: string[] = [];

  beforeAll(async () => {
    let databaseUrl = '';
    if (engine === 'postgres') {
      const created = await createServerDatabase();
      databaseUrl = created.url;
      drop = created.drop;
    }
    env = { ...process.env, KASIP_DATA_DIR: dataDir, DATABASE_URL: databaseUrl, PORT: '0', LOG_LEVEL: 'info' };
    // The world is written before the server starts, through the same services, on the same data.
    const database = await openDb(
      engine === 'postgres'
        ? { kind: 'server', url: databaseUrl }
        : { kind: 'embedded', dataDir: path.join(dataDir, 'pglite') },
    );
    try {
      await database.migrate();
      const services = createServices(database);
      const edition = await readEdition(BUNDLED_EDITION);
      await services.editions.load(edition);
      const card = edition.cards.find((c) => c.code.value === '2635-3-001' && c.level.value === 5);
      if (!card) throw new Error('the bundled edition lacks 2635-3-001 level 5');
      const admin = await createAdmin(services, 'kill-test@example.kz');
      const orgId = await createOrg(services, admin, 'Kill test centre');
      const bank = await seedBank(database.db, orgId, card, { perTask: 12, timeLimitMinutes: 120 });
      const run = <O>(op: unknown, input: unknown) =>
        services.pipeline.execute(op as never, input as never, as(admin)) as Promise<O>;
      const session = await run<{ id: string }>(services.ops.sessions.create, {
        orgId,
        specId: bank.specId,
        title: 'Kill test',
        startsOn: '2026-12-07',
      });
      const enrolled = await run<{ candidates: { id: string }[] }>(services.ops.sessions.enrol, {
        orgId,
        sessionId: session.id,
        external: Array.from({ length: CANDIDATES }, (_, i) => ({ fullName: `Candidate ${i + 1}` })),
      });
      tokens = [];
      for (const c of enrolled.candidates) {
        const link = await run<{ url: string }>(services.ops.sessions.link, {
          orgId,
          sessionId: session.id,
          candidateId: c.id,
        });
        tokens.push(link.url.split('/test/')[1] ?? '');
      }
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

  /** A response for a question: option ids, or the text of a short answer. */
  const responseFor = (q: Question, round: number): string[] | string =>
    q.kind === 'short'
      ? `answer ${round}`
      : q.kind === 'single'
        ? [q.options[round % q.options.length]?.id ?? 'a']
        : q.options.slice(0, 1 + (round % q.options.length)).map((o) => o.id);

  it('keeps every acknowledged answer of twenty candidates, and each resumes where they were', async () => {
    expect(tokens).toHaveLength(CANDIDATES);
    const base = await startServer();
    const json = { 'content-type': 'application/json' };
    const questions = new Map<string, Question[]>();
    for (const token of tokens) {
      const res = await fetch(`${base}/api/v1/test/${token}/start`, { method: 'POST' });
      expect(res.status).toBe(200);
      questions.set(token, ((await res.json()) as { questions: Question[] }).questions);
    }
    const perCandidate = questions.get(tokens[0] as string)?.length ?? 0;
    expect(perCandidate).toBeGreaterThan(3);

    /** token → item → the last response the server acknowledged. */
    const acknowledged = new Map<string, Map<string, string>>(tokens.map((t) => [t, new Map()]));
    let count = 0;
    const killed = new Promise<void>((resolve) => server?.once('exit', () => resolve()));
    // Every candidate answers every question, then changes each answer, until the server dies.
    const candidate = async (token: string) => {
      const qs = questions.get(token) ?? [];
      for (let round = 0; round < 3; round++)
        for (const q of qs) {
          const response = responseFor(q, round);
          try {
            const res = await fetch(`${base}/api/v1/test/${token}/answers/${q.itemId}`, {
              method: 'PUT',
              headers: json,
              body: JSON.stringify({ response }),
            });
            if (res.status !== 200) return;
            await res.arrayBuffer();
            acknowledged.get(token)?.set(q.itemId, JSON.stringify(response));
            count += 1;
          } catch {
            return; // the connection died with the server
          }
        }
    };
    const running = tokens.map(candidate);
    const enough = Math.min(CANDIDATES * perCandidate, 80);
    while (count < enough) await new Promise((r) => setTimeout(r, 10));
    server?.kill('SIGKILL');
    await killed;
    await Promise.all(running);
    expect(count).toBeGreaterThanOrEqual(enough);

    const again = await startServer();
    const lost: string[] = [];
    for (const token of tokens) {
      const res = await fetch(`${again}/api/v1/test/${token}/attempt`);
      expect(res.status).toBe(200);
      const attempt = (await res.json()) as { state: string; questions: Question[] };
      expect(attempt.state).toBe('in-progress');
      // The same questions, drawn once, in the same order.
      expect(attempt.questions.map((q) => q.itemId)).toEqual(questions.get(token)?.map((q) => q.itemId));
      const stored = new Map(attempt.questions.map((q) => [q.itemId, JSON.stringify(q.answer)]));
      for (const [itemId, response] of acknowledged.get(token) ?? []) {
        // An answer sent after the last acknowledged one may have committed without its answer
        // reaching us: then the stored value is a later round's, never an older one or nothing.
        const value = stored.get(itemId);
        if (value === undefined || value === 'null') lost.push(`${token.slice(-6)}/${itemId}: missing`);
        else if (value !== response) {
          const q = questions.get(token)?.find((x) => x.itemId === itemId) as Question;
          const later = [0, 1, 2].map((r) => JSON.stringify(responseFor(q, r)));
          if (later.indexOf(value) < later.indexOf(response)) lost.push(`${token.slice(-6)}/${itemId}: older value`);
        }
      }
    }
    expect(lost).toEqual([]);
    // And the test goes on after the restart.
    const first = tokens[0] as string;
    const q = questions.get(first)?.[0] as Question;
    const res = await fetch(`${again}/api/v1/test/${first}/answers/${q.itemId}`, {
      method: 'PUT',
      headers: json,
      body: JSON.stringify({ response: responseFor(q, 0) }),
    });
    expect(res.status).toBe(200);
    server?.kill('SIGTERM');
  }, 300_000);
});
