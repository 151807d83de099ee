import { describe, expect, it } from 'vitest';
import { correlation, kr20, testStatistics } from './psychometrics.js';

/**
 * The worked example: four candidates, three items, everyone drew every item.
 *
 *            i1 i2 i3  total
 *   A         1  1  1    3
 *   B         1  1  0    2
 *   C         1  0  0    1
 *   D         0  0  1    1
 *
 * Difficulty: p1 = 3/4 = 0.75, p2 = 2/4 = 0.5, p3 = 2/4 = 0.5.
 *
 * Corrected point-biserial of i1: item (1,1,1,0) against the share right on i2, i3:
 * (1, 0.5, 0, 0.5). Means 0.75 and 0.5; deviations (.25,.25,.25,−.75) and (.5,0,−.5,0);
 * Σdxdy = .125 + 0 − .125 + 0 = 0 → r = 0.
 * i2: item (1,1,0,0), rest share on i1, i3 = (1, .5, .5, .5). Means .5 and .625; dx (.5,.5,−.5,−.5),
 * dy (.375,−.125,−.125,−.125); Σdxdy = .1875 − .0625 + .0625 + .0625 = .25; Σdx² = 1;
 * Σdy² = .140625 + 3·.015625 = .1875 → r = .25 / √.1875 = 0.57735.
 * i3: item (1,0,0,1), rest share on i1, i2 = (1, 1, .5, 0). Means .5 and .625; dx (.5,−.5,−.5,.5),
 * dy (.375,.375,−.125,−.625); Σdxdy = .1875 − .1875 + .0625 − .3125 = −.25; Σdy² = .140625·2 +
 * .015625 + .390625 = .6875 → r = −.25 / √.6875 = −0.30151.
 *
 * KR-20: k = 3; Σpq = .1875 + .25 + .25 = .6875; totals (3,2,1,1), mean 1.75, population variance
 * (1.5625 + .0625 + .5625 + .5625) / 4 = .6875 → α = 3/2 · (1 − .6875/.6875) = 0.
 */
const worked = {
  itemIds: ['i1', 'i2', 'i3'],
  rows: [
    { candidateId: 'A', scores: [1, 1, 1] as (0 | 1 | null)[] },
    { candidateId: 'B', scores: [1, 1, 0] as (0 | 1 | null)[] },
    { candidateId: 'C', scores: [1, 0, 0] as (0 | 1 | null)[] },
    { candidateId: 'D', scores: [0, 0, 1] as (0 | 1 | null)[] },
  ],
};

describe('psychometrics', () => {
  it('matches the hand-worked example', () => {
    const stats = testStatistics(worked);
    expect(stats.items.map((i) => [i.itemId, i.n, i.p, i.discrimination])).toEqual([
      ['i1', 4, 0.75, 0],
      ['i2', 4, 0.5, 0.577],
      ['i3', 4, 0.5, -0.302],
    ]);
    expect(stats.alpha).toBe(0);
    expect(stats.alphaItems).toBe(3);
    expect(stats.alphaNote).toBe('ok');
  });

  it('flags items with their reasons', () => {
    const stats = testStatistics(worked);
    // Four answers are too few to act on; i1 and i3 discriminate badly, i3 the wrong way.
    expect(stats.items.map((i) => i.flags)).toEqual([
      ['low-discrimination', 'few-answers'],
      ['few-answers'],
      ['negative-discrimination', 'few-answers'],
    ]);
    expect(stats.items.map((i) => i.review)).toEqual([true, false, true]);
  });

  it('flags too easy and too hard items, and never a discrimination for an item nobody varies on', () => {
    const rows = Array.from({ length: 12 }, (_, i) => ({
      candidateId: `c${i}`,
      scores: [1, 0, i % 2 === 0 ? 1 : 0, i < 6 ? 1 : 0] as (0 | 1 | null)[],
    }));
    const stats = testStatistics({ itemIds: ['easy', 'hard', 'odd', 'half'], rows });
    expect(stats.items[0]).toMatchObject({ p: 1, discrimination: null, flags: ['too-easy'], review: true });
    expect(stats.items[1]).toMatchObject({ p: 0, discrimination: null, flags: ['too-hard'], review: true });
    expect(stats.items[3]?.flags).not.toContain('few-answers');
  });

  it('uses only the candidates who drew an item, and KR-20 only on the items all drew', () => {
    const stats = testStatistics({
      itemIds: ['a', 'b', 'c'],
      rows: [
        { candidateId: 'A', scores: [1, 1, null] },
        { candidateId: 'B', scores: [0, 0, 1] },
        { candidateId: 'C', scores: [1, 1, 0] },
      ],
    });
    expect(stats.items.map((i) => [i.n, i.p])).toEqual([
      [3, 0.667],
      [3, 0.667],
      [2, 0.5],
    ]);
    // a and b agree everywhere: k = 2, Σpq = 2·(2/3·1/3) = 4/9, totals (2,0,2) variance 8/9 → α = 2·(1 − .5) = 1.
    expect(stats.alphaItems).toBe(2);
    expect(stats.alpha).toBe(1);
  });

  it('says why there is no alpha', () => {
    expect(testStatistics({ itemIds: ['a'], rows: [{ candidateId: 'A', scores: [1] }] }).alphaNote).toBe(
      'too-few-items',
    );
    expect(testStatistics({ itemIds: ['a', 'b'], rows: [{ candidateId: 'A', scores: [1, 0] }] }).alphaNote).toBe(
      'too-few-candidates',
    );
    const flat = testStatistics({
      itemIds: ['a', 'b'],
      rows: [
        { candidateId: 'A', scores: [1, 0] },
        { candidateId: 'B', scores: [0, 1] },
      ],
    });
    expect(flat).toMatchObject({ alpha: null, alphaNote: 'no-variance' });
    expect(testStatistics({ itemIds: [], rows: [] })).toMatchObject({ candidates: 0, items: [], alpha: null });
  });

  it('computes correlation and KR-20 on their own', () => {
    expect(correlation([1, 2, 3], [2, 4, 6])).toBeCloseTo(1, 10);
    expect(correlation([1, 1, 1], [2, 4, 6])).toBeNull();
    expect(kr20([[1, 1] as (0 | 1)[]])).toBeNull();
  });
});
