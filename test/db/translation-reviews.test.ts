/**
 * The review state of unofficial translations, on each engine (issue 15): stored with the
 * edition, read back with it, served in every `display` of a translation (`reviewed` or
 * `machine-draft`; none for the Kazakh original), changed by loading again; a draft keeps the
 * map, an edit of a text makes its reviewed translation a machine draft again, and publishing
 * carries the map to the new edition.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { OPERATOR } from '../../src/domain/access/actor.js';
import type { Edition } from '../../src/domain/standard/edition.js';
import { type Services, createServices } from '../../src/services/index.js';
import { materialiseRow } from '../../src/services/workbench/draft-core.js';
import { publishDraft } from '../../src/services/workbench/draft-publish.js';
import type { OpenDb } from '../../src/storage/db.js';
import { findDraft, listDraftItems, updateDraftStatus } from '../../src/storage/repositories/draft.repository.js';
import { type Caller, as } from '../support/callers.js';
import { openTestDb, testEngines } from '../support/engines.js';
import { createMethodologist } from '../support/methodologists.js';
import { miniEdition } from '../support/mini-edition.js';

const CARD4 = '1111-1-001.4';
const CARD5 = '1111-1-001.5';
const TASK5 = `${CARD5}.f1.t1`;

const withReviews = (edition: Edition, en: Record<string, 'reviewed' | 'machine-draft'>): Edition => ({
  ...edition,
  translationReviews: { en },
});

describe.each(testEngines)('translation reviews on %s', (engine) => {
  let database: OpenDb;
  let services: Services;
  let meth: Caller;
  beforeAll(async () => {
    database = await openTestDb(engine);
    services = createServices(database, { checkOutput: true });
    await services.editions.load(
      withReviews(await miniEdition(), {
        [`${CARD5}#name`]: 'reviewed',
        [`${TASK5}#name`]: 'reviewed',
        'no-such-item#name': 'reviewed',
      }),
    );
    meth = await createMethodologist(services, `reviews-${engine}@example.kz`);
  }, 120_000);
  afterAll(async () => {
    await database?.close();
  });

  it('stores the map for the translated texts only, every other translation a machine draft', async () => {
    const read = await services.editions.read();
    expect(read.translationReviews?.en?.[`${CARD5}#name`]).toBe('reviewed');
    expect(read.translationReviews?.en?.[`${CARD4}#name`]).toBe('machine-draft');
    expect(read.translationReviews?.en).not.toHaveProperty('no-such-item#name');
    // Only texts with a Russian translation have a Russian state.
    expect(Object.keys(read.translationReviews?.ru ?? {}).sort()).toEqual([`${CARD4}#name`, `${CARD5}#name`]);
  });

  it('serves the state in each display of a translation, and none for Kazakh', async () => {
    const five = await services.registry.getCard({ code: '1111-1-001', level: 5 }, { lang: 'en' });
    expect(five.card.name.display).toEqual({
      text: 'Testing specialist',
      lang: 'en',
      official: false,
      review: 'reviewed',
    });
    expect(five.card.labourFunctions[0]?.tasks[0]?.name.display.review).toBe('reviewed');
    expect(five.card.labourFunctions[0]?.name.display.review).toBe('machine-draft');
    expect(five.otherLevels[0]?.name.review).toBe('machine-draft');
    const kk = await services.registry.getCard({ code: '1111-1-001', level: 5 }, { lang: 'kk' });
    expect(kk.card.name.display).toEqual({ text: 'Сынақ маманы', lang: 'kk', official: true });
    const list = await services.registry.listCards({ limit: 10, lang: 'en' });
    expect(list.cards.map((c) => [c.id, c.name.display.review])).toEqual([
      [CARD4, 'machine-draft'],
      [CARD5, 'reviewed'],
    ]);
    const item = await services.registry.getItem(TASK5, { lang: 'en' });
    expect(item.text?.display.review).toBe('reviewed');
    expect(item.path.map((p) => p.text?.review)).toEqual(['reviewed', 'machine-draft']);
    // Through the operation too: the output schema admits the state.
    const viaOp = await services.pipeline.execute(services.ops.registry.card, {
      code: '1111-1-001',
      level: 5,
      lang: 'en',
    });
    expect(JSON.stringify(viaOp)).toContain('"review":"reviewed"');
    // Search names its hits with the same state.
    const found = await services.search.search({ q: 'сынақ маманы', limit: 10, lang: 'en', types: ['card'] });
    expect(found.hits.map((h) => [h.id, h.name.review])).toEqual([
      [CARD4, 'machine-draft'],
      [CARD5, 'reviewed'],
    ]);
  });

  it('changes the state when the edition is loaded again with another review', async () => {
    const report = await services.editions.load(
      withReviews(await miniEdition(), { [`${CARD4}#name`]: 'reviewed', [`${TASK5}#name`]: 'reviewed' }),
    );
    expect(report.metadataChanged).toBe(true);
    const four = await services.registry.getCard({ code: '1111-1-001', level: 4 }, { lang: 'en' });
    expect(four.card.name.display.review).toBe('reviewed');
    const five = await services.registry.getCard({ code: '1111-1-001', level: 5 }, { lang: 'en' });
    expect(five.card.name.display.review).toBe('machine-draft');
    // Search's cached index follows the new load.
    const found = await services.search.search({ q: 'сынақ маманы', limit: 10, lang: 'en', types: ['card'] });
    expect(found.hits.map((h) => [h.id, h.name.review])).toEqual([
      [CARD4, 'reviewed'],
      [CARD5, 'machine-draft'],
    ]);
  });

  it('keeps the map in a draft, makes an edited text’s translation a machine draft, and publishes the map', async () => {
    const draft = await services.pipeline.execute(
      services.ops.drafts.create,
      { body: { from: 'edition', edition: 'current' } },
      as(meth),
    );
    const before = await findDraft(database.db, draft.id);
    expect(before?.translationReviews?.en?.[`${TASK5}#name`]).toBe('reviewed');
    await services.pipeline.execute(
      services.ops.drafts.edit,
      {
        draftId: draft.id,
        edits: [
          { op: 'update', id: TASK5, revision: 1, text: { kk: 'Сынақты мұқият бақылау', en: 'Monitoring tests' } },
        ],
      } as never,
      as(meth),
    );
    const row = await findDraft(database.db, draft.id);
    if (!row) throw new Error('no draft row');
    expect(row.translationReviews?.en?.[`${TASK5}#name`]).toBe('machine-draft');
    expect(row.translationReviews?.en?.[`${CARD4}#name`]).toBe('reviewed');
    const { edition } = materialiseRow(row, await listDraftItems(database.db, draft.id), false);
    expect(edition.translationReviews?.en?.[`${TASK5}#name`]).toBe('machine-draft');

    await updateDraftStatus(database.db, draft.id, { status: 'approved' });
    const published = await database.db.transaction().execute((trx) =>
      publishDraft(
        trx,
        {
          draftId: draft.id,
          revision: row.revision,
          order: {
            number: '7',
            date: '2026-12-01',
            registration: { number: '7', date: '2026-12-01' },
            inForceFrom: '2026-12-01',
          },
          editionId: 'mini-next',
        },
        OPERATOR,
        new Date(),
      ),
    );
    services.editions.changed(undefined);
    expect(published.editionId).toBe('mini-next');
    const next = await services.editions.read('mini-next');
    expect(next.translationReviews?.en?.[`${CARD4}#name`]).toBe('reviewed');
    expect(next.translationReviews?.en?.[`${TASK5}#name`]).toBe('machine-draft');
    expect(next.cards.find((c) => c.id === CARD5)?.name.en).toBe('Testing specialist');
  });
});
