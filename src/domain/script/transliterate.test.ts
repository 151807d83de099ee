import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { transliterate } from './transliterate.js';
import {
  KAZAKH_CYRILLIC_LETTERS,
  KK_LATN_2018,
  KK_LATN_2021,
  LATIN_ALPHABETS,
  TRANSLITERATION_TABLES,
} from './transliteration-tables.js';

const tables = LATIN_ALPHABETS.map((alphabet) => TRANSLITERATION_TABLES[alphabet]);
const CYRILLIC_LETTER = /(?=\p{L})\p{Script=Cyrillic}/u;

describe.each(tables)('the $id table', (table) => {
  it('spells every letter of the Kazakh alphabet, small and capital, with no Cyrillic letter', () => {
    for (const letter of KAZAKH_CYRILLIC_LETTERS) {
      expect(table.lower[letter], letter).toBeDefined();
      for (const form of [letter, letter.toUpperCase()]) {
        expect(transliterate(form, table), form).not.toMatch(CYRILLIC_LETTER);
      }
    }
  });

  it('says where it comes from and what is convention', () => {
    expect(table.id).toBe(`kk-Latn-${table.alphabet}`);
    expect(table.date).toMatch(/^\d{4}-\d{2}-\d{2}$/);
    expect(table.source.urls.length).toBeGreaterThan(0);
    expect(table.conventions.length).toBeGreaterThan(0);
  });

  it('keeps everything that is not a Cyrillic letter', () => {
    fc.assert(
      fc.property(fc.string({ maxLength: 60 }), (text) => {
        fc.pre(!/\p{Script=Cyrillic}/u.test(text));
        expect(transliterate(text, table)).toBe(text.normalize('NFC'));
      }),
      { numRuns: 100 },
    );
  });

  it('writes no Cyrillic letter, at most four characters per letter, for any text', () => {
    const text = fc.string({
      unit: fc.oneof(
        fc.constantFrom(...KAZAKH_CYRILLIC_LETTERS, ...KAZAKH_CYRILLIC_LETTERS.toUpperCase(), ' ', '-', '1'),
        fc.integer({ min: 0x400, max: 0x52f }).map((c) => String.fromCodePoint(c)),
      ),
      maxLength: 40,
    });
    fc.assert(
      fc.property(text, (t) => {
        const out = transliterate(t, table);
        expect(out).not.toMatch(CYRILLIC_LETTER);
        expect([...out].length).toBeLessThanOrEqual(4 * [...t.normalize('NFC')].length);
      }),
      { numRuns: 100 },
    );
  });
});

describe('kk-Latn-2021', () => {
  it.each([
    ['әлеуметтік қызметкер', 'äleumettık qyzmetker'],
    ['психологтың', 'psihologtyñ'],
    ['ұлттық біліктілік шеңбері', 'ūlttyq bılıktılık şeñberı'],
    ['мүгедектігі бар балаларға', 'mügedektıgı bar balalarğa'],
    ['деңгейі', 'deñgeiı'],
    ['пробация', 'probatsiia'],
    ['еңбек функциясы', 'eñbek funktsiiasy'],
    ['өмір, һәм, жүйе', 'ömır, häm, jüie'],
    ['3412-0-008 «Әлеуметтік»', '3412-0-008 «Äleumettık»'],
  ])('%s → %s', (cyrillic, latin) => {
    expect(transliterate(cyrillic, KK_LATN_2021)).toBe(latin);
  });

  it('writes the capitals of i and ı as İ and I', () => {
    expect(transliterate('Ілияс Иса Ішкі', KK_LATN_2021)).toBe('Iliias İsa Işkı');
  });

  it('writes a two-letter spelling in capitals inside a word in capitals, else only its first letter', () => {
    expect(transliterate('ШЕҢБЕР Шеңбер ЯҒНИ Ц', KK_LATN_2021)).toBe('ŞEÑBER Şeñber İAĞNİ Ts');
    expect(transliterate('Яғни', KK_LATN_2021)).toBe('İağni');
  });
});

describe('kk-Latn-2018', () => {
  it.each([
    ['әлеуметтік қызметкер', 'áleýmettik qyzmetker'],
    ['психологтың', "psi'hologtyń"],
    ['сотталғандармен', 'sottalǵandarmen'],
    ['отбасын сүйемелдеу', "otbasyn súi'emeldeý"],
    ['ұлттық біліктілік шеңбері', 'ulttyq biliktilik sheńberi'],
    ['кәсіптік топтар', 'kásiptik toptar'],
    ['Шешім ЧЕК', 'Sheshim CHEK'],
  ])('%s → %s', (cyrillic, latin) => {
    expect(transliterate(cyrillic, KK_LATN_2018)).toBe(latin);
  });
});
