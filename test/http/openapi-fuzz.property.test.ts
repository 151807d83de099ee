/**
 * Every operation of the served OpenAPI document, fuzzed from its own schemas (issue 17): path
 * and query parameters and bodies of each documented content type, schema-shaped with one part
 * broken or plain junk, sent anonymously, as an org-admin and as a platform admin. No answer is a
 * 5xx, and every 4xx is a problem document. The seed is fixed and the count bounded so CI is
 * repeatable and quick; `bench/fuzz.ts` runs the same generator longer with a random seed.
 *
 * operation-input.property.test.ts fuzzes the bound routes with generic input; this one follows
 * the document's schemas, so values get past the first check and into the use cases.
 */
import fc from 'fast-check';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { OpenDb } from '../../src/storage/db.js';
import { openTestDb, testEngines } from '../support/engines.js';
import {
  type FuzzCaller,
  type FuzzWorld,
  callsFor,
  exchange,
  fuzzOperations,
  openFuzzWorld,
  requestsFor,
} from '../support/openapi-fuzz.js';

const SEED = 17;
/** Requests per operation and caller: about 250 operation-caller pairs, so about 2,500 requests per engine. */
const RUNS = 10;

describe.each(testEngines)('every OpenAPI operation, fuzzed from its schemas (%s)', (engine) => {
  let database: OpenDb;
  let world: FuzzWorld;
  beforeAll(async () => {
    database = await openTestDb(engine);
    world = await openFuzzWorld(database);
  });
  afterAll(async () => {
    await database?.close();
  });

  // Found by this fuzzing: each failed the insert and answered 500 (U+0000 on both engines, the surrogate on PGlite).
  it.each([
    ['U+0000', 'a\u0000b'],
    ['an unpaired surrogate', 'a\uD800b'],
  ])('refuses a name holding %s with a 400 naming the field as other refusals do', async (_, name) => {
    const admin = world.callers.find((c) => c.name === 'platform-admin') as FuzzCaller;
    const create = (orgName: string) =>
      world.app.request('/api/v1/orgs', {
        method: 'POST',
        headers: { cookie: admin.cookie, 'x-csrf-token': admin.csrf, 'content-type': 'application/json' },
        body: JSON.stringify({ name: orgName, kind: 'education-provider' }),
      });
    const paths = async (res: Response) =>
      ((await res.json()) as { errors: { path: string }[] }).errors.map((e) => e.path);
    const res = await create(name);
    expect(res.status).toBe(400);
    expect(res.headers.get('content-type')).toMatch(/^application\/problem\+json/);
    // A name too short for the schema: the field as the schema's own refusal names it.
    const tooShort = await create('a');
    expect(tooShort.status).toBe(400);
    expect(await paths(res)).toEqual(await paths(tooShort));
  });

  it.each(['anonymous', 'org-admin', 'platform-admin'] as const)(
    'never answers the %s caller with a 5xx, and every refusal is a problem document',
    async (name) => {
      const caller = world.callers.find((c) => c.name === name) as FuzzCaller;
      const operations = fuzzOperations(world.doc).filter((o) => callsFor(caller, o));
      expect(operations.length).toBeGreaterThan(10);
      const statuses: { secured: boolean; status: number; op: string }[] = [];
      for (const operation of operations) {
        await fc.assert(
          fc.asyncProperty(requestsFor(operation, world), async (request) => {
            const outcome = await exchange(world.app, caller, operation, request);
            statuses.push({
              secured: operation.secured,
              status: outcome.status,
              op: `${operation.method} ${operation.path}`,
            });
            expect(outcome.problem).toBeNull();
          }),
          { seed: SEED, numRuns: RUNS },
        );
      }
      if (name !== 'anonymous') {
        // A signed-in caller that lost its session would be fuzzing only the 401 path.
        expect(statuses.filter((s) => s.secured && s.status === 401).map((s) => s.op)).toEqual([]);
        // And some requests got all the way through, so the schemas do produce accepted input.
        expect(statuses.filter((s) => s.status < 300).length).toBeGreaterThan(0);
      } else {
        expect(statuses.filter((s) => s.secured && s.status < 300).map((s) => s.op)).toEqual([]);
      }
    },
    180_000,
  );
});
