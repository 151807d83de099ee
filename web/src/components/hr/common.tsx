/** What the HR pages share: the status words and badges, the HR problem words, the page frame. */
import type { ReactNode } from 'react';
import { ApiError } from '../../api/client';
import { type AttestationWindow, isStale, type StoredCategory } from '../../api/hr';
import type { Me } from '../../api/session';
import { formatDate } from '../../format';
import { type Lang, useI18n } from '../../i18n';
import { Link } from '../../router';
import { problemText, type ProblemWords, SignedIn, serverDetail } from '../account/common';
import '../../styles/hr.css';

/** A 409 on a versioned write and a personnel number already taken, in the page's words. */
export const HR_WORDS: ProblemWords = {
  conflict: 'hr.conflict',
  'conflict:record.personnelNo': 'hr.duplicateNo',
};

export function HrFrame({
  orgId,
  titleId,
  title,
  back = 'register',
  children,
}: {
  orgId: string;
  titleId: string;
  title: ReactNode;
  back?: 'register' | 'org';
  children: (me: Me) => ReactNode;
}) {
  const { t } = useI18n();
  return (
    <section aria-labelledby={titleId} className="account-page hr-page">
      <p className="back hr-noprint">
        {back === 'org' ? (
          <Link href={`/orgs/${orgId}`}>← {t('org.title')}</Link>
        ) : (
          <Link href={`/orgs/${orgId}/staff`}>← {t('hr.back')}</Link>
        )}
      </p>
      <h1 id={titleId}>{title}</h1>
      <SignedIn>{children}</SignedIn>
    </section>
  );
}

export function WindowBadge({ window: w }: { window: AttestationWindow }) {
  const { t } = useI18n();
  return (
    <span className={`hr-badge hr-window-${w.status}`} data-status={w.status}>
      {t(`hr.window.${w.status}`)}
    </span>
  );
}

export function CategoryWord({ category }: { category: StoredCategory | null | undefined }) {
  const { t } = useI18n();
  if (!category) return <span className="muted">{t('hr.noCategory')}</span>;
  return (
    <span className="hr-category" data-category={category.category ?? ''}>
      {category.category ? t(`form.category.${category.category}`) : '—'}{' '}
      <span className="muted small">({t(`hr.catStatus.${category.status}`)})</span>
      {isStale(category) && (
        <>
          {' '}
          <span className="hr-badge hr-stale" title={t('hr.staleTitle')}>
            {t('hr.stale')}
          </span>
        </>
      )}
    </span>
  );
}

export function IsoDate({ iso }: { iso: string | null | undefined }) {
  const { lang } = useI18n();
  if (!iso) return <>—</>;
  return <time dateTime={iso}>{formatDate(iso, lang)}</time>;
}

/**
 * Whether a server message is in the page's language: for kk and ru only a message with Cyrillic
 * letters is (zod's own messages are English); in English every message is.
 */
export function isLocalised(message: string | null | undefined, lang: Lang): message is string {
  if (!message?.trim()) return false;
  return lang === 'en' || /[\u0400-\u04FF]/.test(message);
}

/** A failed request as one sentence: the server's own `detail` when it is in the page's language. */
export function HrError({
  error,
  words = HR_WORDS,
  testId,
  inline = false,
}: {
  error: unknown;
  words?: ProblemWords;
  testId?: string | undefined;
  /** Inside a line of text or buttons: a <span>, not a paragraph. */
  inline?: boolean;
}) {
  const { t, lang } = useI18n();
  const code = error instanceof ApiError ? error.problem?.code : undefined;
  // The page's own sentence wins where it has one (a 409, a taken personnel number).
  const own = code === 'conflict' || (error instanceof ApiError && error.status === 409);
  const text = (own ? undefined : serverDetail(error, lang)) ?? problemText(t, error, words);
  const Tag = inline ? 'span' : 'p';
  return (
    <Tag className="form-error" role="alert" data-testid={testId}>
      {text}
    </Tag>
  );
}
