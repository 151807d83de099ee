/**
 * What a decision's parts must satisfy before it is recorded, and how a candidate's results are
 * computed from the stored marks and the test: shared by the decision operations and the
 * session's results.
 */
import { type TaskMarks, functionResults, recommendedOutcome } from '../../domain/assessment/function-results.js';
import type { CommissionMember, FunctionResult } from '../../domain/assessment/results.js';
import type { FieldError } from '../../domain/shared/errors.js';
import { type Lang, displayOf } from '../../domain/shared/localize.js';
import type { Card } from '../../domain/standard/schemas.js';
import type { Executor } from '../../storage/repositories/edition.repository.js';
import type { ScoreRow } from '../../storage/repositories/scoring.repository.js';
import type { Cards } from '../hr/hr-context.js';
import type { Candidate, SheetTask } from './scoring-context.js';
import type { TheorySource } from './scoring-theory.js';

/** "Chair" in the three languages the pages use; a commission without one cannot decide. */
const CHAIR = /chair|төраға|председател/i;
export const isChair = (member: CommissionMember) => CHAIR.test(member.role);

export function commissionProblems(members: readonly CommissionMember[]): FieldError[] {
  if (members.length === 0)
    return [{ path: 'commission', message: 'the commission has no members (set them on the session, or here)' }];
  if (!members.some(isChair))
    return [{ path: 'commission', message: 'one member must be the chair (role: төраға / председатель / chair)' }];
  return [];
}

export const marksOf = (scores: readonly Pick<ScoreRow, 'taskId' | 'criteria'>[]) =>
  new Map(scores.map((s) => [s.taskId, s.criteria as TaskMarks]));

/**
 * The card the specification was built from, in the current edition; undefined when the current
 * edition no longer has it (results then cannot be computed, and the page says so).
 */
export async function cardOf(db: Executor, cards: Cards, candidate: Candidate): Promise<Card | undefined> {
  return (await cards(db)).find(candidate.cardCode, candidate.cardLevel);
}

export type CandidateResults = {
  theory: Map<string, { correct: number; total: number; percent: number }> | null;
  functionResults: FunctionResult[];
  recommendation: 'passed' | 'failed';
};

export async function resultsOf(
  db: Executor,
  theorySource: TheorySource,
  candidate: Candidate,
  card: Card | undefined,
  tasks: readonly SheetTask[],
  scores: readonly Pick<ScoreRow, 'taskId' | 'criteria'>[],
): Promise<CandidateResults> {
  const theory = await theorySource.candidateTheory(db, candidate.orgId, candidate.id);
  if (!card) return { theory, functionResults: [], recommendation: 'failed' };
  const results = functionResults(candidate.spec, card, theory, tasks, marksOf(scores));
  return { theory, functionResults: results, recommendation: recommendedOutcome(results) };
}

/** The card's labour functions by name, in the asked language (the official Kazakh when there is no translation). */
export const functionNames = (card: Card | undefined, lang: Lang) =>
  (card?.labourFunctions ?? []).map((f) => {
    const shown = displayOf(f.name, lang);
    return { labourFunctionId: f.id, name: shown.text, official: shown.official };
  });
