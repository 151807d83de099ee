/**
 * One candidate at /orgs/{orgId}/assessment/sessions/{sid}/candidates/{cid}, for the assessor's
 * tablet: the theory result, each practical task's checklist, the evidence, the results per
 * labour function, the commission's decision (and the certificate once passed), and appeals.
 * The results are read again after every save, so the table always shows what the marks give.
 */
import { useCallback, useEffect, useId, useState } from 'react';
import { type CandidateDecision, type ScoringSheet, getDecision, getSheet } from '../../api/assessment-decisions';
import { SignedIn } from '../../components/account/common';
import { AppealsPanel } from '../../components/assessment/decisions/AppealsPanel';
import { ChecklistTask } from '../../components/assessment/decisions/ChecklistTask';
import { DecisionPanel } from '../../components/assessment/decisions/DecisionPanel';
import { EvidencePanel } from '../../components/assessment/decisions/EvidencePanel';
import { FunctionResultsTable } from '../../components/assessment/decisions/FunctionResultsTable';
import { HrError } from '../../components/hr/common';
import { Loading } from '../../components/Status';
import { useI18n } from '../../i18n';
import { Link } from '../../router';
import '../../components/assessment/decisions/decisions.css';
import '../../styles/hr.css';

export default function CandidatePage({
  orgId,
  sessionId,
  candidateId,
}: {
  orgId: string;
  sessionId: string;
  candidateId: string;
}) {
  const { t } = useI18n();
  return (
    <section aria-labelledby="candidate-title" className="account-page hr-page dec-page">
      <p className="back dec-noprint">
        <Link href={`/orgs/${orgId}/assessment/sessions/${sessionId}`}>← {t('dec.back')}</Link>
      </p>
      <SignedIn>{() => <CandidateView orgId={orgId} candidateId={candidateId} />}</SignedIn>
    </section>
  );
}

function CandidateView({ orgId, candidateId }: { orgId: string; candidateId: string }) {
  const { t, lang } = useI18n();
  const id = useId();
  const [sheet, setSheet] = useState<ScoringSheet | null>(null);
  const [view, setView] = useState<CandidateDecision | null>(null);
  const [error, setError] = useState<unknown>(null);
  /** Bumped by an explicit reload (after a 409): the checklists start again from what the server has. */
  const [generation, setGeneration] = useState(0);

  const loadDecision = useCallback(async () => {
    try {
      setView(await getDecision(orgId, candidateId, lang));
    } catch (err) {
      setError(err);
    }
  }, [orgId, candidateId, lang]);
  const load = useCallback(async () => {
    try {
      setSheet(await getSheet(orgId, candidateId));
      setError(null);
    } catch (err) {
      setError(err);
    }
    await loadDecision();
  }, [orgId, candidateId, loadDecision]);
  useEffect(() => {
    void load();
  }, [load]);

  if (!sheet || !view) return error ? <HrError error={error} /> : <Loading />;
  const nameOf = new Map(view.functions.map((f) => [f.labourFunctionId, f.name]));
  return (
    <>
      <h1 id="candidate-title">{sheet.candidate.fullName}</h1>
      <p className="muted">
        {sheet.candidate.sessionTitle} ·{' '}
        {t('dec.card', { card: sheet.candidate.cardCode, level: sheet.candidate.cardLevel })}
      </p>
      {error !== null && <HrError error={error} />}

      {view.forms.includes('theory') && (
        <section aria-labelledby={`${id}-theory`} className="hr-panel">
          <h2 id={`${id}-theory`}>{t('dec.theory')}</h2>
          {view.theory === null ? (
            <p className="muted">{t('dec.theory.none')}</p>
          ) : (
            <ul className="hr-list" data-testid="theory">
              {view.theory.map((f) => (
                <li key={f.labourFunctionId}>
                  {nameOf.get(f.labourFunctionId) ?? f.labourFunctionId}:{' '}
                  {t('dec.theory.line', { correct: f.correct, total: f.total, percent: f.percent })}
                </li>
              ))}
            </ul>
          )}
        </section>
      )}

      <section aria-labelledby={`${id}-practical`} className="hr-panel">
        <h2 id={`${id}-practical`}>{t('dec.practical')}</h2>
        {sheet.locked && <p className="muted">{t('dec.locked')}</p>}
        {!sheet.practical || sheet.tasks.length === 0 ? (
          <p className="muted">{t('dec.noPractical')}</p>
        ) : (
          sheet.tasks.map((task) => (
            <ChecklistTask
              // Not keyed by version: a save keeps the form (and its "Saved"); a reload starts it afresh.
              key={`${task.id}:${generation}`}
              orgId={orgId}
              candidateId={candidateId}
              task={task}
              locked={sheet.locked}
              onSaved={(next) => {
                setSheet(next);
                void loadDecision();
              }}
              onReload={() => void load().then(() => setGeneration((g) => g + 1))}
            />
          ))
        )}
      </section>

      <EvidencePanel
        orgId={orgId}
        candidateId={candidateId}
        tasks={sheet.tasks}
        evidence={sheet.evidence}
        locked={sheet.locked}
        onChange={() => void load()}
      />

      <section aria-labelledby={`${id}-results`} className="hr-panel">
        <h2 id={`${id}-results`}>{t('dec.results')}</h2>
        {view.cardAvailable ? (
          <>
            <FunctionResultsTable
              functions={view.functions}
              results={view.functionResults}
              caption={t('dec.results')}
            />
            <p data-testid="recommendation" data-outcome={view.recommendation}>
              <strong>
                {t('dec.recommendation', {
                  outcome: view.recommendation === 'passed' ? t('dec.passed') : t('dec.failed'),
                })}
              </strong>
            </p>
          </>
        ) : (
          <p className="form-error">{t('dec.noCard')}</p>
        )}
      </section>

      <DecisionPanel
        key={`${view.decision?.version ?? 0}:${view.decision?.credentialId ?? ''}:${view.blockedBy ?? ''}`}
        orgId={orgId}
        view={view}
        onChange={setView}
        onReload={() => void load()}
      />
      <AppealsPanel orgId={orgId} view={view} onChange={setView} />
    </>
  );
}
