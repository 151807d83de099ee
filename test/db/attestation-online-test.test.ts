/**
 * The attestation's testing stage taken from an online test, on each engine: HR enrols a person
 * of the register in an assessment session, the person sits the test through their link, and the
 * score (right answers of the questions drawn) becomes the testing stage with source
 * `online-test`. Refused for another person's test, for a test still running, and with a stale
 * version; the score is computed from the stored answers, never taken from the request.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Card } from '../../src/domain/standard/schemas.js';
import { readEdition } from '../../src/importer/read-edition.js';
import { type Services, createServices } from '../../src/services/index.js';
import type { OpenDb } from '../../src/storage/db.js';
import { type Caller, MINUTE, addMember, as, createAdmin, createOrg, testClock } from '../support/callers.js';
import { openTestDb, testEngines } from '../support/engines.js';
import { BUNDLED_EDITION } from '../support/paths.js';
import { type SeededBank, rightAnswer, seedBank, wrongAnswer } from '../support/session-seed.js';

type Attestation = { id: string; version: number; stage: string; testing: Record<string, unknown> | null };
type OnlineTests = { tests: { candidateId: string; finished: boolean; correct: number; total: number }[] };

describe.each(testEngines)('attestation testing from an online test on %s', (engine) => {
  let database: OpenDb;
  let services: Services;
  let admin: Caller;
  let hr: Caller;
  let org: string;
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
      return error as { code: string; message: string };
    }
    throw new Error('expected a refusal');
  };

  async function person(no: string, fullName: string) {
    return run<{ id: string }>(
      services.ops.staff.create,
      {
        orgId: org,
        lang: 'kk',
        record: {
          personnelNo: no,
          fullName,
          position: { cardCode: '2635-3-001', level: 5, since: '2019-09-01' },
          education: { level: 'higher', field: 'social' },
          experience: [{ category: 'none', from: '2010-09-01' }],
        },
      },
      hr,
    );
  }

  /** Enrols the person and starts their test; answers `right` of the drawn questions rightly. */
  async function sitTest(staffId: string, right: number, submit = true) {
    const enrolled = await run<{ candidates: { id: string; staffId: string | null }[] }>(
      services.ops.sessions.enrol,
      { orgId: org, sessionId, staffIds: [staffId] },
      hr,
    );
    const candidateId = enrolled.candidates.find((c) => c.staffId === staffId)?.id ?? '';
    const link = await run<{ url: string }>(services.ops.sessions.link, { orgId: org, sessionId, candidateId }, hr);
    const token = link.url.split('/test/')[1] ?? '';
    const attempt = await run<{ questions: { itemId: string }[] }>(services.ops.candidateTest.start, { token });
    for (const [i, q] of attempt.questions.entries()) {
      const item = bank.items.get(q.itemId);
      if (!item) throw new Error('an item outside the bank was drawn');
      const response = i < right ? rightAnswer(item) : wrongAnswer(item);
      await run(services.ops.candidateTest.answer, { token, itemId: q.itemId, response });
    }
    if (submit) await run(services.ops.candidateTest.submit, { token });
    return { candidateId, questions: attempt.questions.length };
  }

  const attest = (staffId: string) =>
    run<Attestation>(services.ops.attestation.create, { orgId: org, staffId, scheduledOn: '2026-12-01' }, hr);

  beforeAll(async () => {
    database = await openTestDb(engine);
    services = createServices(database, { checkOutput: true, now: clock.now });
    const edition = await readEdition(BUNDLED_EDITION);
    await services.editions.load(edition);
    card = edition.cards.find((c) => c.code.value === '2635-3-001' && c.level.value === 5) as Card;
    admin = await createAdmin(services, 'admin@kasip.test');
    org = await createOrg(services, admin, 'Әлеуметтік қызмет орталығы');
    hr = await addMember(services, admin, org, 'hr@org.test', ['hr-officer']);
    bank = await seedBank(database.db, org, card, { perTask: 6, timeLimitMinutes: 30 });
    sessionId = (
      await run<{ id: string }>(
        services.ops.sessions.create,
        { orgId: org, specId: bank.specId, title: 'Аттестация тесті', startsOn: '2026-12-07' },
        hr,
      )
    ).id;
  });
  afterAll(async () => {
    await database?.close();
  });

  it('takes the score of a submitted test into the testing stage, marked as an online test', async () => {
    const staff = await person('A-1', 'Ахметова Сәуле');
    const { candidateId, questions } = await sitTest(staff.id, 4);
    const listed = await run<OnlineTests>(
      services.ops.attestationTests.onlineTests,
      { orgId: org, staffId: staff.id },
      hr,
    );
    expect(listed.tests).toEqual([
      expect.objectContaining({ candidateId, finished: true, correct: 4, total: questions }),
    ]);
    const a = await attest(staff.id);
    const tested = await run<Attestation>(
      services.ops.attestationTests.testingFromOnlineTest,
      { orgId: org, attestationId: a.id, version: a.version, candidateId, lang: 'kk' },
      hr,
    );
    expect(tested.stage).toBe('tested');
    expect(tested.testing).toMatchObject({ score: 4, max: questions, source: 'online-test', date: '2026-12-07' });
    // The trail says where the score came from.
    const events = await database.db
      .selectFrom('audit_event')
      .select(['event', 'after'])
      .where('target_id', '=', a.id)
      .execute();
    expect(events.map((e) => e.event)).toContain('attestation.stage-recorded');
    expect(JSON.stringify(events.map((e) => e.after))).toContain('online-test');
  });

  it('refuses another person’s test, a test still running, and a stale version', async () => {
    const one = await person('B-1', 'Бекова Дана');
    const other = await person('B-2', 'Омаров Ерлан');
    const othersTest = await sitTest(other.id, 2);
    const a = await attest(one.id);
    const foreign = await fails(
      run(
        services.ops.attestationTests.testingFromOnlineTest,
        { orgId: org, attestationId: a.id, version: a.version, candidateId: othersTest.candidateId, lang: 'en' },
        hr,
      ),
    );
    expect(foreign.code).toBe('validation_failed');
    expect(foreign.message).toMatch(/someone else/);

    const running = await sitTest(one.id, 1, false);
    const early = await fails(
      run(
        services.ops.attestationTests.testingFromOnlineTest,
        { orgId: org, attestationId: a.id, version: a.version, candidateId: running.candidateId, lang: 'en' },
        hr,
      ),
    );
    expect(early.code).toBe('conflict');
    // Once the time is over nothing can change the answers: the score may be taken.
    clock.advance(31 * MINUTE);
    const stale = await fails(
      run(
        services.ops.attestationTests.testingFromOnlineTest,
        { orgId: org, attestationId: a.id, version: a.version + 1, candidateId: running.candidateId, lang: 'en' },
        hr,
      ),
    );
    expect(stale.code).toBe('conflict');
    const tested = await run<Attestation>(
      services.ops.attestationTests.testingFromOnlineTest,
      { orgId: org, attestationId: a.id, version: a.version, candidateId: running.candidateId, lang: 'en' },
      hr,
    );
    expect(tested.testing).toMatchObject({ score: 1, max: running.questions, source: 'online-test' });
  });
});
