/**
 * The qualification, quality, career and diff operations, run through the pipeline with output
 * checking on, over every card of the bundled edition and many inputs: an output schema that
 * misses a field, names one the answer lacks or types one wrongly fails here. The output schemas
 * are strict, so a field the domain adds without the schema also fails; the examples of the
 * OpenAPI document must fit their schemas too.
 */
import path from 'node:path';
import type { z } from 'zod';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { cardItems } from '../../src/domain/career/paths.js';
import { readEdition } from '../../src/importer/read-edition.js';
import { MAX_STAFF_ROWS } from '../../src/importer/staff-file.js';
import {
  categoryRequestSchema,
  categoryBatchRequestSchema,
  MAX_BATCH_ROWS,
} from '../../src/services/analysis/schemas/qualification.js';
import { gapRequestSchema } from '../../src/services/analysis/schemas/career-gap.js';
import { pathsSchema } from '../../src/services/analysis/schemas/career-paths.js';
import { diffSchema } from '../../src/services/analysis/schemas/diff.js';
import { qualityReportSchema } from '../../src/services/analysis/schemas/quality.js';
import { type Services, createServices } from '../../src/services/index.js';
import type { Operation } from '../../src/services/operations/operation.js';
import type { Card } from '../../src/domain/standard/schemas.js';
import type { OpenDb } from '../../src/storage/db.js';
import { openTestDb, testEngines } from '../support/engines.js';
import { BUNDLED_EDITION, ROOT } from '../support/paths.js';

const EDITION = 'order-262-2023';
const AMENDED = path.join(ROOT, 'test/fixtures/amended/editions');
const LANGS = ['kk', 'ru', 'en'] as const;

/** The same pseudo-random sequence on every run. */
function random(seed: number): () => number {
  let x = seed;
  return () => {
    x = (x * 1103515245 + 12345) % 2147483648;
    return x / 2147483648;
  };
}

/** People who meet some rules and miss others for every reason a rule can be missed. */
const PEOPLE = [
  { education: { level: 'basic-secondary', field: 'other' }, experience: [] },
  { education: { level: 'tvet', field: 'social' }, experience: [{ category: 'none', years: 1 }] },
  {
    education: { level: 'tvet', field: 'social', certificate: 'social-training' },
    experience: [{ category: 'second', years: 3 }],
  },
  { education: { level: 'higher', field: 'medical' }, experience: [{ category: 'first', years: 0.5 }] },
  {
    education: { level: 'higher', field: 'psychological' },
    experience: [
      { category: 'none', years: 2 },
      { category: 'second', years: 3 },
      { category: 'first', years: 4 },
      { category: 'higher', years: 6 },
    ],
  },
  { education: { level: 'postgraduate', field: 'legal' }, experience: [{ category: 'higher', years: 30 }] },
] as const;

describe.each(testEngines)('analysis operations with checked outputs on %s', (engine) => {
  let database: OpenDb;
  let services: Services;
  let cards: Card[];
  const run = <I extends z.ZodType, O extends z.ZodType>(op: Operation<I, O>, input: z.input<I>) =>
    services.pipeline.execute(op, input);

  beforeAll(async () => {
    database = await openTestDb(engine);
    services = createServices(database, { checkOutput: true });
    await services.editions.load(await readEdition(BUNDLED_EDITION));
    for (const id of ['order-262-2023-excerpt', 'order-118-2024-excerpt']) {
      await services.editions.load(await readEdition(path.join(AMENDED, id)));
    }
    cards = (await services.registry.allCards(EDITION)).cards;
  });
  afterAll(async () => {
    await database?.close();
  });

  it('checks every person on every card, one by one and as one staff list', async () => {
    expect(cards.length).toBeGreaterThanOrEqual(10);
    const kinds = new Set<string>();
    const rows: Record<string, string>[] = [];
    for (const card of cards) {
      const key = { code: card.code.value, level: card.level.value };
      for (const person of PEOPLE) {
        const answer = await run(services.ops.qualification.category, {
          request: { card: key, ...person, experience: [...person.experience] },
          edition: EDITION,
        });
        for (const check of answer.explanation.checked) for (const s of check.shortfalls) kinds.add(s.kind);
        rows.push({
          id: `${key.code}/${key.level}`,
          card: key.code,
          level: String(key.level),
          education: person.education.level,
          field: person.education.field,
          certificate: 'certificate' in person.education ? person.education.certificate : '',
          experience: person.experience.map((e) => `${e.category}:${e.years}`).join(','),
        });
      }
    }
    // Every kind of shortfall was answered, so each branch of the schema was checked.
    expect([...kinds].sort()).toEqual(['certificate', 'education-field', 'education-level', 'experience']);
    rows.push(
      { id: 'bad', card: '12', level: '9', education: 'college' },
      { id: 'gone', card: '9999-9-999', level: '5' },
    );
    const batch = await run(services.ops.qualification.categoryBatch, { staff: { rows }, edition: EDITION });
    expect([batch.total, batch.failed]).toEqual([rows.length, 2]);
  });

  it('reports the quality of every edition, whole and filtered', async () => {
    for (const id of ['current', EDITION, 'order-262-2023-excerpt', 'order-118-2024-excerpt']) {
      const report = await run(services.ops.quality.report, { id });
      expect(report.findings.length, id).toBeGreaterThan(0);
    }
    const some = await run(services.ops.quality.report, {
      id: EDITION,
      severity: 'warning',
      rule: 'spelling,doubled-word',
    });
    expect(some.findings.every((f) => f.severity !== 'info')).toBe(true);
    // Findings with related places and rule-specific details are among them.
    const all = await run(services.ops.quality.report, { id: EDITION });
    expect(all.findings.some((f) => f.evidence?.related?.length)).toBe(true);
    expect(all.findings.some((f) => f.evidence?.details)).toBe(true);
  });

  it('finds the paths from every card to every card above it and to itself, in every language', async () => {
    let steps = 0;
    for (const [i, from] of cards.entries()) {
      // Careers go up: every card of the same or a higher level (itself included), and one lower.
      const targets = cards.filter((c) => c.level.value >= from.level.value || c === cards[(i + 1) % cards.length]);
      for (const to of targets) {
        const result = await run(services.ops.career.paths, {
          from: `${from.code.value}/${from.level.value}`,
          to: `${to.code.value}/${to.level.value}`,
          maxPaths: 3,
          edition: EDITION,
          lang: LANGS[i % 3],
        });
        steps += result.paths.reduce((n, p) => n + p.steps.length, 0);
      }
    }
    expect(steps).toBeGreaterThan(20);
  }, 120_000);

  it('makes a gap report on every card, with and without the person, in every language', async () => {
    const next = random(7);
    const ratings = ['none', 'partial', 'full'] as const;
    for (const [i, card] of cards.entries()) {
      const items = cardItems(card);
      const rated = Object.fromEntries(
        [...items.skills, ...items.knowledge]
          .filter(() => next() < 0.7)
          .map((item) => [item.id, ratings[Math.floor(next() * 3)] ?? 'none']),
      );
      const person = PEOPLE[i % PEOPLE.length] as (typeof PEOPLE)[number];
      for (const lang of LANGS) {
        const report = await run(services.ops.career.gap, {
          assessment: {
            card: { code: card.code.value, level: card.level.value },
            ratings: { ...rated, 'no.such.item': 'full', [items.tasks[0]?.id ?? 'x']: 'none' },
            edition: 'order-1-1999',
            ...(lang === 'kk' ? {} : { person: { ...person, experience: [...person.experience] } }),
          },
          edition: EDITION,
          lang,
        });
        expect(report.warnings.map((w) => w.code)).toContain('edition_mismatch');
        expect(report.requirements === null).toBe(lang === 'kk');
      }
    }
  });

  it('diffs the editions both ways, and an edition with itself', async () => {
    for (const [a, b] of [
      ['order-262-2023-excerpt', 'order-118-2024-excerpt'],
      ['order-118-2024-excerpt', 'order-262-2023-excerpt'],
      ['order-262-2023-excerpt', 'current'],
      [EDITION, EDITION],
    ] as const) {
      const diff = await run(services.ops.diff.editions, { a, b });
      expect(diff.alignment.pairs.length, `${a} → ${b}`).toBeGreaterThan(0);
    }
  });

  it('refuses an answer with a field its schema does not name, or without one it names', async () => {
    const paths = await run(services.ops.career.paths, {
      from: '2635-3-001/4',
      to: '2635-3-001/6',
      lang: 'en',
      edition: EDITION,
    });
    const quality = await run(services.ops.quality.report, { id: EDITION, rule: 'doubled-word' });
    const diff = await run(services.ops.diff.editions, { a: 'order-262-2023-excerpt', b: 'order-118-2024-excerpt' });
    for (const [schema, value] of [
      [pathsSchema, paths],
      [qualityReportSchema, quality],
      [diffSchema, diff],
    ] as const) {
      expect(schema.safeParse(value).success).toBe(true);
      expect(schema.safeParse({ ...value, extra: 1 }).success).toBe(false);
      const { edition: _gone, from: _from, ...without } = value as Record<string, unknown>;
      expect(schema.safeParse(without).success).toBe(false);
    }
    // Deep inside too: an item of a step's delta with one field more than the schema knows.
    const changed = structuredClone(paths);
    const item = changed.paths[0]?.steps[0]?.delta.skills.changed[0]?.to;
    expect(item).toBeDefined();
    expect(pathsSchema.safeParse(changed).success).toBe(true);
    Object.assign(item ?? {}, { note: 'not in the schema' });
    expect(pathsSchema.safeParse(changed).success).toBe(false);
  });
});

describe('the analysis schemas', () => {
  it('accept the examples the OpenAPI document shows', () => {
    for (const schema of [
      categoryRequestSchema,
      categoryBatchRequestSchema,
      gapRequestSchema,
      pathsSchema,
      qualityReportSchema,
      diffSchema,
    ]) {
      const example = (schema.meta() as { id: string; example?: unknown }).example;
      expect(example, schema.meta()?.id as string).toBeDefined();
      const parsed = schema.safeParse(example);
      expect(parsed.success ? [] : parsed.error.issues, schema.meta()?.id as string).toEqual([]);
    }
  });

  it('take as many staff rows as the staff file reader reads', () => {
    expect(MAX_BATCH_ROWS).toBe(MAX_STAFF_ROWS);
  });
});
