import { describe, expect, it } from 'vitest';
import type { Card } from '../standard/schemas.js';
import {
  type ScoredTask,
  type TaskMarks,
  type TheoryCount,
  functionResults,
  recommendedOutcome,
  skillFunctions,
} from './function-results.js';
import type { SpecificationContent } from './instruments.js';

const src = { source: { lines: [1, 1] as [number, number] } };
const skill = (id: string) => ({ id, kk: id, ...src });
/** Two functions: f1 with task t1 (skills s1, s2), f2 with task t2 (skill s3) and a function-wide skill s4. */
const card = {
  labourFunctions: [
    {
      id: 'f1',
      name: { kk: 'f1', ...src },
      tasks: [{ id: 'f1.t1', name: { kk: 't1', ...src }, skills: [skill('s1'), skill('s2')], knowledge: [] }],
    },
    {
      id: 'f2',
      name: { kk: 'f2', ...src },
      skills: [skill('s4')],
      tasks: [{ id: 'f2.t2', name: { kk: 't2', ...src }, skills: [skill('s3')], knowledge: [] }],
    },
  ],
} as unknown as Card;

const TASK_A = '00000000-0000-4000-8000-00000000000a';
const TASK_B = '00000000-0000-4000-8000-00000000000b';
const TASK_OUTSIDE = '00000000-0000-4000-8000-00000000000c';

const spec = (over: Partial<SpecificationContent> = {}): SpecificationContent => ({
  cardCode: '2635-3-001',
  cardLevel: 5,
  title: 'spec',
  forms: ['theory', 'practical'],
  timeLimitMinutes: 60,
  functions: [
    {
      labourFunctionId: 'f1',
      weight: 50,
      questionsPerTask: { 'f1.t1': 4 },
      theoryPassPercent: 70,
      practicalPassPercent: 75,
    },
    {
      labourFunctionId: 'f2',
      weight: 50,
      questionsPerTask: { 'f2.t2': 2 },
      theoryPassPercent: 50,
      practicalPassPercent: 50,
    },
  ],
  practicalTaskIds: [TASK_A, TASK_B],
  validityMonths: 36,
  testLang: 'kk',
  ...over,
});

/** Task A observes s1 (f1): four criteria, c4 critical. Task B observes s3 and s4 (both f2): two criteria. */
const tasks: ScoredTask[] = [
  {
    id: TASK_A,
    skillIds: ['s1'],
    criteria: [
      { id: 'c1', text: 'one', critical: false },
      { id: 'c2', text: 'two', critical: false },
      { id: 'c3', text: 'three', critical: false },
      { id: 'c4', text: 'four', critical: true },
    ],
  },
  {
    id: TASK_B,
    skillIds: ['s3', 's4'],
    criteria: [
      { id: 'd1', text: 'one', critical: false },
      { id: 'd2', text: 'two', critical: false },
    ],
  },
  // Not in the specification: its marks must not count anywhere.
  { id: TASK_OUTSIDE, skillIds: ['s2'], criteria: [{ id: 'x', text: 'x', critical: true }] },
];

const theory = (entries: [string, number, number][]) =>
  new Map<string, TheoryCount>(
    entries.map(([id, correct, total]) => [id, { correct, total, percent: (correct / total) * 100 }]),
  );
const marks = (entries: [string, TaskMarks][]) => new Map(entries);

describe('skillFunctions', () => {
  it('maps task skills and function-wide skills to their function', () => {
    expect(Object.fromEntries(skillFunctions(card))).toEqual({ s1: 'f1', s2: 'f1', s3: 'f2', s4: 'f2' });
  });
});

describe('functionResults', () => {
  it('passes a candidate who reaches every pass percent, worked by hand', () => {
    // f1 theory 3/4 = 75% ≥ 70; practice 3 of 4 met (c4 critical met) = 75% ≥ 75.
    // f2 theory 1/2 = 50% ≥ 50; practice 1 of 2 = 50% ≥ 50.
    const results = functionResults(
      spec(),
      card,
      theory([
        ['f1', 3, 4],
        ['f2', 1, 2],
      ]),
      tasks,
      marks([
        [TASK_A, { c1: 'met', c2: 'met', c3: 'not-met', c4: 'met' }],
        [TASK_B, { d1: 'met', d2: 'not-met' }],
        [TASK_OUTSIDE, { x: 'not-met' }],
      ]),
    );
    expect(results).toEqual([
      { labourFunctionId: 'f1', theoryPercent: 75, practicalPercent: 75, criticalMissed: false, passed: true },
      { labourFunctionId: 'f2', theoryPercent: 50, practicalPercent: 50, criticalMissed: false, passed: true },
    ]);
    expect(recommendedOutcome(results)).toBe('passed');
  });

  it('fails a function one question or one criterion short of its pass percent', () => {
    const results = functionResults(
      spec(),
      card,
      theory([
        ['f1', 2, 4], // 50% < 70
        ['f2', 2, 2],
      ]),
      tasks,
      marks([
        [TASK_A, { c1: 'met', c2: 'met', c3: 'met', c4: 'met' }],
        [TASK_B, { d1: 'not-met', d2: 'not-met' }], // 0% < 50
      ]),
    );
    expect(results.map((r) => [r.theoryPercent, r.practicalPercent, r.passed])).toEqual([
      [50, 100, false],
      [100, 0, false],
    ]);
    expect(recommendedOutcome(results)).toBe('failed');
  });

  it('fails a function whose critical criterion is missed, whatever the percent', () => {
    // 3 of 4 met = 75% would pass f1, but c4 is critical and not met.
    const [f1] = functionResults(
      spec(),
      card,
      theory([
        ['f1', 4, 4],
        ['f2', 2, 2],
      ]),
      tasks,
      marks([[TASK_A, { c1: 'met', c2: 'met', c3: 'met', c4: 'not-met' }]]),
    );
    expect(f1).toMatchObject({ practicalPercent: 75, criticalMissed: true, passed: false });
  });

  it('counts unmarked criteria as not met (an unmarked critical one is missed)', () => {
    // Only c1 and c2 marked met: 2 of 4 = 50%, and c4 unmarked counts as a missed critical.
    const [f1, f2] = functionResults(
      spec(),
      card,
      theory([
        ['f1', 4, 4],
        ['f2', 2, 2],
      ]),
      tasks,
      marks([[TASK_A, { c1: 'met', c2: 'met' }]]),
    );
    expect(f1).toMatchObject({ practicalPercent: 50, criticalMissed: true, passed: false });
    // Task B has no sheet at all: 0 of 2.
    expect(f2).toMatchObject({ practicalPercent: 0, passed: false });
  });

  it('scores 0 in theory for a function the candidate has no answers for, but leaves theory out when the blueprint draws none', () => {
    const noQuestionsForF2 = spec({
      functions: [
        { ...spec().functions[0], questionsPerTask: { 'f1.t1': 4 } } as SpecificationContent['functions'][0],
        { ...spec().functions[1], questionsPerTask: { 'f2.t2': 0 } } as SpecificationContent['functions'][0],
      ],
    });
    const results = functionResults(
      noQuestionsForF2,
      card,
      null, // no attempt at all
      tasks,
      marks([
        [TASK_A, { c1: 'met', c2: 'met', c3: 'met', c4: 'met' }],
        [TASK_B, { d1: 'met', d2: 'met' }],
      ]),
    );
    expect(results).toEqual([
      { labourFunctionId: 'f1', theoryPercent: 0, practicalPercent: 100, criticalMissed: false, passed: false },
      { labourFunctionId: 'f2', theoryPercent: null, practicalPercent: 100, criticalMissed: false, passed: true },
    ]);
  });

  it('leaves a part out when it is not a form, and does not pass a function nothing assessed', () => {
    const theoryOnly = functionResults(
      spec({ forms: ['theory'] }),
      card,
      theory([
        ['f1', 3, 4],
        ['f2', 0, 2],
      ]),
      tasks,
      marks([]),
    );
    expect(theoryOnly.map((r) => [r.theoryPercent, r.practicalPercent, r.passed])).toEqual([
      [75, null, true],
      [0, null, false],
    ]);
    // Practice only, and no task observes f1's skills: f1 is not assessed, so not passed.
    const practiceOnly = functionResults(
      spec({ forms: ['practical'], practicalTaskIds: [TASK_B] }),
      card,
      null,
      tasks,
      marks([[TASK_B, { d1: 'met', d2: 'met' }]]),
    );
    expect(practiceOnly.map((r) => [r.theoryPercent, r.practicalPercent, r.passed])).toEqual([
      [null, null, false],
      [null, 100, true],
    ]);
    expect(recommendedOutcome(practiceOnly)).toBe('failed');
  });

  it('decides on exact counts, not on the rounded percent shown', () => {
    // 2 of 3 = 66.666…% is shown as 66.7 and is short of a 67% rule.
    const oneFunction = spec({
      forms: ['theory'],
      functions: [
        {
          labourFunctionId: 'f1',
          weight: 100,
          questionsPerTask: { 'f1.t1': 3 },
          theoryPassPercent: 67,
          practicalPassPercent: 0,
        },
      ],
    });
    const [r] = functionResults(oneFunction, card, theory([['f1', 2, 3]]), tasks, marks([]));
    expect(r).toMatchObject({ theoryPercent: 66.7, passed: false });
    expect(recommendedOutcome([])).toBe('failed');
  });
});
