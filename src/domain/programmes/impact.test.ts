import { describe, expect, it } from 'vitest';
import {
  C,
  F1,
  K1,
  S1,
  S2,
  content,
  module,
  outcome,
  smallCard,
} from '../../../test/support/programme-card-fixture.js';
import { programmeImpact, rebaseContent } from './impact.js';

const S4 = `${F1}.t1.s4`;
const doc = content(
  [
    module('m1', [
      outcome('o1', [S1, K1]),
      outcome('o2', [S2], { suggestions: [{ itemId: S2, score: 0.5, state: 'pending' }] }),
    ]),
  ],
  { exceptions: [{ itemId: S2, reason: 'Себеп' }] },
);
const ref = { code: C, level: 3, editionId: 'e1' };

describe('what a new edition changed under a programme', () => {
  it('is nothing while every card is read from the current edition', () => {
    const card = smallCard();
    expect(programmeImpact(doc, [{ ...ref, before: card, current: card }], 'e1')).toEqual({
      currentEditionId: 'e1',
      upToDate: true,
      cards: [{ code: C, level: 3, editionId: 'e1', inCurrentEdition: true }],
      links: [],
      added: [],
    });
  });

  it('lists linked items reworded or removed (by id), and added items no outcome links', () => {
    const next = smallCard({ s1: 'Өзгерген дағды.', dropS2: true, addS4: true });
    const impact = programmeImpact(doc, [{ ...ref, before: smallCard(), current: next }], 'e2');
    expect(impact.upToDate).toBe(false);
    expect(impact.links).toEqual([
      {
        moduleId: 'm1',
        outcomeId: 'o1',
        itemId: S1,
        change: 'changed',
        before: 'Бірінші дағды.',
        after: 'Өзгерген дағды.',
      },
      { moduleId: 'm1', outcomeId: 'o2', itemId: S2, change: 'removed', before: 'Екінші дағды.', after: null },
    ]);
    expect(impact.added).toEqual([{ itemId: S4, kind: 'skill', kk: 'Жаңа дағды.' }]);
  });

  it('removes every link of a card the current edition dropped', () => {
    const impact = programmeImpact(doc, [{ ...ref, before: smallCard(), current: undefined }], 'e2');
    expect(impact.cards[0]?.inCurrentEdition).toBe(false);
    expect(impact.links.map((l) => [l.itemId, l.change])).toEqual([
      [S1, 'removed'],
      [K1, 'removed'],
      [S2, 'removed'],
    ]);
    expect(impact.added).toEqual([]);
  });

  it('rebases: cards name the current edition, and links, suggestions and exceptions to removed items go', () => {
    const next = smallCard({ dropS2: true });
    const { content: moved, dropped } = rebaseContent(doc, [next], 'e2');
    expect(dropped).toEqual([{ outcomeId: 'o2', itemId: S2 }]);
    expect(moved.cards).toEqual([{ ...ref, editionId: 'e2' }]);
    expect(moved.modules[0]?.outcomes.map((o) => o.itemIds)).toEqual([[S1, K1], []]);
    expect(moved.modules[0]?.outcomes[1]?.suggestions).toEqual([]);
    expect(moved.exceptions).toEqual([]);
    // The document is otherwise untouched.
    expect(moved.modules[0]?.outcomes[1]?.text).toBe(doc.modules[0]?.outcomes[1]?.text);
  });
});
