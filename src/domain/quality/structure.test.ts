import { beforeAll, describe, expect, it } from 'vitest';
import {
  cardAt,
  edit,
  ids,
  items,
  lint,
  loadMini,
  setKnowledge,
  setSkills,
  severities,
  taskAt,
} from '../../../test/fixtures/quality/fixtures.js';
import type { Edition } from '../standard/edition.js';

let base: Edition;
beforeAll(async () => {
  base = await loadMini();
});

describe('profession-without-card', () => {
  it('reports a listed profession without a card as info', () => {
    const found = lint(base, 'profession-without-card');
    expect(found).toEqual([
      expect.objectContaining({ severity: 'info', location: { card: null, path: 'professions[1]', itemId: 'prof-2' } }),
    ]);
    expect(found[0]?.message.en).toContain('сынақ кеңесшісі');
  });

  it('reports a listed level without a card and a card missing from the list', () => {
    const e = edit(base, (x) => {
      const p = x.professions[0];
      if (p) {
        p.levels = [4, 5, 6];
        p.cards = p.cards.filter((c) => c.level !== 5);
      }
    });
    const found = lint(e, 'profession-without-card');
    expect(found.filter((f) => f.severity === 'warning').map((f) => f.location.path)).toEqual(
      expect.arrayContaining(['professions[0]', 'name']),
    );
    expect(found.find((f) => f.location.path === 'name')?.location.card).toEqual({ code: '1111-1-001', level: 5 });
  });

  it('is silent when every profession and level has its card', () => {
    const e = edit(base, (x) => {
      x.professions.pop();
    });
    expect(lint(e, 'profession-without-card')).toEqual([]);
  });
});

describe('missing-content', () => {
  it('finds a card without functions, a task without skills or knowledge, a card without requirements', () => {
    const e = edit(base, (x) => {
      cardAt(x, 0).labourFunctions = [];
      const task = taskAt(x, 1);
      task.skills = [];
      task.knowledge = [];
      cardAt(x, 1).qualification.groups = [];
    });
    const found = lint(e, 'missing-content');
    expect(found.map((f) => [f.severity, f.message.en])).toEqual(
      expect.arrayContaining([
        ['error', 'The card has no labour functions.'],
        ['error', 'Task 1 of labour function 1 has neither skills nor knowledge.'],
        ['error', 'The card lists no skills at all.'],
        ['info', 'The card states no qualification requirements.'],
      ]),
    );
  });

  it('warns about a task with skills but no knowledge (and the card then has no knowledge at all)', () => {
    const e = edit(base, (x) => {
      taskAt(x, 1).knowledge = [];
    });
    expect(lint(e, 'missing-content').map((f) => [f.severity, f.message.en])).toEqual([
      ['error', 'The card lists no knowledge at all.'],
      ['warning', 'Task 1 of labour function 1 has no knowledge items.'],
    ]);
  });

  it('accepts lists printed once for the whole function', () => {
    const e = edit(base, (x) => {
      const fn = cardAt(x, 1).labourFunctions[0];
      const task = taskAt(x, 1);
      if (fn) {
        fn.skills = task.skills;
        fn.knowledge = task.knowledge;
      }
      task.skills = [];
      task.knowledge = [];
    });
    expect(lint(e, 'missing-content')).toEqual([]);
    expect(lint(base, 'missing-content')).toEqual([]);
  });
});

describe('cut-off-text', () => {
  it('finds unclosed and unopened brackets, unpaired quotes, a final comma and a dangling conjunction', () => {
    const e = edit(base, (x) => {
      setKnowledge(x, 1, [
        'Сынақ әдістері (негізгі.',
        'Сынақ туралы заң).',
        '"Сынақ туралы заң.',
        'Есеп беру тәртібі,',
        'Сынақ әдістері және',
        'Сынақ нәтижелері бойынша;',
      ]);
    });
    const found = lint(e, 'cut-off-text');
    expect(found.map((f) => [f.location.itemId, f.severity])).toEqual([
      ['1111-1-001.5.f1.t1.k1', 'error'],
      ['1111-1-001.5.f1.t1.k2', 'error'],
      ['1111-1-001.5.f1.t1.k3', 'error'],
      ['1111-1-001.5.f1.t1.k4', 'warning'],
      ['1111-1-001.5.f1.t1.k5', 'warning'],
      ['1111-1-001.5.f1.t1.k6', 'warning'],
    ]);
    expect(found[1]?.message.en).toBe(
      'In knowledge item 2 (labour function 1, task 1), a closing bracket has no opening one: the text is cut off or the mark is stray.',
    );
  });

  it('finds an empty text', () => {
    const e = edit(base, (x) => setSkills(x, 0, ['—']));
    expect(lint(e, 'cut-off-text')).toEqual([expect.objectContaining({ severity: 'error' })]);
  });

  it('accepts balanced brackets, quotes, enumerators and a final semicolon', () => {
    const e = edit(base, (x) => {
      setKnowledge(x, 1, [
        'Сынақ (негізгі) әдістері.',
        '"Сынақ туралы" Заң;',
        'Мыналар: 1) жоспар; 2) есеп.',
        '«Сынақ туралы» заң.',
      ]);
    });
    expect(lint(e, 'cut-off-text')).toEqual([]);
    expect(lint(base, 'cut-off-text')).toEqual([]);
  });
});

describe('list-numbering', () => {
  it('finds repeated and skipped numbers', () => {
    const e = edit(base, (x) => {
      const task = taskAt(x, 1);
      task.knowledge = items(`${task.id}.k`, ['А әдісі.', 'Б әдісі.', 'В әдісі.', 'Г әдісі.']);
      const [, , third, fourth] = task.knowledge;
      if (third && fourth) {
        third.number = '2';
        fourth.number = '5';
      }
    });
    const found = lint(e, 'list-numbering');
    expect(found).toEqual([
      expect.objectContaining({
        severity: 'warning',
        location: expect.objectContaining({ itemId: '1111-1-001.5.f1.t1.k1' }),
      }),
    ]);
    expect(found[0]?.evidence?.details).toEqual({ printed: ['1', '2', '2', '5'], repeated: ['2'], skipped: [3, 4] });
  });

  it('notes a list whose last items lost their numbers', () => {
    const e = edit(base, (x) => {
      const task = taskAt(x, 1);
      task.knowledge = [
        ...items(`${task.id}.k`, ['А әдісі.', 'Б әдісі.']),
        ...items(`${task.id}.x`, ['В әдісі.'], false),
      ];
    });
    expect(severities(lint(e, 'list-numbering'))).toEqual(['info']);
  });

  it('accepts 1, 2, 3 and fully unnumbered lists', () => {
    const e = edit(base, (x) => {
      setKnowledge(x, 1, ['А әдісі.', 'Б әдісі.', 'В әдісі.']);
      const task = taskAt(x, 0);
      task.skills = items(`${task.id}.s`, ['А.', 'Б.'], false);
    });
    expect(ids(lint(e, 'list-numbering'))).toEqual([]);
  });
});
