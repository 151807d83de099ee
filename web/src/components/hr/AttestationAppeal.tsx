/**
 * The appeal of a decided attestation: what was filed (date, text, outcome) and the form that
 * records it or updates its outcome.
 */
import { type FormEvent, useState } from 'react';
import { type Attestation, todayIso } from '../../api/hr';
import { formatDate } from '../../format';
import { useI18n } from '../../i18n';
import { recordStep } from './AttestationRecordStep';
import { HrError } from './common';

const APPEAL_OUTCOMES = ['pending', 'upheld', 'rejected'] as const;
type AppealView = { filedOn: string; text: string; outcome?: (typeof APPEAL_OUTCOMES)[number]; outcomeNote?: string };

/** A decided attestation's appeal: shown once filed, and recorded or updated (its outcome) here. */
export function AttestationAppeal({
  orgId,
  attestation,
  onChanged,
}: {
  orgId: string;
  attestation: Attestation;
  onChanged: () => void;
}) {
  const { t, lang } = useI18n();
  const filed = attestation.appeal as AppealView | null;
  const [filedOn, setFiledOn] = useState(filed?.filedOn ?? todayIso());
  const [text, setText] = useState(filed?.text ?? '');
  const [outcome, setOutcome] = useState<(typeof APPEAL_OUTCOMES)[number]>(filed?.outcome ?? 'pending');
  const [note, setNote] = useState(filed?.outcomeNote ?? '');
  const [error, setError] = useState<unknown>(null);
  const [busy, setBusy] = useState(false);
  const id = `appeal-${attestation.id}`;
  const submit = async (event: FormEvent) => {
    event.preventDefault();
    setBusy(true);
    setError(null);
    try {
      await recordStep(
        orgId,
        attestation,
        {
          stage: 'appeal',
          appeal: { filedOn, text: text.trim(), outcome, ...(note.trim() ? { outcomeNote: note.trim() } : {}) },
        },
        lang,
      );
      onChanged();
    } catch (e) {
      setError(e);
    } finally {
      setBusy(false);
    }
  };
  return (
    <div className="hr-appeal" data-testid="appeal">
      {filed && (
        <p data-testid="appeal-recorded">
          <strong>{t('hr.appeal.filed', { date: formatDate(filed.filedOn, lang) })}</strong> ·{' '}
          <span className={`hr-badge hr-appeal-${filed.outcome ?? 'pending'}`}>
            {t(`hr.appeal.outcome.${filed.outcome ?? 'pending'}`)}
          </span>
          <br />
          <span className="hr-appeal-text">{filed.text}</span>
          {filed.outcomeNote && <span className="muted"> — {filed.outcomeNote}</span>}
        </p>
      )}
      <details className="hr-noprint">
        <summary>{filed ? t('hr.appeal.update') : t('hr.appeal.record')}</summary>
        <form className="hr-step" onSubmit={submit} data-testid="appeal-form">
          <p className="muted small">{t('hr.appeal.hint')}</p>
          <div className="hr-grid">
            <div className="hr-field">
              <label htmlFor={`${id}-date`}>{t('hr.appeal.filedOn')}</label>
              <input
                id={`${id}-date`}
                type="date"
                value={filedOn}
                onChange={(e) => setFiledOn(e.target.value)}
                required
              />
            </div>
            <div className="hr-field">
              <label htmlFor={`${id}-outcome`}>{t('hr.appeal.outcome')}</label>
              <select
                id={`${id}-outcome`}
                value={outcome}
                onChange={(e) => setOutcome(e.target.value as typeof outcome)}
              >
                {APPEAL_OUTCOMES.map((o) => (
                  <option key={o} value={o}>
                    {t(`hr.appeal.outcome.${o}`)}
                  </option>
                ))}
              </select>
            </div>
            <div className="hr-field">
              <label htmlFor={`${id}-text`}>{t('hr.appeal.text')}</label>
              <textarea
                id={`${id}-text`}
                value={text}
                onChange={(e) => setText(e.target.value)}
                rows={3}
                minLength={3}
                maxLength={4000}
                required
              />
            </div>
            <div className="hr-field">
              <label htmlFor={`${id}-note`}>{t('hr.appeal.note')}</label>
              <textarea id={`${id}-note`} value={note} onChange={(e) => setNote(e.target.value)} rows={2} />
            </div>
          </div>
          {error !== null && <HrError error={error} testId="appeal-error" />}
          <button type="submit" disabled={busy}>
            {filed ? t('hr.appeal.update') : t('hr.appeal.record')}
          </button>
        </form>
      </details>
    </div>
  );
}
