import { beforeAll, describe, expect, it } from 'vitest';
import {
  addCard,
  cardAt,
  edit,
  items,
  lint,
  loadMini,
  setKnowledge,
  setSkills,
} from '../../../test/fixtures/quality/fixtures.js';
import type { Edition } from '../standard/edition.js';

let base: Edition;
beforeAll(async () => {
  base = await loadMini();
});

describe('duplicate-item', () => {
  it('is an error when one list repeats an item word for word', () => {
    const e = edit(base, (x) => setSkills(x, 1, ['Нәтижені тексеру.', 'Есеп жазу.', 'нәтижені тексеру;']));
    const found = lint(e, 'duplicate-item');
    expect(found).toEqual([
      expect.objectContaining({
        severity: 'error',
        location: expect.objectContaining({ itemId: '1111-1-001.5.f1.t1.s3' }),
      }),
    ]);
    expect(found[0]?.evidence?.related?.[0]?.itemId).toBe('1111-1-001.5.f1.t1.s1');
    expect(found[0]?.message.en).toBe(
      'Skill 3 (labour function 1, task 1) repeats word for word skill 1 (labour function 1, task 1) of the same card: «Нәтижені тексеру.».',
    );
  });

  it('is a warning across tasks, info for a near copy in another task', () => {
    const e = edit(base, (x) => {
      const fn = cardAt(x, 1).labourFunctions[0];
      if (!fn) return;
      setSkills(x, 1, ['Сынақ нәтижелерін жүйелі түрде тексеру және талдау.', 'Есеп жазу.']);
      fn.tasks.push({
        id: `${fn.id}.t2`,
        name: { kk: 'Сынақ есебін жасау', source: { lines: [33, 33] } },
        skills: items(`${fn.id}.t2.s`, [
          'Есеп жазу.',
          'Сынақ нәтижелерін жүйелі түрде тексеру және талдау, қорытынды жасау.',
        ]),
        knowledge: items(`${fn.id}.t2.k`, ['Есеп беру тәртібі.']),
      });
    });
    const found = lint(e, 'duplicate-item');
    expect(found.map((f) => [f.severity, f.location.itemId, f.evidence?.related?.[0]?.itemId])).toEqual([
      ['warning', '1111-1-001.5.f1.t2.k1', '1111-1-001.5.f1.t1.k2'],
      ['warning', '1111-1-001.5.f1.t2.s1', '1111-1-001.5.f1.t1.s2'],
      ['info', '1111-1-001.5.f1.t2.s2', '1111-1-001.5.f1.t1.s1'],
    ]);
  });

  it('accepts different items and the same item on different cards', () => {
    expect(lint(base, 'duplicate-item')).toEqual([]);
  });
});

describe('copied-between-professions', () => {
  const skill = 'Сынақ нәтижелері бойынша тоқсан сайынғы есепті дайындау.';

  it("finds an item copied from another profession's card", () => {
    const e = edit(base, (x) => {
      setSkills(x, 1, [skill]);
      const other = addCard(x, '2222-2-002', 6, 'Зертхана сарапшысы');
      other.labourFunctions[0]?.tasks[0]?.skills.splice(0, 1, ...items('2222-2-002.6.f1.t1.s', [skill]));
      const fn = other.labourFunctions[0];
      if (fn) fn.name.kk = 'Зертханалық зерттеу жүргізу';
      const task = other.labourFunctions[0]?.tasks[0];
      if (task) task.name.kk = 'Зерттеу нәтижелерін өңдеу';
    });
    const found = lint(e, 'copied-between-professions');
    expect(found.map((f) => [f.severity, f.location.itemId])).toEqual([
      ['info', '1111-1-001.5.f1.t1.s1'],
      ['info', '2222-2-002.6.f1.t1.s1'],
    ]);
  });

  it('leaves out items shared by three professions and knowledge of legal acts', () => {
    const e = edit(base, (x) => {
      setSkills(x, 1, [skill]);
      setKnowledge(x, 1, ['"Сынақ және сараптама туралы" Қазақстан Республикасының Заңы.']);
      for (const [code, name] of [
        ['2222-2-002', 'Зертхана сарапшысы'],
        ['3333-3-003', 'Сапа бақылаушысы'],
      ] as const) {
        const other = addCard(x, code, 6, name);
        const task = other.labourFunctions[0]?.tasks[0];
        if (!task) continue;
        task.skills = items(`${task.id}.s`, [skill]);
        task.knowledge = items(`${task.id}.k`, ['"Сынақ және сараптама туралы" Қазақстан Республикасының Заңы.']);
      }
    });
    expect(lint(e, 'copied-between-professions')).toEqual([]);
    expect(lint(base, 'copied-between-professions')).toEqual([]);
  });
});

describe('term-definition-repeated', () => {
  it("finds a term whose definition is another term's, and a term defined twice", () => {
    const e = edit(base, (x) => {
      const [first, second] = x.terms;
      if (!first || !second) return;
      first.definition.kk = 'белгілі бір жұмыс түрін орындау үшін қажетті білім мен дағдылар жиынтығы;';
      second.definition.kk = 'белгілі бір жұмыс түрін орындау үшін қажетті білім мен дағдылар жиынтығы.';
      x.terms.push({ ...structuredClone(first), id: 'term-3', number: '3', definition: { kk: 'сынау ісі' } });
    });
    const found = lint(e, 'term-definition-repeated');
    expect(found.map((f) => [f.severity, f.location.path])).toEqual([
      ['error', 'terms[2].term'],
      ['error', 'terms[1].definition'],
    ]);
    expect(found[1]?.message.en).toBe('The definition of «маман» is word for word the definition of «сынақ».');
  });

  it('accepts distinct terms and definitions', () => {
    expect(lint(base, 'term-definition-repeated')).toEqual([]);
  });
});
