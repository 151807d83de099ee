/**
 * The online test's clock. The server's time decides: the deadline is fixed when the candidate
 * starts (start + the specification's limit), seconds left are counted from the server's now, and
 * an answer that arrives after the deadline is refused whatever the candidate's page showed. Pure.
 */

export const ATTEMPT_STATES = ['not-started', 'in-progress', 'submitted', 'expired'] as const;
export type AttemptState = (typeof ATTEMPT_STATES)[number];

export const deadlineOf = (startedAt: Date, timeLimitMinutes: number): Date =>
  new Date(startedAt.getTime() + timeLimitMinutes * 60_000);

/** Whole seconds until the deadline, never negative (rounded down: the page never promises time it has not). */
export const secondsLeft = (deadline: Date, now: Date): number =>
  Math.max(0, Math.floor((deadline.getTime() - now.getTime()) / 1000));

export function attemptState(
  attempt: { deadlineAt: Date; submittedAt: Date | null } | null | undefined,
  now: Date,
): AttemptState {
  if (!attempt) return 'not-started';
  if (attempt.submittedAt) return 'submitted';
  return now.getTime() >= attempt.deadlineAt.getTime() ? 'expired' : 'in-progress';
}
