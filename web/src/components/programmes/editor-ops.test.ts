import { describe, expect, it } from 'vitest';
import type { ProgrammeContent, ProgrammeOutcome } from '../../api/programme-editor';
import { errorKey, fileErrors, localErrors } from './editor-errors';
import {
  acceptAllSuggestions,
  acceptSuggestion,
  addSuggestions,
  emptyModule,
  linkItems,
  linksByItem,
  MAX_SUGGESTIONS,
  move,
  newId,
  nextModuleCode,
  rejectSuggestion,
  updateOutcome,
} from './editor-ops';

const outcome = (over: Partial<ProgrammeOutcome> = {}): ProgrammeOutcome => ({
  id: 'o1',
  text: 'Клиенттің қажеттілігін бағалайды',
  itemIds: ['s1'],
  criteria: [{ id: 'c1', text: 'Бағалау жүргізілді' }],
  method: 'practical-task',
  suggestions: [
    { itemId: 's2', score: 0.4, state: 'pending' },
    { itemId: 's3', score: 0.9, state: 'pending' },
    { itemId: 's4', score: 0.7, state: 'rejected' },
  ],
  ...over,
});

const content = (): ProgrammeContent => ({
  title: 'Бағдарлама',
  type: 'tvet-modular',
  lang: 'kk',
  volume: { unit: 'hours', value: 100 },
  cards: [{ code: '3412-0-008', level: 4, editionId: 'e1' }],
  modules: [
    {
      id: 'm1',
      code: 'КМ 01',
      name: 'А',
      kind: 'professional',
      hours: { theory: 1, practice: 2 },
      credits: null,
      outcomes: [outcome()],
    },
    {
      id: 'm2',
      code: 'КМ 03',
      name: 'Б',
      kind: 'practice',
      hours: { theory: 0, practice: 5 },
      credits: null,
      outcomes: [
        outcome({
          id: 'o2',
          itemIds: ['s1', 'k1'],
          criteria: [
            { id: 'c2', text: 'x' },
            { id: 'c3', text: 'y' },
          ],
        }),
      ],
    },
  ],
  exceptions: [],
});

describe('the editor’s document changes', () => {
  it('makes ids the server accepts', () => {
    for (let i = 0; i < 50; i++) expect(newId('m')).toMatch(/^[A-Za-z0-9_.-]{1,64}$/);
    expect(new Set(Array.from({ length: 200 }, () => newId('o'))).size).toBe(200);
  });

  it('suggests the next module code after the highest one in the programme’s language', () => {
    expect(nextModuleCode(content())).toBe('КМ 04');
    expect(nextModuleCode({ lang: 'ru', modules: content().modules })).toBe('ПМ 01');
    expect(nextModuleCode({ lang: 'kk', modules: [] })).toBe('КМ 01');
    expect(emptyModule({ ...content(), volume: { unit: 'credits', value: 60 } }).credits).toBe(0);
    expect(emptyModule(content()).credits).toBeNull();
  });

  it('moves an element within the list and clamps at the ends', () => {
    expect(move(['a', 'b', 'c'], 0, 1)).toEqual(['b', 'a', 'c']);
    expect(move(['a', 'b', 'c'], 2, -2)).toEqual(['c', 'a', 'b']);
    expect(move(['a', 'b', 'c'], 0, -1)).toEqual(['a', 'b', 'c']);
    expect(move(['a', 'b', 'c'], 2, 5)).toEqual(['a', 'b', 'c']);
  });

  it('links items once and settles their pending suggestions', () => {
    const o = linkItems(outcome(), ['s1', 's3', 'k9', 'k9']);
    expect(o.itemIds).toEqual(['s1', 's3', 'k9']);
    expect(o.suggestions.map((s) => s.itemId)).toEqual(['s2', 's4']);
  });

  it('accepts, rejects and accepts all (best first), leaving rejected ones rejected', () => {
    const accepted = acceptSuggestion(outcome(), 's2');
    expect(accepted.itemIds).toEqual(['s1', 's2']);
    expect(accepted.suggestions.map((s) => s.itemId)).toEqual(['s3', 's4']);
    const rejected = rejectSuggestion(outcome(), 's2');
    expect(rejected.itemIds).toEqual(['s1']);
    expect(rejected.suggestions.find((s) => s.itemId === 's2')?.state).toBe('rejected');
    const all = acceptAllSuggestions(outcome());
    expect(all.itemIds).toEqual(['s1', 's3', 's2']);
    expect(all.suggestions).toEqual([{ itemId: 's4', score: 0.7, state: 'rejected' }]);
  });

  it('adds the engine’s answers as pending, never a linked, suggested or rejected item, within the limit', () => {
    const { outcome: o, added } = addSuggestions(outcome(), [
      { itemId: 's1', score: 0.99 },
      { itemId: 's4', score: 0.98 },
      { itemId: 's2', score: 0.97 },
      { itemId: 'k1', score: 0.5 },
      { itemId: 'k2', score: 0.8 },
      { itemId: 'k2', score: 0.7 },
    ]);
    expect(added).toBe(2);
    expect(o.suggestions.slice(3)).toEqual([
      { itemId: 'k2', score: 0.8, state: 'pending' },
      { itemId: 'k1', score: 0.5, state: 'pending' },
    ]);
    const many = Array.from({ length: 80 }, (_, i) => ({ itemId: `x${i}`, score: i / 100 }));
    const full = addSuggestions(outcome(), many);
    expect(full.outcome.suggestions).toHaveLength(MAX_SUGGESTIONS);
    expect(full.added).toBe(MAX_SUGGESTIONS - 3);
  });

  it('changes one outcome wherever it is and leaves the other modules as they were', () => {
    const before = content();
    const after = updateOutcome(before, 'o2', (o) => ({ ...o, text: 'жаңа' }));
    expect(after.modules[1]?.outcomes[0]?.text).toBe('жаңа');
    expect(after.modules[0]).toBe(before.modules[0]);
  });

  it('lists which outcomes link each item', () => {
    const links = linksByItem(content());
    expect(links.get('s1')?.map((l) => l.outcomeId)).toEqual(['o1', 'o2']);
    expect(links.get('k1')?.map((l) => l.module.code)).toEqual(['КМ 03']);
  });
});

describe('a refused save’s errors', () => {
  it('are filed under the module’s, outcome’s or criterion’s id, not its place', () => {
    const c = content();
    expect(errorKey(c, 'content.title')).toBe('title');
    expect(errorKey(c, 'content.volume.value')).toBe('volume.value');
    expect(errorKey(c, 'content.modules.1.code')).toBe('m:m2:code');
    expect(errorKey(c, 'content.modules.1.hours.theory')).toBe('m:m2:hours.theory');
    expect(errorKey(c, 'content.modules.1.outcomes.0.text')).toBe('o:o2:text');
    expect(errorKey(c, 'content.modules.1.outcomes.0.itemIds')).toBe('o:o2:itemIds');
    expect(errorKey(c, 'content.modules.1.outcomes.0.criteria.1.text')).toBe('c:c3:text');
    expect(errorKey(c, 'content.modules.7.name')).toBe('modules.7.name');
    expect(errorKey(c, 'content.modules')).toBe('modules');
    expect(fileErrors(c, { 'content.modules.0.name': 'too long', 'json.content.title': 'x', title: 'y' })).toEqual({
      'm:m1:name': 'too long',
      title: 'x',
    });
  });

  it('include the empty texts the browser sees before sending', () => {
    const c = content();
    expect(localErrors(c, 'req')).toEqual({});
    const m = c.modules[1];
    if (!m?.outcomes[0]) throw new Error('fixture');
    m.name = ' ';
    m.outcomes[0].text = '';
    m.outcomes[0].criteria[0] = { id: 'c2', text: '' };
    expect(localErrors({ ...c, title: '' }, 'req')).toEqual({
      title: 'req',
      'm:m2:name': 'req',
      'o:o2:text': 'req',
      'c:c2:text': 'req',
    });
  });
});
