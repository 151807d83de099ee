import { describe, expect, it } from 'vitest';
import { RULES } from '../../quality/index.js';
import {
  CATALOGUE,
  formatDate,
  formatNumber,
  formatYears,
  LANGS,
  message,
  messages,
  placeholders,
  restate,
} from './index.js';
import { ACCEPTED_TABLES } from './batch-rows.js';
import { ITEM_KINDS } from '../../standard/item-tree.js';
import {
  cardAddedOrRemovedSentence,
  comparedSentence,
  countSentence,
  type ItemChangeVerb,
  itemVerbPhrase,
} from './diff-sentences.js';
import { parse } from './template.js';

const entries = Object.entries(CATALOGUE) as [string, Record<string, string>][];

describe('the message catalogue', () => {
  it('has every message in kk, ru and en, none empty', () => {
    const gaps = entries.flatMap(([key, t]) =>
      LANGS.filter((lang) => typeof t[lang] !== 'string' || t[lang].trim() === '').map((lang) => `${key} ${lang}`),
    );
    expect(gaps).toEqual([]);
  });

  it('has the same {parameters} in every language of a message', () => {
    const differ = entries
      .filter(([, t]) => LANGS.some((lang) => placeholders(t[lang] ?? '').join() !== placeholders(t.en ?? '').join()))
      .map(([key]) => key);
    expect(differ).toEqual([]);
  });

  it('names and describes every quality rule in three languages', () => {
    const keys = new Set(Object.keys(CATALOGUE));
    const missing = RULES.flatMap((r) =>
      ['name', 'description'].map((f) => `quality.rule.${r.id}.${f}`).filter((k) => !keys.has(k)),
    );
    expect(missing).toEqual([]);
    // The English description is the rule's own.
    for (const rule of RULES)
      expect(message('en', `quality.rule.${rule.id}.description` as 'quality.rule.spelling.description')).toBe(
        rule.description,
      );
  });

  it('fills parameters, writing numbers the language’s way', () => {
    expect(message('ru', 'problem.detail.noCard', { card: '2635-3-001/5' })).toBe('Карточки 2635-3-001/5 нет.');
    expect(message('kk', 'gap.warning.moreUnknown', { count: 1234 })).toBe(
      'Тағы 1\u00a0234 баға карточкада жоқ элементтерді атайды; олар ескерілмейді.',
    );
    expect(messages('problem.title.not_found')).toEqual({ kk: 'Табылмады', ru: 'Не найдено', en: 'Not found' });
    const counts = { edition: 'order-262-2023', total: 3, error: 1, warning: 2, info: 0 };
    expect(message('kk', 'cli.lint.summary', counts)).toBe('order-262-2023: 3 табылым: 1 қате, 2 ескерту, 0 ақпарат.');
    expect(message('en', 'cli.lint.card', { code: '2635-3-001', level: 5 })).toBe('Card 2635-3-001 level 5');
  });

  it('says an English text made from a template again in another language', () => {
    const en = message('en', 'problem.detail.noCardInEdition', { card: '2635-3-001/5', edition: 'order-262-2023' });
    expect(restate('kk', en, 'problem.detail.')).toBe('order-262-2023 редакциясында 2635-3-001/5 карточкасы жоқ.');
    expect(restate('ru', 'There is no card 1/2.', 'problem.detail.')).toBe('Карточки 1/2 нет.');
    expect(restate('ru', 'Something else entirely.', 'problem.detail.')).toBeNull();
    expect(parse('a {x} b {y}.', 'a 1 b 2.')).toEqual({ x: '1', y: '2' });
    // A reason inside a sentence is said in the language too, not left in English.
    expect(restate('kk', 'The file is not a readable XLSX workbook: the archive is empty.', 'zip.')).toBe(
      'Файл оқылатын XLSX жұмыс кітабы емес: мұрағат бос.',
    );
  });
});

describe('numbers and dates', () => {
  it('writes a decimal comma in kk and ru, a point in en', () => {
    expect(formatNumber('kk', 1234567.5)).toBe('1\u00a0234\u00a0567,5');
    expect(formatNumber('ru', 2.25)).toBe('2,25');
    expect(formatNumber('en', 1234567.5)).toBe('1,234,567.5');
  });

  it('writes years with the plural of each language', () => {
    expect(['kk', 'ru', 'en'].map((l) => formatYears(l as 'kk', 2))).toEqual(['2 жыл', '2 года', '2 years']);
    expect(formatYears('ru', 5)).toBe('5 лет');
    expect(formatYears('ru', 1.5)).toBe('1,5 года');
    expect(formatYears('en', 1)).toBe('1 year');
  });

  it('writes a calendar day without shifting it', () => {
    expect(formatDate('kk', '2023-06-29')).toBe('29.06.2023');
    expect(formatDate('ru', '2023-06-29')).toBe('29.06.2023');
    expect(formatDate('en', '2023-06-29')).toBe('29/06/2023');
    expect(formatDate('ru', '2023-06-29', 'long')).toBe('29 июня 2023 г.');
    expect(formatDate('kk', '2023-06-29', 'long')).toBe('2023 ж. 29 маусым');
    expect(formatDate('en', 'not a date')).toBe('not a date');
  });
});

describe('accepted spellings', () => {
  it('accepts at least one written word per language for every value', () => {
    const empty = Object.entries(ACCEPTED_TABLES).flatMap(([table, values]) =>
      Object.entries(values).flatMap(([code, words]) =>
        LANGS.filter((lang) => !(words[lang]?.length > 0 && words[lang].every((w) => w.trim() !== ''))).map(
          (lang) => `${table}.${code} ${lang}`,
        ),
      ),
    );
    expect(empty).toEqual([]);
  });
});

describe('the diff sentences (builders with plural and gender agreement)', () => {
  const verbs: ItemChangeVerb[] = ['added', 'removed', 'reworded', 'moved', 'renumbered', 'requirementChanged'];
  const card = { code: '2635-3-001', level: 5 };

  it('says every kind and verb in kk, ru and en, with no gap or unfilled part', () => {
    const bad: string[] = [];
    for (const kind of ITEM_KINDS)
      for (const verb of verbs)
        for (const n of [1, 2, 5, 11, 21])
          for (const t of [
            countSentence(verb, kind, n, card),
            countSentence(verb, kind, n, null),
            itemVerbPhrase(verb, kind),
          ])
            for (const lang of LANGS)
              if (t[lang].trim() === '' || /undefined|\{|\}/.test(t[lang])) bad.push(`${kind} ${verb} ${n} ${lang}`);
    expect(bad).toEqual([]);
  });

  it('agrees the Russian verb and noun with the count', () => {
    expect(countSentence('added', 'task', 1, card).ru).toBe('В карточку 2635-3-001 уровня 5 добавлена 1 задача.');
    expect(countSentence('added', 'skill', 3, card)).toEqual({
      kk: '2635-3-001 5-деңгей карточкасына 3 дағды қосылды.',
      ru: 'В карточку 2635-3-001 уровня 5 добавлено 3 навыка.',
      en: '3 skills added to card 2635-3-001 level 5.',
    });
    const ref = (id: string) => ({ id, order: { date: '2023-06-29', number: '262' } });
    expect(comparedSentence(ref('a'), ref('b'), 1).en).toBe(
      'Edition b (order No. 262 of 2023-06-29) compared with a (order No. 262 of 2023-06-29): 1 change.',
    );
    expect(cardAddedOrRemovedSentence('removed', card, 'X').ru).toBe('Исключена карточка 2635-3-001, уровень 5: «X».');
  });
});
