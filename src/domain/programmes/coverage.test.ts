import { describe, expect, it } from 'vitest';
import {
  F1,
  F2,
  K1,
  K_SHARED,
  S1,
  S2,
  S3,
  content,
  module,
  outcome,
  smallCard,
} from '../../../test/support/programme-card-fixture.js';
import { coverageReport } from './coverage.js';

const card = smallCard();

/** m1 teaches S1 and K1 in theory; m2 is practice over S1 and S3; m3 is general; K_SHARED is excepted. */
const doc = content(
  [
    module('m1', [outcome('m1-o1', [S1, K1, 'not-an-item'])], { hours: { theory: 10, practice: 0 } }),
    module('m2', [outcome('m2-o1', [S1]), outcome('m2-o2', [S3])], {
      kind: 'practice',
      hours: { theory: 0, practice: 30 },
    }),
    module('m3', [], { kind: 'general', hours: { theory: 5, practice: 0 } }),
  ],
  { exceptions: [{ itemId: K_SHARED, reason: 'Жұмыс орнында үйретіледі.' }] },
);

describe('the coverage matrix', () => {
  const report = coverageReport(doc, [card]);
  const row = (id: string) => report.rows.find((r) => r.itemId === id);

  it('marks each item covered, theory-only, uncovered or excepted, with the modules that cover it', () => {
    expect(report.rows.map((r) => [r.itemId, r.status])).toEqual([
      [S1, 'covered'],
      [S2, 'uncovered'],
      [K1, 'covered'],
      [K_SHARED, 'excepted'],
      [S3, 'covered'],
    ]);
    expect(row(S1)?.cells).toEqual([
      { moduleId: 'm1', outcomeIds: ['m1-o1'] },
      { moduleId: 'm2', outcomeIds: ['m2-o1'] },
    ]);
    expect(row(K_SHARED)).toMatchObject({ exceptionReason: 'Жұмыс орнында үйретіледі.', taskId: null });
    expect(report.blockers.map((r) => r.itemId)).toEqual([S2]);
    expect(report.totals).toEqual({
      skills: 3,
      knowledge: 2,
      uncoveredSkills: 1,
      uncoveredKnowledge: 0,
      theoryOnlySkills: 0,
      excepted: 1,
    });
  });

  it('calls a skill theory-only when no module that covers it has practice', () => {
    const theoryOnly = coverageReport(content([module('m1', [outcome('o', [S1, K1])])]), [card]);
    expect(theoryOnly.rows.find((r) => r.itemId === S1)?.status).toBe('theory-only');
    // Knowledge is learnt in theory: it is simply covered.
    expect(theoryOnly.rows.find((r) => r.itemId === K1)?.status).toBe('covered');
    expect(theoryOnly.totals.theoryOnlySkills).toBe(1);
    // Practice hours in a professional module count as practice too.
    const withPractice = coverageReport(
      content([module('m1', [outcome('o', [S1])], { hours: { theory: 4, practice: 2 } })]),
      [card],
    );
    expect(withPractice.rows.find((r) => r.itemId === S1)?.status).toBe('covered');
  });

  it('lists links to ids that are not items of the cards', () => {
    expect(report.unknownLinks).toEqual([{ moduleId: 'm1', outcomeId: 'm1-o1', itemId: 'not-an-item' }]);
  });

  it("splits each module's hours over the functions of the items it links, the rest unattributed", () => {
    // m1: 10 h over two F1 items → F1 10. m2: 30 h over S1 (F1) and S3 (F2) → 15 each. m3: 5 h, no links.
    expect(report.functions.map((f) => [f.labourFunctionId, f.hours, f.items, f.covered])).toEqual([
      [F1, 25, 4, 2],
      [F2, 15, 1, 1],
    ]);
    expect(report.unattributedHours).toBe(5);
  });

  it('compares the declared volume with what the modules add up to, in hours or credits', () => {
    expect(report.volume).toEqual({ unit: 'hours', declared: 100, planned: 45 });
    const credits = coverageReport(
      content([module('a', [], { credits: 5 }), module('b', [], { credits: 2.5 }), module('c', [])], {
        type: 'higher-education',
        volume: { unit: 'credits', value: 60 },
      }),
      [card],
    );
    expect(credits.volume).toEqual({ unit: 'credits', declared: 60, planned: 7.5 });
  });

  it('leaves everything uncovered for an empty programme, and nothing for no cards', () => {
    const empty = coverageReport(content([]), [card]);
    expect(empty.blockers).toHaveLength(5);
    expect(coverageReport(content([]), []).rows).toEqual([]);
  });
});
