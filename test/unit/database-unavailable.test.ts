/**
 * The probe found that on PostgreSQL, under a busy thread, the pool's connection timeout came back
 * as a generic 500. A query that cannot reach the server (the pool's timeout, a refused or cut
 * connection) is now `database_unavailable`: 503 with Retry-After over HTTP, exit 5 on the CLI.
 */
import { describe, expect, it } from 'vitest';
import { z } from 'zod';
import { exitCodeFor } from '../../src/cli/exit-codes.js';
import { AppError } from '../../src/domain/shared/errors.js';
import {
  UNAVAILABLE_RETRY_AFTER_SECONDS,
  asDatabaseUnavailable,
} from '../../src/services/operations/database-unavailable.js';
import { defineOperation } from '../../src/services/operations/operation.js';
import { createPipeline } from '../../src/services/operations/pipeline.js';
import type { OpenDb } from '../../src/storage/db.js';

/** What pg and pg-pool throw. */
const poolTimeout = () => new Error('timeout exceeded when trying to connect');
const refused = () =>
  Object.assign(new Error('connect ECONNREFUSED 127.0.0.1:5432'), { code: 'ECONNREFUSED', errno: -111 });
const terminated = () => new Error('Connection terminated due to connection timeout');

/** A public read that fails as its query would: the pipeline needs no database for it. */
function failing(error: () => unknown) {
  return defineOperation({
    name: 'test.read',
    summary: 'fails like a query',
    input: z.object({}),
    output: z.object({}),
    action: 'registry.read',
    writes: false,
    cache: 'public',
    audit: null,
    run: async () => {
      throw error();
    },
  });
}

const pipeline = createPipeline({ db: {} } as unknown as OpenDb);

describe('an unreachable database', () => {
  it.each([
    ['the pool’s connection timeout', poolTimeout],
    ['a refused connection', refused],
    ['a connection cut by its timeout', terminated],
  ])('%s becomes database_unavailable with Retry-After (503, exit 5)', async (_, error) => {
    const thrown = await pipeline.execute(failing(error), {}).catch((e: unknown) => e);
    expect(thrown).toBeInstanceOf(AppError);
    const appError = thrown as AppError;
    expect(appError.code).toBe('database_unavailable');
    expect(appError.status).toBe(503);
    expect(appError.retryAfter).toBe(UNAVAILABLE_RETRY_AFTER_SECONDS);
    expect(exitCodeFor(appError.code)).toBe(5);
    // The server's address stays in the logs' world, not in the answer.
    expect(appError.message).not.toContain('127.0.0.1');
  });

  it('leaves every other error as it was', async () => {
    const bug = new TypeError('x is undefined');
    await expect(
      pipeline.execute(
        failing(() => bug),
        {},
      ),
    ).rejects.toBe(bug);
    const notFound = new AppError('not_found', 'no card');
    await expect(
      pipeline.execute(
        failing(() => notFound),
        {},
      ),
    ).rejects.toBe(notFound);
    const sqlError = Object.assign(new Error('duplicate key'), { code: '23505' });
    expect(asDatabaseUnavailable(sqlError)).toBe(sqlError);
  });
});
