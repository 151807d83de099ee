/**
 * The attestation's testing stage taken from an online test of the assessment module, instead of
 * a score typed in: HR enrols the person in an assessment session from the register, the person
 * sits the test, and the score (right answers of the questions drawn) goes into the attestation
 * with `source: 'online-test'`. The score is computed here from the stored answers, never taken
 * from the request, so a protocol that says "online test" can be trusted to mean it.
 */
import { z } from 'zod';
import { recordTesting } from '../../domain/hr/attestation-stages.js';
import { AppError } from '../../domain/shared/errors.js';
import { findAttestation } from '../../storage/repositories/attestation.repository.js';
import type { Executor } from '../../storage/repositories/edition.repository.js';
import { findStaff } from '../../storage/repositories/staff.repository.js';
import {
  type StaffOnlineTest,
  onlineTestOfCandidate,
  onlineTestsOfStaff,
} from '../../storage/repositories/staff-online-test.repository.js';
import { byOrg, orgParam } from '../accounts/org-scope.js';
import { uuidSchema } from '../accounts/schemas.js';
import { candidateTheory } from '../assessment/theory-results.js';
import { defineOperation } from '../operations/operation.js';
import { missing, policyOf, staleVersion, todayOf } from './hr-context.js';
import { attestationSchema, langInput, versionSchema } from './schemas.js';
import { applyStage, saveStage } from './attestation-step.js';
import { attestationView } from './views.js';

const onlineTestSchema = z
  .object({
    candidateId: z.string(),
    sessionId: z.string(),
    sessionTitle: z.string(),
    /** The day the test was finished (submitted, or its time ran out), in Kazakhstan. */
    finishedOn: z.string().nullable(),
    /** Still running: its score may change, so it cannot be taken yet. */
    finished: z.boolean(),
    correct: z.number(),
    total: z.number(),
  })
  .meta({ id: 'StaffOnlineTest' });

/** A test counts once it is submitted or its time is over: after that no answer can change it. */
const finishedAt = (test: StaffOnlineTest, now: Date): Date | null =>
  test.submittedAt ?? (test.deadlineAt <= now ? test.deadlineAt : null);

async function scoreOf(db: Executor, orgId: string, test: StaffOnlineTest, now: Date) {
  const theory = await candidateTheory(db, orgId, test.candidateId);
  let correct = 0;
  let total = 0;
  for (const f of theory?.values() ?? []) {
    correct += f.correct;
    total += f.total;
  }
  const finished = finishedAt(test, now);
  return {
    candidateId: test.candidateId,
    sessionId: test.sessionId,
    sessionTitle: test.sessionTitle,
    finishedOn: finished ? todayOf(finished) : null,
    finished: finished !== null,
    correct,
    total,
  };
}

export function attestationOnlineTestOperations() {
  const list = defineOperation({
    name: 'attestation.online-tests',
    summary: 'The online tests a staff member has sat in the organisation’s assessment sessions, with their scores',
    input: orgParam.extend({ staffId: uuidSchema }),
    output: z.object({ tests: z.array(onlineTestSchema) }),
    action: 'attestation.manage',
    resource: byOrg,
    writes: false,
    cache: 'private',
    audit: null,
    run: async (input, ctx) => {
      if (!(await findStaff(ctx.db, input.orgId, input.staffId))) throw missing();
      const tests = await onlineTestsOfStaff(ctx.db, input.orgId, input.staffId);
      const out = [];
      for (const test of tests) out.push(await scoreOf(ctx.db, input.orgId, test, ctx.now));
      return { tests: out };
    },
  });

  const take = defineOperation({
    name: 'attestation.testing-from-online-test',
    summary: 'Record the attestation’s testing stage from a finished online test of the same person',
    input: orgParam.extend({
      attestationId: uuidSchema,
      version: versionSchema,
      candidateId: uuidSchema,
      ...langInput,
    }),
    output: attestationSchema,
    action: 'attestation.manage',
    resource: byOrg,
    writes: true,
    cache: 'none',
    audit: 'attestation.stage-recorded',
    run: async (input, ctx) => {
      const before = await findAttestation(ctx.db, input.orgId, input.attestationId);
      if (!before) throw missing();
      if (before.version !== input.version) throw staleVersion(before.version);
      const test = await onlineTestOfCandidate(ctx.db, input.orgId, input.candidateId);
      if (!test) throw missing();
      // Another person's test must never become this person's score.
      if (test.staffId !== before.staffId)
        throw new AppError('validation_failed', 'This online test was taken by someone else.', [
          { path: 'candidateId', message: 'not this person’s test' },
        ]);
      const score = await scoreOf(ctx.db, input.orgId, test, ctx.now);
      if (!score.finished || !score.finishedOn)
        throw new AppError(
          'conflict',
          'The online test is still running: take its score once it is submitted or its time is over.',
        );
      if (score.total === 0)
        throw new AppError('validation_failed', 'The online test drew no questions, so it has no score.', [
          { path: 'candidateId', message: 'no questions' },
        ]);
      const policy = await policyOf(ctx.db, input.orgId);
      const finishedOn = score.finishedOn;
      const next = await applyStage(
        () =>
          recordTesting(
            before,
            { date: finishedOn, score: score.correct, max: score.total, source: 'online-test' },
            policy,
          ),
        'testing',
        input.lang,
      );
      const row = await saveStage(
        ctx,
        before,
        { orgId: input.orgId, version: input.version, state: next },
        {
          step: 'testing',
          source: 'online-test',
          candidateId: input.candidateId,
          score: score.correct,
          max: score.total,
        },
      );
      return attestationView(row);
    },
  });

  return { onlineTests: list, testingFromOnlineTest: take };
}
