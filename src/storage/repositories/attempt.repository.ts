/**
 * Online test attempts and their answers, and the item bank as the draw and the scoring read it.
 * An attempt is made once per candidate (the unique key makes a second start a no-op); an answer is
 * one row per drawn item, written over when the candidate changes their mind. Items are returned
 * with their raw content: the service parses it through the contract schema.
 */
import type { Executor } from './edition.repository.js';

export type AttemptRow = {
  orgId: string;
  id: string;
  candidateId: string;
  draw: unknown;
  startedAt: Date;
  deadlineAt: Date;
  submittedAt: Date | null;
};

export type BankRow = { id: string; status: string; content: unknown };

const ATTEMPT = ['org_id', 'id', 'candidate_id', 'draw', 'started_at', 'deadline_at', 'submitted_at'] as const;

const toAttempt = (r: {
  org_id: string;
  id: string;
  candidate_id: string;
  draw: unknown;
  started_at: Date;
  deadline_at: Date;
  submitted_at: Date | null;
}): AttemptRow => ({
  orgId: r.org_id,
  id: r.id,
  candidateId: r.candidate_id,
  draw: r.draw,
  startedAt: new Date(r.started_at),
  deadlineAt: new Date(r.deadline_at),
  submittedAt: r.submitted_at ? new Date(r.submitted_at) : null,
});

/** The card's items that may be drawn (reviewed ones; the draw checks the status again). */
export async function reviewedItemsOf(
  ex: Executor,
  orgId: string,
  cardCode: string,
  level: number,
): Promise<BankRow[]> {
  return ex
    .selectFrom('assessment_item')
    .select(['id', 'status', 'content'])
    .where('org_id', '=', orgId)
    .where('card_code', '=', cardCode)
    .where('card_level', '=', level)
    .where('status', '=', 'reviewed')
    .orderBy('id')
    .execute();
}

/** Items by id whatever their status: an item retired after it was drawn still scores. */
export async function itemsById(ex: Executor, orgId: string, ids: readonly string[]): Promise<BankRow[]> {
  if (ids.length === 0) return [];
  return ex
    .selectFrom('assessment_item')
    .select(['id', 'status', 'content'])
    .where('org_id', '=', orgId)
    .where('id', 'in', [...ids])
    .execute();
}

/** Creates the attempt unless the candidate has one; answers the candidate's attempt either way. */
export async function startAttempt(
  ex: Executor,
  a: { orgId: string; id: string; candidateId: string; draw: unknown; startedAt: Date; deadlineAt: Date },
): Promise<{ attempt: AttemptRow; created: boolean }> {
  const inserted = await ex
    .insertInto('test_attempt')
    .values({
      org_id: a.orgId,
      id: a.id,
      candidate_id: a.candidateId,
      draw: JSON.stringify(a.draw),
      started_at: a.startedAt,
      deadline_at: a.deadlineAt,
    })
    .onConflict((oc) => oc.columns(['org_id', 'candidate_id']).doNothing())
    .returning(ATTEMPT)
    .executeTakeFirst();
  if (inserted) return { attempt: toAttempt(inserted), created: true };
  const existing = await attemptOf(ex, a.orgId, a.candidateId);
  if (!existing) throw new Error('the attempt vanished between its insert and its read');
  return { attempt: existing, created: false };
}

/**
 * The candidate's attempt. `share` locks it for the transaction: an answer then waits for a submit
 * under way and sees it, so no answer is stored after the test was handed in.
 */
export async function attemptOf(
  ex: Executor,
  orgId: string,
  candidateId: string,
  lock: 'share' | null = null,
): Promise<AttemptRow | undefined> {
  const query = ex
    .selectFrom('test_attempt')
    .select(ATTEMPT)
    .where('org_id', '=', orgId)
    .where('candidate_id', '=', candidateId);
  const r = await (lock === 'share' ? query.forShare() : query).executeTakeFirst();
  return r && toAttempt(r);
}

/** Every attempt of a session's candidates, with how many questions each has answered. */
export async function attemptsOfSession(
  ex: Executor,
  orgId: string,
  sessionId: string,
): Promise<(AttemptRow & { answered: number })[]> {
  const rows = await ex
    .selectFrom('test_attempt')
    .innerJoin('session_candidate', (j) =>
      j
        .onRef('session_candidate.org_id', '=', 'test_attempt.org_id')
        .onRef('session_candidate.id', '=', 'test_attempt.candidate_id'),
    )
    .select([
      'test_attempt.org_id',
      'test_attempt.id',
      'test_attempt.candidate_id',
      'test_attempt.draw',
      'test_attempt.started_at',
      'test_attempt.deadline_at',
      'test_attempt.submitted_at',
    ])
    .select((eb) =>
      eb
        .selectFrom('test_answer')
        .whereRef('test_answer.org_id', '=', 'test_attempt.org_id')
        .whereRef('test_answer.attempt_id', '=', 'test_attempt.id')
        .select(eb.fn.countAll<string>().as('n'))
        .as('answered'),
    )
    .where('test_attempt.org_id', '=', orgId)
    .where('session_candidate.session_id', '=', sessionId)
    .execute();
  return rows.map((r) => ({ ...toAttempt(r), answered: Number(r.answered ?? 0) }));
}

export async function answersOf(
  ex: Executor,
  orgId: string,
  attemptId: string,
): Promise<{ itemId: string; response: unknown; answeredAt: Date }[]> {
  const rows = await ex
    .selectFrom('test_answer')
    .select(['item_id', 'response', 'answered_at'])
    .where('org_id', '=', orgId)
    .where('attempt_id', '=', attemptId)
    .execute();
  return rows.map((r) => ({ itemId: r.item_id, response: r.response, answeredAt: new Date(r.answered_at) }));
}

/** The answers of many attempts at once (the item matrix of a session). */
export async function answersOfAttempts(
  ex: Executor,
  orgId: string,
  attemptIds: readonly string[],
): Promise<{ attemptId: string; itemId: string; response: unknown }[]> {
  if (attemptIds.length === 0) return [];
  const rows = await ex
    .selectFrom('test_answer')
    .select(['attempt_id', 'item_id', 'response'])
    .where('org_id', '=', orgId)
    .where('attempt_id', 'in', [...attemptIds])
    .execute();
  return rows.map((r) => ({ attemptId: r.attempt_id, itemId: r.item_id, response: r.response }));
}

export async function saveAnswer(
  ex: Executor,
  a: { orgId: string; attemptId: string; itemId: string; response: unknown; at: Date },
): Promise<void> {
  const response = JSON.stringify(a.response);
  await ex
    .insertInto('test_answer')
    .values({ org_id: a.orgId, attempt_id: a.attemptId, item_id: a.itemId, response, answered_at: a.at })
    .onConflict((oc) => oc.columns(['org_id', 'attempt_id', 'item_id']).doUpdateSet({ response, answered_at: a.at }))
    .execute();
}

/** Marks the attempt submitted; false when it already was. */
export async function submitAttempt(ex: Executor, orgId: string, attemptId: string, at: Date): Promise<boolean> {
  const r = await ex
    .updateTable('test_attempt')
    .set({ submitted_at: at })
    .where('org_id', '=', orgId)
    .where('id', '=', attemptId)
    .where('submitted_at', 'is', null)
    .executeTakeFirst();
  return Number(r.numUpdatedRows) > 0;
}
