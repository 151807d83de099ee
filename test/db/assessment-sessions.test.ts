/**
 * Sessions and the online test through the pipeline, on each engine: a session only on a
 * published specification, candidates from the register (same organisation only) or external,
 * assessors who must hold the role, a test link shown once whose SHA-256 alone is stored, the
 * draw per the blueprint, answers saved and read back without keys, the server's deadline, the
 * submit, the per-function theory results and the item matrix the decisions slice reads.
 */
import { sql } from 'kysely';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Card } from '../../src/domain/standard/schemas.js';
import { readEdition } from '../../src/importer/read-edition.js';
import { type Services, createServices } from '../../src/services/index.js';
import { candidateTheory, sessionItemMatrix } from '../../src/services/assessment/theory-results.js';
import type { OpenDb } from '../../src/storage/db.js';
import { type Caller, MINUTE, addMember, as, createAdmin, createOrg, testClock } from '../support/callers.js';
import { openTestDb, testEngines } from '../support/engines.js';
import { BUNDLED_EDITION } from '../support/paths.js';
import { type SeededBank, rightAnswer, seedBank, wrongAnswer } from '../support/session-seed.js';

describe.each(testEngines)('assessment sessions and the online test on %s', (engine) => {
  let database: OpenDb;
  let services: Services;
  let admin: Caller;
  let hr: Caller;
  let assessor: Caller;
  let member: Caller;
  let orgA: string;
  let orgB: string;
  let card: Card;
  let bank: SeededBank;
  let sessionId: string;
  const clock = testClock(new Date('2026-12-07T05:00:00Z'));

  const run = <O>(op: { name: string }, input: unknown, caller?: Caller) =>
    services.pipeline.execute(op as never, input as never, caller ? as(caller) : {}) as Promise<O>;
  const fails = async (promise: Promise<unknown>) => {
    try {
      await promise;
    } catch (error) {
      return error as { code: string; status: number; message: string };
    }
    throw new Error('expected a refusal');
  };
  const tokenOf = (url: string) => url.split('/test/')[1] as string;

  beforeAll(async () => {
    database = await openTestDb(engine);
    services = createServices(database, { checkOutput: true, now: clock.now });
    const edition = await readEdition(BUNDLED_EDITION);
    await services.editions.load(edition);
    card = edition.cards.find((c) => c.code.value === '2635-3-001' && c.level.value === 5) as Card;
    admin = await createAdmin(services, 'admin@kasip.test');
    orgA = await createOrg(services, admin, 'Бағалау орталығы');
    orgB = await createOrg(services, admin, 'Other centre');
    hr = await addMember(services, admin, orgA, 'hr@a.test', ['hr-officer']);
    assessor = await addMember(services, admin, orgA, 'assessor@a.test', ['assessor']);
    member = await addMember(services, admin, orgA, 'member@a.test', ['member']);
    bank = await seedBank(database.db, orgA, card, { perTask: 6, timeLimitMinutes: 30 });
  });
  afterAll(async () => {
    await database?.close();
  });

  it('schedules a session only on a published specification of the organisation', async () => {
    const draft = await seedBank(database.db, orgA, card, { status: 'draft', withItems: false });
    expect(
      (
        await fails(
          run(
            services.ops.sessions.create,
            { orgId: orgA, specId: draft.specId, title: 'X session', startsOn: '2026-12-10' },
            hr,
          ),
        )
      ).code,
    ).toBe('conflict');
    const otherOrg = await fails(
      run(
        services.ops.sessions.create,
        { orgId: orgB, specId: bank.specId, title: 'X session', startsOn: '2026-12-10' },
        admin,
      ),
    );
    expect(otherOrg.code).toBe('validation_failed');
    const created = await run<{ id: string; version: number; spec: { questions: number }; shortfalls: unknown[] }>(
      services.ops.sessions.create,
      { orgId: orgA, specId: bank.specId, title: 'Желтоқсан сессиясы', startsOn: '2026-12-10', place: 'Астана' },
      hr,
    );
    sessionId = created.id;
    expect(created.version).toBe(1);
    expect(created.spec.questions).toBeGreaterThan(0);
    expect(created.shortfalls).toEqual([]);
    const specs = await run<{ specs: { id: string }[] }>(services.ops.sessions.specs, { orgId: orgA }, hr);
    expect(specs.specs.map((s) => s.id)).toEqual([bank.specId]);
    const list = await run<{ total: number; sessions: { id: string; candidates: number }[] }>(
      services.ops.sessions.list,
      { orgId: orgA },
      assessor,
    );
    expect(list.sessions.map((s) => s.id)).toEqual([sessionId]);
    // A plain member reads nothing, nor does another organisation's HR.
    expect((await fails(run(services.ops.sessions.get, { orgId: orgA, sessionId }, member))).code).toBe('forbidden');
  });

  it('updates with the version read, and sets the commission', async () => {
    const updated = await run<{ version: number; status: string }>(
      services.ops.sessions.update,
      { orgId: orgA, sessionId, version: 1, status: 'in-progress' },
      hr,
    );
    expect(updated).toMatchObject({ version: 2, status: 'in-progress' });
    expect(
      (await fails(run(services.ops.sessions.update, { orgId: orgA, sessionId, version: 1, title: 'Late' }, hr))).code,
    ).toBe('conflict');
    const withCommission = await run<{ version: number; commission: unknown[] }>(
      services.ops.sessions.commission,
      { orgId: orgA, sessionId, version: 2, members: [{ name: 'Сейітов Нұрлан', role: 'Төраға' }] },
      hr,
    );
    expect(withCommission.commission).toEqual([{ name: 'Сейітов Нұрлан', role: 'Төраға' }]);
  });

  it('enrols staff of the same organisation and external candidates, assigns only assessors', async () => {
    const staff = await run<{ id: string }>(
      services.ops.staff.create,
      {
        orgId: orgA,
        lang: 'kk',
        record: {
          personnelNo: 'T-1',
          fullName: 'Асанова Әйгерім',
          birthDate: '1988-03-14',
          position: { cardCode: '2635-3-001', level: 5, since: '2019-09-01' },
          education: { level: 'higher', field: 'social', institution: 'ҚазҰУ', year: 2010 },
          experience: [{ category: 'none', from: '2010-09-01' }],
          leave: [],
          trainings: [],
        },
      },
      hr,
    );
    const unknown = await fails(
      run(services.ops.sessions.enrol, { orgId: orgA, sessionId, staffIds: [crypto.randomUUID()] }, hr),
    );
    expect(unknown.code).toBe('validation_failed');
    // A person of another organisation's register reads as not there.
    const other = await run<{ id: string }>(
      services.ops.staff.create,
      {
        orgId: orgB,
        lang: 'kk',
        record: {
          personnelNo: 'B-1',
          fullName: 'Басқа Адам',
          position: { cardCode: '2635-3-001', level: 5, since: '2019-09-01' },
          education: { level: 'higher', field: 'social' },
          experience: [{ category: 'none', from: '2010-09-01' }],
        },
      },
      admin,
    );
    const foreign = await fails(run(services.ops.sessions.enrol, { orgId: orgA, sessionId, staffIds: [other.id] }, hr));
    expect(foreign.code).toBe('validation_failed');
    const enrolled = await run<{
      candidates: { id: string; fullName: string; staffId: string | null; progress: { state: string } }[];
    }>(
      services.ops.sessions.enrol,
      {
        orgId: orgA,
        sessionId,
        staffIds: [staff.id],
        external: [{ fullName: 'Бекова Дана', email: 'Dana@Example.kz' }, { fullName: 'Three Third' }],
      },
      hr,
    );
    expect(enrolled.candidates.map((c) => c.fullName).sort()).toEqual(
      ['Асанова Әйгерім', 'Бекова Дана', 'Three Third'].sort(),
    );
    expect(enrolled.candidates.every((c) => c.progress.state === 'not-started')).toBe(true);
    expect(
      (await fails(run(services.ops.sessions.enrol, { orgId: orgA, sessionId, staffIds: [staff.id] }, hr))).code,
    ).toBe('validation_failed');

    expect(
      (await fails(run(services.ops.sessions.assign, { orgId: orgA, sessionId, userId: member.userId }, hr))).code,
    ).toBe('validation_failed');
    const assigned = await run<{ assessors: { userId: string }[] }>(
      services.ops.sessions.assign,
      { orgId: orgA, sessionId, userId: assessor.userId },
      hr,
    );
    expect(assigned.assessors.map((a) => a.userId)).toEqual([assessor.userId]);
    const removed = await run<{ assessors: unknown[] }>(
      services.ops.sessions.unassign,
      { orgId: orgA, sessionId, userId: assessor.userId },
      hr,
    );
    expect(removed.assessors).toEqual([]);
    await run(services.ops.sessions.assign, { orgId: orgA, sessionId, userId: assessor.userId }, hr);
  });

  it('makes a test link shown once, stores only its hash, and a new link stops the old one', async () => {
    const detail = await run<{ candidates: { id: string }[] }>(
      services.ops.sessions.get,
      { orgId: orgA, sessionId },
      hr,
    );
    const candidateId = detail.candidates[0]?.id as string;
    const first = await run<{ url: string }>(services.ops.sessions.link, { orgId: orgA, sessionId, candidateId }, hr);
    expect(first.url).toMatch(/\/test\/ktest_[A-Za-z0-9_-]{43}$/);
    const stored = await sql<{
      h: string;
    }>`select test_token_hash as h from session_candidate where id = ${candidateId}`.execute(database.db);
    expect(stored.rows[0]?.h).toMatch(/^[0-9a-f]{64}$/);
    expect(stored.rows[0]?.h).not.toContain(tokenOf(first.url));
    const second = await run<{ url: string }>(services.ops.sessions.link, { orgId: orgA, sessionId, candidateId }, hr);
    expect((await fails(run(services.ops.candidateTest.open, { token: tokenOf(first.url) }))).code).toBe('not_found');
    const open = await run<{ state: string; questions: number; closedReason: string | null; candidateName: string }>(
      services.ops.candidateTest.open,
      { token: tokenOf(second.url) },
    );
    expect(open).toMatchObject({ state: 'not-started', closed: null, closedReason: null, timeLimitMinutes: 30 });
    expect(open.questions).toBeGreaterThan(0);
  });

  it('draws the test on start (idempotently), never shows a key, saves answers, refuses outside the draw, after submit and after the deadline', async () => {
    const detail = await run<{ candidates: { id: string }[] }>(
      services.ops.sessions.get,
      { orgId: orgA, sessionId },
      hr,
    );
    const [c1, c2] = detail.candidates.map((c) => c.id) as [string, string];
    const t1 = tokenOf(
      (await run<{ url: string }>(services.ops.sessions.link, { orgId: orgA, sessionId, candidateId: c1 }, hr)).url,
    );
    const t2 = tokenOf(
      (await run<{ url: string }>(services.ops.sessions.link, { orgId: orgA, sessionId, candidateId: c2 }, hr)).url,
    );
    expect((await fails(run(services.ops.candidateTest.get, { token: t1 }))).code).toBe('conflict');

    type Attempt = {
      state: string;
      secondsLeft: number;
      answered: number;
      questions: { itemId: string; kind: string; options: { id: string }[]; answer: unknown }[];
    };
    const started = await run<Attempt>(services.ops.candidateTest.start, { token: t1 });
    expect(started.state).toBe('in-progress');
    expect(started.secondsLeft).toBe(30 * 60);
    expect(JSON.stringify(started)).not.toMatch(/"key"/);
    const expected = bank.spec.functions.reduce(
      (n, f) => n + Object.values(f.questionsPerTask).reduce((a, b) => a + b, 0),
      0,
    );
    expect(started.questions).toHaveLength(expected);
    const again = await run<Attempt>(services.ops.candidateTest.start, { token: t1 });
    expect(again.questions.map((q) => q.itemId)).toEqual(started.questions.map((q) => q.itemId));

    // A removed candidate must not have started; this one has.
    expect(
      (await fails(run(services.ops.sessions.removeCandidate, { orgId: orgA, sessionId, candidateId: c1 }, hr))).code,
    ).toBe('conflict');

    const [q1, q2, q3] = started.questions as [
      Attempt['questions'][0],
      Attempt['questions'][0],
      Attempt['questions'][0],
    ];
    const content = (id: string) => bank.items.get(id) as NonNullable<ReturnType<typeof bank.items.get>>;
    await run(services.ops.candidateTest.answer, {
      token: t1,
      itemId: q1.itemId,
      response: rightAnswer(content(q1.itemId)),
    });
    await run(services.ops.candidateTest.answer, {
      token: t1,
      itemId: q2.itemId,
      response: wrongAnswer(content(q2.itemId)),
    });
    // Changing one's mind writes over the answer.
    await run(services.ops.candidateTest.answer, {
      token: t1,
      itemId: q2.itemId,
      response: rightAnswer(content(q2.itemId)),
    });
    const misfit = await fails(
      run(services.ops.candidateTest.answer, {
        token: t1,
        itemId: q3.itemId,
        response: q3.kind === 'short' ? ['a'] : 'text',
      }),
    );
    expect(misfit.code).toBe('validation_failed');

    // The second candidate's items are not the first one's to answer (unless both drew them).
    await run(services.ops.candidateTest.start, { token: t2 });
    const outside = [...bank.items.keys()].find((id) => !started.questions.some((q) => q.itemId === id)) as string;
    expect(
      (await fails(run(services.ops.candidateTest.answer, { token: t1, itemId: outside, response: ['a'] }))).code,
    ).toBe('unprocessable');

    const resumed = await run<Attempt>(services.ops.candidateTest.get, { token: t1 });
    expect(resumed.answered).toBe(2);
    expect(resumed.questions.find((q) => q.itemId === q2.itemId)?.answer).toEqual(rightAnswer(content(q2.itemId)));

    const progress = await run<{
      candidates: { id: string; progress: { state: string; answered: number; total: number } }[];
    }>(services.ops.sessions.get, { orgId: orgA, sessionId }, assessor);
    expect(progress.candidates.find((c) => c.id === c1)?.progress).toMatchObject({
      state: 'in-progress',
      answered: 2,
      total: expected,
    });

    const theory = await candidateTheory(database.db, orgA, c1);
    const totals = [...(theory?.values() ?? [])].reduce(
      (s, f) => ({ correct: s.correct + f.correct, total: s.total + f.total }),
      { correct: 0, total: 0 },
    );
    expect(totals).toEqual({ correct: 2, total: expected });
    expect(await candidateTheory(database.db, orgA, detail.candidates[2]?.id as string)).toBeNull();
    expect(await candidateTheory(database.db, orgB, c1)).toBeNull();

    // The deadline, by the server's clock.
    clock.advance(30 * MINUTE);
    const late = await fails(run(services.ops.candidateTest.answer, { token: t2, itemId: q1.itemId, response: ['a'] }));
    expect(late.code).toBe('conflict');
    expect(late.message).toMatch(/time/i);
    clock.advance(-30 * MINUTE);

    const submitted = await run<{ state: string; answered: number }>(services.ops.candidateTest.submit, { token: t1 });
    expect(submitted).toMatchObject({ state: 'submitted', answered: 2 });
    const after = await fails(
      run(services.ops.candidateTest.answer, {
        token: t1,
        itemId: q3.itemId,
        response: rightAnswer(content(q3.itemId)),
      }),
    );
    expect(after.message).toMatch(/submitted/);

    const matrix = await sessionItemMatrix(database.db, orgA, sessionId);
    const row = matrix.rows.find((r) => r.candidateId === c1);
    expect(row?.scores.filter((s) => s === 1)).toHaveLength(2);
    expect(row?.scores.filter((s) => s !== null)).toHaveLength(expected);
    expect(matrix.rows).toHaveLength(2);
    expect(new Set(matrix.itemIds).size).toBe(matrix.itemIds.length);
    expect((await sessionItemMatrix(database.db, orgB, sessionId)).rows).toEqual([]);

    // A completed session starts no more tests; the third candidate's link says why.
    const third = detail.candidates[2]?.id as string;
    const t3 = tokenOf(
      (await run<{ url: string }>(services.ops.sessions.link, { orgId: orgA, sessionId, candidateId: third }, hr)).url,
    );
    const current = await run<{ version: number }>(services.ops.sessions.get, { orgId: orgA, sessionId }, hr);
    await run(
      services.ops.sessions.update,
      { orgId: orgA, sessionId, version: current.version, status: 'completed' },
      hr,
    );
    expect(await run(services.ops.candidateTest.open, { token: t3 })).toMatchObject({
      closed: 'over',
      state: 'not-started',
    });
    expect((await fails(run(services.ops.candidateTest.start, { token: t3 }))).code).toBe('conflict');
  });

  it('audits every write of the session and of the test, with ids only', async () => {
    const events = await sql<{
      event: string;
      n: string;
    }>`select event, count(*) as n from audit_event where event like 'assessment.%' group by event`.execute(
      database.db,
    );
    const byEvent = Object.fromEntries(events.rows.map((r) => [r.event, Number(r.n)]));
    expect(byEvent['assessment.session-created']).toBe(1);
    expect(byEvent['assessment.test-answered']).toBe(3);
    expect(byEvent['assessment.test-submitted']).toBe(1);
    const text = JSON.stringify(
      (await sql`select * from audit_event where event like 'assessment.%'`.execute(database.db)).rows,
    );
    expect(text).not.toContain('Бекова');
    expect(text).not.toContain('Әлеуметтік карта');
  });
});
