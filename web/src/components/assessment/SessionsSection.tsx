/**
 * The organisation's assessment sessions on its assessment hub: the list (latest first) and a
 * form for a new session on one of the published specifications. A new session opens its page.
 */
import { type FormEvent, useState } from 'react';
import { api, call, usePrivate } from '../../api/session';
import { formatDate } from '../../format';
import { useI18n } from '../../i18n';
import { Link, navigate } from '../../router';
import { HrError } from '../hr/common';
import { Loading } from '../Status';
import './sessions/sessions.css';

const today = () => new Date().toISOString().slice(0, 10);

export function SessionsSection({ orgId }: { orgId: string }) {
  const { t, lang } = useI18n();
  const sessions = usePrivate(`sessions:${orgId}`, () =>
    call(api.GET('/v1/orgs/{orgId}/assessment/sessions', { params: { path: { orgId }, query: { limit: 200 } } })),
  );
  return (
    <section aria-labelledby="sessions-title" className="sess-section" data-testid="sessions-section">
      <h2 id="sessions-title">{t('sess.heading')}</h2>
      {!sessions.data && !sessions.error && <Loading />}
      {sessions.error && <HrError error={sessions.error} />}
      {sessions.data && sessions.data.sessions.length === 0 && <p className="muted">{t('sess.none')}</p>}
      {sessions.data && sessions.data.sessions.length > 0 && (
        <div className="sess-table-scroll">
          <table className="sess-table" data-testid="sessions-table">
            <thead>
              <tr>
                <th scope="col">{t('sess.col.title')}</th>
                <th scope="col">{t('sess.col.date')}</th>
                <th scope="col">{t('sess.col.status')}</th>
                <th scope="col">{t('sess.col.candidates')}</th>
              </tr>
            </thead>
            <tbody>
              {sessions.data.sessions.map((s) => (
                <tr key={s.id}>
                  <td>
                    <Link href={`/orgs/${orgId}/assessment/sessions/${s.id}`}>{s.title}</Link>
                    {s.demo && <span className="hr-badge"> {t('sess.demo')}</span>}
                  </td>
                  <td>
                    <time dateTime={s.startsOn}>{formatDate(s.startsOn, lang)}</time>
                  </td>
                  <td>{t(`sess.status.${s.status}`)}</td>
                  <td>{s.candidates}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
      <NewSession orgId={orgId} />
    </section>
  );
}

function NewSession({ orgId }: { orgId: string }) {
  const { t } = useI18n();
  const specs = usePrivate(`session-specs:${orgId}`, () =>
    call(api.GET('/v1/orgs/{orgId}/assessment/session-specs', { params: { path: { orgId } } })),
  );
  const [specId, setSpecId] = useState('');
  const [title, setTitle] = useState('');
  const [startsOn, setStartsOn] = useState(today);
  const [place, setPlace] = useState('');
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<unknown>(null);
  const list = specs.data?.specs ?? [];
  const chosen = specId || list[0]?.id || '';

  const submit = async (e: FormEvent) => {
    e.preventDefault();
    setBusy(true);
    setError(null);
    try {
      const created = await call(
        api.POST('/v1/orgs/{orgId}/assessment/sessions', {
          params: { path: { orgId } },
          body: { specId: chosen, title, startsOn, place: place.trim() || null },
        }),
      );
      navigate(`/orgs/${orgId}/assessment/sessions/${created.id}`);
    } catch (err) {
      setError(err);
    } finally {
      setBusy(false);
    }
  };

  return (
    <details className="sess-new sess-noprint">
      <summary>{t('sess.new')}</summary>
      {specs.error && <HrError error={specs.error} />}
      {specs.data && list.length === 0 && <p className="muted">{t('sess.new.noSpecs')}</p>}
      {list.length > 0 && (
        <form className="sess-form" onSubmit={(e) => void submit(e)} data-testid="session-new">
          <label>
            {t('sess.new.spec')}
            <select value={chosen} onChange={(e) => setSpecId(e.target.value)} required>
              {list.map((s) => (
                <option key={s.id} value={s.id}>
                  {s.title} — {s.cardCode}/{s.cardLevel}
                </option>
              ))}
            </select>
          </label>
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
          <p className="button-row">
            <button type="submit" disabled={busy || !chosen}>
              {t('sess.create')}
            </button>
          </p>
          {error !== null && <HrError error={error} />}
        </form>
      )}
    </details>
  );
}
