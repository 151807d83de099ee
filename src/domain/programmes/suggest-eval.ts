/**
 * Measuring the link suggestions against a hand-written evaluation set
 * (test/fixtures/programmes/suggestion-eval.yaml): precision and recall, micro (over all
 * suggestions) and per outcome (the mean of each outcome's own), per language and per half. The
 * halves are fixed by position: even positions are the dev half the tuning is chosen on, odd
 * positions the test half. Used by bench/programme-suggestions.ts and by the unit test that holds
 * a floor under the figures. Pure.
 */
import { z } from 'zod';
import type { Card } from '../standard/schemas.js';
import { type SuggestTuning, cardItems, suggestLinks, suggestionIndex } from './suggest.js';

export const evalSetSchema = z
  .object({
    outcomes: z.array(
      z
        .object({
          card: z.string().regex(/^\d{4}-\d-\d{3}\/\d$/),
          lang: z.enum(['kk', 'ru']),
          text: z.string().min(1),
          criteria: z.array(z.string().min(1)).optional(),
          gold: z.array(z.string().min(1)).min(1),
        })
        .strict(),
    ),
  })
  .strict();
export type EvalOutcome = z.output<typeof evalSetSchema>['outcomes'][number];
export type Split = 'dev' | 'test';

export const splitOf = (position: number): Split => (position % 2 === 0 ? 'dev' : 'test');

export type Scores = {
  outcomes: number;
  /** Outcomes that got no suggestion at all. */
  empty: number;
  suggested: number;
  correct: number;
  gold: number;
  microPrecision: number;
  microRecall: number;
  /** Mean of each outcome's precision; an outcome without suggestions counts 0. */
  outcomePrecision: number;
  outcomeRecall: number;
  /** Share of outcomes whose first suggestion is a gold item. */
  firstRight: number;
};

const ratio = (a: number, b: number) => (b === 0 ? 0 : a / b);

export function score(rows: { suggested: string[]; gold: string[] }[]): Scores {
  let suggested = 0;
  let correct = 0;
  let gold = 0;
  let precisionSum = 0;
  let recallSum = 0;
  let firstRight = 0;
  let empty = 0;
  for (const row of rows) {
    const goldSet = new Set(row.gold);
    const right = row.suggested.filter((id) => goldSet.has(id)).length;
    suggested += row.suggested.length;
    correct += right;
    gold += goldSet.size;
    precisionSum += ratio(right, row.suggested.length);
    recallSum += ratio(right, goldSet.size);
    if (row.suggested[0] !== undefined && goldSet.has(row.suggested[0])) firstRight++;
    if (row.suggested.length === 0) empty++;
  }
  return {
    outcomes: rows.length,
    empty,
    suggested,
    correct,
    gold,
    microPrecision: ratio(correct, suggested),
    microRecall: ratio(correct, gold),
    outcomePrecision: ratio(precisionSum, rows.length),
    outcomeRecall: ratio(recallSum, rows.length),
    firstRight: ratio(firstRight, rows.length),
  };
}

export type EvalRow = { position: number; split: Split; lang: 'kk' | 'ru'; suggested: string[]; gold: string[] };

/** Every outcome of the set run through the engine with `tuning`. */
export function runEval(
  outcomes: EvalOutcome[],
  findCard: (key: string) => Card | undefined,
  tuning: SuggestTuning,
): EvalRow[] {
  const indexes = new Map<string, ReturnType<typeof suggestionIndex>>();
  return outcomes.map((outcome, position) => {
    let index = indexes.get(outcome.card);
    if (!index) {
      const card = findCard(outcome.card);
      if (!card) throw new Error(`the evaluation set names card ${outcome.card}, which the edition lacks`);
      index = suggestionIndex(cardItems(card), tuning);
      indexes.set(outcome.card, index);
    }
    const suggested = suggestLinks(index, { text: outcome.text, criteria: outcome.criteria ?? [] }).map(
      (s) => s.itemId,
    );
    return { position, split: splitOf(position), lang: outcome.lang, suggested, gold: outcome.gold };
  });
}

/** Scores per language and half, and overall per half. */
export function scoreBy(rows: EvalRow[]): Record<string, Scores> {
  const groups: Record<string, EvalRow[]> = {};
  for (const row of rows) {
    for (const key of [`${row.lang}/${row.split}`, `all/${row.split}`]) {
      const group = groups[key] ?? [];
      group.push(row);
      groups[key] = group;
    }
  }
  return Object.fromEntries(Object.entries(groups).map(([key, group]) => [key, score(group)]));
}
