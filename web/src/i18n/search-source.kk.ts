/** Search paging and the official text's contents and find, in Kazakh; spread into ./kk.ts. */
export const searchSourceKk = {
  'search.range': '{from}–{to}, барлығы {total}',
  'search.pagesLabel': 'Нәтиже беттері',
  'search.prev': 'Алдыңғы бет',
  'search.next': 'Келесі бет',
  'search.pageOf': '{page}-бет, барлығы {pages}',
  'search.firstPage': 'Нәтижелердің бірінші беті',
  'source.contents': 'Мазмұны',
  'source.cardEntry': '{code}, {level}-деңгей:',
  'source.findLabel': 'Мәтіннен табу',
  'source.findPrev': 'Алдыңғы сәйкестік',
  'source.findNext': 'Келесі сәйкестік',
  'source.findNone': 'Мәтінде табылмады',
  'source.findOf': '{n} / {total}',
  'source.findOfMany': '{n} / {total}+ (сөзді нақтылаңыз)',
};
