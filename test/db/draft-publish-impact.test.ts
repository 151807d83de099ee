/**
 * The impact of publishing on what organisations store, on each engine: a next edition of
 * Order 262 in which a qualification rule, a task and a skill of card 3412-0-008 level 4 are
 * reworded names the stored categories on that card (counted, no names), the assessment
 * specification whose blueprint draws on the task, and the development plan naming the skill;
 * nothing on another card. No person's name is in the answer.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Edition } from '../../src/domain/standard/edition.js';
import { readEdition } from '../../src/importer/read-edition.js';
import { type Services, createServices } from '../../src/services/index.js';
import { draftImpact } from '../../src/services/workbench/draft-impact.js';
import type { OpenDb } from '../../src/storage/db.js';
import { createAdmin, createOrg } from '../support/callers.js';
import { openTestDb, testEngines } from '../support/engines.js';
import { BUNDLED_EDITION } from '../support/paths.js';

const CARD = '3412-0-008';
const FUNCTION = `${CARD}.4.f1`;
const TASK = `${FUNCTION}.t1`;
const SKILL = `${TASK}.s1`;
const NAME = 'Сейітова Гүлнар Демоқызы';

function amended(base: Edition): { edition: Edition; rule: string } {
  const copy = structuredClone(base);
  const card = copy.cards.find((c) => c.code.value === CARD && c.level.value === 4);
  const task = card?.labourFunctions[0]?.tasks[0];
  const rule = card?.qualification.groups[0]?.rules[0];
  const skill = task?.skills[0];
  if (!task || !rule || !skill) throw new Error('the bundled card changed shape');
  task.name.kk = `${task.name.kk} (жаңа)`;
  skill.kk = `${skill.kk} (жаңа)`;
  rule.kk = `${rule.kk} (жаңа)`;
  return { edition: copy, rule: rule.id };
}

describe.each(testEngines)('publish impact on stored data on %s', (engine) => {
  let database: OpenDb;
  let services: Services;
  let base: Edition;
  let orgId: string;
  const staffId = crypto.randomUUID();
  const planId = crypto.randomUUID();
  const specId = crypto.randomUUID();

  beforeAll(async () => {
    database = await openTestDb(engine);
    services = createServices(database);
    base = await readEdition(BUNDLED_EDITION);
    await services.editions.load(base);
    const admin = await createAdmin(services, 'impact-admin@kasip.test');
    orgId = await createOrg(services, admin, 'Әлеуметтік орталық');
    const now = new Date();
    const db = database.db;
    await db
      .insertInto('staff_member')
      .values({
        org_id: orgId,
        id: staffId,
        personnel_no: 'T-1',
        full_name: NAME,
        card_code: CARD,
        card_level: 4,
        record: JSON.stringify({}) as never,
      })
      .execute();
    await db
      .insertInto('staff_category')
      .values({
        org_id: orgId,
        staff_id: staffId,
        computed_at: now,
        as_of: '2026-12-01',
        edition_id: 'order-262-2023',
        card_code: CARD,
        card_level: 4,
        rules_hash: 'x',
        status: 'assigned',
        category: 'second',
        result: JSON.stringify({}) as never,
      })
      .execute();
    await db
      .insertInto('development_plan')
      .values({
        org_id: orgId,
        id: planId,
        staff_id: staffId,
        title: `${NAME}: даму жоспары`,
        target_code: CARD,
        target_level: 4,
        edition_id: 'order-262-2023',
        basis: JSON.stringify({}) as never,
        status: 'active',
        created_at: now,
        updated_at: now,
      })
      .execute();
    await db
      .insertInto('development_plan_item')
      .values({
        org_id: orgId,
        plan_id: planId,
        id: crypto.randomUUID(),
        position: 0,
        title: 'Курс',
        kind: 'course',
        item_ids: [SKILL, `${CARD}.4.f1.t1.k1`],
        status: 'planned',
      })
      .execute();
    await db
      .insertInto('assessment_spec')
      .values({
        org_id: orgId,
        id: specId,
        card_code: CARD,
        card_level: 4,
        edition_id: 'order-262-2023',
        content: JSON.stringify({
          title: 'Спецификация',
          functions: [{ labourFunctionId: FUNCTION, questionsPerTask: { [TASK]: 2 } }],
          practicalTaskIds: [],
        }) as never,
        status: 'published',
        created_at: now,
        updated_at: now,
      })
      .execute();
  }, 120_000);
  afterAll(async () => database?.close());

  it('names the categories (counted), the specification and the plan on the changed card', async () => {
    const { edition, rule } = amended(base);
    const impact = await draftImpact(database.db, 'order-262-2023', base, edition);
    expect(impact).toMatchObject({ baseEditionId: 'order-262-2023', changedItems: 3, removedItems: 0 });
    const byKind = Object.fromEntries(impact.entries.map((e) => [e.kind, e]));
    expect(byKind['stored-category']).toEqual({
      kind: 'stored-category',
      orgId,
      orgName: 'Әлеуметтік орталық',
      targetId: `${CARD}/4`,
      label: `1 stored category on card ${CARD} (level 4)`,
      name: null,
      card: { code: CARD, level: 4 },
      count: 1,
      items: [{ itemId: rule, change: 'changed' }],
      href: `/orgs/${orgId}/staff`,
    });
    expect(byKind['assessment-spec']).toMatchObject({
      targetId: specId,
      label: 'Спецификация',
      name: 'Спецификация',
      items: [{ itemId: TASK, change: 'changed' }],
      href: `/orgs/${orgId}/assessment/specs/${specId}`,
    });
    expect(byKind['development-plan']).toMatchObject({
      targetId: planId,
      count: 1,
      items: [{ itemId: SKILL, change: 'changed' }],
      href: `/orgs/${orgId}/staff/${staffId}`,
    });
    expect(JSON.stringify(impact)).not.toContain('Сейітова');
  });

  it('names nothing when only another card changes', async () => {
    const copy = structuredClone(base);
    const other = copy.cards.find((c) => c.code.value !== CARD);
    const task = other?.labourFunctions[0]?.tasks[0];
    if (!task) throw new Error('no other card');
    task.name.kk = `${task.name.kk} (жаңа)`;
    const impact = await draftImpact(database.db, 'order-262-2023', base, copy);
    expect(impact.changedItems).toBe(1);
    expect(impact.entries).toEqual([]);
  });
});
