/** Search paging and the official text's contents and find, in Russian; spread into ./ru.ts. */
export const searchSourceRu = {
  'search.range': '{from}–{to} из {total}',
  'search.pagesLabel': 'Страницы результатов',
  'search.prev': 'Предыдущая страница',
  'search.next': 'Следующая страница',
  'search.pageOf': 'Страница {page} из {pages}',
  'search.firstPage': 'Первая страница результатов',
  'source.contents': 'Содержание',
  'source.cardEntry': '{code}, уровень {level}:',
  'source.findLabel': 'Найти в тексте',
  'source.findPrev': 'Предыдущее совпадение',
  'source.findNext': 'Следующее совпадение',
  'source.findNone': 'В тексте не найдено',
  'source.findOf': '{n} из {total}',
  'source.findOfMany': '{n} из {total}+ (уточните запрос)',
};
