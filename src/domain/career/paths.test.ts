import { beforeAll, describe, expect, it } from 'vitest';
import { miniEdition } from '../../../test/support/mini-edition.js';
import { BUNDLED_EDITION } from '../../../test/support/paths.js';
import { readEdition } from '../../importer/read-edition.js';
import { AppError } from '../shared/errors.js';
import type { CardKey } from '../standard/edition.js';
import type { Card } from '../standard/schemas.js';
import { type CareerEdge, careerEdges, cardItems, delta, findPaths, findRoutes, requirementsOf } from './paths.js';

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
const key = (text: string): CardKey => {
  const [code = '', level = ''] = text.split('/');
  return { code, level: Number(level) };
};
const route = (steps: { from: CardKey; to: CardKey }[]) =>
  steps.map((s) => `${s.from.code}/${s.from.level}>${s.to.code}/${s.to.level}`).join(' ');

/** A copy of a card at another level, with its ids renumbered as a real card's would be. */
function atLevel(card: Card, level: number, change: (c: Card) => void = () => {}): Card {
  const text = JSON.stringify(card).replaceAll(`${card.code.value}.${card.level.value}`, `${card.code.value}.${level}`);
  const copy = JSON.parse(text) as Card;
  copy.level.value = level;
  copy.links = [];
  change(copy);
  return copy;
}

describe('the career graph', () => {
  it('has an edge for a link that names a card of the edition', () => {
    expect(careerEdges(mini)).toEqual([
      { from: key('1111-1-001/4'), to: key('1111-1-001/5'), kind: 'stated', linkId: '1111-1-001.4.l1' },
    ]);
  });

  it('adds the same profession’s next level when no link states it, skipping a missing level', () => {
    const five = find(mini, '1111-1-001', 5);
    const cards = [...mini, atLevel(five, 7)];
    expect(careerEdges(cards)).toContainEqual({
      from: key('1111-1-001/5'),
      to: key('1111-1-001/7'),
      kind: 'next-level',
      linkId: null,
    });
    // Only the next level, not every higher one.
    expect(careerEdges(cards).filter((e) => e.from.level === 4)).toHaveLength(1);
  });

  it('has no edge for a link to a profession without a card (1344-0-004/7 → level 8)', () => {
    expect(careerEdges(real).filter((e) => e.from.code === '1344-0-004')).toEqual([]);
    expect(careerEdges(real).map((e) => `${e.from.code}/${e.from.level}>${e.to.code}/${e.to.level}`)).toContain(
      '3412-0-008/5>3412-0-009/6',
    );
  });
});

describe('findRoutes', () => {
  const e = (from: string, to: string, kind: CareerEdge['kind'] = 'stated'): CareerEdge => ({
    from: key(from),
    to: key(to),
    kind,
    linkId: null,
  });
  const diamond = [
    e('0000-0-001/1', '0000-0-002/2'),
    e('0000-0-002/2', '0000-0-004/4'),
    e('0000-0-001/1', '0000-0-003/3'),
    e('0000-0-003/3', '0000-0-002/2'),
    e('0000-0-003/3', '0000-0-004/4'),
    e('0000-0-001/1', '0000-0-004/4', 'next-level'),
    e('0000-0-004/4', '0000-0-001/1'),
  ];

  it('gives the simple paths shortest first, without visiting a card twice', () => {
    const routes = findRoutes(diamond, key('0000-0-001/1'), key('0000-0-004/4'));
    expect(routes.map((r) => r.length)).toEqual([1, 2, 2, 3]);
    expect(route(routes[3] ?? [])).toBe(
      '0000-0-001/1>0000-0-003/3 0000-0-003/3>0000-0-002/2 0000-0-002/2>0000-0-004/4',
    );
  });

  it('stops at maxPaths and maxSteps', () => {
    expect(findRoutes(diamond, key('0000-0-001/1'), key('0000-0-004/4'), { maxPaths: 2 })).toHaveLength(2);
    expect(findRoutes(diamond, key('0000-0-001/1'), key('0000-0-004/4'), { maxSteps: 2 })).toHaveLength(3);
  });

  it('gives one path of no steps from a card to itself, and none to an unreachable card', () => {
    expect(findRoutes(diamond, key('0000-0-002/2'), key('0000-0-002/2'))).toEqual([[]]);
    expect(findRoutes(diamond, key('0000-0-002/2'), key('0000-0-005/5'))).toEqual([]);
    expect(findRoutes(diamond.slice(0, 2), key('0000-0-004/4'), key('0000-0-001/1'))).toEqual([]);
  });
});

describe('delta between two cards', () => {
  it('reports the mini fixture’s level 4 → 5: a new task, skills and knowledge, and what stays', () => {
    const d = delta(find(mini, '1111-1-001', 4), find(mini, '1111-1-001', 5));
    expect(d.labourFunctions.counts).toEqual({ same: 1, changed: 0, added: 0, removed: 0 });
    expect(d.tasks.added.map((t) => t.kk)).toEqual(['Сынақты бақылау']);
    expect(d.tasks.removed.map((t) => t.kk)).toEqual(['Сынақты жоспарлау']);
    expect(d.skills.added.map((s) => s.id)).toEqual(['1111-1-001.5.f1.t1.s1']);
    expect(d.skills.removed.map((s) => s.id)).toEqual(['1111-1-001.4.f1.t1.s1']);
    expect(d.knowledge.same).toEqual([
      expect.objectContaining({
        from: expect.objectContaining({ id: '1111-1-001.4.f1.t1.k1' }),
        to: expect.objectContaining({
          id: '1111-1-001.5.f1.t1.k1',
          labourFunction: '1111-1-001.5.f1',
          task: '1111-1-001.5.f1.t1',
        }),
        similarity: 1,
      }),
    ]);
    expect(d.knowledge.added.map((k) => k.kk)).toEqual(['Есеп беру тәртібі.']);
  });

  it('detects a reworded skill as changed, not as added and removed, although its id differs', () => {
    const five = find(mini, '1111-1-001', 5);
    const six = atLevel(five, 6, (c) => {
      const task = c.labourFunctions[0]?.tasks[0];
      if (task?.skills[0]) task.skills[0].kk = 'Сынақ нәтижелерін тексеру.';
    });
    const d = delta(five, six);
    expect(d.skills.counts).toEqual({ same: 0, changed: 1, added: 0, removed: 0 });
    expect(d.skills.changed[0]).toMatchObject({
      from: { id: '1111-1-001.5.f1.t1.s1', kk: 'Нәтижені тексеру.' },
      to: { id: '1111-1-001.6.f1.t1.s1', kk: 'Сынақ нәтижелерін тексеру.' },
    });
    expect(d.skills.changed[0]?.similarity).toBeGreaterThanOrEqual(0.6);
    expect(d.skills.changed[0]?.similarity).toBeLessThan(1);
  });

  it('finds the reworded law in the real cards (Мүмкіндігі шектеулі балаларды… → Мүгедек балаларды…)', () => {
    const d = delta(find(real, '3412-0-008', 5), find(real, '3412-0-009', 6));
    const changed = d.knowledge.changed.find((c) => c.to.kk.startsWith('Мүгедек балаларды'));
    expect(changed?.from.kk).toMatch(/^Мүмкіндігі шектеулі балаларды/);
    expect(changed?.similarity).toBeGreaterThan(0.6);
  });

  it('counts function-level lists as the function’s items', () => {
    const items = cardItems(find(real, '2634-9-004', 6));
    expect(items.skills).toHaveLength(38);
    expect(items.skills.every((s) => s.task === null && s.labourFunction !== null)).toBe(true);
  });
});

describe('requirements of the next card', () => {
  it('gives the entry rule (no category) with its education and years', () => {
    const r = requirementsOf(find(mini, '1111-1-001', 5), find(mini, '1111-1-001', 4));
    expect(r.entry).toEqual([
      expect.objectContaining({
        id: '1111-1-001.5.q2',
        group: 'general',
        category: 'none',
        education: [{ minLevel: 'higher' }],
        experience: null,
      }),
    ]);
    expect(r).toMatchObject({ minYears: 0, higherEducation: true, education: { levels: ['higher'] } });
  });

  it('gives one entry rule per group, and the rule of a card without categories', () => {
    const two = requirementsOf(find(real, '3412-0-008', 5), find(real, '3412-0-008', 4));
    expect(two.entry.map((e) => `${e.group}:${e.category}`)).toEqual([
      'high-level-specialist:none',
      'mid-level-specialist:none',
    ]);
    const head = requirementsOf(find(real, '1344-0-004', 7));
    expect(head.entry).toHaveLength(1);
    expect(head.entry[0]).toMatchObject({ category: null, experience: { minYears: 3 } });
    expect(head.minYears).toBe(3);
  });
});

describe('findPaths on the cards of Order No. 262', () => {
  it('goes from 2635-3-001/4 to 2635-3-001/6 through level 5, with deltas and requirements', () => {
    const paths = findPaths(real, key('2635-3-001/4'), key('2635-3-001/6'));
    expect(paths).toHaveLength(1);
    const [first, second] = paths[0]?.steps ?? [];
    expect(route(paths[0]?.steps ?? [])).toBe('2635-3-001/4>2635-3-001/5 2635-3-001/5>2635-3-001/6');
    expect(first).toMatchObject({ kind: 'stated', linkId: '2635-3-001.4.l1' });
    expect(first?.delta.skills.counts).toEqual({ same: 6, changed: 4, added: 0, removed: 0 });
    expect(first?.delta.knowledge.counts).toEqual({ same: 19, changed: 0, added: 2, removed: 1 });
    expect(second?.requires).toMatchObject({ higherEducation: true, minYears: 0 });
    expect(second?.requires.entry.map((e) => e.group)).toEqual(['high-level-specialist']);
  });

  it('goes from 3412-0-008/4 to another profession, 3412-0-009/6, through the stated links', () => {
    const paths = findPaths(real, key('3412-0-008/4'), key('3412-0-009/6'));
    expect(paths.map((p) => route(p.steps))).toEqual(['3412-0-008/4>3412-0-008/5 3412-0-008/5>3412-0-009/6']);
    const last = paths[0]?.steps[1];
    expect(last?.delta.labourFunctions.counts).toEqual({ same: 0, changed: 0, added: 3, removed: 1 });
    expect(last?.delta.skills.counts.added).toBeGreaterThan(10);
    expect(last?.delta.knowledge.counts.same).toBeGreaterThan(0);
  });

  it('finds no path downwards, and refuses a card the edition does not have', () => {
    expect(findPaths(real, key('2635-3-001/6'), key('2635-3-001/4'))).toEqual([]);
    expect(() => findPaths(real, key('9999-9-999/5'), key('2635-3-001/4'))).toThrow(AppError);
    try {
      findPaths(real, key('2635-3-001/4'), key('2635-3-001/8'));
    } catch (error) {
      expect(error).toMatchObject({ code: 'not_found', errors: [{ path: 'to' }] });
    }
  });

  it('on every pair of cards: steps follow edges, join up, and account for every item of the next card', () => {
    const edges = careerEdges(real).map((e) => route([e]));
    let found = 0;
    for (const from of real) {
      for (const to of real) {
        for (const p of findPaths(
          real,
          key(`${from.code.value}/${from.level.value}`),
          key(`${to.code.value}/${to.level.value}`),
        )) {
          found++;
          p.steps.forEach((s, i) => {
            expect(edges).toContain(route([s]));
            if (i > 0) expect(s.from).toEqual(p.steps[i - 1]?.to);
            const items = cardItems(find(real, s.to.code, s.to.level));
            for (const kind of ['labourFunctions', 'tasks', 'skills', 'knowledge'] as const) {
              const c = s.delta[kind].counts;
              expect(c.same + c.changed + c.added).toBe(items[kind].length);
            }
          });
        }
      }
    }
    expect(found).toBeGreaterThan(10);
  });
});
