/**
 * Each candidate's test: progress (refreshed by the page every few seconds), the secret test
 * link (made or remade here and shown once), a link to the candidate's page, and removal while
 * they have not started.
 */
import { useState } from 'react';
import { clock, type Session, type SessionCandidate } from '../../../api/assessment-sessions';
import { api, call } from '../../../api/session';
import { useI18n } from '../../../i18n';
import { Link } from '../../../router';
import { ConfirmButton } from '../../account/ConfirmButton';
import { OnceBox } from '../../account/OnceBox';
import { HrError } from '../../hr/common';

export function ProgressTable({
  orgId,
  session,
  onChange,
}: {
  orgId: string;
  session: Session;
  onChange: (s: Session) => void;
}) {
  const { t } = useI18n();
  const [link, setLink] = useState<{ name: string; url: string } | null>(null);
  const [error, setError] = useState<unknown>(null);
  const path = (candidateId: string) => ({ params: { path: { orgId, sessionId: session.id, candidateId } } });

  const makeLink = async (c: SessionCandidate) => {
    setError(null);
    try {
      const out = await call(
        api.POST('/v1/orgs/{orgId}/assessment/sessions/{sessionId}/candidates/{candidateId}/test-link', path(c.id)),
      );
      setLink({ name: c.fullName, url: out.url });
      onChange({
        ...session,
        candidates: session.candidates.map((x) => (x.id === c.id ? { ...x, hasLink: true } : x)),
      });
    } catch (err) {
      setError(err);
    }
  };
  const remove = async (c: SessionCandidate) => {
    setError(null);
    try {
      onChange(
        await call(api.DELETE('/v1/orgs/{orgId}/assessment/sessions/{sessionId}/candidates/{candidateId}', path(c.id))),
      );
    } catch (err) {
      setError(err);
    }
  };
  const progress = (c: SessionCandidate) => {
    const p = c.progress;
    if (p.state === 'not-started') return t('sess.state.not-started');
    return t(`sess.state.${p.state}`, { answered: p.answered, total: p.total, time: clock(p.secondsLeft) });
  };

  return (
    <section aria-labelledby="sess-progress" className="hr-panel">
      <h2 id="sess-progress">{t('sess.progress')}</h2>
      <p className="muted small sess-noprint">{t('sess.progress.refreshing')}</p>
      {link && (
        <OnceBox
          label={t('sess.link.label', { name: link.name })}
          value={link.url}
          hint={t('sess.link.once')}
          testId="test-link"
        />
      )}
      {session.candidates.length === 0 ? (
        <p className="muted">{t('sess.candidates.none')}</p>
      ) : (
        <div className="sess-table-scroll">
          <table className="sess-table" data-testid="progress-table">
            <thead>
              <tr>
                <th scope="col">{t('sess.col.name')}</th>
                <th scope="col">{t('sess.col.progress')}</th>
                <th scope="col" className="sess-noprint">
                  {t('sess.col.link')}
                </th>
              </tr>
            </thead>
            <tbody>
              {session.candidates.map((c) => (
                <tr key={c.id} data-candidate={c.id}>
                  <td>
                    <Link href={`/orgs/${orgId}/assessment/sessions/${session.id}/candidates/${c.id}`}>
                      {c.fullName}
                    </Link>
                    {c.email && <div className="muted small">{c.email}</div>}
                  </td>
                  <td data-state={c.progress.state} aria-live="off">
                    {progress(c)}
                  </td>
                  <td className="sess-noprint">
                    {c.hasLink ? (
                      <ConfirmButton
                        label={t('sess.link.remake')}
                        what={c.fullName}
                        question={t('sess.link.remakeQuestion')}
                        confirm={t('sess.link.remake')}
                        onConfirm={() => makeLink(c)}
                      />
                    ) : (
                      <button
                        type="button"
                        className="small"
                        onClick={() => void makeLink(c)}
                        aria-label={`${t('sess.link.make')}: ${c.fullName}`}
                      >
                        {t('sess.link.make')}
                      </button>
                    )}{' '}
                    {c.progress.state === 'not-started' && (
                      <ConfirmButton
                        label={t('sess.candidate.remove')}
                        what={c.fullName}
                        question={t('sess.candidate.removeQuestion')}
                        confirm={t('sess.candidate.remove')}
                        onConfirm={() => remove(c)}
                      />
                    )}
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
      {error !== null && <HrError error={error} />}
    </section>
  );
}
