import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { foldForTrigram, normalizeKazakh, tokenize } from './kazakh-normalize.js';

/** Strings that mix the alphabets and characters normalisation cares about. */
const mixedText = fc.string({
  unit: fc.constantFrom(
    ...'аәбвгғдеёжзийкқлмнңоөпрстуұүфхһцчшщъыіьэюяӘҒҚҢӨҰҮҺІЁ',
    ...'aceikmopxyhbtAEHIKMOPTXYBİıəƏɵƟ',
    ...'ҡҥҕ-–—«»“”‘’ \u00A0\n\t\u00AD\u200B\uFEFF\u0301\u0306\u0308',
  ),
  maxLength: 40,
});

describe('normalizeKazakh', () => {
  it.each([
    ['lower-cases the Kazakh capitals', 'ӘҒҚҢӨҰҮҺІ', 'әғқңөұүһі'],
    ['lower-cases a whole name', 'Әлеуметтік Қызметкер', 'әлеуметтік қызметкер'],
    ['composes to NFC (и + breve → й)', 'жағдаи\u0306', 'жағдай'],
    ['folds ё to е, also when decomposed', 'Ёлка е\u0308', 'елка е'],
    ['folds a Latin i inside a Kazakh word', 'әлеуметтiк', 'әлеуметтік'],
    ['folds a Latin capital C inside a Kazakh word', 'Cотталған', 'сотталған'],
    ['folds several look-alikes in one word', 'пcихoлoг', 'психолог'],
    ['reads a small h as һ and a capital H as Н', 'жиhаз HЕГІЗ', 'жиһаз негіз'],
    ['folds the Latin schwa and barred o', 'əлеуметтік ɵнер', 'әлеуметтік өнер'],
    ['folds Bashkir and Tatar look-alikes', 'ҡала аҥ ҕалым', 'қала аң ғалым'],
    ['keeps Latin words Latin', 'Case manager OK iPhone', 'case manager ok iphone'],
    [
      "joins the 2018 i' into one letter inside a Latin word",
      "Psi'hologtyń júi´esi deńgei'",
      'psíhologtyń júíesi deńgeí',
    ],
    ["keeps the English possessive and I'm apart", "Levi's I'm", "levi's i'm"],
    ['drops the dot the 2021 capital İ leaves on its small i', 'İnstitut', 'institut'],
    ['unifies dashes', 'қылмыстық–атқару — жүйе', 'қылмыстық-атқару - жүйе'],
    ['unifies quotes', '«Әлеуметтік» “код” ‘а’', '"әлеуметтік" "код" \'а\''],
    ['removes soft hyphens and zero-width marks', 'әлеу\u00ADмет\u200Bтік\uFEFF', 'әлеуметтік'],
    ['collapses whitespace', '  бала \n\t ана\u00A0ата  ', 'бала ана ата'],
  ])('%s', (_why, input, expected) => {
    expect(normalizeKazakh(input)).toBe(expected);
  });

  it('is idempotent on arbitrary text', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'binary' }), (text) => {
        const once = normalizeKazakh(text);
        expect(normalizeKazakh(once)).toBe(once);
      }),
      { numRuns: 500 },
    );
  });

  it('is idempotent on mixed Kazakh, Latin and punctuation', () => {
    fc.assert(
      fc.property(mixedText, (text) => {
        const once = normalizeKazakh(text);
        expect(normalizeKazakh(once)).toBe(once);
      }),
      { numRuns: 2000 },
    );
  });
});

describe('tokenize', () => {
  it('splits words and numbers and drops punctuation', () => {
    expect(tokenize('Халықты әлеуметтік қорғау (18 жастан асқан); т.б.')).toEqual([
      'халықты',
      'әлеуметтік',
      'қорғау',
      '18',
      'жастан',
      'асқан',
      'т',
      'б',
    ]);
  });

  it('keeps a hyphenated compound whole and adds its parts', () => {
    expect(tokenize('Ата-аналармен, қылмыстық–атқару')).toEqual([
      'ата-аналармен',
      'ата',
      'аналармен',
      'қылмыстық-атқару',
      'қылмыстық',
      'атқару',
    ]);
  });

  it('normalises before splitting', () => {
    expect(tokenize('ӘЛЕУМЕТТIК')).toEqual(['әлеуметтік']);
  });

  it('gives nothing for text without words', () => {
    expect(tokenize(' — «» ; ')).toEqual([]);
  });
});

describe('foldForTrigram', () => {
  it('writes Kazakh-specific letters as a Russian keyboard types them', () => {
    expect(foldForTrigram('Әлеуметтік қызметкер, өңір, ұйым, үй, һ, ғ')).toBe(
      'алеуметтик кызметкер, онир, уйым, уй, х, г',
    );
  });

  it('gives a query typed without Kazakh letters the same key as the official text', () => {
    expect(foldForTrigram('элеуметтик кызметкер'.replace('э', 'а'))).toBe(foldForTrigram('Әлеуметтік қызметкер'));
  });
});
