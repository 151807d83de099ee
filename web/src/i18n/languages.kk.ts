/** The words that say which language a text is in (markers, the Kazakh original); spread into ./kk.ts. */
export const languagesKk = {
  'lang.section.unofficial': 'Ресми емес аударма',
  'lang.review.machine-draft': 'машиналық аударма, тексерілмеген',
  'lang.review.reviewed': 'тексерілген',
  'lang.review.mixed': 'ішінара тексерілген',
  'lang.section.untranslated': 'Аудармасы әлі жоқ: {n} (қазақша көрсетілген)',
  'lang.noTranslation': 'аудармасы әлі жоқ',
  'lang.noTranslationTitle': 'Бұл мәтіннің аудармасы әлі жоқ: ресми қазақша мәтіні көрсетілген.',
  'lang.showOriginal': 'Қазақша түпнұсқа',
  'lang.original': 'Ресми мәтін (қазақша)',
  'lang.kazakhTerm': 'Қазақша термин',
} as const;
