/**
 * A published specification and a reviewed item bank for a card, written straight into the
 * tables (the contract's shapes, parsed through its schemas first), so that session and online-test
 * tests need not go through the instrument operations. One item per knowledge item of the card,
 * cycling single, multiple and short answers; the blueprint draws up to `perTask` per task.
 */
import type { Kysely } from 'kysely';
import {
  type SpecificationContent,
  type TestItemContent,
  specificationContentSchema,
  testItemContentSchema,
} from '../../src/domain/assessment/instruments.js';
import type { Card } from '../../src/domain/standard/schemas.js';
import type { Database } from '../../src/storage/schema.js';

export type SeededBank = {
  specId: string;
  spec: SpecificationContent;
  /** Item id → content, keys included, for the tests to answer right or wrong. */
  items: Map<string, TestItemContent>;
};

const KINDS = ['single', 'multiple', 'short'] as const;

function itemFor(card: Card, knowledgeId: string, n: number): TestItemContent {
  const kind = KINDS[n % 3] as (typeof KINDS)[number];
  const base = {
    cardCode: card.code.value,
    cardLevel: card.level.value,
    knowledgeIds: [knowledgeId],
    stem: `Сұрақ ${n + 1}: ${knowledgeId}?`,
    difficulty: 2 as const,
    lang: 'kk' as const,
    author: 'Test author',
  };
  const options = ['a', 'b', 'c', 'd'].map((id) => ({ id, text: `Нұсқа ${id.toUpperCase()}` }));
  if (kind === 'single') return testItemContentSchema.parse({ ...base, kind, options, key: ['b'] });
  if (kind === 'multiple') return testItemContentSchema.parse({ ...base, kind, options, key: ['a', 'c'] });
  return testItemContentSchema.parse({ ...base, kind, options: [], key: ['Әлеуметтік карта'] });
}

export async function seedBank(
  db: Kysely<Database>,
  orgId: string,
  card: Card,
  { perTask = 1, timeLimitMinutes = 30, status = 'published' as 'published' | 'draft', withItems = true } = {},
): Promise<SeededBank> {
  const items = new Map<string, TestItemContent>();
  let n = 0;
  const seen = new Set<string>();
  for (const f of card.labourFunctions)
    for (const k of [...(f.knowledge ?? []), ...f.tasks.flatMap((t) => t.knowledge)]) {
      if (seen.has(k.id)) continue;
      seen.add(k.id);
      items.set(crypto.randomUUID(), itemFor(card, k.id, n++));
    }
  const functions = card.labourFunctions.map((f, i, all) => ({
    labourFunctionId: f.id,
    weight: i === 0 ? 100 - Math.floor(100 / all.length) * (all.length - 1) : Math.floor(100 / all.length),
    questionsPerTask: Object.fromEntries(
      f.tasks
        .map((t) => [t.id, Math.min(perTask, t.knowledge.length + (f.knowledge?.length ?? 0))] as const)
        .filter(([, count]) => count > 0),
    ),
    theoryPassPercent: 60,
    practicalPassPercent: 60,
  }));
  const spec = specificationContentSchema.parse({
    cardCode: card.code.value,
    cardLevel: card.level.value,
    title: `Бағалау: ${card.code.value}`,
    forms: ['theory'],
    timeLimitMinutes,
    functions,
  });
  const at = new Date('2026-11-01T00:00:00Z');
  const rows = [...items].map(([id, content]) => ({
    org_id: orgId,
    id,
    card_code: content.cardCode,
    card_level: content.cardLevel,
    content: JSON.stringify(content),
    status: 'reviewed',
    created_at: at,
    updated_at: at,
  }));
  for (let i = 0; withItems && i < rows.length; i += 200)
    await db
      .insertInto('assessment_item')
      .values(rows.slice(i, i + 200))
      .execute();
  const specId = crypto.randomUUID();
  const edition = await db.selectFrom('edition').select('id').executeTakeFirst();
  await db
    .insertInto('assessment_spec')
    .values({
      org_id: orgId,
      id: specId,
      card_code: spec.cardCode,
      card_level: spec.cardLevel,
      edition_id: edition?.id ?? 'unknown',
      content: JSON.stringify(spec),
      status,
      published_at: status === 'published' ? at : null,
      created_at: at,
      updated_at: at,
    })
    .execute();
  return { specId, spec, items };
}

/** A right response to an item, and a wrong one. */
export const rightAnswer = (item: TestItemContent): string[] | string =>
  item.kind === 'short' ? `  ${(item.key[0] ?? '').toUpperCase()} ` : [...item.key];
export const wrongAnswer = (item: TestItemContent): string[] | string =>
  item.kind === 'short' ? 'басқа нәрсе' : item.kind === 'single' ? ['a'] : ['a'];
