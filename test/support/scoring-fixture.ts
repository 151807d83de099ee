/**
 * A session ready to be scored, written straight into the tables (so the scoring and decision
 * tests do not depend on how sessions are built): a specification for card 2635-3-001 level 5
 * with the theory test and practical tasks, two tasks observing skills of its labour function
 * (two criteria each, the second critical), a session with a commission, candidates and assigned assessors, and test
 * items to analyse.
 */
import { cardBook } from '../../src/services/hr/hr-context.js';
import type { OpenDb } from '../../src/storage/db.js';
import type { Card } from '../../src/domain/standard/schemas.js';
import type { SpecificationContent } from '../../src/domain/assessment/instruments.js';

export type ScoringFixture = {
  sessionId: string;
  specId: string;
  card: Card;
  spec: SpecificationContent;
  /** Two practical tasks, both observing skills of the card's (one) labour function. */
  taskIds: string[];
  candidateIds: string[];
  itemIds: string[];
};

export const COMMISSION = [
  { name: 'Төраға Айгүл Серікқызы', role: 'Комиссия төрағасы' },
  { name: 'Мүше Берік Асанұлы', role: 'Комиссия мүшесі' },
];

export async function seedScoringSession(
  database: OpenDb,
  orgId: string,
  opts: { assessors?: string[]; candidates?: number; items?: number; forms?: SpecificationContent['forms'] } = {},
): Promise<ScoringFixture> {
  const { db } = database;
  const book = await cardBook()(db);
  const card = book.find('2635-3-001', 5);
  if (!card) throw new Error('the bundled edition has no 2635-3-001/5');
  const functions = card.labourFunctions.filter((f) => f.tasks.some((t) => t.skills.length > 0));
  // Two tasks per function (the card has one function), each observing one of its skills.
  const observed = functions.flatMap((f) =>
    (f.tasks.find((t) => t.skills.length > 0)?.skills ?? []).slice(0, 2).map((s) => s.id),
  );
  const taskIds = observed.map(() => crypto.randomUUID());
  const weights = functions.map((_, i) =>
    i === 0 ? 100 - Math.floor(100 / functions.length) * (functions.length - 1) : Math.floor(100 / functions.length),
  );
  const spec: SpecificationContent = {
    cardCode: '2635-3-001',
    cardLevel: 5,
    title: 'Спецификация',
    forms: opts.forms ?? ['theory', 'practical'],
    timeLimitMinutes: 60,
    functions: functions.map((f, i) => ({
      labourFunctionId: f.id,
      weight: weights[i] as number,
      questionsPerTask: { [f.tasks[0]?.id as string]: 2 },
      theoryPassPercent: 50,
      practicalPassPercent: 50,
    })),
    practicalTaskIds: taskIds,
    validityMonths: 36,
    testLang: 'kk',
  };
  const now = new Date();
  for (const [i, skill] of observed.entries()) {
    await db
      .insertInto('practical_task')
      .values({
        org_id: orgId,
        id: taskIds[i] as string,
        card_code: '2635-3-001',
        card_level: 5,
        content: JSON.stringify({
          cardCode: '2635-3-001',
          cardLevel: 5,
          skillIds: [skill],
          title: `Тапсырма ${i + 1}`,
          instructions: 'Орындаңыз',
          criteria: [
            { id: 'c1', text: 'Бірінші белгі', critical: false },
            { id: 'c2', text: 'Маңызды белгі', critical: true },
          ],
          lang: 'kk',
          author: 'Test',
        }),
        status: 'reviewed',
        created_by: null,
        created_at: now,
        updated_at: now,
      } as never)
      .execute();
  }
  const specId = crypto.randomUUID();
  await db
    .insertInto('assessment_spec')
    .values({
      org_id: orgId,
      id: specId,
      card_code: '2635-3-001',
      card_level: 5,
      edition_id: book.editionId,
      content: JSON.stringify(spec),
      status: 'published',
      published_at: now,
      created_by: null,
      created_at: now,
      updated_at: now,
    } as never)
    .execute();
  const sessionId = crypto.randomUUID();
  await db
    .insertInto('assessment_session')
    .values({
      org_id: orgId,
      id: sessionId,
      spec_id: specId,
      title: 'Сессия',
      starts_on: '2026-12-01',
      place: null,
      commission: JSON.stringify(COMMISSION),
      created_by: null,
      created_at: now,
      updated_at: now,
    })
    .execute();
  for (const userId of opts.assessors ?? [])
    await db.insertInto('session_assessor').values({ org_id: orgId, session_id: sessionId, user_id: userId }).execute();
  const candidateIds: string[] = [];
  for (let i = 0; i < (opts.candidates ?? 2); i += 1) {
    const id = crypto.randomUUID();
    candidateIds.push(id);
    await db
      .insertInto('session_candidate')
      .values({
        org_id: orgId,
        session_id: sessionId,
        id,
        staff_id: null,
        full_name: `Кандидат ${i + 1}`,
        email: null,
        test_token_hash: null,
        created_at: new Date(now.getTime() + i),
      })
      .execute();
  }
  const itemIds: string[] = [];
  for (let i = 0; i < (opts.items ?? 0); i += 1) {
    const id = crypto.randomUUID();
    itemIds.push(id);
    await db
      .insertInto('assessment_item')
      .values({
        org_id: orgId,
        id,
        card_code: '2635-3-001',
        card_level: 5,
        content: JSON.stringify({
          cardCode: '2635-3-001',
          cardLevel: 5,
          knowledgeIds: ['k'],
          kind: 'single',
          stem: `Сұрақ ${i + 1}`,
          options: [
            { id: 'a', text: 'A' },
            { id: 'b', text: 'B' },
          ],
          key: ['a'],
          difficulty: 1,
          lang: 'kk',
          author: 'Test',
        }),
        status: 'reviewed',
        created_by: null,
        created_at: now,
        updated_at: now,
      } as never)
      .execute();
  }
  return { sessionId, specId, card, spec, taskIds, candidateIds, itemIds };
}

/** A request with a raw body (an evidence upload), sent the way the signed-in browser `b` would. */
export function rawRequest(
  app: { request: (url: string, init: RequestInit) => Response | Promise<Response> },
  b: { cookie: string | null; csrf: string | null },
  method: string,
  path: string,
  raw: { contentType: string; bytes: Uint8Array },
): Promise<Response> {
  const headers: Record<string, string> = { 'content-type': raw.contentType, 'x-test-ip': '192.0.2.1' };
  if (b.cookie) headers.cookie = b.cookie;
  if (b.csrf) headers['x-csrf-token'] = b.csrf;
  return Promise.resolve(
    app.request(`/api${path}`, { method, headers, body: new Uint8Array(raw.bytes) as unknown as BodyInit }),
  );
}

/** The smallest PNG header: enough for the content check, which reads the signature. */
export const PNG_BYTES = new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 13]);
