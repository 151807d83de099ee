/** Search paging and the official text's contents and find, in English; spread into ./en.ts. */
export const searchSourceEn = {
  'search.range': '{from}–{to} of {total}',
  'search.pagesLabel': 'Pages of results',
  'search.prev': 'Previous page',
  'search.next': 'Next page',
  'search.pageOf': 'Page {page} of {pages}',
  'search.firstPage': 'The first page of results',
  'source.contents': 'Contents',
  'source.cardEntry': '{code}, level {level}:',
  'source.findLabel': 'Find in the text',
  'source.findPrev': 'Previous match',
  'source.findNext': 'Next match',
  'source.findNone': 'Not found in the text',
  'source.findOf': '{n} of {total}',
  'source.findOfMany': '{n} of {total}+ (type more to narrow it)',
};
