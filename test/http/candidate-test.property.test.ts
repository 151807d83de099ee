/**
 * The online test's routes take input from anyone holding a link, so they must refuse anything
 * with a 4xx problem, never a 5xx: random tokens (malformed, well-formed but unknown, and a real
 * one), random item ids (drawn, not drawn, junk) and random JSON bodies, in any order of start,
 * answer and submit. A real candidate's attempt is exercised too, so input reaches past the token.
 */
import fc from 'fast-check';
import { beforeAll, describe, expect, it } from 'vitest';
import type { Card } from '../../src/domain/standard/schemas.js';
import { readEdition } from '../../src/importer/read-edition.js';
import { as, createAdmin, createOrg } from '../support/callers.js';
import { useBundledApp } from '../support/bundled-app.js';
import { BUNDLED_EDITION } from '../support/paths.js';
import { seedBank } from '../support/session-seed.js';

describe('the candidate endpoints answer any input below 500', () => {
  const ctx = useBundledApp('pglite');
  const tokens: string[] = [];
  let itemIds: string[] = [];
  const drawn: string[] = [];

  beforeAll(async () => {
    const { services, database } = ctx;
    const edition = await readEdition(BUNDLED_EDITION);
    const card = edition.cards.find((c) => c.code.value === '2635-3-001' && c.level.value === 5) as Card;
    const admin = await createAdmin(services, 'fuzz-sessions@example.kz');
    const orgId = await createOrg(services, admin, 'Fuzz centre');
    const bank = await seedBank(database.db, orgId, card, { perTask: 4 });
    itemIds = [...bank.items.keys()];
    const run = <O>(op: unknown, input: unknown) =>
      services.pipeline.execute(op as never, input as never, as(admin)) as Promise<O>;
    const session = await run<{ id: string }>(services.ops.sessions.create, {
      orgId,
      specId: bank.specId,
      title: 'Fuzz',
      startsOn: '2026-12-07',
    });
    const enrolled = await run<{ candidates: { id: string }[] }>(services.ops.sessions.enrol, {
      orgId,
      sessionId: session.id,
      external: [{ fullName: 'Fuzz One' }, { fullName: 'Fuzz Two' }, { fullName: 'Fuzz Three' }],
    });
    for (const c of enrolled.candidates) {
      const link = await run<{ url: string }>(services.ops.sessions.link, {
        orgId,
        sessionId: session.id,
        candidateId: c.id,
      });
      tokens.push(link.url.split('/test/')[1] ?? '');
    }
    // Two candidates have started (the third has not), so answers reach their drawn questions.
    for (const token of tokens.slice(0, 2)) {
      const attempt = await services.pipeline.execute(services.ops.candidateTest.start, { token });
      drawn.push(...attempt.questions.map((q) => q.itemId));
    }
  });

  it('answers a candidate privately: never stored by a cache, never read by another site', async () => {
    for (const path of [`/v1/test/${tokens[0]}`, `/v1/test/${tokens[0]}/attempt`]) {
      const res = await ctx.app.request(`/api${path}`, { headers: { origin: 'https://elsewhere.example' } });
      expect(res.status).toBe(200);
      expect(res.headers.get('cache-control')).toBe('private, no-store');
      expect(res.headers.get('access-control-allow-origin')).toBeNull();
      const body = await res.text();
      expect(body).not.toMatch(/"key"/);
    }
  });

  it('holds for random tokens, item ids and bodies', async () => {
    const token = fc.oneof(
      { arbitrary: fc.constantFrom(...tokens), weight: 4 },
      { arbitrary: fc.string({ maxLength: 60 }), weight: 1 },
      { arbitrary: fc.stringMatching(/^ktest_[A-Za-z0-9_-]{43}$/), weight: 1 },
      { arbitrary: fc.constantFrom('ktest_', '..', '%00', 'ҚАЗАҚ', 'x'.repeat(500)), weight: 1 },
    );
    const itemId = fc.oneof(
      { arbitrary: fc.constantFrom(...drawn), weight: 4 },
      { arbitrary: fc.constantFrom(...itemIds), weight: 1 },
      { arbitrary: fc.uuid(), weight: 1 },
      { arbitrary: fc.string({ maxLength: 40 }), weight: 1 },
    );
    const response = fc.oneof(
      fc.array(fc.constantFrom('a', 'b', 'c', 'd', 'z', 'A', ''), { maxLength: 12 }),
      fc.string({ maxLength: 1200 }),
      fc.jsonValue({ maxDepth: 3 }),
    );
    const body = fc.oneof(
      { arbitrary: response.map((r) => ({ response: r })), weight: 4 },
      {
        arbitrary: fc.dictionary(fc.string({ maxLength: 10 }), fc.jsonValue({ maxDepth: 2 }), { maxKeys: 4 }),
        weight: 1,
      },
      { arbitrary: fc.jsonValue({ maxDepth: 2 }), weight: 1 },
    );
    const call = fc.oneof(
      fc.record({ method: fc.constant('GET'), path: token.map((t) => `/v1/test/${encodeURIComponent(t)}`) }),
      fc.record({ method: fc.constant('POST'), path: token.map((t) => `/v1/test/${encodeURIComponent(t)}/start`) }),
      fc.record({ method: fc.constant('GET'), path: token.map((t) => `/v1/test/${encodeURIComponent(t)}/attempt`) }),
      {
        weight: 4,
        arbitrary: fc.record({
          method: fc.constant('PUT'),
          path: fc
            .tuple(token, itemId)
            .map(([t, i]) => `/v1/test/${encodeURIComponent(t)}/answers/${encodeURIComponent(i)}`),
          body,
        }),
      },
      // Submitting ends a test: only the third candidate (and made-up links) may, so the answers keep reaching the others.
      fc.record({
        method: fc.constant('POST'),
        path: token.map(
          (t) =>
            `/v1/test/${encodeURIComponent(tokens.indexOf(t) < 2 && tokens.indexOf(t) >= 0 ? (tokens[2] ?? t) : t)}/submit`,
        ),
      }),
    );
    await fc.assert(
      fc.asyncProperty(fc.array(call, { minLength: 1, maxLength: 6 }), async (calls) => {
        for (const c of calls) {
          const withBody = 'body' in c;
          const res = await ctx.app.request(`/api${c.path}`, {
            method: c.method,
            headers: withBody ? { 'content-type': 'application/json' } : {},
            body: withBody ? JSON.stringify(c.body) : undefined,
          });
          const text = await res.text();
          expect(res.status, `${c.method} ${c.path}: ${text}`).toBeLessThan(500);
          if (res.status >= 400) expect(res.headers.get('content-type') ?? '').toMatch(/problem\+json/);
        }
      }),
      { numRuns: 150, seed: 17 },
    );
  }, 120_000);
});
