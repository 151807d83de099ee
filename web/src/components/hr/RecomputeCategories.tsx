/**
 * After a new edition of the standard, stored categories may rest on rules that changed or a card
 * that is gone. This says so when the register shows such people, and recomputes every stored
 * category on the current edition, reporting what the new edition had affected.
 */
import { useState } from 'react';
import { api, call } from '../../api/session';
import { useI18n } from '../../i18n';
import { FormError } from '../account/common';

export function RecomputeCategories({ orgId, stale, onDone }: { orgId: string; stale: number; onDone: () => void }) {
  const { t } = useI18n();
  const [busy, setBusy] = useState(false);
  const [result, setResult] = useState<string | null>(null);
  const [error, setError] = useState<unknown>(null);
  const run = async () => {
    setBusy(true);
    setError(null);
    try {
      const out = await call(api.POST('/v1/orgs/{orgId}/staff-categories/recompute', { params: { path: { orgId } } }));
      const changed = (out.before['rules-changed'] ?? 0) + (out.before['card-removed'] ?? 0);
      setResult(t('hr.recompute.done', { n: out.recomputed, changed }));
      onDone();
    } catch (err) {
      setError(err);
    } finally {
      setBusy(false);
    }
  };
  return (
    <div className="hr-noprint" data-testid="recompute">
      {stale > 0 && <p className="notice">{t('hr.recompute.stale', { n: stale })}</p>}
      <p className="button-row">
        <button
          type="button"
          className="secondary"
          disabled={busy}
          onClick={() => void run()}
          data-testid="recompute-button"
        >
          {t('hr.recompute.button')}
        </button>
      </p>
      {result && (
        <p role="status" data-testid="recompute-result">
          {result}
        </p>
      )}
      {error !== null && <FormError error={error} />}
    </div>
  );
}
