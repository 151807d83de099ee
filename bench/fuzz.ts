/**
 * The long fuzzing run: the generator of test/http/openapi-fuzz.property.test.ts, over every
 * operation of the served OpenAPI document and all three callers, with a larger count and a random
 * seed (printed, so a failure can be replayed with --seed). CI runs the same thing with a fixed
 * seed and a small count; this finds what that small sample misses.
 *   node --import tsx bench/fuzz.ts [--runs N] [--seed S] [--only SUBSTRING]
 * Runs on a fresh in-memory PGlite; exits 1 if any operation answered a 5xx or a 4xx that is not
 * a problem document, printing the shrunk request for each.
 */
import { parseArgs } from 'node:util';
import fc from 'fast-check';
import { openDb } from '../src/storage/db.js';
import { callsFor, exchange, fuzzOperations, openFuzzWorld, requestsFor } from '../test/support/openapi-fuzz.js';

const { values } = parseArgs({
  options: {
    runs: { type: 'string', default: '200' },
    seed: { type: 'string' },
    only: { type: 'string', default: '' },
  },
});
const runs = Number(values.runs);
// Math.random is fine here: the seed only has to differ between runs, and it is printed.
const seed = values.seed === undefined ? Math.floor(Math.random() * 2 ** 31) : Number(values.seed);
console.log(`fuzzing with --seed ${seed} --runs ${runs} (per operation and caller)`);

const database = await openDb({ kind: 'memory' });
await database.migrate();
const world = await openFuzzWorld(database);
const operations = fuzzOperations(world.doc).filter((o) => `${o.method} ${o.path}`.includes(values.only ?? ''));
const started = performance.now();
let requests = 0;
let failures = 0;
/** Answers per caller and status, to show how far the requests got (401s only test the door). */
const statuses = new Map<string, number>();
for (const caller of world.callers) {
  for (const operation of operations.filter((o) => callsFor(caller, o))) {
    const result = await fc.check(
      fc.asyncProperty(requestsFor(operation, world), async (request) => {
        requests += 1;
        const { status, problem } = await exchange(world.app, caller, operation, request);
        const key = `${caller.name} ${status}`;
        statuses.set(key, (statuses.get(key) ?? 0) + 1);
        if (problem) throw new Error(problem);
      }),
      { seed, numRuns: runs },
    );
    if (result.failed) {
      failures += 1;
      const error = result.errorInstance instanceof Error ? result.errorInstance.message : String(result.errorInstance);
      console.log(`FAIL ${caller.name} ${operation.method.toUpperCase()} ${operation.path}\n  ${error}`);
    }
  }
}
await database.close();
for (const [key, count] of [...statuses].sort()) console.log(`  ${key}: ${count}`);
const seconds = (performance.now() - started) / 1000;
console.log(
  `${requests} requests in ${seconds.toFixed(0)} s; ${failures} failing operation-caller pairs (seed ${seed})`,
);
process.exitCode = failures ? 1 : 0;
