/**
 * The demo's workbench (`kasip demo load`), on each engine: two methodologists marked DEMO, and a
 * draft of Order 262's next edition with one skill reworded, in review. Its impact names the demo
 * programme on that card; the demo reviewer (not its author) approves and publishes it, and the
 * author may not approve it.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { readEdition } from '../../src/importer/read-edition.js';
import { DEMO_DRAFT_SKILL } from '../../src/services/demo/demo-workbench.js';
import { type DemoLoadResult, loadDemo } from '../../src/services/demo/load-demo.js';
import { type Services, createServices } from '../../src/services/index.js';
import type { OpenDb } from '../../src/storage/db.js';
import { signIn } from '../support/callers.js';
import { openTestDb, testEngines } from '../support/engines.js';
import { BUNDLED_EDITION } from '../support/paths.js';

describe.each(testEngines)('the demo workbench on %s', (engine) => {
  let database: OpenDb;
  let services: Services;
  let result: DemoLoadResult;

  beforeAll(async () => {
    database = await openTestDb(engine);
    services = createServices(database, { checkOutput: true });
    await services.editions.load(await readEdition(BUNDLED_EDITION));
    result = await loadDemo(services);
  }, 240_000);
  afterAll(async () => database?.close());

  it('has a draft in review with a reworded skill whose impact names the demo programme; the reviewer publishes it', async () => {
    const { workbench } = result;
    expect(workbench.methodologist.email).toBe('demo.methodologist@example.com');
    expect(workbench.reviewer).toMatchObject({ email: 'demo.reviewer@example.com', password: 'kasip-demo-reviewer' });
    expect(workbench.reviewer.displayName).toContain('(DEMO)');
    const reviewer = {
      credentials: (await signIn(services, workbench.reviewer.email, workbench.reviewer.password)).credentials,
    };
    const author = {
      credentials: (await signIn(services, workbench.methodologist.email, workbench.methodologist.password))
        .credentials,
    };
    const r = services.ops.draftReview;
    let draft = await services.pipeline.execute(services.ops.drafts.get, { draftId: workbench.draftId }, reviewer);
    expect(draft).toMatchObject({ status: 'in-review', counts: { changed: 1 }, can: { approve: true } });

    const impact = await services.pipeline.execute(r.impact, { draftId: draft.id }, reviewer);
    expect(impact.changedItems).toBe(1);
    expect(impact.entries).toContainEqual(
      expect.objectContaining({
        kind: 'programme',
        orgId: result.programme.orgId,
        targetId: result.programme.programmeId,
        items: [{ itemId: DEMO_DRAFT_SKILL, change: 'changed' }],
      }),
    );

    await expect(
      services.pipeline.execute(r.approve, { draftId: draft.id, revision: draft.revision }, author),
    ).rejects.toMatchObject({ code: 'forbidden' });
    draft = await services.pipeline.execute(r.approve, { draftId: draft.id, revision: draft.revision }, reviewer);
    const published = await services.pipeline.execute(
      r.publish,
      {
        draftId: draft.id,
        revision: draft.revision,
        order: {
          number: '1',
          date: '2026-12-01',
          registration: { number: '1', date: '2026-12-02' },
          inForceFrom: '2026-12-15',
        },
      },
      reviewer,
    );
    expect(published).toMatchObject({ editionId: 'order-1-2026', supersededEditionId: 'order-262-2023' });
    expect((await services.editions.summary()).id).toBe('order-1-2026');
  });
});
