import { describe, expect, it } from 'vitest';
import { K1, S1, S2, S3, content, module, outcome } from '../../../test/support/programme-card-fixture.js';
import { MAX_PHRASES, revisionSummary, sameContent } from './revision-summary.js';

const before = content([
  module('m1', [outcome('m1-o1', [S1, K1]), outcome('m1-o2', [S2])]),
  module('m2', [outcome('m2-o1', [S3])]),
]);

describe('what changed between two versions of a programme', () => {
  it('is nothing for the same document', () => {
    expect(revisionSummary(before, structuredClone(before))).toEqual([]);
    expect(sameContent(before, structuredClone(before))).toBe(true);
  });

  it('names header changes: title, type, language, volume and cards', () => {
    const after = {
      ...before,
      title: 'Жаңа',
      lang: 'ru' as const,
      volume: { unit: 'hours' as const, value: 960 },
      cards: [
        { ...before.cards[0], editionId: 'e2' } as (typeof before.cards)[number],
        { code: '2222-2-002', level: 4, editionId: 'e2' },
      ],
    };
    expect(revisionSummary({ ...before, volume: { unit: 'hours', value: 720 } }, after)).toEqual([
      'title changed',
      'language kk → ru',
      'volume 720 → 960 hours',
      'card 1111-1-001/3 moved to edition e2',
      'card 2222-2-002/4 added',
    ]);
    expect(
      revisionSummary(before, { ...before, type: 'higher-education', volume: { unit: 'credits', value: 60 } }),
    ).toEqual(['type tvet-modular → higher-education', 'volume 100 hours → 60 credits']);
  });

  it('names modules and outcomes by their codes and ids, matched by id not position', () => {
    const [m1, m2] = before.modules;
    if (!m1 || !m2) throw new Error('fixture');
    const after = content([
      module('m3', [outcome('m3-o1', [S2])], { code: 'КМ 03' }),
      {
        ...m1,
        name: 'Жаңа атау',
        hours: { theory: 20, practice: 10 },
        outcomes: [
          {
            ...(m1.outcomes[0] as (typeof m1.outcomes)[number]),
            text: 'Басқа мәтін',
            itemIds: [S1, S2, S3],
            method: 'oral',
          },
        ],
      },
    ]);
    expect(revisionSummary(before, after)).toEqual([
      'module КМ 03 added',
      'module КМ m1 renamed',
      'module КМ m1 hours 10+0 → 20+10 (theory+practice)',
      'module КМ m2 removed',
      'outcome m3-o1 added to КМ 03',
      'outcome m1-o1 text changed',
      '2 links added to m1-o1',
      '1 link removed from m1-o1',
      'method of m1-o1 test → oral',
      'outcome m1-o2 removed from КМ m1',
      'outcome m2-o1 removed from КМ m2',
    ]);
  });

  it('names moves, reorders, criteria, suggestions and exceptions', () => {
    const [m1, m2] = before.modules;
    if (!m1 || !m2) throw new Error('fixture');
    const o2 = m1.outcomes[1];
    if (!o2) throw new Error('fixture');
    const after = {
      ...before,
      modules: [
        { ...m2, outcomes: [...m2.outcomes, o2] },
        {
          ...m1,
          outcomes: [
            {
              ...(m1.outcomes[0] as (typeof m1.outcomes)[number]),
              criteria: [{ id: 'c1', text: 'Жаңа критерий' }],
              suggestions: [{ itemId: S3, score: 0.4, state: 'rejected' as const }],
            },
          ],
        },
      ],
      exceptions: [{ itemId: S2, reason: 'Себеп' }],
    };
    expect(revisionSummary(before, after)).toEqual([
      'modules reordered',
      // In the new document's order: m2 comes first now.
      'outcome m1-o2 moved to КМ m2',
      'criteria of m1-o1 changed',
      'suggestions of m1-o1 changed',
      `exception for ${S2} added`,
    ]);
    expect(revisionSummary(after, { ...after, exceptions: [{ itemId: S2, reason: 'Басқа' }] })).toEqual([
      `exception reason for ${S2} changed`,
    ]);
    expect(revisionSummary(after, { ...after, exceptions: [] })).toEqual([`exception for ${S2} removed`]);
  });

  it(`keeps at most ${MAX_PHRASES} phrases, then says how many more`, () => {
    const many = content(Array.from({ length: 30 }, (_, i) => module(`x${i}`, [])));
    const summary = revisionSummary(content([]), many);
    expect(summary).toHaveLength(MAX_PHRASES + 1);
    expect(summary.at(-1)).toBe('and 10 more');
  });
});
