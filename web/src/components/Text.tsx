/**
 * Content text: shown in the language the server chose (`display`), with a `lang` attribute so
 * a Kazakh text in an English page is read and hyphenated as Kazakh, and a visible mark when it
 * is an unofficial translation.
 */
import type { ElementType, ReactNode } from 'react';
import type { Display } from '../api/types';
import { useI18n } from '../i18n';

export function Unofficial() {
  const { t } = useI18n();
  return (
    <span className="unofficial" title={t('common.unofficialTitle')}>
      {t('common.unofficial')}
    </span>
  );
}

type TextProps = { d: Display; as?: ElementType; className?: string; id?: string; children?: ReactNode };

/** `<Text d={display} as="p" />`: the text, its language, and "unofficial translation" when it is one. */
export function Text({ d, as: Tag = 'span', className, id, children }: TextProps) {
  return (
    <Tag lang={d.lang} className={className} id={id}>
      {d.text}
      {!d.official && (
        <>
          {' '}
          <Unofficial />
        </>
      )}
      {children}
    </Tag>
  );
}
