/**
 * A refused edit in words. A 409 means another session changed the item since this page read it
 * (or the draft left the `draft` status): it says so, names who when the server did, and offers to
 * read the item again; anything else is the general sentence for the problem.
 */
import { ApiError } from '../../api/client';
import { useI18n } from '../../i18n';
import { problemText, serverDetail } from '../account/common';

/**
 * The person the server named as the item's last editor: a field error at `…changedBy` when the
 * answer carries one, else the name in the conflict's detail ("… Last changed by Bolat. Reload
 * the item …"), which the server writes in English whatever the page's language. The name itself
 * is the same in every language, so the page's own sentence can carry it.
 */
export function changedBy(error: unknown): string | null {
  if (!(error instanceof ApiError) || error.status !== 409) return null;
  const field = error.problem?.errors?.find((e) => /(^|\.)changedBy$/.test(e.path));
  if (field?.message) return field.message;
  const detail = error.problem?.detail ?? '';
  return /Last changed by (.+?)\.(?= Reload|$)/.exec(detail)?.[1]?.trim() || null;
}

export function EditProblem({ error, onReload }: { error: unknown; onReload: () => void }) {
  const { t, lang } = useI18n();
  const conflict = error instanceof ApiError && error.status === 409;
  if (!conflict)
    return (
      <p className="form-error" role="alert" data-testid="wb-edit-error">
        {serverDetail(error, lang) ?? problemText(t, error)}
      </p>
    );
  const who = changedBy(error);
  const detail = serverDetail(error, lang);
  return (
    <div className="form-error wb-conflict" role="alert" data-testid="wb-conflict">
      <p>{who ? t('wb.conflict.by', { name: who }) : t('wb.conflict.someone')}</p>
      {detail && <p className="small">{detail}</p>}
      <button type="button" className="secondary small" onClick={onReload} data-testid="wb-conflict-reload">
        {t('wb.conflict.reload')}
      </button>
    </div>
  );
}
