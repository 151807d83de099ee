/**
 * One person's attestations: the list with their stages, a form to schedule one, and for the open
 * one the form of its next stage (testing, interview, the commission's decision) and a cancel
 * action. A decided one links to its protocol PDF and takes an appeal (filed on, text, outcome).
 * Each step is sent with the attestation's version and `lang`, so a stage the rules refuse comes
 * back as the server's own sentence in the page's language, shown as it is.
 */
import { type FormEvent, useState } from 'react';
import { type Attestation, CATEGORIES, type Commission, todayIso } from '../../api/hr';
import type { paths } from '../../api/schema';
import { api, call, usePrivate } from '../../api/session';
import { formatDate } from '../../format';
import type { Lang } from '../../i18n';
import { useI18n } from '../../i18n';
import { ConfirmButton } from '../account/ConfirmButton';
import { FormError } from '../account/common';
import { FileLink } from './FileLink';
import { HR_WORDS, HrError, IsoDate } from './common';
import { OnlineTestScore } from './OnlineTestScore';

type Step = NonNullable<
  paths['/v1/orgs/{orgId}/attestations/{attestationId}/steps']['post']['requestBody']
>['content']['application/json']['step'];

/** Record one step of an attestation, in the page's language. */
function recordStep(orgId: string, attestation: Attestation, step: Step, lang: Lang) {
  return call(
    api.POST('/v1/orgs/{orgId}/attestations/{attestationId}/steps', {
      params: { path: { orgId, attestationId: attestation.id }, query: { lang } },
      body: { version: attestation.version, step },
    }),
  );
}

const APPEAL_OUTCOMES = ['pending', 'upheld', 'rejected'] as const;
type AppealView = { filedOn: string; text: string; outcome?: (typeof APPEAL_OUTCOMES)[number]; outcomeNote?: string };

type Props = { orgId: string; staffId: string; attestations: Attestation[]; onChanged: () => void };

export function AttestationPanel({ orgId, staffId, attestations, onChanged }: Props) {
  const { t, lang } = useI18n();
  const commissions = usePrivate(`commissions|${orgId}`, () =>
    call(api.GET('/v1/orgs/{orgId}/commissions', { params: { path: { orgId } } })),
  );
  const list = commissions.data?.commissions ?? [];
  const open = attestations.find((a) => a.stage !== 'decided' && a.stage !== 'cancelled');
  const pdfLang = lang;
  return (
    <section aria-labelledby="att-title" className="hr-panel" data-testid="attestations">
      <h2 id="att-title">{t('hr.att.heading')}</h2>
      {attestations.length === 0 && <p className="muted">{t('hr.att.none')}</p>}
      <ul className="hr-list">
        {attestations.map((a) => {
          const testing = a.testing as { score?: number; max?: number; source?: string } | null;
          const decision = a.decision as {
            outcome?: 'assigned' | 'confirmed' | 'not-passed';
            category?: string;
          } | null;
          return (
            <li key={a.id} data-stage={a.stage}>
              <strong>
                <IsoDate iso={a.scheduledOn} />
              </strong>{' '}
              <span className={`hr-badge hr-stage-${a.stage}`}>{t(`hr.stage.${a.stage}`)}</span>
              {a.protocolNo && <span className="muted"> · № {a.protocolNo}</span>}
              {testing?.score !== undefined && (
                <span className="muted">
                  {' '}
                  · {t('hr.att.result', { score: testing.score, max: testing.max ?? '' })}
                  {testing.source === 'online-test' && ` (${t('hr.att.online.source')})`}
                </span>
              )}
              {decision?.outcome && <span> · {t(`hr.outcome.${decision.outcome}`)}</span>}
              {a.stage === 'decided' && (
                <>
                  {' '}
                  <FileLink
                    href={`/api/v1/orgs/${encodeURIComponent(orgId)}/attestations/${a.id}/protocol?lang=${pdfLang}`}
                    fileName={`protocol-${a.protocolNo ?? a.id}.pdf`}
                    testId="protocol-link"
                  >
                    {t('hr.att.protocol')}
                  </FileLink>
                  <Appeal orgId={orgId} attestation={a} onChanged={onChanged} />
                </>
              )}
            </li>
          );
        })}
      </ul>
      {open ? (
        <>
          {open.stage === 'scheduled' && (
            <OnlineTestScore orgId={orgId} staffId={staffId} attestation={open} onChanged={onChanged} />
          )}
          <StepForm orgId={orgId} attestation={open} commissions={list} onChanged={onChanged} />
          <CancelAttestation orgId={orgId} attestation={open} onChanged={onChanged} />
        </>
      ) : (
        <ScheduleForm orgId={orgId} staffId={staffId} commissions={list} onChanged={onChanged} />
      )}
    </section>
  );
}

function CommissionSelect({
  id,
  value,
  onChange,
  commissions,
}: {
  id: string;
  value: string;
  onChange: (v: string) => void;
  commissions: Commission[];
}) {
  const { t } = useI18n();
  return (
    <div className="hr-field">
      <label htmlFor={id}>{t('hr.att.commission')}</label>
      <select id={id} value={value} onChange={(e) => onChange(e.target.value)}>
        <option value="">{t('hr.att.noCommission')}</option>
        {commissions.map((c) => (
          <option key={c.id} value={c.id}>
            {c.name}
          </option>
        ))}
      </select>
    </div>
  );
}

function ScheduleForm({
  orgId,
  staffId,
  commissions,
  onChanged,
}: {
  orgId: string;
  staffId: string;
  commissions: Commission[];
  onChanged: () => void;
}) {
  const { t } = useI18n();
  const [date, setDate] = useState(todayIso());
  const [commissionId, setCommissionId] = useState('');
  const [protocolNo, setProtocolNo] = useState('');
  const [error, setError] = useState<unknown>(null);
  const submit = async (event: FormEvent) => {
    event.preventDefault();
    setError(null);
    try {
      await call(
        api.POST('/v1/orgs/{orgId}/attestations', {
          params: { path: { orgId } },
          body: {
            staffId,
            scheduledOn: date,
            commissionId: commissionId || null,
            protocolNo: protocolNo.trim() || null,
          },
        }),
      );
      onChanged();
    } catch (e) {
      setError(e);
    }
  };
  return (
    <form className="hr-step hr-noprint" onSubmit={submit} data-testid="schedule-form">
      <h3>{t('hr.att.schedule')}</h3>
      <div className="hr-grid">
        <div className="hr-field">
          <label htmlFor="att-date">{t('hr.att.date')}</label>
          <input id="att-date" type="date" value={date} onChange={(e) => setDate(e.target.value)} required />
        </div>
        <CommissionSelect
          id="att-commission"
          value={commissionId}
          onChange={setCommissionId}
          commissions={commissions}
        />
        <div className="hr-field">
          <label htmlFor="att-protocol">{t('hr.att.protocolNo')}</label>
          <input id="att-protocol" value={protocolNo} onChange={(e) => setProtocolNo(e.target.value)} maxLength={40} />
        </div>
      </div>
      {error !== null && <FormError error={error} words={HR_WORDS} />}
      <button type="submit">{t('hr.att.create')}</button>
    </form>
  );
}

function StepForm({
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
            <CommissionSelect
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

/** Cancel an open attestation, after a confirmation; its recorded stages stay. */
function CancelAttestation({
  orgId,
  attestation,
  onChanged,
}: {
  orgId: string;
  attestation: Attestation;
  onChanged: () => void;
}) {
  const { t, lang } = useI18n();
  const [error, setError] = useState<unknown>(null);
  return (
    <div className="hr-step hr-noprint">
      <ConfirmButton
        label={t('hr.att.cancel')}
        question={t('hr.att.cancelQuestion')}
        confirm={t('hr.att.cancelYes')}
        testId="attestation-cancel"
        onConfirm={async () => {
          setError(null);
          try {
            await recordStep(orgId, attestation, { stage: 'cancel' }, lang);
            onChanged();
          } catch (e) {
            setError(e);
          }
        }}
      />
      {error !== null && <HrError error={error} />}
    </div>
  );
}

/** A decided attestation's appeal: shown once filed, and recorded or updated (its outcome) here. */
function Appeal({ orgId, attestation, onChanged }: { orgId: string; attestation: Attestation; onChanged: () => void }) {
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
