/** What the HR pages share: the status words and badges, the HR problem words, the page frame. */
import type { ReactNode } from 'react';
import { type AttestationWindow, isStale, type StoredCategory } from '../../api/hr';
import type { Me } from '../../api/session';
import { formatDate } from '../../format';
import { useI18n } from '../../i18n';
import { Link } from '../../router';
import { type ProblemWords, SignedIn } from '../account/common';
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
