/**
 * The online test as the candidate takes it. The secret test link is the authority: its SHA-256
 * finds the candidate, an unknown link answers 404, and nothing else about the session is reachable
 * through it. The candidate sees their own drawn questions with their options in their own order,
 * never a key and never another candidate's items. Every answer is written in its own transaction
 * and acknowledged only after the commit, so an acknowledged answer survives a crash; the server's
 * clock decides the deadline. Audit events carry ids, never names or answers.
 */
import { attemptState, deadlineOf, secondsLeft } from '../../domain/assessment/attempt-clock.js';
import { responseFits, responseSchema } from '../../domain/assessment/test-scoring.js';
import { AppError } from '../../domain/shared/errors.js';
import {
  type AttemptRow,
  answersOf,
  attemptOf,
  itemsById,
  saveAnswer,
  startAttempt,
  submitAttempt,
} from '../../storage/repositories/attempt.repository.js';
import type { Executor } from '../../storage/repositories/edition.repository.js';
import { candidateByTokenHash, findSession } from '../../storage/repositories/session.repository.js';
import { defineOperation } from '../operations/operation.js';
import { hashSecret } from '../secrets.js';
import type { AssessmentDeps } from './assessment-deps.js';
import { cardOf, drawFor, drawnItems, parseItem, questionCount, specOf } from './session-context.js';
import {
  answerAckSchema,
  answerInput,
  submitSchema,
  testAttemptSchema,
  testOpenSchema,
  tokenParam,
} from './session-schemas.js';

const unknownLink = () => new AppError('not_found', 'This test link is not valid: ask the organiser for a new one.');
const notStarted = () => new AppError('conflict', 'The test has not been started yet: start it first.');
const CLOSED_STATUSES = ['completed', 'cancelled'];
const CLOSED_REASONS = {
  'no-test': 'This assessment has no online test.',
  over: 'This session is over.',
  'not-ready': 'The test is not ready yet: the organiser must add questions.',
} as const;

/** The candidate, session and specification a link opens; 404 for anything unknown. */
async function byToken(db: Executor, token: string) {
  const candidate = await candidateByTokenHash(db, hashSecret(token));
  if (!candidate) throw unknownLink();
  const session = await findSession(db, candidate.orgId, candidate.sessionId);
  const spec = session && (await specOf(db, candidate.orgId, session.specId));
  if (!session || !spec) throw unknownLink();
  return { candidate, session, spec };
}

async function attemptView(db: Executor, attempt: AttemptRow, now: Date) {
  const drawn = drawnItems(attempt);
  const [items, answers] = await Promise.all([
    itemsById(
      db,
      attempt.orgId,
      drawn.map((d) => d.itemId),
    ),
    answersOf(db, attempt.orgId, attempt.id),
  ]);
  const contents = new Map(items.map((i) => [i.id, parseItem(i.content)]));
  const given = new Map(answers.map((a) => [a.itemId, responseSchema.safeParse(a.response)]));
  const state = attemptState(attempt, now);
  return {
    state,
    secondsLeft: state === 'in-progress' ? secondsLeft(attempt.deadlineAt, now) : 0,
    deadlineAt: attempt.deadlineAt.toISOString(),
    submittedAt: attempt.submittedAt?.toISOString() ?? null,
    answered: answers.length,
    questions: drawn.flatMap((d) => {
      const content = contents.get(d.itemId);
      if (!content) return [];
      const byId = new Map(content.options.map((o) => [o.id, o.text]));
      const answer = given.get(d.itemId);
      return [
        {
          itemId: d.itemId,
          kind: content.kind,
          stem: content.stem,
          // Only ids and texts: the key stays on the server.
          options: d.optionOrder.flatMap((id) => {
            const text = byId.get(id);
            return text === undefined ? [] : [{ id, text }];
          }),
          answer: answer?.success ? answer.data : null,
        },
      ];
    }),
  };
}

export function candidateTestOperations({ cards }: AssessmentDeps) {
  const open = defineOperation({
    name: 'test.open',
    summary: 'What a test link opens: the session, the card, the time limit and whether the test has started',
    input: tokenParam,
    output: testOpenSchema,
    action: 'assessment.candidate',
    writes: false,
    cache: 'private',
    audit: null,
    run: async (input, ctx) => {
      const { candidate, session, spec } = await byToken(ctx.db, input.token);
      const card = await cardOf(cards, ctx.db, spec);
      const attempt = await attemptOf(ctx.db, candidate.orgId, candidate.id);
      const state = attemptState(attempt, ctx.now);
      let closed: keyof typeof CLOSED_REASONS | null = null;
      if (!attempt) {
        if (!spec.parsed.forms.includes('theory')) closed = 'no-test';
        else if (CLOSED_STATUSES.includes(session.status)) closed = 'over';
        else if ((await drawFor(cards, ctx.db, spec, candidate.id)).shortfalls.length > 0) closed = 'not-ready';
      }
      const closedReason = closed && CLOSED_REASONS[closed];
      return {
        sessionTitle: session.title,
        candidateName: candidate.fullName,
        card: { code: spec.cardCode, level: spec.cardLevel, name: { kk: card.name.kk, ru: card.name.ru ?? null } },
        timeLimitMinutes: spec.parsed.timeLimitMinutes,
        questions: attempt ? drawnItems(attempt).length : questionCount(spec.parsed),
        state,
        secondsLeft: state === 'in-progress' && attempt ? secondsLeft(attempt.deadlineAt, ctx.now) : null,
        closed,
        closedReason,
      };
    },
  });

  const start = defineOperation({
    name: 'test.start',
    summary: 'Start the test (again: answers the attempt already started); the clock starts now',
    input: tokenParam,
    output: testAttemptSchema,
    action: 'assessment.candidate',
    writes: true,
    cache: 'none',
    audit: 'assessment.test-started',
    run: async (input, ctx) => {
      const { candidate, session, spec } = await byToken(ctx.db, input.token);
      const existing = await attemptOf(ctx.db, candidate.orgId, candidate.id);
      if (existing) {
        ctx.audit({
          targetKind: 'test-attempt',
          targetId: existing.id,
          orgId: candidate.orgId,
          after: { resumed: true },
        });
        return attemptView(ctx.db, existing, ctx.now);
      }
      if (!spec.parsed.forms.includes('theory')) throw new AppError('conflict', 'This assessment has no online test.');
      if (CLOSED_STATUSES.includes(session.status)) throw new AppError('conflict', 'This session is over.');
      const draw = await drawFor(cards, ctx.db, spec, candidate.id);
      if (draw.shortfalls.length > 0 || draw.items.length === 0)
        throw new AppError(
          'conflict',
          `The test is not ready: the item bank cannot fill the blueprint for ${draw.shortfalls
            .map((s) => `task ${s.taskId} (${s.available} of ${s.wanted})`)
            .join(', ')}. Ask the organiser.`,
        );
      const { attempt } = await startAttempt(ctx.db, {
        orgId: candidate.orgId,
        id: crypto.randomUUID(),
        candidateId: candidate.id,
        draw: { seed: candidate.id, items: draw.items },
        startedAt: ctx.now,
        deadlineAt: deadlineOf(ctx.now, spec.parsed.timeLimitMinutes),
      });
      ctx.audit({
        targetKind: 'test-attempt',
        targetId: attempt.id,
        orgId: candidate.orgId,
        after: { candidateId: candidate.id, sessionId: session.id, items: draw.items.length },
      });
      return attemptView(ctx.db, attempt, ctx.now);
    },
  });

  const get = defineOperation({
    name: 'test.get',
    summary: 'The candidate’s questions (without keys), their saved answers and the seconds left by the server’s clock',
    input: tokenParam,
    output: testAttemptSchema,
    action: 'assessment.candidate',
    writes: false,
    cache: 'private',
    audit: null,
    run: async (input, ctx) => {
      const { candidate } = await byToken(ctx.db, input.token);
      const attempt = await attemptOf(ctx.db, candidate.orgId, candidate.id);
      if (!attempt) throw notStarted();
      return attemptView(ctx.db, attempt, ctx.now);
    },
  });

  const answer = defineOperation({
    name: 'test.answer',
    summary: 'Save one answer (option ids, or the text of a short answer); refused after the deadline or the submit',
    input: answerInput,
    output: answerAckSchema,
    action: 'assessment.candidate',
    writes: true,
    cache: 'none',
    audit: 'assessment.test-answered',
    run: async (input, ctx) => {
      const { candidate } = await byToken(ctx.db, input.token);
      const attempt = await attemptOf(ctx.db, candidate.orgId, candidate.id, 'share');
      if (!attempt) throw notStarted();
      const state = attemptState(attempt, ctx.now);
      if (state === 'submitted')
        throw new AppError('conflict', 'The test has been submitted: answers can no longer be changed.');
      if (state === 'expired')
        throw new AppError('conflict', 'The time for this test is up: answers are no longer accepted.');
      if (!drawnItems(attempt).some((d) => d.itemId === input.itemId))
        throw new AppError('unprocessable', 'This question is not part of your test.', [
          { path: 'itemId', message: 'not in your test' },
        ]);
      const [row] = await itemsById(ctx.db, candidate.orgId, [input.itemId]);
      const content = row && parseItem(row.content);
      if (!content) throw new AppError('unprocessable', 'This question cannot be answered: it is damaged.');
      const misfit = responseFits(content, input.response);
      if (misfit)
        throw new AppError('validation_failed', `The answer does not fit the question: ${misfit}.`, [
          { path: 'response', message: misfit },
        ]);
      await saveAnswer(ctx.db, {
        orgId: candidate.orgId,
        attemptId: attempt.id,
        itemId: input.itemId,
        response: input.response,
        at: ctx.now,
      });
      ctx.audit({
        targetKind: 'test-attempt',
        targetId: attempt.id,
        orgId: candidate.orgId,
        after: { itemId: input.itemId },
      });
      return {
        itemId: input.itemId,
        saved: true as const,
        answeredAt: ctx.now.toISOString(),
        secondsLeft: secondsLeft(attempt.deadlineAt, ctx.now),
      };
    },
  });

  const submit = defineOperation({
    name: 'test.submit',
    summary: 'Hand the test in: no answer can be changed after it (submitting again answers the same)',
    input: tokenParam,
    output: submitSchema,
    action: 'assessment.candidate',
    writes: true,
    cache: 'none',
    audit: 'assessment.test-submitted',
    run: async (input, ctx) => {
      const { candidate } = await byToken(ctx.db, input.token);
      const attempt = await attemptOf(ctx.db, candidate.orgId, candidate.id);
      if (!attempt) throw notStarted();
      const submittedAt = attempt.submittedAt ?? ctx.now;
      const first = await submitAttempt(ctx.db, candidate.orgId, attempt.id, submittedAt);
      ctx.audit({
        targetKind: 'test-attempt',
        targetId: attempt.id,
        orgId: candidate.orgId,
        after: { submitted: first ? 'now' : 'before' },
      });
      const answers = await answersOf(ctx.db, candidate.orgId, attempt.id);
      return {
        state: 'submitted' as const,
        submittedAt: submittedAt.toISOString(),
        answered: answers.length,
        total: drawnItems(attempt).length,
      };
    },
  });

  return { open, start, get, answer, submit };
}

export type CandidateTestOperations = ReturnType<typeof candidateTestOperations>;
