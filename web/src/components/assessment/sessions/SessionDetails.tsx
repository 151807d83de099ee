/** The session's details and their edit form (title, date, place, status), saved with the version read. */
import { type FormEvent, useState } from 'react';
import { SESSION_STATUSES, type Session } from '../../../api/assessment-sessions';
import { api, call } from '../../../api/session';
import { formatDate } from '../../../format';
import { useI18n } from '../../../i18n';
import { HrError } from '../../hr/common';

const WORDS = { conflict: 'sess.conflict' } as const;

export function SessionDetails({
  orgId,
  session,
  onChange,
}: {
  orgId: string;
  session: Session;
  onChange: (s: Session) => void;
}) {
  const { t, lang } = useI18n();
  const [editing, setEditing] = useState(false);
  const [title, setTitle] = useState(session.title);
  const [startsOn, setStartsOn] = useState(session.startsOn);
  const [place, setPlace] = useState(session.place ?? '');
  const [status, setStatus] = useState(session.status);
  const [error, setError] = useState<unknown>(null);
  const [busy, setBusy] = useState(false);

  const save = async (e: FormEvent) => {
    e.preventDefault();
    setBusy(true);
    setError(null);
    try {
      const next = await call(
        api.PUT('/v1/orgs/{orgId}/assessment/sessions/{sessionId}', {
          params: { path: { orgId, sessionId: session.id } },
          body: { version: session.version, title, startsOn, place: place.trim() || null, status },
        }),
      );
      onChange(next);
      setEditing(false);
    } catch (err) {
      setError(err);
    } finally {
      setBusy(false);
    }
  };

  return (
    <section aria-labelledby="sess-details" className="hr-panel">
      <h2 id="sess-details">{t('sess.details')}</h2>
      <dl className="hr-facts">
        <dt>{t('sess.field.date')}</dt>
        <dd>
          <time dateTime={session.startsOn}>{formatDate(session.startsOn, lang)}</time>
        </dd>
        <dt>{t('sess.field.place')}</dt>
        <dd>{session.place ?? '—'}</dd>
        <dt>{t('sess.field.status')}</dt>
        <dd data-testid="session-status">{t(`sess.status.${session.status}`)}</dd>
        <dt>{t('sess.spec')}</dt>
        <dd>
          {session.spec.title}
          <br />
          <span className="muted">
            {t('sess.specLine', {
              card: session.spec.cardCode,
              level: session.spec.cardLevel,
              minutes: session.spec.timeLimitMinutes,
              questions: session.spec.questions,
            })}
          </span>
        </dd>
      </dl>
      {session.shortfalls.length > 0 && (
        <div className="sess-warning" role="note" data-testid="session-shortfalls">
          <p>{t('sess.shortfalls')}</p>
          <ul>
            {session.shortfalls.map((s) => (
              <li key={`${s.labourFunctionId}/${s.taskId}`}>
                {t('sess.shortfall', { task: s.taskId, available: s.available, wanted: s.wanted })}
              </li>
            ))}
          </ul>
        </div>
      )}
      {!editing ? (
        <p className="button-row sess-noprint">
          <button type="button" className="secondary" onClick={() => setEditing(true)}>
            {t('sess.edit')}
          </button>
        </p>
      ) : (
        <form className="sess-form sess-noprint" onSubmit={(e) => void save(e)}>
          <label>
            {t('sess.field.title')}
            <input value={title} onChange={(e) => setTitle(e.target.value)} required minLength={2} maxLength={300} />
          </label>
          <label>
            {t('sess.field.date')}
            <input type="date" value={startsOn} onChange={(e) => setStartsOn(e.target.value)} required />
          </label>
          <label>
            {t('sess.field.place')}
            <input value={place} onChange={(e) => setPlace(e.target.value)} maxLength={300} />
          </label>
          <label>
            {t('sess.field.status')}
            <select value={status} onChange={(e) => setStatus(e.target.value as Session['status'])}>
              {SESSION_STATUSES.map((s) => (
                <option key={s} value={s}>
                  {t(`sess.status.${s}`)}
                </option>
              ))}
            </select>
          </label>
          <p className="button-row">
            <button type="submit" disabled={busy}>
              {t('sess.save')}
            </button>
            <button type="button" className="secondary" onClick={() => setEditing(false)}>
              {t('common.cancel')}
            </button>
          </p>
          {error !== null && <HrError error={error} words={WORDS} />}
        </form>
      )}
    </section>
  );
}
