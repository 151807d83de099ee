import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { normalizeKazakh } from '../search/kazakh-normalize.js';
import { cyrillicCandidates, isLatinWord, restoreKazakhLetters } from './latin-to-cyrillic.js';
import { transliterate } from './transliterate.js';
import { KK_LATN_2018, KK_LATN_2021 } from './transliteration-tables.js';

/** The candidates of a word as search sees it (normalised: lower case, i' joined to í). */
const candidatesOf = (typed: string) => cyrillicCandidates(normalizeKazakh(typed));

describe('cyrillicCandidates', () => {
  it.each([
    ['äleumettık', 'әлеуметтік'],
    ['qyzmetker', 'қызметкер'],
    ['deñgeiı', 'деңгейі'],
    ['jüiesı', 'жүйесі'],
    ['psihologiiasyn', 'психологиясын'],
    ['probatsiia', 'пробация'],
    ['Äleumettık', 'әлеуметтік'],
    ['İnstitut', 'институт'],
  ])('reads the 2021 alphabet: %s has %s', (latin, cyrillic) => {
    expect(candidatesOf(latin)).toContain(cyrillic);
  });

  it.each([
    ['áleýmettik', 'әлеуметтік'],
    ["psi'hologtyń", 'психологтың'],
    ['psi´hologtyń', 'психологтың'],
    ['psíhologtyń', 'психологтың'],
    ["súi'emeldeý", 'сүйемелдеу'],
    ['sheńberi', 'шеңбері'],
    ['kásiptik', 'кәсіптік'],
    ['ulttyq', 'ұлттық'],
  ])('reads the 2018 alphabet: %s has %s', (latin, cyrillic) => {
    expect(candidatesOf(latin)).toContain(cyrillic);
  });

  it.each([
    ['aleumettik', 'әлеуметтік'],
    ['kyzmetker', 'қызметкер'],
    ['zhosparlaudy', 'жоспарлауды'],
    ['shagymdardy', 'шағымдарды'],
    ['kuramyn', 'құрамын'],
    ['mugedektigi', 'мүгедектігі'],
    ['psikholog', 'психолог'],
    ['dengeyi', 'денгейі'],
  ])('reads informal ASCII: %s has %s', (latin, cyrillic) => {
    expect(candidatesOf(latin)).toContain(cyrillic);
  });

  it('reads back what each table writes, for words of the standard', () => {
    const words = ['әлеуметтік', 'қызметкерлерге', 'біліктілік', 'сүйемелдеу', 'шағымдарды', 'мүгедектігі', 'ұлттық'];
    for (const word of words) {
      for (const table of [KK_LATN_2021, KK_LATN_2018]) {
        expect(candidatesOf(transliterate(word, table)), `${table.id} ${word}`).toContain(word);
      }
    }
  });

  it('reads back what either table writes, for any word of letters each table spells one way', () => {
    // Left out: the letters whose Latin spelling is ambiguous on the way back (и й ц х һ щ ч ё ю я э ъ ь).
    const word = fc
      .string({ unit: fc.constantFrom(...'аәбвгғдежзкқлмнңоөпрстуұүфшыі'), minLength: 1, maxLength: 12 })
      // шш is written şş, as щ; and each тс or тш doubles the readings (ts is also ц), which are capped.
      .filter((w) => !w.includes('шш') && (w.match(/т[сш]/g) ?? []).length <= 1);
    fc.assert(
      fc.property(word, (w) => {
        for (const table of [KK_LATN_2021, KK_LATN_2018]) {
          expect(candidatesOf(transliterate(w, table)), table.id).toContain(w);
        }
      }),
      { numRuns: 100 },
    );
  });

  it('gives nothing for Cyrillic or mixed words, or for a word too long to be one', () => {
    expect(cyrillicCandidates('әлеуметтік')).toEqual([]);
    expect(cyrillicCandidates('qызмет')).toEqual([]);
    expect(cyrillicCandidates('a'.repeat(41))).toEqual([]);
    expect(isLatinWord('2021')).toBe(false);
  });

  it('gives a dozen candidates at most, each without Latin letters, for any Latin word', () => {
    const word = fc.string({
      unit: fc.constantFrom(...'abcdeghijknoqstuyzäğñöūüışáǵńóúýí'),
      minLength: 1,
      maxLength: 30,
    });
    fc.assert(
      fc.property(word, (w) => {
        const out = cyrillicCandidates(w);
        expect(out.length).toBeLessThanOrEqual(12);
        expect(new Set(out).size).toBe(out.length);
        for (const c of out) expect(c).not.toMatch(/\p{Script=Latin}/u);
      }),
      { numRuns: 100 },
    );
  });
});

describe('restoreKazakhLetters', () => {
  it.each([
    ['алеуметтик', 'әлеуметтік'],
    ['кызметкер', 'қызметкер'],
    ['сотталгандармен', 'сотталғандармен'],
    ['курамын', 'құрамын'],
    ['мугедектиги', 'мүгедектігі'],
    ['комек', 'көмек'],
    ['калыптастыру', 'қалыптастыру'],
    ['балаларга', 'балаларға'],
  ])('%s → %s', (folded, kazakh) => {
    expect(restoreKazakhLetters(folded)).toBe(kazakh);
  });
});
