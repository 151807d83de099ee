/** Search results: a text printed in several cards, in Kazakh; spread into ./kk.ts. */
export const searchResultsKk = {
  'search.inCards': '{n} карточкада:',
  'search.copyLevel': '{level}-деңгей',
};
