/**
 * /workbench/drafts/:draftId[/checks|/changes|/review] — one draft edition: its title, status,
 * base edition and revision, and four tabs (links, so each has its address): the item editor
 * (components/workbench), the live checks, the changes against the base edition and the review
 * (components/workbench/review).
 * Signed out: the sign-in prompt; not a methodologist: said plainly.
 */
import { ApiError } from '../../api/client';
import { formatDateTime, usePrivate } from '../../api/session';
import { getDraft } from '../../api/workbench';
import { SignedIn } from '../../components/account/common';
import { ErrorBox, Loading } from '../../components/Status';
import { useTitle } from '../../components/useTitle';
import { ItemsTab } from '../../components/workbench/ItemsTab';
import { MethodologistsOnly, StatusBadge } from '../../components/workbench/StatusBadge';
import { ChangesTab } from '../../components/workbench/review/ChangesTab';
import { ChecksTab } from '../../components/workbench/review/ChecksTab';
import { ReviewTab } from '../../components/workbench/review/ReviewTab';
import '../../components/workbench/workbench.css';
import { useI18n } from '../../i18n';
import { Link } from '../../router';

export type DraftTab = 'items' | 'checks' | 'changes' | 'review';

const TABS: readonly DraftTab[] = ['items', 'checks', 'changes', 'review'];

export default function DraftPage({ draftId, tab }: { draftId: string; tab: DraftTab }) {
  const { t } = useI18n();
  useTitle(t('wbr.title'));
  return (
    <div className="wb-page" data-draft={draftId} data-tab={tab}>
      <p className="wb-back wb-noprint">
        <Link href="/workbench">← {t('wb.title')}</Link>
      </p>
      <SignedIn>{() => <Draft draftId={draftId} tab={tab} />}</SignedIn>
    </div>
  );
}

function Draft({ draftId, tab }: { draftId: string; tab: DraftTab }) {
  const { t, lang } = useI18n();
  const draft = usePrivate(draftId, () => getDraft(draftId));
  useTitle(draft.data ? `${draft.data.title.kk} — ${t('wbr.title')}` : t('wbr.title'));
  if (draft.error) {
    if (draft.error instanceof ApiError && draft.error.status === 403) return <MethodologistsOnly />;
    return <ErrorBox error={draft.error} onRetry={draft.reload} />;
  }
  const d = draft.data;
  if (!d) return <Loading />;
  const base = `/workbench/drafts/${encodeURIComponent(d.id)}`;
  const props = { draft: d, reload: draft.reload };
  return (
    <>
      <header className="wb-draft-header">
        <h1 lang="kk" data-testid="wb-draft-title">
          {d.title.kk}
        </h1>
        <p className="wb-draft-meta">
          <StatusBadge status={d.status} />{' '}
          <span>{d.baseEditionId ? t('wb.draft.base', { edition: d.baseEditionId }) : t('wb.draft.newStandard')}</span>{' '}
          · <span data-testid="wb-draft-revision">{t('wb.draft.revision', { n: d.revision })}</span> ·{' '}
          <span>{t('wb.draft.updated', { when: formatDateTime(d.updatedAt, lang) })}</span>
        </p>
        <p className="small muted">
          {t('wb.draft.counts', { new: d.counts.new, changed: d.counts.changed, deprecated: d.counts.deprecated })}
        </p>
      </header>
      <nav className="wb-tabs wb-noprint" aria-label={t('wb.tabs.label')}>
        <ul>
          {TABS.map((name) => (
            <li key={name}>
              <Link
                href={name === 'items' ? base : `${base}/${name}`}
                aria-current={name === tab ? 'page' : undefined}
                data-testid={`wb-tab-${name}`}
              >
                {t(`wb.tab.${name}`)}
              </Link>
            </li>
          ))}
        </ul>
      </nav>
      {tab === 'items' && <ItemsTab {...props} />}
      {tab === 'checks' && <ChecksTab {...props} />}
      {tab === 'changes' && <ChangesTab {...props} />}
      {tab === 'review' && <ReviewTab {...props} />}
    </>
  );
}
