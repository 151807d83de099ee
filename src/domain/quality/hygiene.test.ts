import { beforeAll, describe, expect, it } from 'vitest';
import {
  cardAt,
  edit,
  lint,
  loadMini,
  setKnowledge,
  setLine,
  setSkills,
} from '../../../test/fixtures/quality/fixtures.js';
import type { Edition } from '../standard/edition.js';
import { russianSpans } from './rules/hygiene.js';

let base: Edition;
beforeAll(async () => {
  base = await loadMini();
});

/** Rows in a stable order, for findings that share a source line. */
const sorted = <T>(rows: T[]): T[] => [...rows].sort((a, b) => String(a).localeCompare(String(b)));
const matches = (e: Edition, rule: string) => lint(e, rule).map((f) => [f.severity, f.evidence?.match]);

describe('doubled-word', () => {
  it('finds a word written twice in a row, in items and in printed labels', () => {
    const e = edit(base, (x) => {
      setKnowledge(x, 1, ['Жеке жеке деректерді қорғау.']);
      setLine(x, 20, 'Дағдылар дағдылар:');
    });
    const found = lint(e, 'doubled-word');
    expect(found.map((f) => [f.severity, f.location.path, f.evidence?.match])).toEqual([
      ['error', 'labels[1]', 'Дағдылар дағдылар'],
      ['error', 'labourFunctions[0].tasks[0].knowledge[0]', 'Жеке жеке'],
    ]);
    expect(found[1]?.message.kk).toBe(
      '1-білім (1-еңбек функциясы, 1-міндет): «Жеке» сөзі қатарынан екі рет жазылған («Жеке жеке»).',
    );
  });

  it('accepts hyphenated reduplication and "X және X"', () => {
    const e = edit(base, (x) => setKnowledge(x, 1, ['Жеке-жеке жұмыс түрлері.', 'Жоғалту және жоғалту психологиясы.']));
    expect(lint(e, 'doubled-word')).toEqual([]);
    expect(lint(base, 'doubled-word')).toEqual([]);
  });
});

describe('repeated-coordination', () => {
  it('finds a word coordinated with itself, also across the lines of a label', () => {
    const e = edit(base, (x) => {
      setKnowledge(x, 1, [
        'Дағдарыс, қайғы, жоғалту және жоғалту психологиясы.',
        'Медиацияның негізгі әдістері мен әдістері.',
        'Тәуелділік, тәуелділік психологиясы.',
      ]);
      setLine(x, 20, 'Дағдылар мен');
      setLine(x, 21, 'дағдылар:');
      cardAt(x, 0).labels = [
        [15, 15],
        [20, 21],
        [22, 22],
      ];
    });
    expect(matches(e, 'repeated-coordination')).toEqual([
      ['warning', 'Дағдылар мен дағдылар'],
      ['warning', 'жоғалту және жоғалту'],
      ['warning', 'әдістері мен әдістері'],
      ['warning', 'Тәуелділік, тәуелділік'],
    ]);
  });

  it('accepts different words coordinated', () => {
    const e = edit(base, (x) =>
      setKnowledge(x, 1, [
        'Жоғалту және қайғы психологиясы.',
        'Медиация әдістері мен тәсілдері.',
        'Бейімделу және дезадаптация.',
      ]),
    );
    expect(lint(e, 'repeated-coordination')).toEqual([]);
  });
});

describe('mixed-script-word', () => {
  it('finds Latin letters and digits inside Cyrillic words on the printed lines', () => {
    const e = edit(base, (x) => {
      setLine(x, 21, '1. Жоспaр жасау.'); // a Latin "a"
      setLine(x, 14, 'СБШ бойынша біліктілік де4гейі 4');
    });
    const found = lint(e, 'mixed-script-word');
    expect(found.map((f) => [f.location.path, f.location.itemId ?? null, f.source?.lines, f.evidence?.match])).toEqual([
      ['sourceText', null, [14, 14], 'де4гейі'],
      ['labourFunctions[0].tasks[0].skills[0]', '1111-1-001.4.f1.t1.s1', [21, 21], 'Жоспaр'],
    ]);
  });

  it('accepts numbers joined by hyphens, Roman numerals and years', () => {
    const e = edit(base, (x) => {
      setLine(x, 14, 'СБШ бойынша 4-деңгей, II санатты психолог, 2024 жылғы, №7');
    });
    expect(lint(e, 'mixed-script-word')).toEqual([]);
  });
});

describe('russian-text', () => {
  it('finds Russian text inside Kazakh items and labels', () => {
    const e = edit(base, (x) => {
      setKnowledge(x, 1, ['Сынақ әдістері и методы испытаний для других организаций.']);
      setLine(x, 15, 'Біліктілік деңгейі, типовым квалификационным характеристикам должностей и других служащих');
    });
    const found = lint(e, 'russian-text');
    expect(found.map((f) => [f.severity, f.location.path, f.evidence?.match])).toEqual([
      ['error', 'labels[0]', 'типовым квалификационным характеристикам должностей и других служащих'],
      ['error', 'labourFunctions[0].tasks[0].knowledge[0]', 'и методы испытаний для других организаций'],
    ]);
  });

  it('accepts Kazakh text with loanwords', () => {
    const e = edit(base, (x) =>
      setKnowledge(x, 1, [
        'психология, педагогика, геронтология, этика негіздері;',
        'Қазақстан Республикасының Конституциясы;',
        'Медиация, конфликтология және стресс-менеджмент.',
        'Тарих пен философия негіздері.',
      ]),
    );
    expect(lint(e, 'russian-text')).toEqual([]);
    expect(russianSpans('Сынақ бойынша жоспар жасау')).toEqual([]);
  });
});

describe('stray-punctuation', () => {
  it('finds spaces before commas and after brackets, clashing marks, a plus, lopsided hyphens, missing spaces, a stop in mid-sentence', () => {
    const e = edit(base, (x) =>
      setKnowledge(x, 1, [
        'Жоспар жасау , бекіту.',
        'Есеп ( жылдық) жасау.',
        'Есеп жасау;.',
        'Кодекс (бұдан әрі + Кодекс).',
        'Адамның тыныс- тіршілігі.',
        'Жоспар,есеп.',
        'Сапаны талдау. олардың дамуы.',
      ]),
    );
    expect(
      sorted(lint(e, 'stray-punctuation').map((f) => [f.severity, f.evidence?.details?.kind, f.evidence?.match])),
    ).toEqual(
      sorted([
        ['info', 'space-before', 'жасау ,'],
        ['info', 'space-after-bracket', '( жылдық'],
        ['warning', 'doubled', 'жасау;.'],
        ['warning', 'plus', 'әрі + Кодекс'],
        ['info', 'lopsided-hyphen', 'тыныс- тіршілігі'],
        ['info', 'missing-space', 'Жоспар,есеп'],
        ['warning', 'full-stop-mid-sentence', 'талдау. олардың'],
      ]),
    );
  });

  it('accepts abbreviations, sums, dashes and ordinary punctuation', () => {
    const e = edit(base, (x) =>
      setKnowledge(x, 1, [
        'Есеп, жоспар, т.б., басқалар.',
        'Жиыны 2+3 есеп.',
        'Кодекс (бұдан әрі – Кодекс).',
        '2024 ж. наурыз.',
      ]),
    );
    expect(lint(e, 'stray-punctuation')).toEqual([]);
  });
});

describe('inconsistent-list-ending', () => {
  it('notes items that end differently from their list', () => {
    const e = edit(base, (x) =>
      setKnowledge(x, 1, ['А әдісі.', 'Б әдісі;', 'В әдісі.', 'Г әдісі.', 'Д әдісі.', 'Е әдісі']),
    );
    const found = lint(e, 'inconsistent-list-ending');
    expect(found.map((f) => [f.severity, f.location.itemId, f.evidence?.details?.ending])).toEqual([
      ['info', '1111-1-001.5.f1.t1.k2', ';'],
      ['info', '1111-1-001.5.f1.t1.k6', ''],
    ]);
  });

  it('accepts "a; b; c." lists', () => {
    const e = edit(base, (x) => setKnowledge(x, 1, ['А әдісі;', 'Б әдісі;', 'В әдісі;', 'Г әдісі.']));
    expect(lint(e, 'inconsistent-list-ending')).toEqual([]);
  });
});

describe('mid-sentence-capital', () => {
  it('notes a capitalised common word in mid-sentence', () => {
    const e = edit(base, (x) =>
      setSkills(x, 1, [
        'Жұмыс жоспарын Әзірлеу және бекіту.',
        'Техникалық және кәсіптік (Әлеуметтік, педагогикалық) білім.',
      ]),
    );
    expect(matches(e, 'mid-sentence-capital')).toEqual([
      ['info', 'Әзірлеу'],
      ['info', 'Әлеуметтік'],
    ]);
  });

  it('accepts names of acts and organisations, words after a colon or in quotes', () => {
    const e = edit(base, (x) =>
      setKnowledge(x, 1, [
        'Қазақстан Республикасының Еңбек кодексі.',
        '"Білім туралы" Заңы.',
        'Нормативтік актілер: Конституция.',
        'Мүгедектердің құқықтары туралы Конвенция.',
        'Министрдің бұйрығы (Нормативтік құқықтық актілерді мемлекеттік тіркеу тізілімінде № 7 болып тіркелген).',
        'Кодекс (бұдан әрі + Кодекс).',
      ]),
    );
    expect(lint(e, 'mid-sentence-capital')).toEqual([]);
  });
});

describe('skill-phrasing', () => {
  it('warns about commands and notes statements', () => {
    const e = edit(base, (x) =>
      setSkills(x, 1, ['Көрнекі материалдар жасаңыз.', 'Жұмыс жоспарын орындайды.', 'Есеп жасау.']),
    );
    expect(matches(e, 'skill-phrasing')).toEqual([
      ['warning', 'жасаңыз'],
      ['info', 'орындайды'],
    ]);
  });

  it('reports three or more statements in one list once', () => {
    const e = edit(base, (x) =>
      setSkills(x, 1, ['Жоспарды орындайды.', 'Есепті ұсынады.', 'Мамандарды тартады.', 'Құжаттарды ресімдеу.']),
    );
    const found = lint(e, 'skill-phrasing');
    expect(found).toHaveLength(1);
    expect(found[0]?.evidence?.details?.verbs).toEqual(['орындайды', 'ұсынады', 'тартады']);
  });

  it('accepts verbal nouns, and nouns that look like verbs', () => {
    const e = edit(base, (x) => setSkills(x, 1, ['Жоспар жасау.', 'Өмірлік қиын жағдайды', 'Теңіз жағалауының маңыз']));
    expect(lint(e, 'skill-phrasing')).toEqual([]);
  });
});

describe('spelling', () => {
  it('finds Russian-keyboard letters, soft signs for hard ones, a one-off typo and a missing hyphen', () => {
    const e = edit(base, (x) => {
      setKnowledge(x, 1, [
        'Біліктілік денгейін арттыру.',
        'Обьективті бағалау.',
        'Біліктілік талаптары.',
        'Біліктілік санаттары.',
        'Білікетілік емтиханы.',
      ]);
      setSkills(x, 1, ['Ата-аналармен жұмыс.', 'Ата-аналарға кеңес беру.', 'Ата аналарға көмек көрсету.']);
    });
    expect(sorted(lint(e, 'spelling').map((f) => [f.severity, f.evidence?.details?.kind, f.evidence?.match]))).toEqual(
      sorted([
        ['info', 'hyphen', 'Ата аналарға'],
        ['warning', 'keyboard', 'денгейін'],
        ['warning', 'soft-sign', 'Обьективті'],
        ['info', 'rare-near-frequent', 'Білікетілік'],
      ]),
    );
  });

  it('accepts correct words, including words that differ only in a Kazakh letter from another word', () => {
    const e = edit(base, (x) =>
      setKnowledge(x, 1, [
        'Мемлекеттік билік органдары.',
        'Біліктілік деңгейі.',
        'Аймақтық және аумақтық ерекшеліктер.',
      ]),
    );
    expect(lint(e, 'spelling')).toEqual([]);
    expect(lint(base, 'spelling')).toEqual([]);
  });
});
