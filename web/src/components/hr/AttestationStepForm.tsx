/**
 * The form of an open attestation's next stage: testing (score out of max), then the interview
 * (passed, notes), then the commission's decision (outcome, category, reason, commission).
 */
import { type FormEvent, useState } from 'react';
import { type Attestation, CATEGORIES, type Commission, todayIso } from '../../api/hr';
import { useI18n } from '../../i18n';
import { AttestationCommissionSelect } from './AttestationCommissionSelect';
import { recordStep } from './AttestationRecordStep';
import { HrError } from './common';

export function AttestationStepForm({
  orgId,
  attestation,
  commissions,
  onChanged,
}: {
  orgId: string;
  attestation: Attestation;
  commissions: Commission[];
  onChanged: () => void;
}) {
  const { t, lang } = useI18n();
  const [date, setDate] = useState(todayIso());
  const [score, setScore] = useState('');
  const [max, setMax] = useState('100');
  const [passed, setPassed] = useState(true);
  const [notes, setNotes] = useState('');
  const [outcome, setOutcome] = useState<'assigned' | 'confirmed' | 'not-passed'>('assigned');
  const [category, setCategory] = useState<(typeof CATEGORIES)[number]>('second');
  const [reason, setReason] = useState('');
  const [commissionId, setCommissionId] = useState(attestation.commissionId ?? '');
  const [error, setError] = useState<unknown>(null);
  const stage =
    attestation.stage === 'scheduled' ? 'testing' : attestation.stage === 'tested' ? 'interview' : 'decision';

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    setError(null);
    const step =
      stage === 'testing'
        ? {
            stage: 'testing' as const,
            testing: { date, score: Number(score), max: Number(max), source: 'manual' as const },
          }
        : stage === 'interview'
          ? {
              stage: 'interview' as const,
              interview: { date, passed, ...(notes.trim() ? { notes: notes.trim() } : {}) },
            }
          : {
              stage: 'decision' as const,
              decision: { date, outcome, category: outcome === 'not-passed' ? null : category, reason },
              ...(commissionId ? { commissionId } : {}),
            };
    try {
      await recordStep(orgId, attestation, step, lang);
      onChanged();
    } catch (e) {
      setError(e);
    }
  };
  const title =
    stage === 'testing' ? t('hr.att.testing') : stage === 'interview' ? t('hr.att.interview') : t('hr.att.decision');
  return (
    <form className="hr-step hr-noprint" onSubmit={submit} data-testid={`step-${stage}`}>
      <h3>{title}</h3>
      <div className="hr-grid">
        <div className="hr-field">
          <label htmlFor="step-date">{t('hr.att.date')}</label>
          <input id="step-date" type="date" value={date} onChange={(e) => setDate(e.target.value)} required />
        </div>
        {stage === 'testing' && (
          <>
            <div className="hr-field">
              <label htmlFor="step-score">{t('hr.att.score')}</label>
              <input
                id="step-score"
                type="number"
                min={0}
                value={score}
                onChange={(e) => setScore(e.target.value)}
                required
              />
            </div>
            <div className="hr-field">
              <label htmlFor="step-max">{t('hr.att.max')}</label>
              <input
                id="step-max"
                type="number"
                min={1}
                value={max}
                onChange={(e) => setMax(e.target.value)}
                required
              />
            </div>
          </>
        )}
        {stage === 'interview' && (
          <>
            <div className="hr-field hr-check">
              <input id="step-passed" type="checkbox" checked={passed} onChange={(e) => setPassed(e.target.checked)} />
              <label htmlFor="step-passed">{t('hr.att.passed')}</label>
            </div>
            <div className="hr-field">
              <label htmlFor="step-notes">{t('hr.att.notes')}</label>
              <textarea id="step-notes" value={notes} onChange={(e) => setNotes(e.target.value)} rows={2} />
            </div>
          </>
        )}
        {stage === 'decision' && (
          <>
            <div className="hr-field">
              <label htmlFor="step-outcome">{t('hr.att.outcome')}</label>
              <select id="step-outcome" value={outcome} onChange={(e) => setOutcome(e.target.value as typeof outcome)}>
                {(['assigned', 'confirmed', 'not-passed'] as const).map((o) => (
                  <option key={o} value={o}>
                    {t(`hr.outcome.${o}`)}
                  </option>
                ))}
              </select>
            </div>
            {outcome !== 'not-passed' && (
              <div className="hr-field">
                <label htmlFor="step-category">{t('hr.f.category')}</label>
                <select
                  id="step-category"
                  value={category}
                  onChange={(e) => setCategory(e.target.value as typeof category)}
                >
                  {CATEGORIES.map((c) => (
                    <option key={c} value={c}>
                      {t(`form.category.${c}`)}
                    </option>
                  ))}
                </select>
              </div>
            )}
            <div className="hr-field">
              <label htmlFor="step-reason">{t('hr.att.reason')}</label>
              <textarea id="step-reason" value={reason} onChange={(e) => setReason(e.target.value)} rows={2} required />
            </div>
            <AttestationCommissionSelect
              id="step-commission"
              value={commissionId}
              onChange={setCommissionId}
              commissions={commissions}
            />
          </>
        )}
      </div>
      {error !== null && <HrError error={error} testId="step-error" />}
      <button type="submit">{t('hr.att.record')}</button>
    </form>
  );
}
