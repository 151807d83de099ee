import { describe, expect, it } from 'vitest';
import { queryVariants } from './analyzer.js';
import { stemEnglish, stemKazakh, stemRussian } from './kazakh-stemmer.js';

describe('queryVariants', () => {
  it('keeps a word’s own Kazakh, Russian and English stems first', () => {
    expect(queryVariants('қызметкерлерге').slice(0, 1)).toEqual([stemKazakh('қызметкерлерге')]);
    expect(queryVariants('помощь')).toContain(stemRussian('помощь'));
    expect(queryVariants('workers')).toContain(stemEnglish('workers'));
  });

  it.each([
    ['äleumettık', 'әлеуметтік'],
    ['qyzmetkerlerge', 'қызметкерлерге'],
    ['sottalǵandarmen', 'сотталғандармен'],
    ['psíhologtyń', 'психологтың'],
    ['zhosparlaudy', 'жоспарлауды'],
    ['кызметкерлерге', 'қызметкерлерге'],
    ['элеуметтик', 'әлеуметтік'],
  ])('reads %s as the stem of %s too', (typed, kazakh) => {
    expect(queryVariants(typed)).toContain(stemKazakh(kazakh));
  });

  it('still tries a Latin word as English', () => {
    expect(queryVariants('social')).toContain(stemEnglish('social'));
  });

  it('gives no Kazakh reading to a Russian word with letters Kazakh does not use', () => {
    expect(queryVariants('помощь')).toEqual([
      ...new Set([stemKazakh('помощь'), stemRussian('помощь'), stemEnglish('помощь')]),
    ]);
  });
});
