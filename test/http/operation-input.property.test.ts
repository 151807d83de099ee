/**
 * Bad input never breaks a route: every bound operation, public or private, read or write, gets
 * arbitrary path segments, query strings and JSON bodies from a signed-in platform admin (so
 * that input reaches past authentication into parsing and the use case), and must answer
 * below 500 with problem+json for every refusal. The list of routes is the bindings' list, so a
 * new route is covered without touching this file.
 */
import fc from 'fast-check';
import { beforeAll, describe, expect, it } from 'vitest';
import { honoPath } from '../../src/http/operation-route.js';
import { operationBindings } from '../../src/http/routes/operation-bindings.js';
import { seedUser, signIn } from '../support/accounts.js';
import { useBundledApp } from '../support/bundled-app.js';

const segment = fc.oneof(
  fc.string({ maxLength: 40 }),
  fc.uuid(),
  fc.constantFrom('2635-3-001', '5', 'current', '..', '%00', 'ҚАЗАҚ', '0'.repeat(300)),
);
const jsonValue = fc.jsonValue({ maxDepth: 3 });
const body = fc.oneof(fc.dictionary(fc.string({ maxLength: 12 }), jsonValue, { maxKeys: 6 }), jsonValue);

describe('every route answers bad input with a 4xx problem, never a 5xx', () => {
  const ctx = useBundledApp('pglite');
  let cookie = '';
  let csrf = '';
  beforeAll(async () => {
    await seedUser(ctx.database, 'fuzz-admin@example.kz', ['admin']);
    const admin = await signIn(ctx.app, 'fuzz-admin@example.kz');
    cookie = admin.cookie ?? '';
    csrf = admin.csrf ?? '';
  });

  it('holds for arbitrary paths, queries and bodies', async () => {
    const bindings = operationBindings(ctx.services)
      // Signing out everywhere or erasing would end the fuzzing admin's session; they get their own tests.
      .filter((b) => !['me.sessions.revoke-all', 'auth.logout', 'me.erase'].includes(b.op.name));
    expect(bindings.length).toBeGreaterThan(10);
    await fc.assert(
      fc.asyncProperty(
        fc.constantFrom(...bindings.map((b) => b.op.name)),
        fc.array(segment, { minLength: 4, maxLength: 4 }),
        fc.dictionary(fc.string({ maxLength: 10 }), fc.string({ maxLength: 30 }), { maxKeys: 4 }),
        body,
        async (name, segments, query, payload) => {
          const binding = bindings.find((b) => b.op.name === name) ?? bindings[0];
          if (!binding) return;
          let i = 0;
          const path = honoPath(binding.path).replace(/:\w+/g, () => encodeURIComponent(segments[i++] ?? 'x'));
          const qs = new URLSearchParams(query).toString();
          const res = await ctx.app.request(`/api${path}${qs ? `?${qs}` : ''}`, {
            method: binding.method.toUpperCase(),
            headers: { cookie, 'x-csrf-token': csrf, 'content-type': 'application/json' },
            body: binding.method === 'get' ? undefined : JSON.stringify(payload),
          });
          const text = await res.text();
          expect(res.status, `${binding.method} ${path}: ${text.slice(0, 300)}`).toBeLessThan(500);
          if (res.status >= 400) expect(res.headers.get('content-type')).toMatch(/application\/problem\+json/);
        },
      ),
      { numRuns: 300 },
    );
  });
});
