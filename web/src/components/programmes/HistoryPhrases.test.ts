import { describe, expect, it } from 'vitest';
import { format, type Translate } from '../../i18n';
import { dictionaries } from '../../i18n/dictionaries';
import { revisionSummary } from '../../../../src/domain/programmes/revision-summary';
import { localisePhrase } from './HistoryPhrases';

const tIn =
  (lang: 'kk' | 'ru' | 'en'): Translate =>
  (key, vars) =>
    format(dictionaries[lang][key], vars);
const kk = tIn('kk');

describe('the revision phrases in the page language', () => {
  it('tells the status phrases and the document changes in Kazakh, with their values', () => {
    expect(localisePhrase('created', kk)).toBe('Бағдарлама құрылды');
    expect(localisePhrase('reopened (was final)', kk)).toBe('Қайта ашылды (бұрын: Түпкілікті)');
    expect(localisePhrase('3 links removed from m1-o1', kk)).toBe('m1-o1 нәтижесінен алынған байланыстар: 3');
    expect(localisePhrase('1 link added to m1-o2', kk)).toBe('m1-o2 нәтижесіне қосылған байланыстар: 1');
    expect(localisePhrase('volume 720 → 960 hours', kk)).toBe('Көлемі: 720 → 960 сағат');
    expect(localisePhrase('module КМ 02 kind general → practice', kk)).toBe(
      'КМ 02 модулінің түрі: Жалпы білім беретін модуль → Кәсіптік практика',
    );
    expect(localisePhrase('module КМ 02 renamed', kk)).toBe('КМ 02 модулінің атауы өзгертілді');
    expect(localisePhrase('exception for 3412-0-008.4.f1.t1.s1 added', kk)).toBe(
      '3412-0-008.4.f1.t1.s1 элементіне ерекшелік қосылды',
    );
    expect(localisePhrase('and 4 more', tIn('en'))).toBe('and 4 more');
  });

  it('leaves a phrase of an unknown shape to be shown as written, and an unknown value as written', () => {
    expect(localisePhrase('something new happened', kk)).toBeNull();
    expect(localisePhrase('type tvet-modular → something-else', kk)).toBe(
      'Түрі: ТжКБ модульдік бағдарламасы → something-else',
    );
  });

  it('knows every phrase the server writes for a save', () => {
    const m1 = {
      id: 'm1',
      code: 'КМ 01',
      name: 'Бір',
      kind: 'professional' as const,
      hours: { theory: 10, practice: 0 },
      credits: null,
      outcomes: [
        {
          id: 'o1',
          text: 'Мәтін',
          itemIds: ['a', 'b'],
          criteria: [{ id: 'c1', text: 'К' }],
          method: 'test' as const,
          suggestions: [],
        },
        { id: 'o2', text: 'Екі', itemIds: [], criteria: [], method: 'oral' as const, suggestions: [] },
      ],
    };
    const base = {
      title: 'А',
      type: 'tvet-modular' as const,
      lang: 'kk' as const,
      volume: { unit: 'hours' as const, value: 720 },
      cards: [{ code: '3412-0-008', level: 4, editionId: 'e1' }],
      modules: [
        m1,
        {
          id: 'm2',
          code: 'КМ 02',
          name: 'Екі',
          kind: 'general' as const,
          hours: { theory: 5, practice: 5 },
          credits: null,
          outcomes: [],
        },
      ],
      exceptions: [{ itemId: 'x', reason: 'Себеп' }],
    };
    const changed = {
      ...base,
      title: 'Б',
      type: 'short-course' as const,
      lang: 'ru' as const,
      volume: { unit: 'credits' as const, value: 60 },
      cards: [
        { code: '3412-0-008', level: 4, editionId: 'e2' },
        { code: '2635-3-001', level: 5, editionId: 'e2' },
      ],
      modules: [
        {
          ...m1,
          code: 'ПМ 01',
          name: 'Жаңа',
          kind: 'practice' as const,
          hours: { theory: 2, practice: 8 },
          credits: 3,
          outcomes: [
            {
              id: 'o1',
              text: 'Жаңа мәтін',
              itemIds: ['b', 'c', 'd'],
              criteria: [],
              method: 'project' as const,
              suggestions: [{ itemId: 'e', score: 0.5, state: 'pending' as const }],
            },
          ],
        },
        {
          id: 'm3',
          code: 'КМ 03',
          name: 'Үш',
          kind: 'general' as const,
          hours: { theory: 1, practice: 0 },
          credits: null,
          outcomes: [
            { id: 'o2', text: 'Екі', itemIds: [], criteria: [], method: 'oral' as const, suggestions: [] },
            { id: 'o3', text: 'Үш', itemIds: [], criteria: [], method: 'oral' as const, suggestions: [] },
          ],
        },
      ],
      exceptions: [{ itemId: 'y', reason: 'Басқа' }],
    };
    const phrases = revisionSummary(base, changed);
    expect(phrases.length).toBeGreaterThan(10);
    const unknown = phrases.filter((p) => localisePhrase(p, kk) === null);
    expect(unknown).toEqual([]);
  });
});
