/**
 * A session's results at /orgs/{orgId}/assessment/sessions/{sid}/results: every candidate with
 * their results per labour function, the recommendation, the decision and the certificate; then
 * the item analysis of the test with its flags and sending the flagged items to review. Prints
 * as a protocol-like page.
 */
import { useCallback, useEffect, useId, useState } from 'react';
import { type Psychometrics, type SessionResults, psychometrics, sessionResults } from '../../api/assessment-decisions';
import type { Me } from '../../api/session';
import { SignedIn } from '../../components/account/common';
import { PsychometricsPanel } from '../../components/assessment/decisions/PsychometricsPanel';
import { HrError } from '../../components/hr/common';
import { Loading } from '../../components/Status';
import { formatPercent } from '../../format';
import { useI18n } from '../../i18n';
import { Link } from '../../router';
import '../../components/assessment/decisions/decisions.css';
import '../../styles/hr.css';

export default function SessionResultsPage({ orgId, sessionId }: { orgId: string; sessionId: string }) {
  const { t } = useI18n();
  return (
    <section aria-labelledby="results-title" className="account-page hr-page dec-page">
      <p className="back dec-noprint">
        <Link href={`/orgs/${orgId}/assessment/sessions/${sessionId}`}>← {t('dec.back')}</Link>
      </p>
      <SignedIn>{(me) => <ResultsView orgId={orgId} sessionId={sessionId} me={me} />}</SignedIn>
    </section>
  );
}

/** Sending items to review needs assessment.manage: the org's admin or an assessor (or the platform admin). */
const canManage = (me: Me, orgId: string) =>
  me.user.platformRoles.includes('admin') ||
  me.memberships.some((m) => m.org.id === orgId && (m.roles.includes('org-admin') || m.roles.includes('assessor')));

function ResultsView({ orgId, sessionId, me }: { orgId: string; sessionId: string; me: Me }) {
  const { t, lang } = useI18n();
  const id = useId();
  const [results, setResults] = useState<SessionResults | null>(null);
  const [stats, setStats] = useState<Psychometrics | null>(null);
  const [error, setError] = useState<unknown>(null);
  const load = useCallback(async () => {
    try {
      const [r, s] = await Promise.all([sessionResults(orgId, sessionId, lang), psychometrics(orgId, sessionId)]);
      setResults(r);
      setStats(s);
      setError(null);
    } catch (err) {
      setError(err);
    }
  }, [orgId, sessionId, lang]);
  useEffect(() => {
    void load();
  }, [load]);

  if (!results || !stats) return error ? <HrError error={error} /> : <Loading />;
  const outcome = (o: 'passed' | 'failed' | null) =>
    o === null ? t('dec.notDecided') : o === 'passed' ? t('dec.passed') : t('dec.failed');
  return (
    <>
      <h1 id="results-title">
        {t('dec.sessionResults')}: {results.title}
      </h1>
      <p className="hr-actions dec-noprint">
        <button type="button" className="secondary" onClick={() => window.print()}>
          {t('dec.print')}
        </button>
      </p>
      {error !== null && <HrError error={error} />}
      <section aria-labelledby={`${id}-c`} className="hr-panel">
        <h2 id={`${id}-c`}>{t('dec.results')}</h2>
        {results.candidates.length === 0 ? (
          <p className="muted">{t('dec.noCandidates')}</p>
        ) : (
          <div className="hr-table-scroll">
            <table className="hr-table" data-testid="session-results">
              <thead>
                <tr>
                  <th scope="col">{t('dec.col.candidate')}</th>
                  {results.functions.map((f) => (
                    <th scope="col" key={f.labourFunctionId}>
                      {f.name}
                    </th>
                  ))}
                  <th scope="col">{t('dec.col.recommendation')}</th>
                  <th scope="col">{t('dec.col.decision')}</th>
                  <th scope="col">{t('dec.col.certificate')}</th>
                </tr>
              </thead>
              <tbody>
                {results.candidates.map((c) => (
                  <tr key={c.id} data-decision={c.decision ?? ''}>
                    <th scope="row">
                      <Link href={`/orgs/${orgId}/assessment/sessions/${sessionId}/candidates/${c.id}`}>
                        {c.fullName}
                      </Link>
                    </th>
                    {results.functions.map((f) => {
                      const r = c.functionResults.find((x) => x.labourFunctionId === f.labourFunctionId);
                      return (
                        <td key={f.labourFunctionId} className={r?.passed ? 'dec-pass' : 'dec-fail'}>
                          {r ? (r.passed ? t('dec.passed') : t('dec.failed')) : '—'}
                          {r && (
                            <span className="muted small">
                              {' '}
                              (
                              {[r.theoryPercent, r.practicalPercent]
                                .map((p) => (p === null ? '–' : formatPercent(p, lang)))
                                .join(' / ')}
                              )
                            </span>
                          )}
                        </td>
                      );
                    })}
                    <td>{outcome(c.recommendation)}</td>
                    <td>
                      <strong>{outcome(c.decision)}</strong>
                    </td>
                    <td>
                      {c.credentialId ? <Link href={`/verify/${c.credentialId}`}>{t('dec.verifyLink')}</Link> : '—'}
                    </td>
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
        )}
      </section>
      <PsychometricsPanel
        orgId={orgId}
        sessionId={sessionId}
        stats={stats}
        canManage={canManage(me, orgId)}
        onChange={setStats}
      />
    </>
  );
}
