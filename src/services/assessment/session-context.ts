/**
 * What the session and online-test operations share: a session with its specification parsed
 * through the contract schema, the card it draws from, the draw a candidate gets, and the view of
 * a session with each candidate's progress.
 */
import { type AttemptState, attemptState, secondsLeft } from '../../domain/assessment/attempt-clock.js';
import { type Draw, type DrawnItem, drawTest } from '../../domain/assessment/draw.js';
import {
  type SpecificationContent,
  type TestItemContent,
  specificationContentSchema,
  testItemContentSchema,
} from '../../domain/assessment/instruments.js';
import { AppError } from '../../domain/shared/errors.js';
import type { Card } from '../../domain/standard/schemas.js';
import { type AttemptRow, attemptsOfSession, reviewedItemsOf } from '../../storage/repositories/attempt.repository.js';
import type { Executor } from '../../storage/repositories/edition.repository.js';
import {
  type SessionRow,
  type SpecRow,
  assessorsOf,
  candidatesOf,
  findSession,
  findSpec,
} from '../../storage/repositories/session.repository.js';
import type { Cards } from '../hr/hr-context.js';
import type { SESSION_STATUSES } from './session-schemas.js';

export type Spec = SpecRow & { parsed: SpecificationContent };

/** An organisation's record that is not there, or not the caller's to see: 404 either way. */
export const missing = () => new AppError('not_found', 'There is nothing here, or it is not yours to see.');

export const staleSession = (current: number | undefined) =>
  new AppError(
    'conflict',
    `Someone changed this session after you opened it (now version ${current ?? '?'}). Reload it, then make your change again.`,
  );

export async function specOf(db: Executor, orgId: string, specId: string): Promise<Spec | undefined> {
  const row = await findSpec(db, orgId, specId);
  if (!row) return undefined;
  const parsed = specificationContentSchema.safeParse(row.content);
  // A stored specification that no longer reads is a broken instrument, not a missing one.
  if (!parsed.success) throw new AppError('conflict', 'The session’s specification is damaged and cannot be read.');
  return { ...row, parsed: parsed.data };
}

export const questionCount = (spec: SpecificationContent) =>
  spec.forms.includes('theory')
    ? spec.functions.reduce((n, f) => n + Object.values(f.questionsPerTask).reduce((a, b) => a + b, 0), 0)
    : 0;

export const specSummary = (spec: Spec) => ({
  id: spec.id,
  title: spec.parsed.title,
  cardCode: spec.cardCode,
  cardLevel: spec.cardLevel,
  timeLimitMinutes: spec.parsed.timeLimitMinutes,
  questions: questionCount(spec.parsed),
  forms: [...spec.parsed.forms],
});

export async function cardOf(cards: Cards, db: Executor, spec: Spec): Promise<Card> {
  const card = (await cards(db)).find(spec.cardCode, spec.cardLevel);
  if (!card)
    throw new AppError(
      'conflict',
      `The current edition of the standard has no card ${spec.cardCode} level ${spec.cardLevel}: the test cannot be drawn.`,
    );
  return card;
}

/** The candidate's draw from the bank as it is now; the seed is the candidate's id, so a retried start draws the same. */
export async function drawFor(cards: Cards, db: Executor, spec: Spec, seed: string): Promise<Draw> {
  const [card, bank] = await Promise.all([
    cardOf(cards, db, spec),
    reviewedItemsOf(db, spec.orgId, spec.cardCode, spec.cardLevel),
  ]);
  const items = bank.flatMap((row) => {
    const content = testItemContentSchema.safeParse(row.content);
    return content.success ? [{ id: row.id, status: row.status as 'reviewed', content: content.data }] : [];
  });
  return drawTest(spec.parsed, items, card, seed);
}

/** The stored draw of an attempt (written by this module, read back defensively). */
export function drawnItems(attempt: Pick<AttemptRow, 'draw'>): DrawnItem[] {
  const draw = attempt.draw as { items?: DrawnItem[] } | null;
  return Array.isArray(draw?.items) ? draw.items : [];
}

export function parseItem(content: unknown): TestItemContent | undefined {
  const parsed = testItemContentSchema.safeParse(content);
  return parsed.success ? parsed.data : undefined;
}

export type Progress = {
  state: AttemptState;
  answered: number;
  total: number;
  secondsLeft: number;
  startedAt: string | null;
  submittedAt: string | null;
};

export function progressOf(
  attempt: (AttemptRow & { answered: number }) | undefined,
  now: Date,
  total: number,
): Progress {
  if (!attempt) return { state: 'not-started', answered: 0, total, secondsLeft: 0, startedAt: null, submittedAt: null };
  const state = attemptState(attempt, now);
  return {
    state,
    answered: attempt.answered,
    total: drawnItems(attempt).length,
    secondsLeft: state === 'in-progress' ? secondsLeft(attempt.deadlineAt, now) : 0,
    startedAt: attempt.startedAt.toISOString(),
    submittedAt: attempt.submittedAt?.toISOString() ?? null,
  };
}

export async function requireSession(db: Executor, orgId: string, sessionId: string): Promise<SessionRow> {
  const session = await findSession(db, orgId, sessionId);
  if (!session) throw missing();
  return session;
}

export const sessionStatus = (s: string) => s as (typeof SESSION_STATUSES)[number];

export async function sessionDetail(db: Executor, cards: Cards, session: SessionRow, now: Date) {
  const spec = await specOf(db, session.orgId, session.specId);
  if (!spec) throw missing();
  const [assessors, candidates, attempts] = await Promise.all([
    assessorsOf(db, session.orgId, session.id),
    candidatesOf(db, session.orgId, session.id),
    attemptsOfSession(db, session.orgId, session.id),
  ]);
  // The shortfalls do not depend on the candidate: any seed shows whether the bank can fill the blueprint.
  const shortfalls = spec.parsed.forms.includes('theory')
    ? await drawFor(cards, db, spec, session.id).then(
        (d) => d.shortfalls,
        () => [],
      )
    : [];
  const byCandidate = new Map(attempts.map((a) => [a.candidateId, a]));
  const questions = questionCount(spec.parsed);
  return {
    id: session.id,
    title: session.title,
    startsOn: session.startsOn,
    place: session.place,
    status: sessionStatus(session.status),
    demo: session.demo,
    version: session.version,
    spec: specSummary(spec),
    shortfalls,
    commission: session.commission,
    assessors,
    candidates: candidates.map((c) => ({
      id: c.id,
      staffId: c.staffId,
      fullName: c.fullName,
      email: c.email,
      hasLink: c.hasLink,
      progress: progressOf(byCandidate.get(c.id), now, questions),
    })),
  };
}
