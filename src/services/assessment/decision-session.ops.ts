/**
 * A session as a whole, after it: every candidate's results per labour function, the
 * recommendation and the decision; the item analysis of its test; and sending the flagged
 * questions back to review (draft), so they are not drawn again until someone looks at them.
 */
import { z } from 'zod';
import {
  ITEM_FLAGS,
  PSYCHOMETRIC_BOUNDS,
  type TestStatistics,
  testStatistics,
} from '../../domain/assessment/psychometrics.js';
import { DECISION_OUTCOMES, functionResultSchema } from '../../domain/assessment/results.js';
import { testItemContentSchema } from '../../domain/assessment/instruments.js';
import { AppError } from '../../domain/shared/errors.js';
import type { Lang } from '../../domain/shared/localize.js';
import { decisionsOfSession } from '../../storage/repositories/decision.repository.js';
import type { Executor } from '../../storage/repositories/edition.repository.js';
import {
  findSessionSpec,
  itemStatuses,
  scoresOfSession,
  sendItemsToDraft,
  sessionCandidates,
} from '../../storage/repositories/scoring.repository.js';
import { byOrg, orgParam } from '../accounts/org-scope.js';
import { uuidSchema } from '../accounts/schemas.js';
import { langInput } from '../hr/schemas.js';
import { defineOperation } from '../operations/operation.js';
import type { AssessmentDeps } from './assessment-deps.js';
import { cardOf, functionNames, resultsOf } from './decision-rules.js';
import { missing, parseSpec, specTasks } from './scoring-context.js';
import type { TheorySource } from './scoring-theory.js';

const sessionParam = orgParam.extend({ sessionId: uuidSchema });

const resultsSchema = z
  .object({
    sessionId: z.string(),
    title: z.string(),
    functions: z.array(z.object({ labourFunctionId: z.string(), name: z.string(), official: z.boolean() }).strict()),
    candidates: z.array(
      z
        .object({
          id: z.string(),
          fullName: z.string(),
          functionResults: z.array(functionResultSchema),
          recommendation: z.enum(DECISION_OUTCOMES),
          decision: z.enum(DECISION_OUTCOMES).nullable(),
          credentialId: z.string().nullable(),
        })
        .strict(),
    ),
  })
  .strict()
  .meta({ id: 'SessionResults' });

const itemStatisticsSchema = z
  .object({
    itemId: z.string(),
    /** The question's stem, cut to 200 characters; null when the item is gone. */
    stem: z.string().nullable(),
    status: z.string().nullable(),
    n: z.number().int(),
    p: z.number().nullable(),
    discrimination: z.number().nullable(),
    flags: z.array(z.enum(ITEM_FLAGS)),
    review: z.boolean(),
  })
  .strict();

const psychometricsSchema = z
  .object({
    sessionId: z.string(),
    candidates: z.number().int(),
    alpha: z.number().nullable(),
    alphaItems: z.number().int(),
    alphaNote: z.enum(['ok', 'too-few-items', 'too-few-candidates', 'no-variance']),
    bounds: z
      .object({
        minP: z.number(),
        maxP: z.number(),
        minDiscrimination: z.number(),
        minAnswers: z.number().int(),
      })
      .strict(),
    items: z.array(itemStatisticsSchema),
  })
  .strict()
  .meta({ id: 'SessionPsychometrics' });

/** The question's stem cut for the table (the bank holds the whole question); null when unreadable. */
function stemOf(content: unknown): string | null {
  const parsed = testItemContentSchema.safeParse(content);
  return parsed.success ? parsed.data.stem.slice(0, 200) : null;
}

export function sessionOperations(deps: AssessmentDeps, theorySource: TheorySource) {
  async function analysis(db: Executor, orgId: string, sessionId: string): Promise<TestStatistics> {
    if (!(await findSessionSpec(db, orgId, sessionId))) throw missing();
    return testStatistics(await theorySource.sessionItemMatrix(db, orgId, sessionId));
  }

  async function psychometricsView(db: Executor, orgId: string, sessionId: string) {
    const stats = await analysis(db, orgId, sessionId);
    const ids = stats.items.map((i) => i.itemId);
    const stored = new Map((await itemStatuses(db, orgId, ids)).map((r) => [r.id, r]));
    return {
      sessionId,
      candidates: stats.candidates,
      alpha: stats.alpha,
      alphaItems: stats.alphaItems,
      alphaNote: stats.alphaNote,
      bounds: { ...PSYCHOMETRIC_BOUNDS },
      items: stats.items.map((i) => ({
        ...i,
        stem: stemOf(stored.get(i.itemId)?.content),
        status: stored.get(i.itemId)?.status ?? null,
      })),
    };
  }

  const results = defineOperation({
    name: 'sessions.results',
    summary: 'Every candidate of a session with their results per labour function, recommendation and decision',
    input: sessionParam.extend(langInput),
    output: resultsSchema,
    action: 'assessment.read',
    resource: byOrg,
    writes: false,
    cache: 'private',
    audit: null,
    run: async (input, ctx) => {
      const session = await findSessionSpec(ctx.db, input.orgId, input.sessionId);
      if (!session) throw missing();
      const candidates = (await sessionCandidates(ctx.db, input.orgId, input.sessionId)).map((c) => ({
        ...c,
        spec: parseSpec(c.specContent),
      }));
      const spec = parseSpec(session.specContent);
      const [tasks, scores, decisions] = await Promise.all([
        specTasks(ctx.db, input.orgId, spec),
        scoresOfSession(ctx.db, input.orgId, input.sessionId),
        decisionsOfSession(ctx.db, input.orgId, input.sessionId),
      ]);
      const first = candidates[0];
      const card = first ? await cardOf(ctx.db, deps.cards, first) : undefined;
      const decisionOf = new Map(decisions.map((d) => [d.candidateId, d]));
      const rows = [];
      for (const c of candidates) {
        const r = await resultsOf(
          ctx.db,
          theorySource,
          c,
          card,
          tasks,
          scores.filter((s) => s.candidateId === c.id),
        );
        const d = decisionOf.get(c.id);
        rows.push({
          id: c.id,
          fullName: c.fullName,
          functionResults: r.functionResults,
          recommendation: r.recommendation,
          decision: (d?.outcome ?? null) as 'passed' | 'failed' | null,
          credentialId: d?.credentialId ?? null,
        });
      }
      return {
        sessionId: session.sessionId,
        title: session.title,
        functions: functionNames(card, input.lang as Lang),
        candidates: rows,
      };
    },
  });

  const psychometrics = defineOperation({
    name: 'sessions.psychometrics',
    summary: 'Item analysis of a session’s test: difficulty, corrected point-biserial, KR-20 and flagged items',
    input: sessionParam,
    output: psychometricsSchema,
    action: 'assessment.read',
    resource: byOrg,
    writes: false,
    cache: 'private',
    audit: null,
    run: (input, ctx) => psychometricsView(ctx.db, input.orgId, input.sessionId),
  });

  const sendToReview = defineOperation({
    name: 'items.send-to-review',
    summary: 'Send the session’s flagged test items back to review (draft), so they are not drawn until reviewed',
    input: sessionParam.extend({
      /** Only these of the flagged items; every flagged item when absent. */
      itemIds: z.array(uuidSchema).max(500).optional(),
    }),
    output: psychometricsSchema.extend({ sent: z.array(z.string()) }).strict(),
    action: 'assessment.manage',
    resource: byOrg,
    writes: true,
    cache: 'none',
    audit: 'assessment.items-sent-to-review',
    run: async (input, ctx) => {
      const stats = await analysis(ctx.db, input.orgId, input.sessionId);
      const flagged = new Map(stats.items.filter((i) => i.review).map((i) => [i.itemId, i]));
      const wanted = input.itemIds ?? [...flagged.keys()];
      const notFlagged = wanted.filter((id) => !flagged.has(id));
      if (notFlagged.length > 0)
        throw new AppError(
          'validation_failed',
          'Only flagged items are sent to review from here.',
          notFlagged.map((id) => ({ path: 'itemIds', message: `${id} is not flagged in this session` })),
        );
      const before = new Map((await itemStatuses(ctx.db, input.orgId, wanted)).map((r) => [r.id, r]));
      const sent = await sendItemsToDraft(ctx.db, input.orgId, wanted, ctx.now);
      for (const id of sent) {
        const item = flagged.get(id);
        ctx.audit({
          targetKind: 'assessment-item',
          targetId: id,
          orgId: input.orgId,
          before: { status: before.get(id)?.status ?? null, version: before.get(id)?.version ?? null },
          after: {
            status: 'draft',
            version: (before.get(id)?.version ?? 0) + 1,
            sessionId: input.sessionId,
            flags: item?.flags ?? [],
            p: item?.p ?? null,
            discrimination: item?.discrimination ?? null,
          },
        });
      }
      // Nothing changed (all already in draft or retired): the trail still says who looked.
      if (sent.length === 0)
        ctx.audit({
          targetKind: 'assessment-session',
          targetId: input.sessionId,
          orgId: input.orgId,
          after: { sent: 0, flagged: flagged.size },
        });
      return { ...(await psychometricsView(ctx.db, input.orgId, input.sessionId)), sent };
    },
  });

  return { results, psychometrics, sendToReview };
}
