/**
 * The commission's decision: what is recorded (with whether it went against the recommendation),
 * and the form to record one — the members (the session's commission to start with), passed or
 * failed, the date, and a reason when the outcome differs from what the results recommend —
 * behind a confirmation. A passed decision without a certificate offers to issue one; an issued
 * one links to its public verification page.
 */
import { type FormEvent, useId, useState } from 'react';
import {
  type CandidateDecision,
  type CommissionMember,
  type Outcome,
  recordDecision,
} from '../../../api/assessment-decisions';
import { issueCertificate } from '../../../api/certificates';
import { ApiError } from '../../../api/client';
import { todayIso } from '../../../api/hr';
import { useI18n } from '../../../i18n';
import { Link } from '../../../router';
import { formatDate } from '../../../format';
import { HrError } from '../../hr/common';

export function DecisionPanel({
  orgId,
  view,
  onChange,
  onReload,
}: {
  orgId: string;
  view: CandidateDecision;
  onChange: (next: CandidateDecision) => void;
  onReload: () => void;
}) {
  const { t, lang } = useI18n();
  const id = useId();
  const decision = view.decision;
  const outcomeWord = (o: Outcome) => (o === 'passed' ? t('dec.passed') : t('dec.failed'));
  const [members, setMembers] = useState<CommissionMember[]>(decision?.commission ?? view.sessionCommission);
  const [outcome, setOutcome] = useState<Outcome>(view.recommendation);
  const [reason, setReason] = useState('');
  const [decidedOn, setDecidedOn] = useState(todayIso());
  const [confirming, setConfirming] = useState(false);
  /** A recorded decision is shown, not a form: changing it is a deliberate step. */
  const [editing, setEditing] = useState(decision === null);
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<unknown>(null);
  const [issued, setIssued] = useState<{ id: string; number: string } | null>(null);
  const against = outcome !== view.recommendation;
  const conflict = error instanceof ApiError && error.status === 409;

  const setMember = (i: number, field: 'name' | 'role', value: string) =>
    setMembers((m) => m.map((x, j) => (j === i ? { ...x, [field]: value } : x)));

  const ask = (e: FormEvent) => {
    e.preventDefault();
    setError(null);
    setConfirming(true);
  };

  const record = async () => {
    setBusy(true);
    setError(null);
    try {
      const next = await recordDecision(orgId, view.candidate.id, lang, {
        version: decision?.version ?? 0,
        outcome,
        reason: reason.trim() === '' ? null : reason.trim(),
        commission: members,
        decidedOn,
      });
      setConfirming(false);
      onChange(next);
    } catch (err) {
      setConfirming(false);
      setError(err);
    } finally {
      setBusy(false);
    }
  };

  const issue = async () => {
    setBusy(true);
    setError(null);
    try {
      const out = await issueCertificate(orgId, view.candidate.id);
      setIssued({ id: out.id, number: out.number });
      onReload();
    } catch (err) {
      setError(err);
    } finally {
      setBusy(false);
    }
  };

  const credentialId = issued?.id ?? decision?.credentialId ?? null;
  return (
    <section aria-labelledby={`${id}-h`} className="hr-panel dec-decision">
      <h2 id={`${id}-h`}>{t('dec.decision')}</h2>
      {decision ? (
        <div data-testid="recorded-decision" data-outcome={decision.outcome}>
          <p>
            <strong>
              {t('dec.decision.recorded', {
                date: formatDate(decision.decidedOn, lang),
                outcome: outcomeWord(decision.outcome),
              })}
            </strong>
            {decision.againstRecommendation && <span className="hr-badge"> {t('dec.decision.against')}</span>}
          </p>
          {decision.reason && (
            <p>
              {t('dec.reason')}: {decision.reason}
            </p>
          )}
          <p className="muted small">
            {t('dec.commission')}: {decision.commission.map((m) => `${m.name} (${m.role})`).join('; ')}
          </p>
        </div>
      ) : (
        <p className="muted">{t('dec.decision.none')}</p>
      )}

      {decision?.outcome === 'passed' && (
        <p className="dec-certificate">
          {credentialId ? (
            <>
              {issued && <span role="status">{t('dec.issued', { number: issued.number })} </span>}
              <Link href={`/verify/${credentialId}`}>{t('dec.verifyLink')} →</Link>
            </>
          ) : (
            <button type="button" onClick={() => void issue()} disabled={busy}>
              {t('dec.issue')}
            </button>
          )}
        </p>
      )}

      {view.blockedBy ? (
        <p className="muted" data-testid="decision-blocked">
          {t(`dec.blocked.${view.blockedBy}`)}
        </p>
      ) : !editing ? (
        <p className="hr-actions dec-noprint">
          <button type="button" className="secondary" onClick={() => setEditing(true)}>
            {t('dec.change')}
          </button>
        </p>
      ) : (
        <form onSubmit={ask} className="dec-noprint" aria-label={t('dec.record')}>
          <fieldset className="dec-commission">
            <legend>{t('dec.commission')}</legend>
            <p className="muted small">{t('dec.commission.hint')}</p>
            <ol>
              {members.map((m, i) => (
                // biome-ignore lint/suspicious/noArrayIndexKey: rows are edited in place and have no id of their own
                <li key={i} className="dec-member">
                  <label>
                    {t('dec.commission.name')}
                    <input
                      value={m.name}
                      required
                      minLength={2}
                      maxLength={200}
                      onChange={(e) => setMember(i, 'name', e.target.value)}
                    />
                  </label>
                  <label>
                    {t('dec.commission.role')}
                    <input
                      value={m.role}
                      required
                      minLength={2}
                      maxLength={200}
                      onChange={(e) => setMember(i, 'role', e.target.value)}
                    />
                  </label>
                  <button
                    type="button"
                    className="secondary small"
                    aria-label={`${t('dec.commission.remove')}: ${m.name}`}
                    onClick={() => setMembers((list) => list.filter((_, j) => j !== i))}
                  >
                    {t('dec.commission.remove')}
                  </button>
                </li>
              ))}
            </ol>
            <button
              type="button"
              className="secondary small"
              onClick={() => setMembers((list) => [...list, { name: '', role: '' }])}
            >
              {t('dec.commission.add')}
            </button>
          </fieldset>
          <fieldset>
            <legend>{t('dec.outcome')}</legend>
            <p className="muted small">{t('dec.recommendation', { outcome: outcomeWord(view.recommendation) })}</p>
            {(['passed', 'failed'] as const).map((o) => (
              <label key={o} className="dec-choice">
                <input
                  type="radio"
                  name={`${id}-outcome`}
                  value={o}
                  checked={outcome === o}
                  onChange={() => setOutcome(o)}
                />
                <span>{outcomeWord(o)}</span>
              </label>
            ))}
          </fieldset>
          <label className="hr-field">
            {t('dec.decidedOn')}
            <input type="date" value={decidedOn} required onChange={(e) => setDecidedOn(e.target.value)} />
          </label>
          <label className="hr-field">
            {t('dec.reason')}
            <textarea
              value={reason}
              rows={3}
              maxLength={4000}
              required={against}
              aria-describedby={against ? `${id}-reason-hint` : undefined}
              onChange={(e) => setReason(e.target.value)}
            />
          </label>
          {against && (
            <p id={`${id}-reason-hint`} className="field-error">
              {t('dec.reasonNeeded')}
            </p>
          )}
          {confirming ? (
            <div role="alertdialog" aria-labelledby={`${id}-confirm`} className="dec-confirm">
              <p id={`${id}-confirm`}>{t('dec.confirm', { outcome: outcomeWord(outcome) })}</p>
              <button type="button" onClick={() => void record()} disabled={busy}>
                {t('dec.confirmYes')}
              </button>{' '}
              <button type="button" className="secondary" onClick={() => setConfirming(false)}>
                {t('dec.cancel')}
              </button>
            </div>
          ) : (
            <p className="hr-actions">
              <button type="submit">{t('dec.record')}</button>
            </p>
          )}
        </form>
      )}
      {conflict ? (
        <p className="form-error" role="alert">
          {t('dec.conflict')}{' '}
          <button type="button" className="secondary small" onClick={onReload}>
            {t('dec.reload')}
          </button>
        </p>
      ) : (
        error !== null && <HrError error={error} />
      )}
    </section>
  );
}
