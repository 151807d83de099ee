/**
 * The draft page's Changes tab: what the draft changes against the edition it started from
 * (GET /v1/drafts/{id}/diff, the same diff engine and the same view as the changes page), read
 * afresh for every revision of the draft. A draft of a new standard has nothing to compare with.
 */
import { usePrivate } from '../../../api/session';
import { getDraftDiff } from '../../../api/workbench-review';
import { useI18n } from '../../../i18n';
import { DiffView } from '../../changes/DiffView';
import { ErrorBox, Loading } from '../../Status';
import type { DraftTabProps } from '../tab-props';
import './review.css';

export function ChangesTab({ draft }: DraftTabProps) {
  const { t } = useI18n();
  const hasBase = draft.baseEditionId !== null;
  const diff = usePrivate(hasBase ? `${draft.id}@${draft.revision}` : null, () => getDraftDiff(draft.id));
  return (
    <section aria-labelledby="wbr-changes-title" className="wbr-tab" data-testid="changes-tab">
      <h2 id="wbr-changes-title">{t('wbr.changes.title')}</h2>
      {!hasBase ? (
        <p className="notice" role="status" data-testid="changes-no-base">
          {t('wbr.changes.noBase')}
        </p>
      ) : (
        <>
          <p className="muted">{t('wbr.changes.lead', { base: draft.baseEditionId ?? '' })}</p>
          {diff.error && <ErrorBox error={diff.error} onRetry={diff.reload} />}
          {!diff.data && !diff.error && <Loading />}
          {diff.data && <DiffView diff={diff.data} editions={[]} draftId={draft.id} />}
        </>
      )}
    </section>
  );
}
