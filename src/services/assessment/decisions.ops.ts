/**
 * The commission's decision on a candidate and the appeals against it. The decision shows the
 * results per labour function by the specification's pass rules and what they recommend; the
 * commission records passed or failed (against the recommendation only with a written reason),
 * with its members (the session's commission unless given; one of them the chair). The function
 * results are stored as a snapshot, so the decision and its certificate say what the commission
 * saw. Once a certificate is issued on it the decision is final; an appeal can be lodged against
 * it, and an upheld appeal removes it so the commission records a new one. Psychometrics and the
 * session's results (decision-session.ops.ts) belong to the same group.
 */
import { z } from 'zod';
import { userIdOf } from '../../domain/access/actor.js';
import { DECISION_OUTCOMES, commissionMemberSchema, functionResultSchema } from '../../domain/assessment/results.js';
import { isoDateSchema } from '../../domain/hr/staff-record.js';
import { AppError } from '../../domain/shared/errors.js';
import type { Lang } from '../../domain/shared/localize.js';
import {
  type AppealRow,
  type DecisionRow,
  appealsOf,
  findDecision,
  insertAppeal,
  removeDecision,
  resolveAppeal,
  saveDecision,
} from '../../storage/repositories/decision.repository.js';
import type { Executor } from '../../storage/repositories/edition.repository.js';
import { scoresOf } from '../../storage/repositories/scoring.repository.js';
import { byOrg, orgParam } from '../accounts/org-scope.js';
import { uuidSchema } from '../accounts/schemas.js';
import { todayOf } from '../hr/hr-context.js';
import { langInput } from '../hr/schemas.js';
import { defineOperation } from '../operations/operation.js';
import type { AssessmentDeps } from './assessment-deps.js';
import { cardOf, commissionProblems, functionNames, resultsOf } from './decision-rules.js';
import { sessionOperations as decisionSessionOperations } from './decision-session.ops.js';
import {
  type Candidate,
  loadCandidate,
  missing,
  requireSessionAssessor,
  specTasks,
  stale,
  candidateHeader,
  candidateHeaderSchema,
} from './scoring-context.js';
import { type TheorySource, sessionTheory } from './scoring-theory.js';

const candidateParam = orgParam.extend({ candidateId: uuidSchema });

export const APPEAL_OUTCOMES = ['upheld', 'rejected'] as const;

export const theoryCountSchema = z
  .object({ labourFunctionId: z.string(), correct: z.number().int(), total: z.number().int(), percent: z.number() })
  .strict();

export const functionNameSchema = z
  .object({ labourFunctionId: z.string(), name: z.string(), official: z.boolean() })
  .strict();

const appealSchema = z
  .object({
    id: z.string(),
    lodgedOn: z.string(),
    grounds: z.string(),
    outcome: z.enum(APPEAL_OUTCOMES).nullable(),
    resolvedOn: z.string().nullable(),
  })
  .strict();

const decisionSchema = z
  .object({
    outcome: z.enum(DECISION_OUTCOMES),
    reason: z.string().nullable(),
    commission: z.array(commissionMemberSchema),
    decidedOn: z.string(),
    /** What the commission saw when it decided. */
    functionResults: z.array(functionResultSchema),
    againstRecommendation: z.boolean(),
    credentialId: z.string().nullable(),
    version: z.number().int(),
  })
  .strict();

export const decisionViewSchema = z
  .object({
    candidate: candidateHeaderSchema,
    forms: z.array(z.string()),
    /** False when the current edition no longer has the card: no results can be computed. */
    cardAvailable: z.boolean(),
    functions: z.array(functionNameSchema),
    /** The online test's counts per labour function; null when the candidate has no attempt. */
    theory: z.array(theoryCountSchema).nullable(),
    /** Computed now from the marks and the test. */
    functionResults: z.array(functionResultSchema),
    recommendation: z.enum(DECISION_OUTCOMES),
    sessionCommission: z.array(commissionMemberSchema),
    decision: decisionSchema.nullable(),
    appeals: z.array(appealSchema),
    /** Why a decision cannot be recorded now: a certificate was issued on it, or an appeal is pending. */
    blockedBy: z.enum(['certificate', 'appeal']).nullable(),
  })
  .strict()
  .meta({ id: 'CandidateDecision' });

const pendingAppeal = (appeals: readonly AppealRow[]) => appeals.some((a) => a.outcome === null);

function blockedBy(decision: DecisionRow | undefined, appeals: readonly AppealRow[]) {
  if (decision?.credentialId) return 'certificate' as const;
  if (pendingAppeal(appeals)) return 'appeal' as const;
  return null;
}

export function decisionOperations(deps: AssessmentDeps, theorySource: TheorySource = sessionTheory) {
  async function view(db: Executor, candidate: Candidate, lang: Lang) {
    const [card, tasks, scores, decision, appeals] = await Promise.all([
      cardOf(db, deps.cards, candidate),
      specTasks(db, candidate.orgId, candidate.spec),
      scoresOf(db, candidate.orgId, candidate.id),
      findDecision(db, candidate.orgId, candidate.id),
      appealsOf(db, candidate.orgId, candidate.id),
    ]);
    const results = await resultsOf(db, theorySource, candidate, card, tasks, scores);
    return {
      candidate: candidateHeader(candidate),
      forms: candidate.spec.forms,
      cardAvailable: card !== undefined,
      functions: functionNames(card, lang),
      theory: results.theory
        ? [...results.theory].map(([labourFunctionId, t]) => ({
            labourFunctionId,
            correct: t.correct,
            total: t.total,
            percent: Math.round(t.percent * 10) / 10,
          }))
        : null,
      functionResults: results.functionResults,
      recommendation: results.recommendation,
      sessionCommission: candidate.commission,
      decision: decision
        ? {
            outcome: decision.outcome as 'passed' | 'failed',
            reason: decision.reason,
            commission: decision.commission,
            decidedOn: decision.decidedOn,
            functionResults: z.array(functionResultSchema).catch([]).parse(decision.functionResults),
            againstRecommendation:
              decision.outcome !==
              (decision.functionResults.length > 0 &&
              (decision.functionResults as { passed?: boolean }[]).every((r) => r.passed === true)
                ? 'passed'
                : 'failed'),
            credentialId: decision.credentialId,
            version: decision.version,
          }
        : null,
      appeals: appeals.map((a) => ({
        id: a.id,
        lodgedOn: a.lodgedOn,
        grounds: a.grounds,
        outcome: a.outcome as 'upheld' | 'rejected' | null,
        resolvedOn: a.resolvedOn,
      })),
      blockedBy: blockedBy(decision, appeals),
      _results: results,
    };
  }
  const shown = async (db: Executor, candidate: Candidate, lang: Lang) => {
    const { _results, ...out } = await view(db, candidate, lang);
    return out;
  };

  const get = defineOperation({
    name: 'decisions.get',
    summary: 'A candidate’s results per labour function, the recommendation, the decision and any appeals',
    input: candidateParam.extend(langInput),
    output: decisionViewSchema,
    action: 'assessment.score',
    resource: byOrg,
    writes: false,
    cache: 'private',
    audit: null,
    run: async (input, ctx) => shown(ctx.db, await loadCandidate(ctx.db, input.orgId, input.candidateId), input.lang),
  });

  const record = defineOperation({
    name: 'decisions.record',
    summary:
      'Record the commission’s decision on a candidate (passed or failed; a reason when against the recommendation)',
    input: candidateParam.extend({
      ...langInput,
      version: z.coerce.number().int().min(0).meta({ description: 'The decision’s version you read; 0 for the first' }),
      outcome: z.enum(DECISION_OUTCOMES),
      reason: z.string().trim().max(4000).nullable().default(null),
      /** The members who decided; the session's commission when absent. */
      commission: z.array(commissionMemberSchema).max(20).optional(),
      decidedOn: isoDateSchema.optional(),
    }),
    output: decisionViewSchema,
    action: 'assessment.score',
    resource: byOrg,
    writes: true,
    cache: 'none',
    audit: 'assessment.decided',
    run: async (input, ctx) => {
      const candidate = await loadCandidate(ctx.db, input.orgId, input.candidateId);
      await requireSessionAssessor(ctx, candidate);
      const current = await view(ctx.db, candidate, input.lang);
      const before = await findDecision(ctx.db, input.orgId, candidate.id);
      if (current.blockedBy === 'certificate')
        throw new AppError(
          'conflict',
          'A certificate was issued on this decision: it can no longer change. Revoke the certificate and record an appeal if it was wrong.',
        );
      if (current.blockedBy === 'appeal')
        throw new AppError('conflict', 'An appeal against this decision is pending: resolve it first.');
      if ((before?.version ?? 0) !== input.version) throw stale('decision', before?.version ?? 0);
      const commission = input.commission ?? candidate.commission;
      const problems = commissionProblems(commission);
      if (problems.length > 0) throw new AppError('validation_failed', 'The commission is not complete.', problems);
      const { recommendation, functionResults } = current._results;
      if (input.outcome === 'passed' && functionResults.length === 0)
        throw new AppError(
          'validation_failed',
          'The results cannot be computed (the current edition has no such card), so a pass cannot be recorded.',
          [{ path: 'outcome', message: 'no results to pass on' }],
        );
      const against = input.outcome !== recommendation;
      const reason = input.reason === '' ? null : input.reason;
      if (against && !reason)
        throw new AppError('validation_failed', 'A decision against the recommendation needs a written reason.', [
          {
            path: 'reason',
            message: `the results recommend “${recommendation}”: say why the commission decided otherwise`,
          },
        ]);
      const decidedOn = input.decidedOn ?? todayOf(ctx.now);
      const saved = await saveDecision(
        ctx.db,
        {
          orgId: input.orgId,
          candidateId: candidate.id,
          functionResults,
          outcome: input.outcome,
          reason,
          commission,
          decidedOn,
          decidedBy: userIdOf(ctx.actor),
        },
        input.version,
      );
      if (!saved) throw stale('decision', input.version + 1);
      ctx.audit({
        targetKind: 'assessment-decision',
        targetId: candidate.id,
        orgId: input.orgId,
        before: before ? { outcome: before.outcome, decidedOn: before.decidedOn, version: before.version } : null,
        after: {
          outcome: input.outcome,
          recommendation,
          againstRecommendation: against,
          decidedOn,
          members: commission.length,
          functionsPassed: functionResults.filter((r) => r.passed).length,
          functions: functionResults.length,
          version: input.version + 1,
        },
      });
      return shown(ctx.db, candidate, input.lang);
    },
  });

  const lodge = defineOperation({
    name: 'appeals.lodge',
    summary: 'Record an appeal against a candidate’s decision, with its grounds',
    input: candidateParam.extend({
      ...langInput,
      grounds: z.string().trim().min(10).max(4000),
      lodgedOn: isoDateSchema.optional(),
    }),
    output: decisionViewSchema,
    action: 'assessment.score',
    resource: byOrg,
    writes: true,
    cache: 'none',
    audit: 'assessment.appeal-lodged',
    run: async (input, ctx) => {
      const candidate = await loadCandidate(ctx.db, input.orgId, input.candidateId);
      await requireSessionAssessor(ctx, candidate);
      const decision = await findDecision(ctx.db, input.orgId, candidate.id);
      if (!decision) throw new AppError('conflict', 'There is no decision to appeal against yet.');
      const appeals = await appealsOf(ctx.db, input.orgId, candidate.id);
      if (pendingAppeal(appeals)) throw new AppError('conflict', 'An appeal is already pending: resolve it first.');
      const lodgedOn = input.lodgedOn ?? todayOf(ctx.now);
      if (lodgedOn < decision.decidedOn)
        throw new AppError('validation_failed', 'An appeal is lodged after the decision.', [
          { path: 'lodgedOn', message: `the decision was made on ${decision.decidedOn}` },
        ]);
      const id = crypto.randomUUID();
      await insertAppeal(ctx.db, input.orgId, {
        id,
        candidateId: candidate.id,
        lodgedOn,
        grounds: input.grounds,
        outcome: null,
        resolvedOn: null,
      });
      ctx.audit({
        targetKind: 'assessment-appeal',
        targetId: id,
        orgId: input.orgId,
        after: { candidateId: candidate.id, lodgedOn, decisionVersion: decision.version },
      });
      return shown(ctx.db, candidate, input.lang);
    },
  });

  const resolve = defineOperation({
    name: 'appeals.resolve',
    summary: 'Resolve an appeal: upheld (the decision is reopened for a new record) or rejected',
    input: candidateParam.extend({
      ...langInput,
      appealId: uuidSchema,
      outcome: z.enum(APPEAL_OUTCOMES),
      resolvedOn: isoDateSchema.optional(),
    }),
    output: decisionViewSchema,
    action: 'assessment.score',
    resource: byOrg,
    writes: true,
    cache: 'none',
    audit: 'assessment.appeal-resolved',
    run: async (input, ctx) => {
      const candidate = await loadCandidate(ctx.db, input.orgId, input.candidateId);
      await requireSessionAssessor(ctx, candidate);
      const appeal = (await appealsOf(ctx.db, input.orgId, candidate.id)).find((a) => a.id === input.appealId);
      if (!appeal) throw missing();
      if (appeal.outcome !== null)
        throw new AppError('conflict', `This appeal was already resolved (${appeal.outcome}).`);
      const resolvedOn = input.resolvedOn ?? todayOf(ctx.now);
      if (resolvedOn < appeal.lodgedOn)
        throw new AppError('validation_failed', 'An appeal is resolved after it is lodged.', [
          { path: 'resolvedOn', message: `the appeal was lodged on ${appeal.lodgedOn}` },
        ]);
      if (!(await resolveAppeal(ctx.db, input.orgId, appeal.id, input.outcome, resolvedOn)))
        throw new AppError('conflict', 'This appeal was resolved meanwhile.');
      const decision = await findDecision(ctx.db, input.orgId, candidate.id);
      // Upheld: the decision is reopened. The audit keeps what it was; the commission records anew.
      if (input.outcome === 'upheld' && decision) await removeDecision(ctx.db, input.orgId, candidate.id);
      ctx.audit({
        targetKind: 'assessment-appeal',
        targetId: appeal.id,
        orgId: input.orgId,
        before: decision
          ? {
              decision: decision.outcome,
              decidedOn: decision.decidedOn,
              version: decision.version,
              credentialId: decision.credentialId,
            }
          : null,
        after: { outcome: input.outcome, resolvedOn, decisionReopened: input.outcome === 'upheld' },
      });
      return shown(ctx.db, candidate, input.lang);
    },
  });

  return {
    get,
    record,
    appealLodge: lodge,
    appealResolve: resolve,
    ...decisionSessionOperations(deps, theorySource),
  };
}
