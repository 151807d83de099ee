/**
 * The HTTP app over a fresh database of the given engine with the bundled edition loaded, set up
 * before the tests of a `describe` and closed after them.
 */
import { afterAll, beforeAll } from 'vitest';
import { type App, createApp } from '../../src/http/app.js';
import { readEdition } from '../../src/importer/read-edition.js';
import { type Services, createServices } from '../../src/services/index.js';
import type { OpenDb } from '../../src/storage/db.js';
import { type TestEngine, openTestDb } from './engines.js';
import { BUNDLED_EDITION } from './paths.js';

export type BundledApp = { app: App; services: Services; database: OpenDb };

export function useBundledApp(engine: TestEngine): BundledApp {
  const ctx = {} as BundledApp;
  beforeAll(async () => {
    ctx.database = await openTestDb(engine);
    ctx.services = createServices(ctx.database);
    await ctx.services.editions.load(await readEdition(BUNDLED_EDITION));
    ctx.app = createApp({ services: ctx.services });
  });
  afterAll(async () => {
    await ctx.database?.close();
  });
  return ctx;
}
