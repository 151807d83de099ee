import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { normaliseAnswer, responseFits, responseSchema, scoreResponse, theoryByFunction } from './test-scoring.js';
import { attemptState, deadlineOf, secondsLeft } from './attempt-clock.js';

const options = [
  { id: 'a', text: 'A' },
  { id: 'b', text: 'B' },
  { id: 'c', text: 'C' },
];

describe('scoring the online test', () => {
  it('single choice: exactly the key', () => {
    const item = { kind: 'single' as const, key: ['b'] };
    expect(scoreResponse(item, ['b'])).toBe(1);
    expect(scoreResponse(item, ['a'])).toBe(0);
    expect(scoreResponse(item, ['a', 'b'])).toBe(0);
    expect(scoreResponse(item, [])).toBe(0);
    expect(scoreResponse(item, 'b')).toBe(0);
    expect(scoreResponse(item, undefined)).toBe(0);
  });

  it('multiple choice: the exact set, all or nothing, in any order', () => {
    const item = { kind: 'multiple' as const, key: ['a', 'c'] };
    expect(scoreResponse(item, ['c', 'a'])).toBe(1);
    expect(scoreResponse(item, ['a'])).toBe(0);
    expect(scoreResponse(item, ['a', 'b', 'c'])).toBe(0);
  });

  it('short answer: normalised match against any accepted answer, Kazakh and Russian letters folded', () => {
    const item = { kind: 'short' as const, key: ['Әлеуметтік  картасы', 'Социальная карта'] };
    expect(scoreResponse(item, '  әЛЕУМЕТТІК картасы ')).toBe(1);
    expect(scoreResponse(item, 'СОЦИАЛЬНАЯ\tКАРТА')).toBe(1);
    expect(scoreResponse(item, 'социальная')).toBe(0);
    expect(scoreResponse(item, '')).toBe(0);
    expect(scoreResponse(item, ['a'])).toBe(0);
    expect(normaliseAnswer('ЁЛКА  Ңғ Үұ Қө Һі')).toBe('елка ңғ үұ қө һі');
  });

  it('normalising is idempotent and ignores outer spaces and case (property)', () => {
    fc.assert(
      fc.property(fc.string(), (s) => {
        const n = normaliseAnswer(s);
        expect(normaliseAnswer(n)).toBe(n);
        expect(normaliseAnswer(`  ${s.toUpperCase()} `)).toBe(normaliseAnswer(s.toUpperCase()));
      }),
    );
  });

  it('says when a response does not fit its question', () => {
    expect(responseFits({ kind: 'short', options: [] }, 'x')).toBeNull();
    expect(responseFits({ kind: 'short', options: [] }, ['a'])).toMatch(/text/);
    expect(responseFits({ kind: 'single', options }, 'a')).toMatch(/option ids/);
    expect(responseFits({ kind: 'single', options }, ['a', 'b'])).toMatch(/one option/);
    expect(responseFits({ kind: 'multiple', options }, ['a', 'z'])).toMatch(/z is not/);
    expect(responseFits({ kind: 'multiple', options }, ['a', 'c'])).toBeNull();
    expect(responseSchema.safeParse(['a', 'a']).success).toBe(false);
    expect(responseSchema.safeParse({ a: 1 }).success).toBe(false);
  });

  it('counts right answers per labour function; unanswered questions are wrong', () => {
    const items = new Map([
      ['i1', { kind: 'single' as const, key: ['a'] }],
      ['i2', { kind: 'single' as const, key: ['b'] }],
      ['i3', { kind: 'short' as const, key: ['yes'] }],
    ]);
    const draw = [
      { itemId: 'i1', labourFunctionId: 'f1' },
      { itemId: 'i2', labourFunctionId: 'f1' },
      { itemId: 'i3', labourFunctionId: 'f2' },
    ];
    const result = theoryByFunction(draw, items, new Map([['i1', ['a']]]));
    expect(result.get('f1')).toEqual({ correct: 1, total: 2, percent: 50 });
    expect(result.get('f2')).toEqual({ correct: 0, total: 1, percent: 0 });
    const third = theoryByFunction(
      [
        ...draw,
        { itemId: 'i1', labourFunctionId: 'f3' },
        { itemId: 'i2', labourFunctionId: 'f3' },
        { itemId: 'i3', labourFunctionId: 'f3' },
      ],
      items,
      new Map([['i1', ['a']]]),
    );
    expect(third.get('f3')?.percent).toBe(33.3);
  });
});

describe('the attempt clock', () => {
  const start = new Date('2026-12-07T05:00:00Z');
  it('fixes the deadline at start and counts whole seconds left by the server’s now', () => {
    const deadline = deadlineOf(start, 30);
    expect(deadline.toISOString()).toBe('2026-12-07T05:30:00.000Z');
    expect(secondsLeft(deadline, new Date('2026-12-07T05:29:59.400Z'))).toBe(0);
    expect(secondsLeft(deadline, new Date('2026-12-07T05:10:00Z'))).toBe(1200);
    expect(secondsLeft(deadline, new Date('2026-12-07T06:00:00Z'))).toBe(0);
  });
  it('tells not started, in progress, submitted and expired apart', () => {
    const deadlineAt = deadlineOf(start, 30);
    const at = (iso: string) => new Date(iso);
    expect(attemptState(null, start)).toBe('not-started');
    expect(attemptState({ deadlineAt, submittedAt: null }, at('2026-12-07T05:29:59Z'))).toBe('in-progress');
    expect(attemptState({ deadlineAt, submittedAt: null }, at('2026-12-07T05:30:00Z'))).toBe('expired');
    expect(attemptState({ deadlineAt, submittedAt: start }, at('2026-12-07T07:00:00Z'))).toBe('submitted');
  });
});
