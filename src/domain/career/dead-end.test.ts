import { describe, expect, it } from 'vitest';
import { tinyCard } from '../editions/test-editions.js';
import type { Card } from '../standard/schemas.js';
import { blockersOf, deadEnd } from './dead-end.js';

/** A card with its education section set (tiny cards ask higher education in any field). */
function card(
  code: string,
  level: number,
  skills: string[],
  education: { levels: Card['educationLevel']['levels']; fields?: Card['educationLevel']['fields'] },
  rules?: Parameters<typeof tinyCard>[0]['rules'],
): Card {
  const c = tinyCard({ code, level, functions: [{ name: 'Функция', tasks: [{ name: 'Міндет', skills }] }], rules });
  c.educationLevel = {
    ...c.educationLevel,
    levels: education.levels,
    ...(education.fields ? { fields: education.fields } : {}),
  };
  return c;
}

const link = (from: Card, to: Card) => {
  from.links.push({
    id: `${from.id}.l${from.links.length + 1}`,
    kk: to.name.kk,
    card: { code: to.code.value, level: to.level.value },
    source: { lines: [1, 1] },
  } as Card['links'][number]);
};

// Two ladders: an assistant's (1111) and a specialist's (2222), not linked to each other.
const a4 = card('1111-1-001', 4, ['құжат толтыру', 'клиентке қызмет көрсету'], {
  levels: ['tvet'],
  fields: ['social', 'economic'],
});
const a5 = card('1111-1-001', 5, ['құжат толтыру', 'клиентке қызмет көрсету', 'жоспар құру'], {
  levels: ['tvet'],
  fields: ['social'],
});
const b5 = card('2222-2-002', 5, ['жоспар құру', 'топпен жұмыс'], { levels: ['tvet'], fields: ['medical'] });
const b6 = card(
  '2222-2-002',
  6,
  ['жоспар құру', 'топпен жұмыс', 'зерттеу жүргізу', 'клиентке қызмет көрсету'],
  { levels: ['higher', 'postgraduate'], fields: ['medical', 'psychological'] },
  [{ kk: 'санатсыз: жоғары білім, 2 жыл өтіл', category: 'none', experience: { minYears: 2 } }],
);
link(a4, a5);
link(b5, b6);
const cards = [a4, a5, b5, b6];
const key = (c: Card) => ({ code: c.code.value, level: c.level.value });

describe('a career dead end', () => {
  it('is null when a path exists, for the same card, or an unknown card', () => {
    expect(deadEnd(cards, key(a4), key(a5))).toBeNull();
    expect(deadEnd(cards, key(a4), key(a4))).toBeNull();
    expect(deadEnd(cards, key(a4), { code: '9999-9-999', level: 4 })).toBeNull();
  });

  it('names every requirement that blocks: education level, field and years', () => {
    expect(blockersOf(a4, b6)).toEqual([
      { kind: 'education-level', need: 'higher', have: 'tvet' },
      { kind: 'education-field', need: ['medical', 'psychological'], have: ['social', 'economic'] },
      { kind: 'experience', years: 2 },
    ]);
    // The same level and a shared field block nothing; a card naming no field accepts any.
    expect(blockersOf(a5, a4)).toEqual([]);
    const anyField = card('3333-3-003', 4, [], { levels: ['tvet'] });
    expect(blockersOf(anyField, b5)).toEqual([]);
  });

  it('lists the reachable cards, the ways into the target and the missing skills', () => {
    const found = deadEnd(cards, key(a4), key(b6));
    expect(found).not.toBeNull();
    expect(found?.reachable.map((r) => [r.card, r.steps])).toEqual([[key(a5), 1]]);
    // a5 has «жоспар құру» and «клиентке қызмет көрсету» of b6's four skills.
    expect(found?.reachable[0]?.overlap).toBe(0.5);
    expect(found?.reachableCount).toBe(1);
    expect(found?.entries).toEqual([key(b5)]);
    expect(found?.missingSkills.map((s) => s.kk)).toEqual(['жоспар құру', 'топпен жұмыс', 'зерттеу жүргізу']);
    expect(found?.blockers.map((b) => b.kind)).toEqual(['education-level', 'education-field', 'experience']);
    expect(found?.requires.higherEducation).toBe(true);
  });

  it('puts the target’s own profession first among the reachable cards, then the closest to it', () => {
    // A lower level of the target's profession always leads to it (the next level), so the
    // same profession is reachable only above the target: start → b6, and b5 is the target.
    const start = card('1111-1-001', 3, ['құжат толтыру'], { levels: ['tvet'] });
    const c6 = card('4444-4-004', 6, ['жоспар құру', 'топпен жұмыс'], { levels: ['higher'] });
    const d6 = card('5555-5-005', 6, ['есеп беру'], { levels: ['higher'] });
    const e7 = card('6666-6-006', 7, ['жоспар құру'], { levels: ['higher'] });
    link(start, d6);
    link(start, c6);
    link(start, b6);
    link(d6, e7);
    const found = deadEnd([start, b5, b6, c6, d6, e7], key(start), key(b5));
    expect(found?.reachable.map((r) => `${r.card.code}/${r.card.level}`)).toEqual([
      '2222-2-002/6',
      '4444-4-004/6',
      '6666-6-006/7',
      '5555-5-005/6',
    ]);
    expect(found?.reachable.map((r) => r.steps)).toEqual([1, 1, 2, 1]);
    expect(found?.reachable[1]?.overlap).toBe(1);
    expect(deadEnd([start, b5, b6, c6, d6, e7], key(start), key(b5), 2)?.reachable).toHaveLength(2);
    expect(found?.reachableCount).toBe(4);
  });
});
