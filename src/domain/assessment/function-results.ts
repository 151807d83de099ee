/**
 * A candidate's result per labour function, by the specification's pass rules: the share of the
 * function's test questions answered right, the share of its checklist criteria met, and whether
 * a critical criterion was missed. The commission decides from this; the certificate carries it.
 * Pure: the theory comes in already counted, the marks as the assessors saved them.
 *
 * Rules, in the words docs/assessment.md uses ("Pass rules"):
 * - Theory counts for a function when 'theory' is a form and the blueprint draws at least one
 *   question for one of its tasks. Its percent is correct / drawn; a candidate without an answer
 *   for the function (no attempt, or nothing drawn for it) scores 0 there, never "not assessed".
 * - Practice counts for a function when 'practical' is a form and at least one criterion of the
 *   specification's tasks observes a skill of the function. A task observing skills of two
 *   functions counts for both. An unmarked criterion counts as NOT met: the commission decides on
 *   what was observed, and a sheet left half-filled must not pass anyone.
 * - A function passes when every part that counts reaches its pass percent and no critical
 *   criterion is missed. A function with no part that counts is not assessed, and so not passed:
 *   a certificate never states a function nobody looked at.
 * - The recommendation is 'passed' iff every function of the blueprint passed.
 */
import type { Card } from '../standard/schemas.js';
import type { PracticalTaskContent, SpecificationContent } from './instruments.js';
import type { DecisionOutcome, FunctionResult } from './results.js';

export const CRITERION_MARKS = ['met', 'not-met'] as const;
export type CriterionMark = (typeof CRITERION_MARKS)[number];

/** One function's theory as the test counted it. */
export type TheoryCount = { correct: number; total: number; percent: number };

/** A task's checklist as the assessors marked it: criterion id → mark; absent = unmarked. */
export type TaskMarks = Record<string, CriterionMark>;

export type ScoredTask = Pick<PracticalTaskContent, 'skillIds' | 'criteria'> & { id: string };

/** Skill id → the labour function it belongs to (task-level and function-level lists alike). */
export function skillFunctions(card: Card): Map<string, string> {
  const out = new Map<string, string>();
  for (const f of card.labourFunctions) {
    for (const s of f.skills ?? []) out.set(s.id, f.id);
    for (const t of f.tasks) for (const s of t.skills) out.set(s.id, f.id);
  }
  return out;
}

/** Rounded to one decimal for showing; pass or fail is decided on the exact counts. */
const percentOf = (part: number, whole: number) => Math.round((part / whole) * 1000) / 10;

type PracticalCount = { met: number; all: number; criticalMissed: boolean };

function practicalCounts(
  spec: SpecificationContent,
  card: Card,
  tasks: readonly ScoredTask[],
  marks: ReadonlyMap<string, TaskMarks>,
): Map<string, PracticalCount> {
  const functionOf = skillFunctions(card);
  const counts = new Map<string, PracticalCount>();
  const inSpec = new Set(spec.practicalTaskIds);
  for (const task of tasks) {
    if (!inSpec.has(task.id)) continue;
    const functions = new Set(task.skillIds.flatMap((s) => functionOf.get(s) ?? []));
    const taskMarks = marks.get(task.id) ?? {};
    for (const functionId of functions) {
      const count = counts.get(functionId) ?? { met: 0, all: 0, criticalMissed: false };
      for (const criterion of task.criteria) {
        const met = taskMarks[criterion.id] === 'met';
        count.all += 1;
        if (met) count.met += 1;
        else if (criterion.critical) count.criticalMissed = true;
      }
      counts.set(functionId, count);
    }
  }
  return counts;
}

export function functionResults(
  spec: SpecificationContent,
  card: Card,
  theory: ReadonlyMap<string, TheoryCount> | null,
  tasks: readonly ScoredTask[],
  marks: ReadonlyMap<string, TaskMarks>,
): FunctionResult[] {
  const theoryIsForm = spec.forms.includes('theory');
  const practicalIsForm = spec.forms.includes('practical');
  const practical = practicalIsForm ? practicalCounts(spec, card, tasks, marks) : new Map<string, PracticalCount>();
  return spec.functions.map((f) => {
    const drawn = Object.values(f.questionsPerTask).reduce((sum, n) => sum + n, 0);
    const theoryCounts = theoryIsForm && drawn > 0;
    const t = theory?.get(f.labourFunctionId);
    const correct = t?.correct ?? 0;
    const total = t?.total ?? 0;
    const theoryPercent = theoryCounts ? (total > 0 ? percentOf(correct, total) : 0) : null;
    const theoryPassed = !theoryCounts || (total > 0 && correct * 100 >= f.theoryPassPercent * total);

    const p = practical.get(f.labourFunctionId);
    const practiceCounts = practicalIsForm && p !== undefined && p.all > 0;
    const practicalPercent = practiceCounts && p ? percentOf(p.met, p.all) : null;
    const criticalMissed = practiceCounts && p ? p.criticalMissed : false;
    const practicalPassed = !practiceCounts || (p !== undefined && p.met * 100 >= f.practicalPassPercent * p.all);

    const assessed = theoryCounts || practiceCounts;
    return {
      labourFunctionId: f.labourFunctionId,
      theoryPercent,
      practicalPercent,
      criticalMissed,
      passed: assessed && theoryPassed && practicalPassed && !criticalMissed,
    };
  });
}

/** What the rules recommend to the commission: passed iff every function passed (and there is one). */
export function recommendedOutcome(results: readonly FunctionResult[]): DecisionOutcome {
  return results.length > 0 && results.every((r) => r.passed) ? 'passed' : 'failed';
}
