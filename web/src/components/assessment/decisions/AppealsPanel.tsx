/**
 * Appeals against the decision: the list with each one's state, the form to record one (when
 * there is a decision and no appeal pending), and resolving a pending one — upholding it removes
 * the decision, so it asks first.
 */
import { type FormEvent, useId, useState } from 'react';
import { type CandidateDecision, lodgeAppeal, resolveAppeal } from '../../../api/assessment-decisions';
import { useI18n } from '../../../i18n';
import { formatDate } from '../../../format';
import { HrError } from '../../hr/common';

export function AppealsPanel({
  orgId,
  view,
  onChange,
}: {
  orgId: string;
  view: CandidateDecision;
  onChange: (next: CandidateDecision) => void;
}) {
  const { t, lang } = useI18n();
  const id = useId();
  const [grounds, setGrounds] = useState('');
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<unknown>(null);
  const pending = view.appeals.some((a) => a.outcome === null);

  const run = async (work: () => Promise<CandidateDecision>) => {
    setBusy(true);
    setError(null);
    try {
      onChange(await work());
      setGrounds('');
    } catch (err) {
      setError(err);
    } finally {
      setBusy(false);
    }
  };

  const lodge = (e: FormEvent) => {
    e.preventDefault();
    void run(() => lodgeAppeal(orgId, view.candidate.id, lang, grounds.trim()));
  };

  const resolve = (appealId: string, outcome: 'upheld' | 'rejected') => {
    if (outcome === 'upheld' && !window.confirm(t('dec.appeal.confirmUphold'))) return;
    void run(() => resolveAppeal(orgId, view.candidate.id, appealId, lang, outcome));
  };

  return (
    <section aria-labelledby={`${id}-h`} className="hr-panel dec-appeals">
      <h2 id={`${id}-h`}>{t('dec.appeals')}</h2>
      {view.appeals.length === 0 ? (
        <p className="muted">{t('dec.appeal.none')}</p>
      ) : (
        <ul className="hr-list">
          {view.appeals.map((a) => (
            <li key={a.id} data-appeal-outcome={a.outcome ?? 'pending'}>
              <span className="muted small">{t('dec.appeal.lodgedOn', { date: formatDate(a.lodgedOn, lang) })}</span>{' '}
              <strong>{t(a.outcome ? `dec.appeal.${a.outcome}` : 'dec.appeal.pending')}</strong>
              {a.resolvedOn && <span className="muted small"> ({formatDate(a.resolvedOn, lang)})</span>}
              <p className="dec-grounds">{a.grounds}</p>
              {a.outcome === null && (
                <p className="hr-actions dec-noprint">
                  <button
                    type="button"
                    className="secondary small"
                    disabled={busy}
                    onClick={() => resolve(a.id, 'upheld')}
                  >
                    {t('dec.appeal.uphold')}
                  </button>
                  <button
                    type="button"
                    className="secondary small"
                    disabled={busy}
                    onClick={() => resolve(a.id, 'rejected')}
                  >
                    {t('dec.appeal.reject')}
                  </button>
                </p>
              )}
            </li>
          ))}
        </ul>
      )}
      {view.decision && !pending && (
        <form onSubmit={lodge} className="dec-noprint">
          <label className="hr-field">
            {t('dec.appeal.grounds')}
            <textarea
              value={grounds}
              rows={3}
              required
              minLength={10}
              maxLength={4000}
              onChange={(e) => setGrounds(e.target.value)}
            />
          </label>
          <p className="hr-actions">
            <button type="submit" className="secondary" disabled={busy}>
              {t('dec.appeal.lodge')}
            </button>
          </p>
        </form>
      )}
      {error !== null && <HrError error={error} />}
    </section>
  );
}
