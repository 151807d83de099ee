/**
 * Scoring the online test. A single-choice answer is right when it is the key; a multiple-choice
 * answer only when it is exactly the key's set (all or nothing: partial credit would reward ticking
 * everything); a short answer when, normalised, it equals any accepted answer normalised the same
 * way. Normalising trims, joins runs of spaces, case-folds (Kazakh and Russian letters fold like any
 * other by Unicode's rules), and reads ё as е, as Russian print does. Pure.
 */
import { z } from 'zod';
import type { TestItemContent } from './instruments.js';
import type { DrawnItem } from './draw.js';

/** A candidate's answer: the option ids chosen, or the text typed for a short answer. */
export const responseSchema = z.union([
  z
    .array(z.string().regex(/^[a-z0-9]{1,8}$/, 'an option id'))
    .max(10)
    .refine((ids) => new Set(ids).size === ids.length, 'an option is chosen twice'),
  z.string().max(1000),
]);
export type TestResponse = z.output<typeof responseSchema>;

export function normaliseAnswer(text: string): string {
  return text.normalize('NFC').trim().replace(/\s+/gu, ' ').toLowerCase().replaceAll('ё', 'е');
}

/** 1 when the response is right, 0 otherwise (a response of the wrong shape is simply wrong). */
export function scoreResponse(item: Pick<TestItemContent, 'kind' | 'key'>, response: TestResponse | undefined): 0 | 1 {
  if (response === undefined) return 0;
  if (item.kind === 'short') {
    if (typeof response !== 'string') return 0;
    const given = normaliseAnswer(response);
    return given !== '' && item.key.some((k) => normaliseAnswer(k) === given) ? 1 : 0;
  }
  if (typeof response === 'string') return 0;
  const key = new Set(item.key);
  if (item.kind === 'single') return response.length === 1 && key.has(response[0] as string) ? 1 : 0;
  return response.length === key.size && response.every((id) => key.has(id)) ? 1 : 0;
}

/** Whether a response fits the item it answers (choice ids among its options, text for short). */
export function responseFits(item: Pick<TestItemContent, 'kind' | 'options'>, response: TestResponse): string | null {
  if (item.kind === 'short') return typeof response === 'string' ? null : 'a short-answer question takes text';
  if (typeof response === 'string') return 'a choice question takes option ids';
  if (item.kind === 'single' && response.length > 1) return 'a single-choice question takes one option';
  const ids = new Set(item.options.map((o) => o.id));
  const stranger = response.find((id) => !ids.has(id));
  return stranger === undefined ? null : `the option ${stranger} is not one of this question's`;
}

export type FunctionTheory = { correct: number; total: number; percent: number };

/**
 * Right answers per labour function over the drawn questions (an unanswered question counts as
 * wrong). Percent is rounded to one decimal place.
 */
export function theoryByFunction(
  draw: readonly Pick<DrawnItem, 'itemId' | 'labourFunctionId'>[],
  items: ReadonlyMap<string, Pick<TestItemContent, 'kind' | 'key'>>,
  answers: ReadonlyMap<string, TestResponse>,
): Map<string, FunctionTheory> {
  const out = new Map<string, FunctionTheory>();
  for (const d of draw) {
    const item = items.get(d.itemId);
    const score = item ? scoreResponse(item, answers.get(d.itemId)) : 0;
    const f = out.get(d.labourFunctionId) ?? { correct: 0, total: 0, percent: 0 };
    f.correct += score;
    f.total += 1;
    out.set(d.labourFunctionId, f);
  }
  for (const f of out.values()) f.percent = f.total === 0 ? 0 : Math.round((f.correct / f.total) * 1000) / 10;
  return out;
}
