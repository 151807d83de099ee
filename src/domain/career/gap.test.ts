import fc from 'fast-check';
import { beforeAll, describe, expect, it } from 'vitest';
import { miniEdition } from '../../../test/support/mini-edition.js';
import { BUNDLED_EDITION } from '../../../test/support/paths.js';
import { readEdition } from '../../importer/read-edition.js';
import type { Card } from '../standard/schemas.js';
import { type Rating, gapReport, parseSelfAssessment } from './gap.js';
import { cardItems } from './paths.js';

let real: Card[];
let mini: Card[];
beforeAll(async () => {
  real = (await readEdition(BUNDLED_EDITION)).cards;
  mini = (await miniEdition()).cards;
});
const find = (cards: Card[], code: string, level: number) => {
  const found = cards.find((c) => c.code.value === code && c.level.value === level);
  if (!found) throw new Error(`no card ${code}/${level}`);
  return found;
};
const rateable = (card: Card) => {
  const items = cardItems(card);
  return [...items.skills, ...items.knowledge].map((i) => i.id);
};

describe('gap report on the hand-made fixture', () => {
  it('counts full as 1, partial as ½, none and unrated as 0, and lists the missing and partial items', () => {
    const card = find(mini, '1111-1-001', 5);
    const report = gapReport(card, {
      card: { code: '1111-1-001', level: 5 },
      ratings: { '1111-1-001.5.f1.t1.s1': 'full', '1111-1-001.5.f1.t1.k1': 'partial' },
    });
    expect(report.overall).toEqual({ items: 3, full: 1, partial: 1, none: 0, unrated: 1, percent: 50 });
    expect(report.labourFunctions).toEqual([
      expect.objectContaining({ id: '1111-1-001.5.f1', kk: 'Сынақ жүргізу', items: 3, percent: 50 }),
    ]);
    expect(report.missing).toEqual([
      expect.objectContaining({
        id: '1111-1-001.5.f1.t1.k2',
        kind: 'knowledge',
        kk: 'Есеп беру тәртібі.',
        rating: null,
      }),
    ]);
    expect(report.partial.map((i) => i.id)).toEqual(['1111-1-001.5.f1.t1.k1']);
    expect(report.covered.map((i) => i.id)).toEqual(['1111-1-001.5.f1.t1.s1']);
    expect(report.warnings).toEqual([]);
    expect(report.requirements).toBeNull();
  });

  it('rounds to one decimal and counts `none` as missing', () => {
    const card = find(mini, '1111-1-001', 5);
    const report = gapReport(card, {
      ratings: { '1111-1-001.5.f1.t1.s1': 'partial', '1111-1-001.5.f1.t1.k1': 'none', '1111-1-001.5.f1.t1.k2': 'none' },
    });
    expect(report.overall).toMatchObject({ none: 2, unrated: 0, percent: 16.7 });
    expect(report.missing.map((i) => i.rating)).toEqual(['none', 'none']);
  });

  it('ignores ratings of ids the card lacks and says so, as warnings', () => {
    const card = find(mini, '1111-1-001', 5);
    const report = gapReport(card, {
      card: { code: '1111-1-001', level: 4 },
      ratings: { '1111-1-001.4.f1.t1.s1': 'full', '1111-1-001.5.f1.t1': 'full' },
    });
    expect(report.overall.percent).toBe(0);
    expect(report.warnings.map((w) => [w.code, w.itemId])).toEqual([
      ['card_mismatch', undefined],
      ['unknown_item', '1111-1-001.4.f1.t1.s1'],
      ['not_rateable', '1111-1-001.5.f1.t1'],
    ]);
  });

  it('adds the requirement gap of the category engine when the person is given', () => {
    const card = find(mini, '1111-1-001', 5);
    const report = gapReport(
      card,
      { ratings: {} },
      { education: { level: 'higher', field: 'social' }, experience: [] },
    );
    expect(report.requirements).toMatchObject({
      eligible: true,
      category: 'none',
      next: { category: 'first', missing: [{ kind: 'experience', missingYears: 2 }] },
    });
    expect(report.requirements?.summary.en).toBe(
      'The highest category the rules allow: no category. For the first category: 2 years more experience.',
    );
    const below = gapReport(card, { ratings: {} }, { education: { level: 'tvet', field: 'social' }, experience: [] });
    expect(below.requirements).toMatchObject({ eligible: false, next: { missing: [{ kind: 'education-level' }] } });
  });
});

describe('self-assessment validation', () => {
  it('accepts an assessment and warns about unknown ids', () => {
    const result = parseSelfAssessment(
      { card: { code: '1111-1-001', level: 5 }, ratings: { '1111-1-001.5.f1.t1.s1': 'full', 'x.y': 'none' } },
      find(mini, '1111-1-001', 5),
    );
    expect(result).toMatchObject({ ok: true, warnings: [{ code: 'unknown_item', itemId: 'x.y' }] });
  });

  it('refuses a wrong rating value, naming the item', () => {
    const result = parseSelfAssessment({
      card: { code: '1111-1-001', level: 5 },
      ratings: { '1111-1-001.5.f1.t1.s1': 'good' },
    });
    expect(result.ok).toBe(false);
    if (!result.ok) {
      expect(result.errors).toEqual([
        { path: 'ratings.1111-1-001.5.f1.t1.s1', message: 'a rating is one of none, partial, full' },
      ]);
    }
    expect(parseSelfAssessment({ card: { code: '1111', level: 5 }, ratings: {} }).ok).toBe(false);
    expect(parseSelfAssessment({ card: { code: '1111-1-001', level: 5 } }).ok).toBe(false);
  });
});

describe('gap report on the cards of Order No. 262', () => {
  it('counts the lists printed for a whole labour function (2634-9-004/6)', () => {
    const card = find(real, '2634-9-004', 6);
    const ratings = Object.fromEntries(rateable(card).map((id) => [id, 'full' as const]));
    const report = gapReport(card, { ratings });
    expect(report.labourFunctions.map((f) => [f.items, f.percent])).toEqual([
      [24, 100],
      [14, 100],
      [18, 100],
      [17, 100],
    ]);
    expect(report.overall).toMatchObject({ items: 73, percent: 100 });
    expect(report.missing).toEqual([]);
  });

  it('gives the requirement gap in a card with two groups (3412-0-008/5)', () => {
    const card = find(real, '3412-0-008', 5);
    const report = gapReport(
      card,
      { ratings: {} },
      { education: { level: 'tvet', field: 'social' }, experience: [{ category: 'second', years: 1 }] },
    );
    expect(report.requirements).toMatchObject({ eligible: true, category: 'first', group: 'mid-level-specialist' });
    expect(report.overall.percent).toBe(0);
  });

  it('property: coverage stays within 0–100 and never drops when one rating goes up', () => {
    const order: (Rating | undefined)[] = [undefined, 'none', 'partial', 'full'];
    fc.assert(
      fc.property(
        fc.integer({ min: 0, max: real.length - 1 }),
        fc.array(fc.integer({ min: 0, max: 3 }), { minLength: 80, maxLength: 80 }),
        fc.nat(),
        (c, levels, pick) => {
          const card = real[c] as Card;
          const ids = rateable(card);
          const ratingsAt = (ls: number[]) => {
            const ratings: Record<string, Rating> = {};
            ids.forEach((id, i) => {
              const r = order[ls[i] ?? 0];
              if (r) ratings[id] = r;
            });
            return ratings;
          };
          const before = gapReport(card, { ratings: ratingsAt(levels) });
          const i = pick % ids.length;
          const raised = [...levels];
          raised[i] = Math.min(3, (raised[i] ?? 0) + 1);
          const after = gapReport(card, { ratings: ratingsAt(raised) });
          for (const r of [before, after]) {
            expect(r.overall.percent).toBeGreaterThanOrEqual(0);
            expect(r.overall.percent).toBeLessThanOrEqual(100);
            for (const f of r.labourFunctions) {
              if (f.percent !== null) expect(f.percent).toBeGreaterThanOrEqual(0);
              if (f.percent !== null) expect(f.percent).toBeLessThanOrEqual(100);
            }
            expect(r.missing.length + r.partial.length + r.covered.length).toBe(r.overall.items);
          }
          expect(after.overall.percent ?? 0).toBeGreaterThanOrEqual(before.overall.percent ?? 0);
          after.labourFunctions.forEach((f, n) => {
            expect(f.percent ?? 0).toBeGreaterThanOrEqual(before.labourFunctions[n]?.percent ?? 0);
          });
        },
      ),
      { numRuns: 200 },
    );
  });
});
