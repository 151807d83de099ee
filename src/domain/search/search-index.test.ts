import { describe, expect, it } from 'vitest';
import type { Lang } from '../shared/messages/lang.js';
import { kazakhAnalyzer } from './analyzer.js';
import { highlight } from './highlight.js';
import { type SearchDocument, SearchIndex } from './search-index.js';

const doc = (
  id: string,
  type: SearchDocument['type'],
  kk: string,
  extra: Partial<SearchDocument> = {},
): SearchDocument => ({
  id,
  type,
  card: null,
  text: kk,
  fields: [{ text: kk, lang: 'kk', name: type === 'card' || type === 'term' }],
  ...extra,
});

const index = new SearchIndex(
  [
    doc('c1', 'card', 'Әлеуметтік психолог', {
      fields: [
        { text: 'Әлеуметтік психолог', lang: 'kk', name: true },
        { text: 'Social psychologist', lang: 'en', name: true },
      ],
    }),
    doc('s1', 'skill', 'Психологтың көмегімен клиенттерге кеңес беру.'),
    doc('s2', 'skill', 'Сотталғандарға әлеуметтік көмек көрсету.'),
    doc('t1', 'term', 'білім', {
      fields: [
        { text: 'білім', lang: 'kk', name: true },
        { text: 'білім алу және жеке тәжірибесі арқылы ақпаратты меңгерудің нәтижесі', lang: 'kk' },
      ],
    }),
    doc('t2', 'term', 'біліктілік', {
      fields: [
        { text: 'біліктілік', lang: 'kk', name: true },
        { text: 'қызметкердің білімі мен дағдыларының болуы', lang: 'kk' },
      ],
    }),
  ],
  kazakhAnalyzer,
);
const ids = (q: string, limit = 5) => index.search(q, { limit }).map((h) => h.id);

describe('SearchIndex', () => {
  it('finds inflected forms through stems and ranks names above body text', () => {
    expect(ids('психологтың')).toEqual(['c1', 's1']);
    expect(ids('сотталғандармен')).toEqual(['s2']);
  });

  it('tolerates typos, also those that defeat the stemmer, and keyboard look-alikes', () => {
    expect(ids('психалог')[0]).toBe('c1');
    expect(ids('сотталғандрмен')).toContain('s2');
    expect(ids('элеуметтик')).toEqual(expect.arrayContaining(['c1', 's2']));
  });

  it('puts the item named exactly by the query first', () => {
    expect(ids('білім')[0]).toBe('t1');
  });

  it('finds through translations and filters by type', () => {
    expect(ids('psychologist')).toEqual(['c1']);
    expect(index.search('психолог', { limit: 5, types: ['skill'] }).map((h) => h.id)).toEqual(['s1']);
  });

  it('ranks a hit matching every query word above one matching some', () => {
    const [first] = index.search('әлеуметтік көмек', { limit: 5 });
    expect(first?.id).toBe('s2');
  });

  it('returns nothing for a query without words, and never more than the limit', () => {
    expect(ids('!!! ---')).toEqual([]);
    expect(ids('әлеуметтік', 1)).toHaveLength(1);
  });
});

describe('SearchIndex ranking by rarity (BM25-like IDF)', () => {
  // «көмек» (help) is in five skills, «паллиативтік» in one, whose text is also the longest: only
  // the words' rarity can put it first for a query of both.
  const common = [
    'Әлеуметтік көмек көрсету.',
    'Психологиялық көмек көрсету.',
    'Құқықтық көмек беру.',
    'Көмек көрсету жоспарын жасау.',
    'Шұғыл көмек ұйымдастыру.',
  ];
  const rarity = new SearchIndex(
    [
      doc('rare', 'skill', 'Науқастарға паллиативтік күтім жоспарын және оның құжаттарын әзірлеу.'),
      ...common.map((text, k) => doc(`common${k}`, 'skill', text)),
    ],
    kazakhAnalyzer,
  );
  const ranked = (q: string) => rarity.search(q, { limit: 10 }).map((h) => h.id);

  it('puts the hit for the rare word above the hits for the common one', () => {
    expect(ranked('паллиативтік көмек')[0]).toBe('rare');
    expect(ranked('көмек паллиативтік')[0]).toBe('rare');
  });

  it('weighs a typo of the rare word like the word itself', () => {
    expect(ranked('паллиативтык көмек')[0]).toBe('rare');
  });

  it('leaves a one-word query ranked by the text alone (the weight of a single word cancels out)', () => {
    const hits = rarity.search('көмек', { limit: 10 });
    expect(hits).toHaveLength(5);
    expect(hits.every((h) => h.id.startsWith('common'))).toBe(true);
  });
});

describe('SearchIndex matched stems', () => {
  it('keeps every stem as good as the best, so a word is marked in the translation too', () => {
    const both = new SearchIndex(
      [
        doc('k1', 'knowledge', 'Қазақстан Республикасының Конституциясы.', {
          fields: [
            { text: 'Қазақстан Республикасының Конституциясы.', lang: 'kk' },
            { text: 'Конституция Республики Казахстан.', lang: 'ru' },
          ],
        }),
      ],
      kazakhAnalyzer,
    );
    const [hit] = both.search('Конституция', { limit: 1 });
    const marked = (text: string, lang: 'kk' | 'ru') =>
      highlight(text, new Set(hit?.matched), (w) => kazakhAnalyzer.document(w, lang));
    expect(marked('Конституция Республики Казахстан.', 'ru')).toBe('<mark>Конституция</mark> Республики Казахстан.');
    expect(marked('Қазақстан Республикасының Конституциясы.', 'kk')).toBe(
      'Қазақстан Республикасының <mark>Конституциясы</mark>.',
    );
  });
});

describe('highlight', () => {
  it('marks the words whose stems matched, and escapes HTML', () => {
    const stems = (w: string) => kazakhAnalyzer.document(w, 'kk');
    expect(highlight('Психологтың <b>кеңесі</b>', new Set(stems('психолог')), stems)).toBe(
      '<mark>Психологтың</mark> &lt;b&gt;кеңесі&lt;/b&gt;',
    );
  });
});

describe('stemsOfWord', () => {
  it('gives the analyser’s stems and asks the analyser once per word and language', () => {
    const asked: string[] = [];
    const counting = {
      ...kazakhAnalyzer,
      document: (text: string, lang: Lang) => {
        asked.push(`${lang}:${text}`);
        return kazakhAnalyzer.document(text, lang);
      },
    };
    const small = new SearchIndex([doc('s1', 'skill', 'Психологтың көмегімен.')], counting);
    asked.length = 0;
    for (let i = 0; i < 3; i++) {
      expect(small.stemsOfWord('Психологтың', 'kk')).toEqual(kazakhAnalyzer.document('Психологтың', 'kk'));
      expect(small.stemsOfWord('психологов', 'ru')).toEqual(kazakhAnalyzer.document('психологов', 'ru'));
    }
    expect(asked).toEqual(['kk:Психологтың', 'ru:психологов']);
  });
});

describe('query words seen before', () => {
  it('finds a word’s close stems once, and ranks the same', () => {
    let folded = 0;
    const counting = {
      ...kazakhAnalyzer,
      fuzzyKey: (stem: string) => {
        folded++;
        return kazakhAnalyzer.fuzzyKey(stem);
      },
    };
    const small = new SearchIndex(
      [doc('s1', 'skill', 'Психологтың көмегімен.'), doc('s2', 'skill', 'Сотталғандарға көмек.')],
      counting,
    );
    const first = small.search('психологтар көмек', { limit: 10 });
    const afterFirst = folded;
    expect(small.search('психологтар көмек', { limit: 10 })).toEqual(first);
    expect(folded, 'both words were expanded before').toBe(afterFirst);
    small.search('сотталғандар', { limit: 10 });
    expect(folded, 'a new word is expanded').toBeGreaterThan(afterFirst);
  });
});
