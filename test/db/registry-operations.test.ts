/**
 * The registry's operations answer exactly what their output schemas say: every card of the
 * bundled edition in every display language, every item, the terms, professions, levels, graph,
 * editions, the export, search and health, all through the pipeline with output checking on
 * (an answer with a field its schema does not name, or without one it requires, fails). On
 * every engine in the matrix.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { z } from 'zod';
import { flattenEdition } from '../../src/domain/standard/item-tree.js';
import { readEdition } from '../../src/importer/read-edition.js';
import { type Services, createServices } from '../../src/services/index.js';
import type { Operation } from '../../src/services/operations/operation.js';
import { cardDetailSchema } from '../../src/services/registry/schemas/card.js';
import { editionSummarySchema, sourceTextSchema } from '../../src/services/registry/schemas/edition.js';
import { itemSchema } from '../../src/services/registry/schemas/item.js';
import { cardListSchema } from '../../src/services/registry/schemas/listings.js';
import { searchResultSchema } from '../../src/services/registry/schemas/search.js';
import { healthSchema } from '../../src/services/registry/health.ops.js';
import type { OpenDb } from '../../src/storage/db.js';
import { openTestDb, testEngines } from '../support/engines.js';
import { BUNDLED_EDITION } from '../support/paths.js';

const LANGS = ['kk', 'ru', 'en'] as const;

describe.each(testEngines)('registry operations with output checking on %s', (engine) => {
  let database: OpenDb;
  let services: Services;
  const run = <I extends z.ZodType, O extends z.ZodType>(op: Operation<I, O>, input: unknown) =>
    services.pipeline.execute(op, input);

  beforeAll(async () => {
    database = await openTestDb(engine);
    services = createServices(database, { checkOutput: true });
    await services.editions.load(await readEdition(BUNDLED_EDITION));
  });
  afterAll(async () => {
    await database?.close();
  });

  it('answers every card, whole and for print, in every language as its schema says', async () => {
    const { registry } = services.ops;
    const list = await run(registry.cards, { lang: 'kk', limit: 100 });
    expect(list.cards).toHaveLength(10);
    for (const lang of LANGS) {
      for (const { code, level } of list.cards) {
        const detail = await run(registry.card, { code, level: String(level), lang });
        expect(detail.card.code.value).toBe(code);
        const print = await run(registry.cardPrint, { code, level, lang });
        expect(print.card.id).toBe(detail.card.id);
        expect(print.edition.order).toEqual({ number: '262', date: '2023-06-29' });
      }
    }
  });

  it('answers every item of the edition as its kind’s schema says', async () => {
    const edition = await services.editions.read();
    const records = flattenEdition(edition);
    expect(records.length).toBeGreaterThan(500);
    const kinds = new Set<string>();
    for (const [i, record] of records.entries()) {
      const item = await run(services.ops.registry.item, { id: record.id, lang: LANGS[i % 3] });
      expect(item.kind).toBe(record.kind);
      kinds.add(item.kind);
    }
    expect([...kinds].sort()).toEqual(
      [
        'card',
        'knowledge',
        'labourFunction',
        'link',
        'otherName',
        'profession',
        'qualificationGroup',
        'qualificationLink',
        'qualificationRule',
        'skill',
        'task',
        'term',
      ].sort(),
    );
  }, 300_000);

  it('answers the lists, the editions, the export, search and health as their schemas say', async () => {
    const { registry, editions, search, health } = services.ops;
    for (const lang of LANGS) {
      expect((await run(registry.terms, { lang })).terms).toHaveLength(17);
      expect((await run(registry.professions, { lang })).professions).toHaveLength(7);
      expect((await run(registry.levels, { lang })).levels).toHaveLength(8);
      expect((await run(registry.careerGraph, { lang })).nodes).toHaveLength(10);
      expect((await run(registry.cards, { lang, text: 'маман', limit: '3' })).cards.length).toBeGreaterThan(0);
    }
    const [summary] = (await run(editions.list, {})).editions;
    expect(summary?.id).toBe('order-262-2023');
    expect(await run(editions.get, { id: 'current' })).toEqual(summary);
    expect((await run(editions.standards, {})).standards).toHaveLength(1);
    expect((await run(editions.source, { id: 'order-262-2023' })).lines.length).toBeGreaterThan(100);
    const document = await run(editions.export, { id: 'current' });
    expect(document.cards).toHaveLength(10);
    // The export keeps a uuid right after every id, as the domain writes it.
    expect(Object.keys(document.cards[0] ?? {}).slice(0, 2)).toEqual(['id', 'uuid']);
    for (const q of ['психологтың', 'әлеуметтік', 'social worker', 'заң']) {
      await run(search.query, { q, limit: '50' });
    }
    expect((await run(health.check, {})).status).toBe('ok');
  });

  it('refuses an answer with a field the schema does not name, or without one it requires', async () => {
    const detail = await run(services.ops.registry.card, { code: '2635-3-001', level: 5, lang: 'en' });
    const task = detail.card.labourFunctions[0]?.tasks[0];
    expect(task).toBeDefined();
    const withTask = (changed: unknown) => ({
      ...detail,
      card: {
        ...detail.card,
        labourFunctions: [{ ...detail.card.labourFunctions[0], tasks: [changed] }],
      },
    });
    expect(cardDetailSchema.safeParse(detail).success).toBe(true);
    expect(cardDetailSchema.safeParse(withTask({ ...task, extra: 1 })).success).toBe(false);
    const { display: _, ...withoutDisplay } = task?.skills[0] ?? {};
    expect(cardDetailSchema.safeParse(withTask({ ...task, skills: [withoutDisplay] })).success).toBe(false);
  });

  it('refuses malformed input with the messages clients see', async () => {
    const { registry, search } = services.ops;
    const failure = (promise: Promise<unknown>) =>
      promise.then(
        () => [],
        (e: { errors: unknown[] }) => e.errors,
      );
    expect(await failure(run(registry.card, { code: '2635-3-1', level: '9', lang: 'kk' }))).toEqual([
      { path: 'code', message: 'a card code looks like 2635-3-001' },
      { path: 'level', message: 'level must be from 1 to 8' },
    ]);
    expect(await failure(run(registry.cards, { lang: 'fr', limit: 20 }))).toEqual([
      { path: 'lang', message: 'lang must be kk, ru or en' },
    ]);
    expect(await failure(run(search.query, { q: '  ' }))).toEqual([{ path: 'q', message: 'the query is empty' }]);
    expect(await failure(run(search.query, { q: 'а', type: 'cat' }))).toEqual([
      { path: 'type', message: expect.stringMatching(/^type is a comma-separated list of card, /) },
    ]);
  });
});

describe('registry schema examples', () => {
  it('fit their schemas', () => {
    for (const schema of [
      cardListSchema,
      itemSchema,
      editionSummarySchema,
      sourceTextSchema,
      searchResultSchema,
      healthSchema,
    ]) {
      const { example, id } = z.globalRegistry.get(schema) ?? {};
      expect(example, String(id)).toBeDefined();
      const checked = schema.safeParse(example);
      expect(checked.success ? [] : checked.error.issues, String(id)).toEqual([]);
    }
  });
});
