import { describe, expect, it } from 'vitest';
import type { Edition } from '../standard/edition.js';
import type { Card } from '../standard/schemas.js';
import { type Change, type ChangeKind, diffEditions } from './diff.js';
import { ruForm } from '../shared/messages/diff-sentences.js';
import { type TinyCard, tinyEdition } from './test-editions.js';

const C = '2635-3-001.5';
const T = `${C}.f1.t1`;

function social(over: Partial<TinyCard> = {}): TinyCard {
  return {
    code: '2635-3-001',
    level: 5,
    functions: [
      {
        name: 'Арнаулы әлеуметтік қызметтерді ұйымдастыру және ұсыну',
        tasks: [
          {
            name: 'Арнайы әлеуметтік қызметтерге қажеттілікті талдау.',
            skills: ['Тиісті теориялық және практикалық білімді меңгеру.', 'Тұрақты негізде біліктілікті арттыру;'],
            knowledge: [
              'Қазақстан Республикасының Конституциясы;',
              'Халық денсаулығы және денсаулық сақтау жүйесі туралы Кодекс.',
              'Неке және отбасы туралы Кодекс.',
            ],
          },
          {
            name: 'Арнаулы әлеуметтік қызметтерге мұқтаж азаматтардың есебін жүргізу.',
            skills: ['Клиентке нақты сұраныс бойынша құзыретті ақпарат пен түсініктеме беру.'],
          },
        ],
      },
      {
        name: 'Медициналық-әлеуметтік және құқықтық қызметтер көрсету.',
        tasks: [{ name: 'Клиенттерге консультация беру', skills: ['Құқықтық мәселелер бойынша кеңес беру.'] }],
      },
    ],
    rules: [
      {
        category: 'higher',
        kk: 'жоғары санатты: жоғары білім және жұмыс өтілі кемінде 3 жыл;',
        education: [{ minLevel: 'higher', fields: ['social'] }],
        experience: { minYears: 3, inCategory: 'first' },
      },
    ],
    otherNames: [{ code: '3350-0-009', kk: 'Халықты әлеуметтік қорғау ұйымдарындағы маман' }],
    ...over,
  };
}

const base = () => tinyEdition('old', [social()]);
const only = (diff: { changes: Change[] }, kind: ChangeKind) => diff.changes.filter((c) => c.kind === kind);

/** A copy of the edition with one card changed in place. */
function amend(edition: Edition, change: (card: Card, all: Card[]) => void): Edition {
  const copy = structuredClone(edition);
  copy.meta.id = 'new';
  const card = copy.cards[0];
  if (!card) throw new Error('no card');
  change(card, copy.cards);
  return copy;
}

function task(card: Card, f: number, t: number) {
  const found = card.labourFunctions[f]?.tasks[t];
  if (!found) throw new Error(`no task ${f}.${t}`);
  return found;
}

describe('diffEditions', () => {
  it('finds nothing between an edition and itself', () => {
    const diff = diffEditions(base(), base());
    expect(diff.changes).toEqual([]);
    expect(Object.values(diff.counts).every((n) => n === 0)).toBe(true);
    expect(diff.summary.en).toEqual([
      'Edition old (order No. 1 of 2023-01-01) compared with old (order No. 1 of 2023-01-01): no changes.',
    ]);
    expect(diff.summary.kk[0]).toMatch(/өзгеріс жоқ\.$/);
    expect(diff.summary.ru[0]).toMatch(/изменений нет\.$/);
  });

  it('reports added skills with where they stand, and sums them up in three languages', () => {
    const after = amend(base(), (card) => {
      const t = task(card, 0, 0);
      for (const kk of ['Бірінші жаңа дағды.', 'Екінші жаңа дағды.', 'Үшінші жаңа дағды.']) {
        t.skills.push({ id: `${t.id}.s${t.skills.length + 1}`, kk, source: { lines: [900, 900] } });
      }
    });
    const diff = diffEditions(base(), after);
    const added = only(diff, 'added');
    expect(added).toHaveLength(3);
    expect(added[0]).toMatchObject({
      itemKind: 'skill',
      from: null,
      to: {
        id: `${T}.s3`,
        kind: 'skill',
        card: { code: '2635-3-001', level: 5 },
        path: 'f1.t1.s3',
        parentId: T,
        lines: [900, 900],
        text: 'Бірінші жаңа дағды.',
      },
    });
    expect(added[0]?.message.en).toBe(
      'Skill added — card 2635-3-001 level 5, function 1 › task 1 › skill 3: «Бірінші жаңа дағды.»',
    );
    expect(diff.summary.en).toContain('3 skills added to card 2635-3-001 level 5.');
    expect(diff.summary.kk).toContain('2635-3-001 5-деңгей карточкасына 3 дағды қосылды.');
    expect(diff.summary.ru).toContain('В карточку 2635-3-001 уровня 5 добавлено 3 навыка.');
  });

  it('reports an added task once, counting what comes with it', () => {
    const after = amend(base(), (card) => {
      const fn = card.labourFunctions[1];
      if (!fn) throw new Error('fixture');
      fn.tasks.push({
        id: `${fn.id}.t2`,
        name: { kk: 'Жаңа міндет', source: { lines: [901, 901] } },
        skills: [{ id: `${fn.id}.t2.s1`, kk: 'Жаңа дағды.', source: { lines: [902, 902] } }],
        knowledge: [{ id: `${fn.id}.t2.k1`, kk: 'Жаңа білім.', source: { lines: [903, 903] } }],
      });
    });
    const diff = diffEditions(base(), after);
    expect(diff.changes).toHaveLength(1);
    expect(diff.changes[0]).toMatchObject({ kind: 'added', itemKind: 'task', descendants: 2 });
    expect(diff.summary.ru).toContain('В карточку 2635-3-001 уровня 5 добавлена 1 задача.');
  });

  it('reports a removed knowledge item and the renumbered items after it', () => {
    const after = amend(base(), (card) => {
      const t = task(card, 0, 0);
      t.knowledge.splice(1, 1);
      t.knowledge.forEach((k, i) => {
        k.id = `${t.id}.k${i + 1}`;
      });
    });
    const diff = diffEditions(base(), after);
    expect(only(diff, 'removed')).toEqual([
      expect.objectContaining({
        itemKind: 'knowledge',
        to: null,
        from: expect.objectContaining({
          id: `${T}.k2`,
          text: 'Халық денсаулығы және денсаулық сақтау жүйесі туралы Кодекс.',
        }),
      }),
    ]);
    expect(only(diff, 'renumbered')).toEqual([
      expect.objectContaining({
        itemKind: 'knowledge',
        from: expect.objectContaining({ id: `${T}.k3`, path: 'f1.t1.k3' }),
        to: expect.objectContaining({ id: `${T}.k2`, path: 'f1.t1.k2' }),
        fields: [{ field: 'id', from: `${T}.k3`, to: `${T}.k2` }],
      }),
    ]);
    expect(only(diff, 'reworded')).toEqual([]);
    expect(diff.summary.en).toContain('1 knowledge item removed from card 2635-3-001 level 5.');
    expect(diff.summary.kk).toContain('2635-3-001 5-деңгей карточкасынан 1 білім алынып тасталды.');
    expect(diff.summary.ru).toContain('Из карточки 2635-3-001 уровня 5 исключено 1 знание.');
    expect(diff.alignment.pairs).toContainEqual(
      expect.objectContaining({ oldId: `${T}.k3`, newId: `${T}.k2`, how: 'text', similarity: 1 }),
    );
  });

  it('reports a reworded task with a word-level diff', () => {
    const after = amend(base(), (card) => {
      task(card, 0, 0).name.kk = 'Арнаулы әлеуметтік қызметтерге қажеттілікті талдау және бағалау.';
    });
    const diff = diffEditions(base(), after);
    expect(diff.changes).toEqual([
      expect.objectContaining({
        kind: 'reworded',
        itemKind: 'task',
        field: 'name',
        from: expect.objectContaining({ id: T, text: 'Арнайы әлеуметтік қызметтерге қажеттілікті талдау.' }),
        to: expect.objectContaining({ id: T }),
        words: [
          { op: 'del', text: 'Арнайы' },
          { op: 'add', text: 'Арнаулы' },
          { op: 'same', text: 'әлеуметтік қызметтерге қажеттілікті' },
          { op: 'del', text: 'талдау.' },
          { op: 'add', text: 'талдау және бағалау.' },
        ],
      }),
    ]);
    expect(diff.summary.en).toContain('1 task reworded in card 2635-3-001 level 5.');
  });

  it('ignores unofficial translations, notes, printed numbers and line numbers', () => {
    const after = amend(base(), (card) => {
      const t = task(card, 0, 0);
      t.name.ru = 'Анализ потребности';
      t.note = 'a note';
      const skill = t.skills[0];
      if (skill) {
        skill.number = '7';
        skill.source = { lines: [500, 502] };
      }
    });
    expect(diffEditions(base(), after).changes).toEqual([]);
  });

  it('reports a skill moved to another task, to another function and to another card', () => {
    const moveTo = (
      target: (cards: Card[]) => { id: string; skills: Card['labourFunctions'][0]['tasks'][0]['skills'] },
    ) =>
      amend(tinyEdition('old', [social(), { ...social(), level: 6 }]), (card, all) => {
        const skill = task(card, 0, 0).skills.shift();
        if (!skill) throw new Error('fixture');
        const t = target(all);
        t.skills.push({ ...skill, id: `${t.id}.s${t.skills.length + 1}` });
      });
    const before = tinyEdition('old', [social(), { ...social(), level: 6 }]);

    const toTask = diffEditions(
      before,
      moveTo((all) => task(all[0] as Card, 0, 1)),
    );
    expect(only(toTask, 'moved')).toEqual([
      expect.objectContaining({
        itemKind: 'skill',
        movedTo: 'task',
        from: expect.objectContaining({ id: `${T}.s1`, parentId: T, path: 'f1.t1.s1' }),
        to: expect.objectContaining({ id: `${C}.f1.t2.s2`, parentId: `${C}.f1.t2`, path: 'f1.t2.s2' }),
      }),
    ]);
    expect(toTask.summary.en).toContain('1 skill moved to another task within card 2635-3-001 level 5.');
    expect(toTask.summary.kk).toContain('2635-3-001 5-деңгей карточкасында 1 дағды басқа міндетке ауыстырылды.');
    // The skill left behind keeps its id and its place in the list of ids: nothing else changed.
    expect(toTask.changes).toHaveLength(1);

    const toFunction = diffEditions(
      before,
      moveTo((all) => task(all[0] as Card, 1, 0)),
    );
    expect(only(toFunction, 'moved')).toEqual([expect.objectContaining({ movedTo: 'function' })]);
    expect(toFunction.summary.en).toContain('1 skill moved to another labour function within card 2635-3-001 level 5.');

    const toCard = diffEditions(
      before,
      moveTo((all) => task(all[1] as Card, 0, 1)),
    );
    expect(only(toCard, 'moved')).toEqual([
      expect.objectContaining({
        movedTo: 'card',
        from: expect.objectContaining({ card: { code: '2635-3-001', level: 5 } }),
        to: expect.objectContaining({ card: { code: '2635-3-001', level: 6 }, id: '2635-3-001.6.f1.t2.s2' }),
      }),
    ]);
    expect(toCard.summary.en).toContain('1 skill moved from card 2635-3-001 level 5 to card 2635-3-001 level 6.');
    expect(toCard.summary.ru).toContain(
      'Из карточки 2635-3-001 уровня 5 в карточку 2635-3-001 уровня 6 перемещён 1 навык.',
    );
  });

  it('reports a card’s changed level once, not its re-based ids', () => {
    const before = tinyEdition('old', [social()]);
    const after = tinyEdition('new', [{ ...social(), level: 6 }]);
    const diff = diffEditions(before, after);
    expect(diff.changes).toEqual([
      expect.objectContaining({
        kind: 'levelChanged',
        itemKind: 'card',
        fields: [{ field: 'level', from: 5, to: 6 }],
        from: expect.objectContaining({ id: C }),
        to: expect.objectContaining({ id: '2635-3-001.6' }),
      }),
    ]);
    expect(diff.alignment.pairs.every((p) => p.how === 'text')).toBe(true);
    expect(diff.summary.en).toContain('Card 2635-3-001: level changed from 5 to 6.');
    expect(diff.summary.kk).toContain('2635-3-001 карточкасының деңгейі өзгертілді: 5 → 6.');
  });

  it('reports a card’s changed code once, not its re-based ids', () => {
    const diff = diffEditions(base(), tinyEdition('new', [{ ...social(), code: '2635-3-004' }]));
    expect(diff.changes).toEqual([
      expect.objectContaining({
        kind: 'codeChanged',
        fields: [{ field: 'code', from: '2635-3-001', to: '2635-3-004' }],
        to: expect.objectContaining({ id: '2635-3-004.5', card: { code: '2635-3-004', level: 5 } }),
      }),
    ]);
    expect(diff.summary.ru).toContain('Карточка 2635-3-001 уровня 5: код изменён с 2635-3-001 на 2635-3-004.');
  });

  it('reports a requirement’s changed years, category and education as one change with a word diff', () => {
    const after = amend(base(), (card) => {
      const rule = card.qualification.groups[0]?.rules[0];
      if (!rule?.experience) throw new Error('fixture');
      rule.kk = 'жоғары санатты: жоғары білім және жұмыс өтілі кемінде 4 жыл;';
      rule.experience.minYears = 4;
    });
    const diff = diffEditions(base(), after);
    expect(diff.changes).toEqual([
      expect.objectContaining({
        kind: 'requirementChanged',
        itemKind: 'qualificationRule',
        fields: [{ field: 'experience.minYears', from: 3, to: 4 }],
        words: [
          { op: 'same', text: 'жоғары санатты: жоғары білім және жұмыс өтілі кемінде' },
          { op: 'del', text: '3' },
          { op: 'add', text: '4' },
          { op: 'same', text: 'жыл;' },
        ],
      }),
    ]);
    expect(diff.changes[0]?.message.en).toBe(
      'Requirement rule changed — card 2635-3-001 level 5, requirement group 1 › requirement 1: years of experience 3 → 4',
    );
    expect(diff.summary.en).toContain('1 requirement rule changed in card 2635-3-001 level 5.');

    const other = amend(base(), (card) => {
      const rule = card.qualification.groups[0]?.rules[0];
      if (!rule) throw new Error('fixture');
      rule.category = 'first';
      rule.education = [{ minLevel: 'tvet', fields: ['social', 'medical'] }];
    });
    expect(diffEditions(base(), other).changes).toEqual([
      expect.objectContaining({
        kind: 'requirementChanged',
        fields: [
          { field: 'category', from: 'higher', to: 'first' },
          {
            field: 'education',
            from: [{ minLevel: 'higher', fields: ['social'] }],
            to: [{ minLevel: 'tvet', fields: ['social', 'medical'] }],
          },
        ],
      }),
    ]);
  });

  it('reports other data of an item (an other name’s code) and a card’s own texts', () => {
    const after = amend(base(), (card) => {
      const name = card.otherNames[0];
      if (name) name.code = '3412-0-005';
      card.educationLevel.kk = 'Жоғары (немесе жоғары оқу орнынан кейінгі) білім';
    });
    const diff = diffEditions(base(), after);
    expect(only(diff, 'attributesChanged')).toEqual([
      expect.objectContaining({
        itemKind: 'otherName',
        fields: [{ field: 'code', from: '3350-0-009', to: '3412-0-005' }],
      }),
    ]);
    expect(only(diff, 'reworded')).toEqual([
      expect.objectContaining({ itemKind: 'card', field: 'educationLevel', to: expect.objectContaining({ id: C }) }),
    ]);
  });

  it('reports the order’s new number and date', () => {
    const after = tinyEdition('new', [social()], { number: '118', date: '2024-04-15' });
    const diff = diffEditions(base(), after);
    const fields = only(diff, 'metadataChanged').map((c) => c.field);
    expect(fields).toEqual(
      expect.arrayContaining(['order.number', 'order.date', 'order.registration.date', 'order.inForceFrom']),
    );
    expect(only(diff, 'metadataChanged')[0]).toMatchObject({
      itemKind: 'edition',
      fields: [{ field: 'order.number', from: '1', to: '118' }],
      from: { id: 'old', kind: 'edition', path: 'order.number' },
      to: { id: 'new', kind: 'edition', path: 'order.number' },
    });
    expect(diff.summary.en).toContain('Order number changed: 1 → 118.');
    expect(diff.summary.kk).toContain('Бұйрық нөмірі өзгертілді: 1 → 118.');
    expect(diff.summary.ru).toContain('Изменено: номер приказа (1 → 118).');
    expect(diff.to.order).toEqual({ number: '118', date: '2024-04-15' });
  });

  it('puts UUIDs on locations and on the alignment when asked', () => {
    const after = amend(base(), (card) => {
      task(card, 0, 0).name.kk = 'Жаңа атау';
    });
    const diff = diffEditions(base(), after, { uuidOf: (standard, id) => `${standard}/${id}` });
    expect(diff.changes[0]?.to?.uuid).toBe(`tiny/${T}`);
    expect(diff.alignment.pairs[0]).toMatchObject({ oldUuid: `tiny/${C}`, newUuid: `tiny/${C}` });
  });
});

describe('Russian plural forms', () => {
  it('follows 1 / 2–4 / 5+ with the teens and tens', () => {
    expect([1, 2, 4, 5, 11, 12, 14, 21, 22, 25, 101, 111].map(ruForm)).toEqual([0, 1, 1, 2, 2, 2, 2, 0, 1, 2, 0, 2]);
  });
});
