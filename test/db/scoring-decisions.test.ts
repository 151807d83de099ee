/**
 * Practical scoring, evidence, decisions, appeals and psychometrics through the pipeline, on each
 * engine: only the session's assessors (or the org's admin) score, a stale sheet answers 409,
 * unknown criteria are refused, every score change is audited with before and after, evidence is
 * typed by content and hashed, a decision against the recommendation needs a reason, a decision
 * with a certificate is final, an upheld appeal reopens it, and flagged items go back to draft.
 */
import { createHash } from 'node:crypto';
import { sql } from 'kysely';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DEFAULT_ACCOUNTS } from '../../src/config.js';
import type { TheoryCount } from '../../src/domain/assessment/function-results.js';
import type { ItemMatrix } from '../../src/domain/assessment/psychometrics.js';
import { decisionOperations } from '../../src/services/assessment/decisions.ops.js';
import { scoringOperations } from '../../src/services/assessment/scoring.ops.js';
import type { TheorySource } from '../../src/services/assessment/scoring-theory.js';
import { cardBook } from '../../src/services/hr/hr-context.js';
import { type Services, createServices } from '../../src/services/index.js';
import { readEdition } from '../../src/importer/read-edition.js';
import type { OpenDb } from '../../src/storage/db.js';
import { type Caller, addMember, as, createAdmin, createOrg } from '../support/callers.js';
import { openTestDb, testEngines } from '../support/engines.js';
import { BUNDLED_EDITION } from '../support/paths.js';
import { type ScoringFixture, seedScoringSession } from '../support/scoring-fixture.js';

const PNG = new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 1, 2, 3, 4]);

describe.each(testEngines)('scoring and decisions on %s', (engine) => {
  let database: OpenDb;
  let services: Services;
  let admin: Caller;
  let orgAdmin: Caller;
  let assessor: Caller;
  let otherAssessor: Caller;
  let hr: Caller;
  let orgId: string;
  let fx: ScoringFixture;
  /** The theory counts the tests set per candidate, and the matrix per session. */
  const theory = new Map<string, Map<string, TheoryCount>>();
  let matrix: ItemMatrix = { itemIds: [], rows: [] };
  const source: TheorySource = {
    candidateTheory: async (_db, _org, candidateId) => theory.get(candidateId) ?? null,
    sessionItemMatrix: async () => matrix,
  };
  let scoring: ReturnType<typeof scoringOperations>;
  let decisions: ReturnType<typeof decisionOperations>;

  const run = <O>(op: { name: string }, input: unknown, caller: Caller) =>
    services.pipeline.execute(op as never, input as never, as(caller)) as Promise<O>;
  // biome-ignore lint/suspicious/noExplicitAny: the tests read answers loosely; the pipeline checks them against the output schemas
  type Any = any;
  const auditOf = async (event: string) =>
    (
      await sql<{ before: unknown; after: unknown; target_id: string }>`
        select before, after, target_id from audit_event where event = ${event} order by seq`.execute(database.db)
    ).rows;

  beforeAll(async () => {
    database = await openTestDb(engine);
    services = createServices(database, { checkOutput: true });
    await services.editions.load(await readEdition(BUNDLED_EDITION));
    admin = await createAdmin(services, 'admin@scoring.test');
    orgId = await createOrg(services, admin, 'Бағалау орталығы');
    orgAdmin = await addMember(services, admin, orgId, 'oadm@scoring.test', ['org-admin']);
    assessor = await addMember(services, admin, orgId, 'ass@scoring.test', ['assessor']);
    otherAssessor = await addMember(services, admin, orgId, 'other@scoring.test', ['assessor']);
    hr = await addMember(services, admin, orgId, 'hr@scoring.test', ['hr-officer']);
    fx = await seedScoringSession(database, orgId, { assessors: [assessor.userId], candidates: 3, items: 4 });
    const deps = { cards: cardBook(), accounts: DEFAULT_ACCOUNTS };
    scoring = scoringOperations(deps);
    decisions = decisionOperations(deps, source);
  });
  afterAll(async () => {
    await database?.close();
  });

  const cid = () => fx.candidateIds[0] as string;

  it('shows the sheet with every task of the specification, unmarked, at version 0', async () => {
    const sheet = await run<Any>(scoring.get, { orgId, candidateId: cid() }, assessor);
    expect(sheet.tasks.map((t: Any) => t.id)).toEqual(fx.taskIds);
    expect(sheet.tasks[0].criteria.map((c: Any) => [c.id, c.critical, c.mark])).toEqual([
      ['c1', false, null],
      ['c2', true, null],
    ]);
    expect(sheet.tasks[0].version).toBe(0);
    expect(sheet.locked).toBe(false);
  });

  it('lets only the session’s assessors and the org admin score; HR may not', async () => {
    const input = { orgId, candidateId: cid(), taskId: fx.taskIds[0], version: 0, marks: { c1: 'met' } };
    await expect(run(scoring.save, input, otherAssessor)).rejects.toMatchObject({ code: 'forbidden' });
    await expect(run(scoring.save, input, hr)).rejects.toMatchObject({ code: 'forbidden' });
    const saved = await run<Any>(scoring.save, input, assessor);
    expect(saved.tasks[0].criteria[0].mark).toBe('met');
    expect(saved.tasks[0].version).toBe(1);
    const byAdmin = await run<Any>(
      scoring.save,
      { ...input, version: 1, marks: { c1: 'met', c2: 'not-met' } },
      orgAdmin,
    );
    expect(byAdmin.tasks[0].version).toBe(2);
  });

  it('answers 409 with the current version to a stale save and overwrites nothing', async () => {
    const stale = run(
      scoring.save,
      { orgId, candidateId: cid(), taskId: fx.taskIds[0], version: 1, marks: { c1: 'not-met' } },
      assessor,
    );
    await expect(stale).rejects.toMatchObject({ code: 'conflict', message: expect.stringContaining('version 2') });
    const sheet = await run<Any>(scoring.get, { orgId, candidateId: cid() }, assessor);
    expect(sheet.tasks[0].criteria.map((c: Any) => c.mark)).toEqual(['met', 'not-met']);
    // A first save racing another first save: the loser gets 409 too.
    await expect(
      run(scoring.save, { orgId, candidateId: cid(), taskId: fx.taskIds[0], version: 0, marks: {} }, assessor),
    ).rejects.toMatchObject({ code: 'conflict' });
  });

  it('refuses criteria the task does not have, and tasks outside the specification', async () => {
    const bad = await run(
      scoring.save,
      { orgId, candidateId: cid(), taskId: fx.taskIds[0], version: 0, marks: { c1: 'met', zz: 'met' } },
      assessor,
    ).catch((e) => e);
    expect(bad).toMatchObject({ code: 'validation_failed', errors: [{ path: 'marks.zz' }] });
    await expect(
      run(scoring.save, { orgId, candidateId: cid(), taskId: crypto.randomUUID(), version: 0, marks: {} }, assessor),
    ).rejects.toMatchObject({ code: 'not_found' });
  });

  it('audits every score change with the marks before and after, never the note’s text', async () => {
    await run(
      scoring.save,
      { orgId, candidateId: cid(), taskId: fx.taskIds[0], version: 2, marks: { c1: 'met', c2: 'met' }, note: 'Жақсы' },
      assessor,
    );
    const trail = await auditOf('assessment.score-changed');
    const last = trail.at(-1) as Any;
    expect(last.target_id).toBe(`${cid()}/${fx.taskIds[0]}`);
    expect(last.before).toMatchObject({ marks: { c1: 'met', c2: 'not-met' }, version: 2 });
    expect(last.after).toMatchObject({ marks: { c1: 'met', c2: 'met' }, note: true, version: 3 });
    expect(JSON.stringify(trail)).not.toContain('Жақсы');
  });

  it('stores evidence typed by its bytes with its SHA-256, and refuses a renamed script', async () => {
    const up = await run<Any>(
      scoring.evidenceUpload,
      { orgId, candidateId: cid(), taskId: fx.taskIds[0], file: { name: 'photo.jpg', bytes: PNG } },
      assessor,
    );
    expect(up).toMatchObject({ mediaType: 'image/png', fileName: 'photo.jpg.png', sizeBytes: PNG.length });
    expect(up.sha256).toBe(createHash('sha256').update(PNG).digest('hex'));
    const script = new TextEncoder().encode('<script>alert(1)</script>');
    await expect(
      run(scoring.evidenceUpload, { orgId, candidateId: cid(), file: { name: 'photo.jpg', bytes: script } }, assessor),
    ).rejects.toMatchObject({ code: 'validation_failed', message: expect.stringContaining('whatever its name says') });
    await expect(
      run(scoring.evidenceUpload, { orgId, candidateId: cid(), file: { name: 'x.png', bytes: PNG } }, otherAssessor),
    ).rejects.toMatchObject({ code: 'forbidden' });
    const file = await run<Any>(scoring.evidenceDownload, { orgId, candidateId: cid(), evidenceId: up.id }, assessor);
    expect([...file.file.body]).toEqual([...PNG]);
    expect(file.file.contentType).toBe('image/png');
    const sheet = await run<Any>(scoring.get, { orgId, candidateId: cid() }, assessor);
    expect(sheet.evidence.map((e: Any) => e.sha256)).toEqual([up.sha256]);
    // Another candidate's id does not reach this file.
    await expect(
      run(scoring.evidenceDownload, { orgId, candidateId: fx.candidateIds[1], evidenceId: up.id }, assessor),
    ).rejects.toMatchObject({ code: 'not_found' });
    await run(scoring.evidenceDelete, { orgId, candidateId: cid(), evidenceId: up.id }, assessor);
    expect((await run<Any>(scoring.evidenceList, { orgId, candidateId: cid() }, assessor)).evidence).toEqual([]);
    expect((await auditOf('assessment.evidence-deleted')).at(-1)).toMatchObject({ before: { sha256: up.sha256 } });
  });

  it('computes the results and records a decision that follows them', async () => {
    // Candidate 1: theory at 100%, task 1 all met, task 2 unmarked: its criteria count as not met,
    // 2 of 4 = 50% reaches the 50% rule, but task 2's critical criterion is missed.
    theory.set(
      cid(),
      new Map(fx.spec.functions.map((f) => [f.labourFunctionId, { correct: 2, total: 2, percent: 100 }])),
    );
    expect(fx.taskIds).toHaveLength(2);
    const view = await run<Any>(decisions.get, { orgId, candidateId: cid() }, assessor);
    expect(view.functionResults[0]).toMatchObject({
      theoryPercent: 100,
      practicalPercent: 50,
      criticalMissed: true,
      passed: false,
    });
    expect(view.recommendation).toBe('failed');
    expect(view.sessionCommission).toHaveLength(2);
    expect(view.functions[0].name).toBeTruthy();

    // Mark every other task met: the recommendation turns to passed.
    for (const taskId of fx.taskIds.slice(1))
      await run(
        scoring.save,
        { orgId, candidateId: cid(), taskId, version: 0, marks: { c1: 'met', c2: 'met' } },
        assessor,
      );
    const ready = await run<Any>(decisions.get, { orgId, candidateId: cid() }, assessor);
    expect(ready.recommendation).toBe('passed');

    const recorded = await run<Any>(
      decisions.record,
      { orgId, candidateId: cid(), version: 0, outcome: 'passed' },
      assessor,
    );
    expect(recorded.decision).toMatchObject({
      outcome: 'passed',
      againstRecommendation: false,
      commission: [{ role: 'Комиссия төрағасы' }, { role: 'Комиссия мүшесі' }],
      version: 1,
    });
    expect(recorded.decision.functionResults).toEqual(ready.functionResults);
    expect((await auditOf('assessment.decided')).at(-1)).toMatchObject({
      after: { outcome: 'passed', againstRecommendation: false, version: 1 },
    });
  });

  it('needs a written reason against the recommendation, and a chair in the commission', async () => {
    const second = fx.candidateIds[1] as string;
    const noReason = await run(
      decisions.record,
      { orgId, candidateId: second, version: 0, outcome: 'passed' },
      assessor,
    ).catch((e) => e);
    expect(noReason).toMatchObject({ code: 'validation_failed', errors: [{ path: 'reason' }] });
    const noChair = await run(
      decisions.record,
      { orgId, candidateId: second, version: 0, outcome: 'failed', commission: [{ name: 'Бір Адам', role: 'Мүше' }] },
      assessor,
    ).catch((e) => e);
    expect(noChair).toMatchObject({ code: 'validation_failed', errors: [{ path: 'commission' }] });
    const against = await run<Any>(
      decisions.record,
      { orgId, candidateId: second, version: 0, outcome: 'passed', reason: 'Комиссия практиканы қайта бақылады' },
      orgAdmin,
    );
    expect(against.decision).toMatchObject({ outcome: 'passed', againstRecommendation: true });
    await expect(
      run(decisions.record, { orgId, candidateId: second, version: 0, outcome: 'failed' }, assessor),
    ).rejects.toMatchObject({ code: 'conflict' });
  });

  it('keeps a decision with a certificate final, and freezes its marks', async () => {
    await sql`update assessment_decision set credential_id = ${crypto.randomUUID()} where candidate_id = ${cid()}`.execute(
      database.db,
    );
    const view = await run<Any>(decisions.get, { orgId, candidateId: cid() }, assessor);
    expect(view.blockedBy).toBe('certificate');
    await expect(
      run(decisions.record, { orgId, candidateId: cid(), version: 1, outcome: 'failed', reason: 'x' }, assessor),
    ).rejects.toMatchObject({ code: 'conflict', message: expect.stringContaining('certificate') });
    await expect(
      run(scoring.save, { orgId, candidateId: cid(), taskId: fx.taskIds[0], version: 3, marks: {} }, assessor),
    ).rejects.toMatchObject({ code: 'conflict', message: expect.stringContaining('certificate') });
    expect((await run<Any>(scoring.get, { orgId, candidateId: cid() }, assessor)).locked).toBe(true);
  });

  it('records an appeal; while pending the decision waits; upheld reopens it for a new record', async () => {
    const second = fx.candidateIds[1] as string;
    const third = fx.candidateIds[2] as string;
    await expect(
      run(decisions.appealLodge, { orgId, candidateId: third, grounds: 'Бағалау әділ болмады' }, assessor),
    ).rejects.toMatchObject({ code: 'conflict', message: expect.stringContaining('no decision') });
    const lodged = await run<Any>(
      decisions.appealLodge,
      { orgId, candidateId: second, grounds: 'Бағалау әділ болмады деп есептеймін' },
      assessor,
    );
    const appeal = lodged.appeals[0];
    expect(appeal).toMatchObject({ outcome: null, resolvedOn: null });
    expect(lodged.blockedBy).toBe('appeal');
    await expect(
      run(decisions.record, { orgId, candidateId: second, version: 1, outcome: 'failed' }, assessor),
    ).rejects.toMatchObject({ code: 'conflict', message: expect.stringContaining('appeal') });
    const resolved = await run<Any>(
      decisions.appealResolve,
      { orgId, candidateId: second, appealId: appeal.id, outcome: 'upheld' },
      assessor,
    );
    expect(resolved.decision).toBeNull();
    expect(resolved.appeals[0]).toMatchObject({ outcome: 'upheld' });
    await expect(
      run(decisions.appealResolve, { orgId, candidateId: second, appealId: appeal.id, outcome: 'rejected' }, assessor),
    ).rejects.toMatchObject({ code: 'conflict' });
    const anew = await run<Any>(
      decisions.record,
      { orgId, candidateId: second, version: 0, outcome: 'failed' },
      assessor,
    );
    expect(anew.decision).toMatchObject({ outcome: 'failed', version: 1 });
    expect((await auditOf('assessment.appeal-resolved')).at(-1)).toMatchObject({
      before: { decision: 'passed' },
      after: { outcome: 'upheld', decisionReopened: true },
    });
  });

  it('lists the session’s results with each candidate’s decision', async () => {
    const out = await run<Any>(decisions.results, { orgId, sessionId: fx.sessionId }, hr);
    expect(out.candidates.map((c: Any) => c.decision)).toEqual(['passed', 'failed', null]);
    expect(out.candidates[0].credentialId).toBeTruthy();
    expect(out.functions.length).toBe(fx.spec.functions.length);
  });

  it('analyses the test and sends only the flagged items back to draft, audited', async () => {
    const [i1, i2, i3, i4] = fx.itemIds as [string, string, string, string];
    // i1 everybody right (too easy), i4 nobody right (too hard); i2 and i3 discriminate.
    matrix = {
      itemIds: [i1, i2, i3, i4],
      rows: Array.from({ length: 12 }, (_, k) => ({
        candidateId: `c${k}`,
        scores: [1, k < 6 ? 1 : 0, k < 6 ? 1 : 0, 0] as (0 | 1 | null)[],
      })),
    };
    const stats = await run<Any>(decisions.psychometrics, { orgId, sessionId: fx.sessionId }, hr);
    expect(stats.items.map((i: Any) => [i.flags, i.review])).toEqual([
      [['too-easy'], true],
      [[], false],
      [[], false],
      [['too-hard'], true],
    ]);
    expect(stats.items[0].stem).toBe('Сұрақ 1');
    await expect(run(decisions.sendToReview, { orgId, sessionId: fx.sessionId }, hr)).rejects.toMatchObject({
      code: 'forbidden',
    });
    await expect(
      run(decisions.sendToReview, { orgId, sessionId: fx.sessionId, itemIds: [i2] }, assessor),
    ).rejects.toMatchObject({ code: 'validation_failed' });
    const sent = await run<Any>(decisions.sendToReview, { orgId, sessionId: fx.sessionId }, assessor);
    expect([...sent.sent].sort()).toEqual([i1, i4].sort());
    expect(sent.items.map((i: Any) => i.status)).toEqual(['draft', 'reviewed', 'reviewed', 'draft']);
    const versions = await database.db
      .selectFrom('assessment_item')
      .select(['id', 'version'])
      .where('id', 'in', [i1, i2])
      .execute();
    expect(Object.fromEntries(versions.map((v) => [v.id, v.version]))).toEqual({ [i1]: 2, [i2]: 1 });
    const trail = await auditOf('assessment.items-sent-to-review');
    expect(trail.filter((t) => t.target_id === i1)).toMatchObject([
      { before: { status: 'reviewed' }, after: { status: 'draft' } },
    ]);
  });

  it('hides another organisation’s candidate', async () => {
    const other = await createOrg(services, admin, 'Басқа орталық');
    await expect(run(scoring.get, { orgId: other, candidateId: cid() }, admin)).rejects.toMatchObject({
      code: 'not_found',
    });
  });
});
