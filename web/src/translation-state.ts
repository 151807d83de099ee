/**
 * What a section of texts is, language-wise, so its marker can be said once for the whole section
 * instead of on every line: how many of its texts are unofficial translations, how many have no
 * translation yet (shown in Kazakh in a ru/en page), and how far the translations were reviewed.
 * Pure; tested in translation-state.test.ts.
 */
import type { Display } from './api/types';
import type { Lang } from './i18n';

/** The review state of a translation (the API's `display.review`; the official text has none). */
export type Review = NonNullable<Display['review']>;
export type ReviewedDisplay = Display;

export type TranslationState = {
  /** Texts shown as an unofficial translation. */
  translated: number;
  /** Texts shown in Kazakh in a ru/en page because they have no translation yet. */
  untranslated: number;
  /** All translations reviewed, all machine drafts, a mix, or not said by the server. */
  review: Review | 'mixed' | undefined;
};

/** A text shown in Kazakh on a page in another language: it has no translation yet. */
export function isUntranslated(d: Display, pageLang: Lang): boolean {
  return pageLang !== 'kk' && d.lang === 'kk';
}

export function translationState(texts: readonly ReviewedDisplay[], pageLang: Lang): TranslationState {
  let translated = 0;
  let untranslated = 0;
  const reviews = new Set<Review>();
  let unsaid = false;
  for (const d of texts) {
    if (!d.official) {
      translated++;
      if (d.review) reviews.add(d.review);
      else unsaid = true;
    } else if (isUntranslated(d, pageLang)) untranslated++;
  }
  const review =
    reviews.size === 0 ? undefined : reviews.size > 1 || unsaid ? 'mixed' : ([...reviews][0] as Review | undefined);
  return { translated, untranslated, review };
}
