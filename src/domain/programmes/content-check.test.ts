import { describe, expect, it } from 'vitest';
import { K_SHARED, S1, S3, content, module, outcome, smallCard } from '../../../test/support/programme-card-fixture.js';
import { coverageReport } from './coverage.js';
import { contentLinkErrors, describeErrorPath } from './content-check.js';
import { finaliseProblems, finaliseRefusal } from './finalise.js';

describe("a programme's links must be items of its cards", () => {
  it('names every wrong link, suggestion and exception by its place in the document', () => {
    const doc = content(
      [
        module('m1', [outcome('o1', [S1])]),
        module('m2', [
          outcome('o2', [S3, 'other-card.s1'], { suggestions: [{ itemId: 'ghost', score: 0.2, state: 'pending' }] }),
        ]),
      ],
      {
        exceptions: [
          { itemId: K_SHARED, reason: 'бар' },
          { itemId: 'nowhere', reason: 'жоқ' },
        ],
      },
    );
    const errors = contentLinkErrors(doc, [smallCard()]);
    expect(errors.map((e) => e.path)).toEqual([
      'content.modules.1.outcomes.0.itemIds.1',
      'content.modules.1.outcomes.0.suggestions.0.itemId',
      'content.exceptions.1.itemId',
    ]);
    expect(errors[0]?.message).toContain('other-card.s1');
    expect(describeErrorPath(doc, errors[0]?.path ?? '')).toBe('module m2 (КМ m2), outcome o2');
    expect(describeErrorPath(doc, 'content.exceptions.1.itemId')).toBe('the exceptions');
    // With no cards at all, every link is wrong.
    expect(contentLinkErrors(doc, [])).toHaveLength(6);
  });
});

describe('what keeps a programme from being final', () => {
  it('is each uncovered item without an exception, by id and Kazakh text, and each unknown link', () => {
    const doc = content([module('m1', [outcome('o1', [S1, 'gone'])])], {
      exceptions: [{ itemId: K_SHARED, reason: 'бар' }],
    });
    const problems = finaliseProblems(coverageReport(doc, [smallCard()]));
    expect(problems.map((p) => p.path)).toEqual([
      'items.1111-1-001.3.f1.t1.s2',
      'items.1111-1-001.3.f1.t1.k1',
      'items.1111-1-001.3.f2.t1.s1',
      'modules.m1.outcomes.o1.itemIds',
    ]);
    expect(problems[0]?.message).toBe(
      'skill 1111-1-001.3.f1.t1.s2 «Екінші дағды.» is not covered by any outcome and has no written exception',
    );
    expect(finaliseRefusal(problems)).toMatch(/^The programme cannot be marked final: 4 problem\(s\)\. skill /);
  });

  it('is nothing when everything is covered or excepted', () => {
    const card = smallCard();
    const all = coverageReport(content([]), [card]).rows.map((r) => r.itemId);
    const doc = content([module('m1', [outcome('o1', all.slice(1))])], {
      exceptions: [{ itemId: all[0] ?? '', reason: 'бар' }],
    });
    expect(finaliseProblems(coverageReport(doc, [card]))).toEqual([]);
  });
});
