/**
 * Enrolling candidates: people of the staff register found by name or personnel number (their
 * name comes from the record), or external candidates by name and an optional email.
 */
import { type FormEvent, useState } from 'react';
import type { Session } from '../../../api/assessment-sessions';
import type { StaffSummary } from '../../../api/hr';
import { api, call } from '../../../api/session';
import { useI18n } from '../../../i18n';
import { HrError } from '../../hr/common';

export function EnrolPanel({
  orgId,
  session,
  onChange,
}: {
  orgId: string;
  session: Session;
  onChange: (s: Session) => void;
}) {
  const { t } = useI18n();
  const [q, setQ] = useState('');
  const [found, setFound] = useState<StaffSummary[] | null>(null);
  const [fullName, setFullName] = useState('');
  const [email, setEmail] = useState('');
  const [error, setError] = useState<unknown>(null);
  const [busy, setBusy] = useState(false);
  const enrolled = new Set(session.candidates.map((c) => c.staffId).filter(Boolean));

  const enrol = async (body: { staffIds?: string[]; external?: { fullName: string; email: string | null }[] }) => {
    setBusy(true);
    setError(null);
    try {
      onChange(
        await call(
          api.POST('/v1/orgs/{orgId}/assessment/sessions/{sessionId}/candidates', {
            params: { path: { orgId, sessionId: session.id } },
            body,
          }),
        ),
      );
      return true;
    } catch (err) {
      setError(err);
      return false;
    } finally {
      setBusy(false);
    }
  };

  const search = async (e: FormEvent) => {
    e.preventDefault();
    setError(null);
    try {
      const page = await call(
        api.GET('/v1/orgs/{orgId}/staff', {
          params: { path: { orgId }, query: { q: q.trim() || undefined, limit: 20 } },
        }),
      );
      setFound(page.staff);
    } catch (err) {
      setError(err);
    }
  };

  const addExternal = async (e: FormEvent) => {
    e.preventDefault();
    if (await enrol({ external: [{ fullName, email: email.trim() || null }] })) {
      setFullName('');
      setEmail('');
    }
  };

  return (
    <section aria-labelledby="sess-enrol" className="hr-panel sess-noprint">
      <h2 id="sess-enrol">{t('sess.candidates')}</h2>
      <h3>{t('sess.enrol.staff')}</h3>
      <form className="sess-inline" onSubmit={(e) => void search(e)}>
        <label>
          {t('sess.enrol.search')}{' '}
          <input type="search" value={q} onChange={(e) => setQ(e.target.value)} maxLength={100} />
        </label>
        <button type="submit">{t('sess.enrol.find')}</button>
      </form>
      {found && found.length === 0 && <p className="muted">{t('sess.enrol.noStaff')}</p>}
      {found && found.length > 0 && (
        <ul className="hr-list" data-testid="staff-picker">
          {found.map((s) => (
            <li key={s.id}>
              {s.fullName} <span className="muted small">{s.personnelNo}</span>{' '}
              <button
                type="button"
                className="small"
                disabled={busy || enrolled.has(s.id)}
                aria-label={`${t('sess.enrol.add')}: ${s.fullName}`}
                onClick={() => void enrol({ staffIds: [s.id] })}
              >
                {t('sess.enrol.add')}
              </button>
            </li>
          ))}
        </ul>
      )}
      <h3>{t('sess.enrol.external')}</h3>
      <form className="sess-inline" onSubmit={(e) => void addExternal(e)} data-testid="enrol-external">
        <label>
          {t('sess.enrol.fullName')}{' '}
          <input
            value={fullName}
            onChange={(e) => setFullName(e.target.value)}
            required
            minLength={2}
            maxLength={200}
          />
        </label>
        <label>
          {t('sess.enrol.email')}{' '}
          <input type="email" value={email} onChange={(e) => setEmail(e.target.value)} maxLength={254} />
        </label>
        <button type="submit" disabled={busy}>
          {t('sess.enrol.add')}
        </button>
      </form>
      {error !== null && <HrError error={error} />}
    </section>
  );
}
