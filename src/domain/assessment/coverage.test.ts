import { describe, expect, it } from 'vitest';
import { draftChecklist, clausesOf } from './checklist-draft.js';
import { cardEntries, coverageMatrix, taskKnowledgePool } from './coverage.js';
import { MINI_CARD } from './instrument-fixtures.js';
import { specificationContentSchema } from './instruments.js';
import { blueprintErrors, proposeSpecification, publishProblems } from './spec-check.js';

const item = (id: string, status: 'draft' | 'reviewed' | 'retired', knowledgeIds: string[]) => ({
  id,
  status,
  knowledgeIds,
});
const task = (id: string, status: 'draft' | 'reviewed' | 'retired', skillIds: string[]) => ({
  id,
  status,
  skillIds,
  cardCode: '1111-1-001',
  cardLevel: 4,
});
const T1 = '00000000-0000-4000-8000-000000000001';
const T2 = '00000000-0000-4000-8000-000000000002';

describe('coverage', () => {
  it('lists every skill and knowledge item, function-level ones included', () => {
    expect(cardEntries(MINI_CARD).map((e) => `${e.kind}:${e.id}`)).toEqual([
      'skill:f1.t1.s1',
      'skill:f1.t1.s2',
      'knowledge:f1.t1.k1',
      'knowledge:f1.t1.k2',
      'skill:f2.t1.s1',
      'knowledge:f2.k1',
    ]);
    expect(taskKnowledgePool(MINI_CARD).get('f2.t1')).toEqual(['f2.k1']);
  });

  it('counts reviewed and draft instruments; only reviewed ones cover, retired ones are ignored', () => {
    const rows = coverageMatrix(
      MINI_CARD,
      [
        item('i1', 'reviewed', ['f1.t1.k1', 'f1.t1.k1']),
        item('i2', 'draft', ['f1.t1.k2']),
        item('i3', 'retired', ['f2.k1']),
      ],
      [task(T1, 'reviewed', ['f1.t1.s1']), task(T2, 'draft', ['f1.t1.s2'])],
    );
    const by = new Map(rows.map((r) => [r.entry.id, r]));
    expect(by.get('f1.t1.k1')).toMatchObject({ reviewedItems: 1, draftItems: 0, covered: true });
    expect(by.get('f1.t1.k2')).toMatchObject({ reviewedItems: 0, draftItems: 1, covered: false });
    expect(by.get('f2.k1')).toMatchObject({ reviewedItems: 0, draftItems: 0, covered: false });
    expect(by.get('f1.t1.s1')).toMatchObject({ reviewedTasks: 1, covered: true });
    expect(by.get('f1.t1.s2')).toMatchObject({ draftTasks: 1, covered: false });
  });

  it('per specification, only its chosen tasks cover skills', () => {
    const rows = coverageMatrix(MINI_CARD, [], [task(T1, 'reviewed', ['f1.t1.s1'])], new Set([T2]));
    expect(rows.find((r) => r.entry.id === 'f1.t1.s1')?.covered).toBe(false);
  });
});

describe('specifications', () => {
  it('proposes a valid blueprint: weights add to 100, one question per knowledge item (at least one)', () => {
    const spec = proposeSpecification(MINI_CARD);
    expect(specificationContentSchema.safeParse(spec).success).toBe(true);
    expect(spec.functions.map((f) => f.weight)).toEqual([50, 50]);
    expect(spec.functions[0]?.questionsPerTask).toEqual({ 'f1.t1': 2 });
    expect(spec.functions[1]?.questionsPerTask).toEqual({ 'f2.t1': 1 });
    expect(spec.functions[0]?.theoryPassPercent).toBe(70);
    expect(blueprintErrors(MINI_CARD, spec)).toEqual([]);
  });

  it('weights of three functions still add to exactly 100', () => {
    const card = {
      ...MINI_CARD,
      labourFunctions: [...MINI_CARD.labourFunctions, { ...MINI_CARD.labourFunctions[1], id: 'f3' }],
    } as typeof MINI_CARD;
    expect(proposeSpecification(card).functions.map((f) => f.weight)).toEqual([34, 33, 33]);
  });

  it('names functions and tasks the card does not have', () => {
    const spec = proposeSpecification(MINI_CARD);
    const [first, second] = spec.functions;
    if (!first || !second) throw new Error('the mini card has two labour functions');
    const bad = {
      ...spec,
      functions: [
        { ...first, questionsPerTask: { 'f9.t1': 1 } },
        { ...second, labourFunctionId: 'f7' },
      ],
    };
    expect(blueprintErrors(MINI_CARD, bad).map((e) => e.message)).toEqual([
      'the labour function f1 has no task f9.t1',
      'the card has no labour function f7',
    ]);
  });

  it('refuses publication naming every uncovered item with its Kazakh text, and accepts once covered', () => {
    const spec = { ...proposeSpecification(MINI_CARD), practicalTaskIds: [T1] };
    const some = publishProblems(
      MINI_CARD,
      spec,
      [item('i1', 'reviewed', ['f1.t1.k1'])],
      [task(T1, 'reviewed', ['f1.t1.s1'])],
    );
    expect(some.filter((p) => p.kind.endsWith('uncovered')).map((p) => p.id)).toEqual([
      'f1.t1.s2',
      'f1.t1.k2',
      'f2.t1.s1',
      'f2.k1',
    ]);
    expect(some.find((p) => p.id === 'f2.k1')?.message).toContain('Психология негіздері');
    // f1.t1 asks 2 questions and has one reviewed item; f2.t1 asks 1 and has none.
    expect(some.filter((p) => p.kind === 'too-few-items').map((p) => p.id)).toEqual(['f1.t1', 'f2.t1']);

    const items = [
      item('i1', 'reviewed', ['f1.t1.k1']),
      item('i2', 'reviewed', ['f1.t1.k2']),
      item('i3', 'reviewed', ['f2.k1']),
    ];
    const tasks = [task(T1, 'reviewed', ['f1.t1.s1', 'f1.t1.s2', 'f2.t1.s1'])];
    expect(publishProblems(MINI_CARD, spec, items, tasks)).toEqual([]);
    // The same task, not chosen by the specification: the skills are uncovered again.
    expect(publishProblems(MINI_CARD, { ...spec, practicalTaskIds: [] }, items, tasks).map((p) => p.kind)).toEqual([
      'skill-uncovered',
      'skill-uncovered',
      'skill-uncovered',
    ]);
    // A chosen task that is still a draft is not usable.
    expect(publishProblems(MINI_CARD, spec, items, [task(T1, 'draft', ['f1.t1.s1'])])[0]?.kind).toBe('task-not-usable');
  });
});

describe('checklist drafts', () => {
  it('splits a statement into clauses, keeping the official words exactly', () => {
    expect(clausesOf('Құжаттарды тексеру; есеп жасау.')).toEqual(['Құжаттарды тексеру', 'есеп жасау']);
    expect(clausesOf('Отбасымен жұмыс (т.б. әдістер) жүргізу. Жоспар құру')).toEqual([
      'Отбасымен жұмыс (т.б. әдістер) жүргізу',
      'Жоспар құру',
    ]);
    expect(clausesOf(' ; . ')).toEqual([]);
  });

  it('phrases each clause as what the assessor observes, quoting it verbatim', () => {
    const skills = MINI_CARD.labourFunctions[0]?.tasks[0]?.skills ?? [];
    const criteria = draftChecklist(skills);
    expect(criteria.map((c) => c.id)).toEqual(['c1', 'c2', 'c3']);
    expect(criteria[0]?.text).toBe('Үміткер орындайтыны бақыланады: «Құжаттарды тексеру»');
    expect(criteria[2]?.text).toContain('«Кеңес беру»');
    for (const c of criteria) {
      const quoted = c.text.slice(c.text.indexOf('«') + 1, -1);
      expect(skills.some((s) => s.kk.includes(quoted))).toBe(true);
    }
    expect(draftChecklist(skills, 'ru')[0]?.text).toBe('Наблюдается, что кандидат выполняет: «Құжаттарды тексеру»');
  });
});
