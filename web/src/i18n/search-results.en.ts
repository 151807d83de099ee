/** Search results: a text printed in several cards, in English; spread into ./en.ts. */
export const searchResultsEn = {
  'search.inCards': 'In {n} cards:',
  'search.copyLevel': 'level {level}',
};
