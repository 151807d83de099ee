import { describe, expect, it } from 'vitest';
import { jaccard, matchByText, stemSet, textSimilarity, wordingKey } from './text-match.js';

describe('text similarity of Kazakh items', () => {
  it('ignores case, punctuation and spacing for "the same words"', () => {
    expect(wordingKey('Тілдер туралы заң.')).toBe(wordingKey('тілдер  туралы заң;'));
    expect(textSimilarity('Тілдер туралы заң.', 'Тілдер туралы заң;')).toBe(1);
  });

  it('compares stems, so another case ending of a word is the same stem', () => {
    // перспективасын / перспективаларын: the same noun, singular and plural.
    expect(stemSet('даму перспективасын').has('перспектива')).toBe(true);
    expect(stemSet('даму перспективаларын').has('перспектива')).toBe(true);
  });

  it('leaves function words out, so two unrelated texts are not alike for sharing "және" and "туралы"', () => {
    expect(stemSet('Неке және отбасы туралы Кодекс.').has('және')).toBe(false);
    expect(textSimilarity('Неке және отбасы туралы Кодекс.', 'Тілдер және білім туралы заң.')).toBeLessThan(0.2);
  });

  it('gives the Jaccard index of two stem sets', () => {
    expect(jaccard(new Set(['а', 'б']), new Set(['б', 'в']))).toBeCloseTo(1 / 3);
    expect(jaccard(new Set(), new Set())).toBe(1);
  });

  it('matches every new item to its most similar old one, and reports the rest as added and removed', () => {
    const from = ['Әлеуметтік кодекс.', 'Еңбек кодексі.', 'Өрт қауіпсіздігі ережелері.'];
    const to = [
      'Әлеуметтік кодекс;',
      'Мүгедектердің құқықтары туралы Конвенция.',
      'Өрт қауіпсіздігі ережелерін сақтау.',
      'Әлеуметтік кодекс.',
    ];
    const m = matchByText(from, to, (t) => t);
    expect(m.same.map((x) => [x.from, x.to])).toEqual([
      ['Әлеуметтік кодекс.', 'Әлеуметтік кодекс;'],
      ['Әлеуметтік кодекс.', 'Әлеуметтік кодекс.'],
    ]);
    expect(m.changed).toEqual([
      { from: 'Өрт қауіпсіздігі ережелері.', to: 'Өрт қауіпсіздігі ережелерін сақтау.', similarity: 0.75 },
    ]);
    expect(m.added).toEqual(['Мүгедектердің құқықтары туралы Конвенция.']);
    expect(m.removed).toEqual(['Еңбек кодексі.']);
  });

  it('prefers the same words over a merely similar item', () => {
    const m = matchByText(
      ['Әлеуметтік жұмыс теориясы', 'әлеуметтік жұмыс теориясы мен практикасы'],
      ['Әлеуметтік жұмыс теориясы мен практикасы;'],
      (t) => t,
    );
    expect(m.same).toHaveLength(1);
    expect(m.same[0]?.from).toBe('әлеуметтік жұмыс теориясы мен практикасы');
    expect(m.removed).toEqual([]);
  });
});
