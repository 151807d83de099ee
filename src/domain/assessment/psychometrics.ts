/**
 * Classical item analysis of one session's test: for each item its difficulty p (the share of the
 * candidates who drew it and answered right), its corrected point-biserial correlation (the item
 * against the candidate's score on the OTHER items, so the item does not correlate with itself),
 * and the test's reliability (KR-20, Cronbach's alpha for items scored 0 or 1). Items outside the
 * usual bounds are flagged, with the reason, so a reviewer can look at them. Pure.
 *
 * Draws are random, so candidates answer different items: a cell is null when the candidate did
 * not draw the item. The rest score is therefore the SHARE right on the other items the candidate
 * drew (with one common form it is the rest sum divided by a constant, which leaves the
 * correlation unchanged). KR-20 needs one common form: it uses the items every candidate drew.
 */

export type ItemMatrix = { itemIds: string[]; rows: { candidateId: string; scores: (0 | 1 | null)[] }[] };

export const ITEM_FLAGS = [
  'too-hard',
  'too-easy',
  'low-discrimination',
  'negative-discrimination',
  'few-answers',
] as const;
export type ItemFlag = (typeof ITEM_FLAGS)[number];

/** The bounds the flags use, in one place so the docs and the page can quote them. */
export const PSYCHOMETRIC_BOUNDS = {
  minP: 0.2,
  maxP: 0.95,
  minDiscrimination: 0.2,
  /** Fewer answers than this and the numbers are too unstable to act on. */
  minAnswers: 10,
} as const;

export type ItemStatistics = {
  itemId: string;
  /** Candidates who drew the item. */
  n: number;
  /** Difficulty: the share answering right; null with no answers. */
  p: number | null;
  /** Corrected point-biserial; null when the item or the rest score does not vary. */
  discrimination: number | null;
  flags: ItemFlag[];
  /** Flags that call for review (all but the caution about few answers). */
  review: boolean;
};

export type TestStatistics = {
  candidates: number;
  items: ItemStatistics[];
  /** KR-20 on the items every candidate drew; null when it cannot be computed (see `alphaNote`). */
  alpha: number | null;
  /** How many items alpha is computed on. */
  alphaItems: number;
  alphaNote: 'ok' | 'too-few-items' | 'too-few-candidates' | 'no-variance';
};

const round = (x: number, places = 3) => Math.round(x * 10 ** places) / 10 ** places;

/** Pearson's correlation of two equally long series; null when either does not vary. */
export function correlation(xs: readonly number[], ys: readonly number[]): number | null {
  const n = xs.length;
  if (n < 2 || ys.length !== n) return null;
  const mx = xs.reduce((a, b) => a + b, 0) / n;
  const my = ys.reduce((a, b) => a + b, 0) / n;
  let sxy = 0;
  let sxx = 0;
  let syy = 0;
  for (let i = 0; i < n; i += 1) {
    const dx = (xs[i] as number) - mx;
    const dy = (ys[i] as number) - my;
    sxy += dx * dy;
    sxx += dx * dx;
    syy += dy * dy;
  }
  // Below this the "variation" is rounding noise: a correlation of it would be meaningless.
  if (sxx < 1e-12 || syy < 1e-12) return null;
  return sxy / Math.sqrt(sxx * syy);
}

function itemStatistics(matrix: ItemMatrix, column: number): ItemStatistics {
  const item: number[] = [];
  const rest: number[] = [];
  for (const row of matrix.rows) {
    const score = row.scores[column];
    if (score === null || score === undefined) continue;
    let right = 0;
    let drawn = 0;
    row.scores.forEach((s, i) => {
      if (i === column || s === null) return;
      drawn += 1;
      right += s;
    });
    item.push(score);
    // A candidate who drew only this item has no rest score: they count in p, not in r.
    rest.push(drawn > 0 ? right / drawn : Number.NaN);
  }
  const n = item.length;
  const p = n > 0 ? item.reduce((a, b) => a + b, 0) / n : null;
  const paired = item.map((s, i) => [s, rest[i] as number] as const).filter(([, r]) => !Number.isNaN(r));
  const r = correlation(
    paired.map(([s]) => s),
    paired.map(([, r]) => r),
  );
  const flags: ItemFlag[] = [];
  if (p !== null && p < PSYCHOMETRIC_BOUNDS.minP) flags.push('too-hard');
  if (p !== null && p > PSYCHOMETRIC_BOUNDS.maxP) flags.push('too-easy');
  if (r !== null && r < 0) flags.push('negative-discrimination');
  else if (r !== null && r < PSYCHOMETRIC_BOUNDS.minDiscrimination) flags.push('low-discrimination');
  if (n < PSYCHOMETRIC_BOUNDS.minAnswers) flags.push('few-answers');
  return {
    itemId: matrix.itemIds[column] as string,
    n,
    p: p === null ? null : round(p),
    discrimination: r === null ? null : round(r),
    flags,
    review: flags.some((f) => f !== 'few-answers'),
  };
}

/** KR-20 = k/(k−1) · (1 − Σ p·q / σ²), σ² the (population) variance of the total score. */
export function kr20(scores: readonly (readonly (0 | 1)[])[]): number | null {
  const k = scores[0]?.length ?? 0;
  const n = scores.length;
  if (k < 2 || n < 2) return null;
  let pq = 0;
  for (let j = 0; j < k; j += 1) {
    const p = scores.reduce((sum, row) => sum + (row[j] as number), 0) / n;
    pq += p * (1 - p);
  }
  const totals = scores.map((row) => row.reduce<number>((a, b) => a + b, 0));
  const mean = totals.reduce((a, b) => a + b, 0) / n;
  const variance = totals.reduce((sum, t) => sum + (t - mean) ** 2, 0) / n;
  if (variance < 1e-12) return null;
  return (k / (k - 1)) * (1 - pq / variance);
}

export function testStatistics(matrix: ItemMatrix): TestStatistics {
  const items = matrix.itemIds.map((_, column) => itemStatistics(matrix, column));
  const common = matrix.itemIds
    .map((_, column) => column)
    .filter((column) => matrix.rows.every((row) => row.scores[column] !== null && row.scores[column] !== undefined));
  const commonScores = matrix.rows.map((row) => common.map((column) => row.scores[column] as 0 | 1));
  const alpha = kr20(commonScores);
  const alphaNote =
    common.length < 2
      ? 'too-few-items'
      : matrix.rows.length < 2
        ? 'too-few-candidates'
        : alpha === null
          ? 'no-variance'
          : 'ok';
  return {
    candidates: matrix.rows.length,
    items,
    alpha: alpha === null ? null : round(alpha),
    alphaItems: common.length,
    alphaNote,
  };
}
