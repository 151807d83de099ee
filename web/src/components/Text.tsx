/**
 * Content text: shown in the language the server chose (`display`), with a `lang` attribute so
 * a Kazakh text in an English page is read and hyphenated as Kazakh, and a visible mark when it
 * is an unofficial translation, or when a ru/en page has no translation of it yet. Inside a
 * TranslatedSection the translation mark is said once for the section instead, and the section's
 * "Kazakh original" button shows `kk` (the official text) under each translation.
 */
import type { ElementType, ReactNode } from 'react';
import type { Display } from '../api/types';
import { useI18n } from '../i18n';
import { isUntranslated, type ReviewedDisplay } from '../translation-state';
import { useSectionLanguage } from './section-language';
import '../styles/languages.css';

export function Unofficial({ review }: { review?: ReviewedDisplay['review'] }) {
  const { t } = useI18n();
  const title = review ? `${t('common.unofficialTitle')} (${t(`lang.review.${review}`)})` : t('common.unofficialTitle');
  return (
    <span className="unofficial" title={title}>
      {t('common.unofficial')}
    </span>
  );
}

/** "no translation yet": a ru/en page shows this text in Kazakh. */
export function NoTranslation() {
  const { t } = useI18n();
  return (
    <span className="no-translation" title={t('lang.noTranslationTitle')}>
      {t('lang.noTranslation')}
    </span>
  );
}

type TextProps = {
  d: Display;
  /** The official Kazakh text, shown under a translation when the section's reader asks for it. */
  kk?: string | undefined;
  as?: ElementType;
  className?: string;
  id?: string;
  children?: ReactNode;
};

/** `<Text d={display} kk={item.kk} as="p" />`: the text, its language, and its marks. */
export function Text({ d, kk, as: Tag = 'span', className, id, children }: TextProps) {
  const { t, lang } = useI18n();
  const section = useSectionLanguage();
  const review = (d as ReviewedDisplay).review;
  return (
    <Tag lang={d.lang} className={className} id={id}>
      {d.text}
      {!d.official && !section.marked && (
        <>
          {' '}
          <Unofficial review={review} />
        </>
      )}
      {isUntranslated(d, lang) && (
        <>
          {' '}
          <NoTranslation />
        </>
      )}
      {!d.official && section.showOriginal && kk && (
        <span className="kk-original" lang="kk">
          <span className="visually-hidden">{t('lang.original')}: </span>
          {kk}
        </span>
      )}
      {children}
    </Tag>
  );
}
