/** The words that say which language a text is in (markers, the Kazakh original); spread into ./en.ts. */
export const languagesEn = {
  'lang.section.unofficial': 'Unofficial translation',
  'lang.review.machine-draft': 'machine translation, not reviewed',
  'lang.review.reviewed': 'reviewed',
  'lang.review.mixed': 'partly reviewed',
  'lang.section.untranslated': 'Not translated yet: {n} (shown in Kazakh)',
  'lang.noTranslation': 'no translation yet',
  'lang.noTranslationTitle': 'This text has no translation yet: the official Kazakh text is shown.',
  'lang.showOriginal': 'Kazakh original',
  'lang.original': 'Official text (Kazakh)',
  'lang.kazakhTerm': 'Kazakh term',
} as const;
