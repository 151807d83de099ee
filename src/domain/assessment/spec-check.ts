/**
 * Specifications against their card: the default blueprint Kasip proposes, the structural
 * errors a draft may not have (functions and tasks the card does not have), and the coverage
 * problems that stop publication, each naming the card's item by id and official Kazakh text.
 * Pure.
 */
import type { Card } from '../standard/schemas.js';
import { type ItemRef, type TaskRef, cardEntries, coverageMatrix, taskKnowledgePool } from './coverage.js';
import type { AssessmentForm, BlueprintFunction, InstrumentLang, SpecificationContent } from './instruments.js';

/**
 * The default pass rule: 70 % of a function's questions right and 70 % of its checklist
 * criteria met. Centres set their own; this is what a new blueprint starts from.
 */
export const DEFAULT_PASS_PERCENT = { theory: 70, practical: 70 } as const;
export const DEFAULT_TIME_LIMIT_MINUTES = 90;

export type ProposeOptions = {
  title?: string | undefined;
  theoryPassPercent?: number | undefined;
  practicalPassPercent?: number | undefined;
  timeLimitMinutes?: number | undefined;
  forms?: AssessmentForm[] | undefined;
  testLang?: InstrumentLang | undefined;
};

/**
 * One entry per labour function with equal weights (the remainder of 100 goes to the first
 * functions, so they add up to 100 exactly), and per task as many questions as it has knowledge
 * items (at least one).
 */
export function proposeSpecification(card: Card, options: ProposeOptions = {}): SpecificationContent {
  const fns = card.labourFunctions;
  const base = Math.floor(100 / Math.max(1, fns.length));
  const extra = 100 - base * fns.length;
  const pool = taskKnowledgePool(card);
  const functions: BlueprintFunction[] = fns.map((f, index) => ({
    labourFunctionId: f.id,
    weight: base + (index < extra ? 1 : 0),
    questionsPerTask: Object.fromEntries(
      f.tasks.map((t) => [t.id, Math.min(200, Math.max(1, t.knowledge.length || (pool.get(t.id)?.length ?? 0)))]),
    ),
    theoryPassPercent: options.theoryPassPercent ?? DEFAULT_PASS_PERCENT.theory,
    practicalPassPercent: options.practicalPassPercent ?? DEFAULT_PASS_PERCENT.practical,
  }));
  return {
    cardCode: card.code.value,
    cardLevel: card.level.value,
    title: options.title ?? `${card.code.value}/${card.level.value}: ${card.name.kk}`.slice(0, 300),
    forms: options.forms ?? ['theory', 'practical'],
    timeLimitMinutes: options.timeLimitMinutes ?? DEFAULT_TIME_LIMIT_MINUTES,
    functions,
    practicalTaskIds: [],
    validityMonths: 36,
    testLang: options.testLang ?? 'kk',
  };
}

export type FieldProblem = { path: string; message: string };

/** What a draft may not say about its card: functions or tasks it does not have, a function twice. */
export function blueprintErrors(card: Card, spec: SpecificationContent): FieldProblem[] {
  const out: FieldProblem[] = [];
  if (spec.cardCode !== card.code.value || spec.cardLevel !== card.level.value)
    out.push({ path: 'content.cardCode', message: `the specification is for ${card.code.value}/${card.level.value}` });
  const fns = new Map(card.labourFunctions.map((f) => [f.id, f]));
  const seen = new Set<string>();
  spec.functions.forEach((bf, i) => {
    const f = fns.get(bf.labourFunctionId);
    if (!f) {
      out.push({
        path: `content.functions.${i}.labourFunctionId`,
        message: `the card has no labour function ${bf.labourFunctionId}`,
      });
      return;
    }
    if (seen.has(f.id))
      out.push({ path: `content.functions.${i}.labourFunctionId`, message: `${f.id} is named twice` });
    seen.add(f.id);
    const tasks = new Set(f.tasks.map((t) => t.id));
    for (const taskId of Object.keys(bf.questionsPerTask))
      if (!tasks.has(taskId))
        out.push({
          path: `content.functions.${i}.questionsPerTask`,
          message: `the labour function ${f.id} has no task ${taskId}`,
        });
  });
  return out;
}

export type PublishProblemKind = 'knowledge-uncovered' | 'skill-uncovered' | 'too-few-items' | 'task-not-usable';

/** Why a specification cannot be published, naming the card's item (id and official text). */
export type PublishProblem = { kind: PublishProblemKind; id: string; kk: string; message: string };

/**
 * Everything that stops publication. Knowledge needs a reviewed test item; a skill needs a
 * reviewed practical task among the specification's chosen ones; a task may not ask for more
 * questions than reviewed items exist in its pool; a chosen practical task must exist, be
 * reviewed and be for this card.
 */
export function publishProblems(
  card: Card,
  spec: SpecificationContent,
  items: readonly ItemRef[],
  tasks: readonly (TaskRef & { cardCode: string; cardLevel: number })[],
): PublishProblem[] {
  const out: PublishProblem[] = [];
  const chosen = new Set(spec.practicalTaskIds);
  const byId = new Map(tasks.map((t) => [t.id, t]));
  for (const id of spec.practicalTaskIds) {
    const t = byId.get(id);
    if (t?.status !== 'reviewed' || t.cardCode !== card.code.value || t.cardLevel !== card.level.value)
      out.push({
        kind: 'task-not-usable',
        id,
        kk: '',
        message: `the practical task ${id} is not a reviewed task of this card`,
      });
  }
  for (const row of coverageMatrix(card, items, tasks, chosen)) {
    if (row.covered) continue;
    const { id, kk, kind } = row.entry;
    out.push(
      kind === 'knowledge'
        ? { kind: 'knowledge-uncovered', id, kk, message: `no reviewed test item assesses ${id} «${kk}»` }
        : {
            kind: 'skill-uncovered',
            id,
            kk,
            message: `no reviewed practical task of the specification observes ${id} «${kk}»`,
          },
    );
  }
  const pool = taskKnowledgePool(card);
  const names = new Map<string, string>();
  for (const f of card.labourFunctions) for (const t of f.tasks) names.set(t.id, t.name.kk);
  const reviewed = items.filter((i) => i.status === 'reviewed');
  for (const f of spec.functions)
    for (const [taskId, wanted] of Object.entries(f.questionsPerTask)) {
      if (wanted <= 0) continue;
      const knowledge = new Set(pool.get(taskId) ?? []);
      const available = reviewed.filter((i) => i.knowledgeIds.some((k) => knowledge.has(k))).length;
      if (available < wanted)
        out.push({
          kind: 'too-few-items',
          id: taskId,
          kk: names.get(taskId) ?? '',
          message: `the task ${taskId} «${names.get(taskId) ?? ''}» asks ${wanted} questions; ${available} reviewed items exist for it`,
        });
    }
  return out;
}

/** The number of skill and knowledge items of a card, for summaries. */
export function entryCounts(card: Card): { skills: number; knowledge: number } {
  const entries = cardEntries(card);
  return {
    skills: entries.filter((e) => e.kind === 'skill').length,
    knowledge: entries.filter((e) => e.kind === 'knowledge').length,
  };
}
