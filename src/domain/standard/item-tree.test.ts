import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { miniEdition } from '../../../test/support/mini-edition.js';
import { assembleEdition, flattenEdition } from './item-tree.js';

describe('item tree', () => {
  it('flattens an edition into one record per item and assembles the same edition back', async () => {
    const edition = await miniEdition();
    const records = flattenEdition(edition);
    expect(records.filter((r) => r.kind === 'card')).toHaveLength(2);
    expect(records.filter((r) => r.kind === 'skill').map((r) => r.cardId)).toEqual(['1111-1-001.4', '1111-1-001.5']);
    expect(records.find((r) => r.id === '1111-1-001.5.f1.t1.k2')).toMatchObject({
      kind: 'knowledge',
      parentId: '1111-1-001.5.f1.t1',
      position: 1,
      text: { kk: 'Есеп беру тәртібі.' },
      source: [39, 40],
    });
    expect(assembleEdition(edition.meta, edition.sourceText, records)).toEqual(edition);
  });

  it('assembles the same edition whatever order the records come in (as rows from a database do)', async () => {
    const edition = await miniEdition();
    const records = flattenEdition(edition);
    fc.assert(
      fc.property(
        fc.shuffledSubarray(records, { minLength: records.length, maxLength: records.length }),
        (shuffled) => {
          expect(assembleEdition(edition.meta, edition.sourceText, shuffled)).toEqual(edition);
        },
      ),
      { numRuns: 50 },
    );
  });

  it('keeps function-wide skill lists apart from task lists', async () => {
    const edition = await miniEdition();
    const fn = edition.cards[0]?.labourFunctions[0];
    if (!fn) throw new Error('fixture changed');
    fn.skills = [{ id: 'fw1', kk: 'Жоспар жасау.', source: { lines: [21, 21] } }];
    const back = assembleEdition(edition.meta, edition.sourceText, flattenEdition(edition));
    expect(back.cards[0]?.labourFunctions[0]?.skills).toEqual(fn.skills);
    expect(back.cards[0]?.labourFunctions[0]?.tasks[0]?.skills.map((s) => s.id)).toEqual(['1111-1-001.4.f1.t1.s1']);
  });
});
