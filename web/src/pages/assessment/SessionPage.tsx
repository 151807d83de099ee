/**
 * One assessment session at /orgs/{orgId}/assessment/sessions/{id}: its details, commission,
 * assessors and candidates, each candidate's test link and progress (refreshed every few seconds
 * while the page is visible), and the way to the results and decisions.
 */
import { useCallback, useEffect, useState } from 'react';
import type { Session } from '../../api/assessment-sessions';
import { api, call } from '../../api/session';
import { AssessorsPanel } from '../../components/assessment/sessions/AssessorsPanel';
import { CommissionEditor } from '../../components/assessment/sessions/CommissionEditor';
import { EnrolPanel } from '../../components/assessment/sessions/EnrolPanel';
import { ProgressTable } from '../../components/assessment/sessions/ProgressTable';
import { SessionDetails } from '../../components/assessment/sessions/SessionDetails';
import { SignedIn } from '../../components/account/common';
import { HrError } from '../../components/hr/common';
import { Loading } from '../../components/Status';
import { useI18n } from '../../i18n';
import { Link } from '../../router';
import '../../components/assessment/sessions/sessions.css';
import '../../styles/hr.css';

const REFRESH_MS = 5000;

export default function SessionPage({ orgId, sessionId }: { orgId: string; sessionId: string }) {
  const { t } = useI18n();
  return (
    <section aria-labelledby="session-title" className="account-page hr-page sess-page">
      <p className="back sess-noprint">
        <Link href={`/orgs/${orgId}/assessment`}>← {t('sess.back')}</Link>
      </p>
      <SignedIn>{() => <SessionView orgId={orgId} sessionId={sessionId} />}</SignedIn>
    </section>
  );
}

function SessionView({ orgId, sessionId }: { orgId: string; sessionId: string }) {
  const { t } = useI18n();
  const [session, setSession] = useState<Session | null>(null);
  const [error, setError] = useState<unknown>(null);
  const load = useCallback(async () => {
    try {
      setSession(
        await call(
          api.GET('/v1/orgs/{orgId}/assessment/sessions/{sessionId}', { params: { path: { orgId, sessionId } } }),
        ),
      );
      setError(null);
    } catch (err) {
      setError(err);
    }
  }, [orgId, sessionId]);
  useEffect(() => {
    void load();
    const timer = setInterval(() => {
      if (document.visibilityState === 'visible') void load();
    }, REFRESH_MS);
    return () => clearInterval(timer);
  }, [load]);

  if (!session) return error ? <HrError error={error} /> : <Loading />;
  return (
    <>
      <h1 id="session-title">
        {session.title}
        {session.demo && <span className="hr-badge"> {t('sess.demo')}</span>}
      </h1>
      {error !== null && <HrError error={error} />}
      <p className="sess-noprint">
        <Link href={`/orgs/${orgId}/assessment/sessions/${session.id}/results`}>{t('sess.results')} →</Link>
      </p>
      <SessionDetails key={`d${session.version}`} orgId={orgId} session={session} onChange={setSession} />
      <ProgressTable orgId={orgId} session={session} onChange={setSession} />
      <EnrolPanel orgId={orgId} session={session} onChange={setSession} />
      <AssessorsPanel orgId={orgId} session={session} onChange={setSession} />
      <CommissionEditor orgId={orgId} session={session} onChange={setSession} />
    </>
  );
}
