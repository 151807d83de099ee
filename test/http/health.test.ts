/**
 * GET /api/health through the operation pipeline: 200 while the database answers, 503 with the
 * same body once it does not, never cached.
 */
import { expect, it } from 'vitest';
import { createApp } from '../../src/http/app.js';
import { createServices } from '../../src/services/index.js';
import { openTestDb } from '../support/engines.js';

it('answers 200 while the database is reachable and 503 when it is not, never cached', async () => {
  const database = await openTestDb('pglite');
  const app = createApp({ services: createServices(database) });
  const ok = await app.request('/api/health');
  expect(ok.status).toBe(200);
  expect(ok.headers.get('cache-control')).toBe('no-store');
  expect(((await ok.json()) as { status: string }).status).toBe('ok');

  await database.close();
  const down = await app.request('/api/health');
  expect(down.status).toBe(503);
  expect(down.headers.get('cache-control')).toBe('no-store');
  expect(await down.json()).toMatchObject({
    status: 'degraded',
    database: { version: null, reachable: false },
    migrations: { upToDate: false },
  });
});
