import { beforeAll, describe, expect, it } from 'vitest';
import { miniEdition } from '../../../test/support/mini-edition.js';
import type { Card } from '../standard/schemas.js';
import { batchTable, runBatch } from './batch.js';

let cards: Card[];
beforeAll(async () => {
  cards = (await miniEdition()).cards;
});
const find = (code: string, level: number) => cards.find((c) => c.code.value === code && c.level.value === level);

describe('runBatch', () => {
  it('answers good rows and reports bad ones without stopping', () => {
    const rows = runBatch(
      [
        { id: 'A-1', card: '1111-1-001', level: '5', education: 'higher', field: 'social', none: '3' },
        {
          id: 'A-2',
          card: '1111-1-001',
          level: '5',
          education: 'higher',
          field: 'social',
          experience: 'none:1,second:0.5',
        },
        { id: 'A-3', card: '1111-1-001', level: '9', education: 'college', field: 'social', none: '-2' },
        { id: 'A-4', card: '9999-9-999', level: '5', education: 'higher', field: 'social' },
        { id: 'A-5', card: '1111-1-001', level: '4', education: 'tvet', field: 'other', none: '1,5' },
      ],
      find,
    );
    expect(rows.map((r) => [r.id, r.ok])).toEqual([
      ['A-1', true],
      ['A-2', true],
      ['A-3', false],
      ['A-4', false],
      ['A-5', true],
    ]);
    const [first, second, third, fourth] = rows;
    expect(first?.ok && first.result.category).toBe('first');
    expect(second?.ok && second.result.category).toBe('none');
    expect(!third?.ok && third?.errors.map((e) => e.field)).toEqual(['level', 'education.level', 'experience.0.years']);
    expect(!fourth?.ok && fourth?.errors).toEqual([{ field: 'card', message: 'there is no card 9999-9-999/5' }]);
    const table = batchTable(rows, 'en');
    expect(table[0]).toContain('missing');
    expect(table[2]?.[9]).toBe('0.5 years more experience');
    expect(table[3]?.[11]).toMatch(/^level: /);
  });
});
