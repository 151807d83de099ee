/** Search results: a text printed in several cards, in Russian; spread into ./ru.ts. */
export const searchResultsRu = {
  'search.inCards': 'В {n} карточках:',
  'search.copyLevel': 'уровень {level}',
};
