/**
 * The session's assessors. Whoever may read the members list chooses among the organisation's
 * assessors and admins; an assessor who may not can still assign themselves.
 */
import { useState } from 'react';
import type { Session } from '../../../api/assessment-sessions';
import { api, call, useMe, usePrivate } from '../../../api/session';
import { useI18n } from '../../../i18n';
import { ConfirmButton } from '../../account/ConfirmButton';
import { HrError } from '../../hr/common';

export function AssessorsPanel({
  orgId,
  session,
  onChange,
}: {
  orgId: string;
  session: Session;
  onChange: (s: Session) => void;
}) {
  const { t } = useI18n();
  const { me } = useMe();
  const members = usePrivate(`members:${orgId}`, () =>
    call(api.GET('/v1/orgs/{orgId}/members', { params: { path: { orgId } } })),
  );
  const [pick, setPick] = useState('');
  const [error, setError] = useState<unknown>(null);
  const assigned = new Set(session.assessors.map((a) => a.userId));
  const candidates = (members.data?.members ?? []).filter(
    (m) => !assigned.has(m.userId) && m.roles.some((r) => r === 'assessor' || r === 'org-admin'),
  );
  const path = (userId: string) => ({ params: { path: { orgId, sessionId: session.id, userId } } });

  const assign = async (userId: string) => {
    setError(null);
    try {
      onChange(
        await call(api.PUT('/v1/orgs/{orgId}/assessment/sessions/{sessionId}/assessors/{userId}', path(userId))),
      );
      setPick('');
    } catch (err) {
      setError(err);
    }
  };
  const unassign = async (userId: string) => {
    setError(null);
    try {
      onChange(
        await call(api.DELETE('/v1/orgs/{orgId}/assessment/sessions/{sessionId}/assessors/{userId}', path(userId))),
      );
    } catch (err) {
      setError(err);
    }
  };
  const chosen = pick || candidates[0]?.userId || '';

  return (
    <section aria-labelledby="sess-assessors" className="hr-panel">
      <h2 id="sess-assessors">{t('sess.assessors')}</h2>
      {session.assessors.length === 0 && <p className="muted">{t('sess.assessors.none')}</p>}
      <ul className="hr-list" data-testid="assessor-list">
        {session.assessors.map((a) => (
          <li key={a.userId}>
            {a.displayName} <span className="muted small">{a.email}</span>{' '}
            <ConfirmButton
              label={t('sess.assessors.remove')}
              what={a.displayName}
              question={t('sess.assessors.remove')}
              confirm={t('sess.assessors.remove')}
              onConfirm={() => unassign(a.userId)}
            />
          </li>
        ))}
      </ul>
      <div className="sess-inline sess-noprint">
        {candidates.length > 0 && (
          <>
            <label>
              {t('sess.assessors.pick')}{' '}
              <select value={chosen} onChange={(e) => setPick(e.target.value)}>
                {candidates.map((m) => (
                  <option key={m.userId} value={m.userId}>
                    {m.displayName} ({m.email})
                  </option>
                ))}
              </select>
            </label>
            <button type="button" onClick={() => void assign(chosen)} disabled={!chosen}>
              {t('sess.assessors.add')}
            </button>
          </>
        )}
        {members.error && me && !assigned.has(me.user.id) && (
          <button type="button" onClick={() => void assign(me.user.id)}>
            {t('sess.assessors.me')}
          </button>
        )}
      </div>
      {error !== null && <HrError error={error} />}
    </section>
  );
}
