import { describe, expect, it } from 'vitest';
import { groupIdenticalTexts, sameTextKey, ungrouped } from './group-hits.js';
import type { SearchHit } from './search-index.js';

const hit = (id: string, type: SearchHit['type'], text: string, score: number): SearchHit => {
  const [code = '', level = '0'] = id.split('.');
  return { id, type, text, score, matched: [], card: type === 'term' ? null : { code, level: Number(level) } };
};

const ranked: SearchHit[] = [
  hit('2635-3-001.6.f1.t1.s2', 'skill', 'Паллиативтік көмек көрсету.', 0.9),
  hit('2635-3-001.4.f1.t1.s2', 'skill', 'Паллиативтік көмек көрсету.', 0.9),
  hit('2635-3-001.5', 'card', 'Әлеуметтік жұмыс жөніндегі маман', 0.8),
  hit('2635-3-001.6', 'card', 'Әлеуметтік жұмыс жөніндегі маман', 0.8),
  hit('2635-3-001.5.f1.t1', 'task', 'Паллиативтік көмек көрсету.', 0.7),
  hit('2635-3-001.5.f1.t1.s2', 'skill', ' паллиативтік  көмек\nкөрсету; ', 0.6),
  hit('2635-3-001.7.f1.t1.s2', 'skill', 'Паллиативтік көмек көрсету, бақылау.', 0.55),
  hit('term-3', 'term', 'әлеуметтік жұмыс', 0.5),
];

describe('groupIdenticalTexts', () => {
  const grouped = groupIdenticalTexts(ranked);

  it('folds copies of the same text into the best-ranked one, naming the others by card', () => {
    expect(grouped[0]).toMatchObject({ id: '2635-3-001.6.f1.t1.s2', score: 0.9 });
    expect(grouped[0]?.alsoIn).toEqual([
      { id: '2635-3-001.4.f1.t1.s2', card: { code: '2635-3-001', level: 4 } },
      { id: '2635-3-001.5.f1.t1.s2', card: { code: '2635-3-001', level: 5 } },
    ]);
  });

  it('keeps the ranking order and every other hit', () => {
    expect(grouped.map((h) => h.id)).toEqual([
      '2635-3-001.6.f1.t1.s2',
      '2635-3-001.5',
      '2635-3-001.6',
      '2635-3-001.5.f1.t1',
      '2635-3-001.7.f1.t1.s2',
      'term-3',
    ]);
  });

  it('groups only the same words: case, punctuation and spacing aside, a different text is its own hit', () => {
    expect(grouped.find((h) => h.id === '2635-3-001.7.f1.t1.s2')?.alsoIn).toEqual([]);
  });

  it('groups only items of the same type, and never cards (each level is a card of its own)', () => {
    expect(grouped.find((h) => h.id === '2635-3-001.5.f1.t1')?.alsoIn).toEqual([]);
    expect(grouped.find((h) => h.id === '2635-3-001.5')?.alsoIn).toEqual([]);
  });

  it('loses no item: every ranked id is a hit or a copy of one, once', () => {
    const ids = grouped.flatMap((h) => [h.id, ...h.alsoIn.map((c) => c.id)]);
    expect(ids.sort()).toEqual(ranked.map((h) => h.id).sort());
  });
});

describe('ungrouped', () => {
  it('keeps every hit with no copies', () => {
    const all = ungrouped(ranked);
    expect(all.map((h) => h.id)).toEqual(ranked.map((h) => h.id));
    expect(all.every((h) => h.alsoIn.length === 0)).toBe(true);
  });
});

describe('groupIdenticalTexts with kept keys', () => {
  it('groups by the keys the caller gives, asking once per hit', () => {
    const asked: string[] = [];
    const grouped = groupIdenticalTexts(ranked, (h) => {
      asked.push(h.id);
      return sameTextKey(h);
    });
    expect(grouped).toEqual(groupIdenticalTexts(ranked));
    // Cards and terms are never grouped, so their keys are never needed.
    expect(asked).toEqual(ranked.filter((h) => h.type !== 'card' && h.type !== 'term').map((h) => h.id));
  });
});
