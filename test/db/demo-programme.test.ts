/**
 * The demo's education provider on each engine: «Demo college» (an education provider), its
 * programme designer who signs in with the printed password, and one final demo programme on
 * card 3412-0-008 level 4 with hours, a practice module and a written exception, whose exports
 * have something to show. A second load finds what the first made and adds nothing.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { readEdition } from '../../src/importer/read-edition.js';
import type { DemoRunner } from '../../src/services/demo/load-demo.js';
import { type DemoProgrammeResult, loadDemoProgramme } from '../../src/services/demo/demo-programme.js';
import { type Services, createServices } from '../../src/services/index.js';
import type { OpenDb } from '../../src/storage/db.js';
import type { Credentials } from '../../src/services/operations/authenticate.js';
import { signIn } from '../support/callers.js';
import { openTestDb, testEngines } from '../support/engines.js';
import { BUNDLED_EDITION } from '../support/paths.js';

const OPERATOR_CREDENTIALS: Credentials = { operator: true };

describe.each(testEngines)('demo programme on %s', (engine) => {
  let database: OpenDb;
  let services: Services;
  let result: DemoProgrammeResult;
  const run: DemoRunner = (_step, op, input, credentials) =>
    services.pipeline.execute(op, input, { credentials: credentials ?? OPERATOR_CREDENTIALS, clientIp: 'cli' });

  beforeAll(async () => {
    database = await openTestDb(engine);
    services = createServices(database, { checkOutput: true });
    await services.editions.load(await readEdition(BUNDLED_EDITION));
    result = await loadDemoProgramme(services, run, OPERATOR_CREDENTIALS);
  }, 120_000);
  afterAll(async () => database?.close());

  it('makes the college, its designer and a final demo programme with hours, practice and an exception', async () => {
    const designer = await signIn(services, 'demo.designer@example.com', 'kasip-demo-designer');
    const as = { credentials: designer.credentials };
    const org = await services.pipeline.execute(services.ops.orgs.get, { orgId: result.orgId }, as);
    expect(org).toMatchObject({ name: 'Demo college', kind: 'education-provider' });
    const p = await services.pipeline.execute(
      services.ops.programmes.get,
      { orgId: result.orgId, programmeId: result.programmeId },
      as,
    );
    expect(p).toMatchObject({ status: 'final', demo: true });
    expect(p.content.cards).toEqual([expect.objectContaining({ code: '3412-0-008', level: 4 })]);
    expect(p.content.modules.some((m) => m.kind === 'practice' && m.hours.practice > 0)).toBe(true);
    expect(p.content.modules.every((m) => m.hours.theory + m.hours.practice > 0)).toBe(true);
    expect(p.content.exceptions).toHaveLength(1);
    const coverage = await services.pipeline.execute(
      services.ops.programmes.coverage,
      { orgId: result.orgId, programmeId: result.programmeId },
      as,
    );
    expect(coverage.blockers).toEqual([]);
    expect(coverage.totals.theoryOnlySkills).toBe(0);
    expect(coverage.volume.planned).toBe(coverage.volume.declared);
    expect(coverage.functions.every((f) => f.hours > 0)).toBe(true);
  });

  it('gives every export something to show', async () => {
    const designer = await signIn(services, 'demo.designer@example.com', 'kasip-demo-designer');
    const input = { orgId: result.orgId, programmeId: result.programmeId };
    const x = services.ops.programmeExports;
    const doc = await services.pipeline.execute(x.docx, input, { credentials: designer.credentials });
    expect(doc.org.name).toBe('Demo college');
    expect(doc.coverage.rows.length).toBeGreaterThan(20);
    const links = await services.pipeline.execute(x.caseAssociations, input, { credentials: designer.credentials });
    expect(links.links.length).toBeGreaterThan(20);
  });

  it('finds what a first load made instead of making it twice', async () => {
    const again = await loadDemoProgramme(services, run, OPERATOR_CREDENTIALS);
    expect(again).toEqual(result);
    const designer = await signIn(services, 'demo.designer@example.com', 'kasip-demo-designer');
    const list = await services.pipeline.execute(
      services.ops.programmes.list,
      { orgId: result.orgId },
      { credentials: designer.credentials },
    );
    expect(list.total).toBe(1);
  });
});
