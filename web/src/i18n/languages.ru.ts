/** The words that say which language a text is in (markers, the Kazakh original); spread into ./ru.ts. */
export const languagesRu = {
  'lang.section.unofficial': 'Неофициальный перевод',
  'lang.review.machine-draft': 'машинный перевод, не проверен',
  'lang.review.reviewed': 'проверен',
  'lang.review.mixed': 'проверен частично',
  'lang.section.untranslated': 'Пока без перевода: {n} (показаны на казахском)',
  'lang.noTranslation': 'перевода пока нет',
  'lang.noTranslationTitle': 'У этого текста пока нет перевода: показан официальный текст на казахском.',
  'lang.showOriginal': 'Казахский оригинал',
  'lang.original': 'Официальный текст (на казахском)',
  'lang.kazakhTerm': 'Термин на казахском',
} as const;
