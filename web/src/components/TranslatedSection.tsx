/**
 * A section of content texts that says once, at its top, what the texts are in a ru/en page:
 * "Unofficial translation: machine translation, not reviewed", how many have no translation yet
 * (those are shown in Kazakh, each marked), and a "Kazakh original" toggle button that shows the
 * official Kazakh text under every translation of the section. In a Kazakh page it adds nothing.
 * The texts inside (components/Text.tsx) then leave out their own "unofficial" mark.
 */
import { type ReactNode, useMemo, useState } from 'react';
import type { Display } from '../api/types';
import { useI18n } from '../i18n';
import { type ReviewedDisplay, translationState } from '../translation-state';
import { SectionLanguageContext } from './section-language';

export function TranslatedSection({
  texts,
  children,
  originals = true,
}: {
  texts: readonly Display[];
  children: ReactNode;
  /** False where the API gives the texts without their Kazakh original: no toggle that would show nothing. */
  originals?: boolean;
}) {
  const { t, lang } = useI18n();
  const [showOriginal, setShowOriginal] = useState(false);
  const state = translationState(texts as readonly ReviewedDisplay[], lang);
  const value = useMemo(() => ({ marked: true, showOriginal }), [showOriginal]);
  const marked = state.translated > 0 || state.untranslated > 0;
  return (
    <SectionLanguageContext.Provider value={value}>
      {marked && (
        <p className="section-lang" data-testid="section-lang">
          {state.translated > 0 && (
            <span className="lang-marker" data-testid="translation-marker">
              {t('lang.section.unofficial')}
              {state.review && `: ${t(`lang.review.${state.review}`)}`}
            </span>
          )}
          {state.untranslated > 0 && (
            <span className="lang-marker untranslated" data-testid="untranslated-marker">
              {t('lang.section.untranslated', { n: state.untranslated })}
            </span>
          )}
          {state.translated > 0 && originals && (
            <button
              type="button"
              className="secondary small no-print"
              aria-pressed={showOriginal}
              onClick={() => setShowOriginal((shown) => !shown)}
            >
              {t('lang.showOriginal')}
            </button>
          )}
        </p>
      )}
      {children}
    </SectionLanguageContext.Provider>
  );
}
