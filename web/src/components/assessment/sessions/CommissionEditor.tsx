/** The session's commission: members' names and roles, in order, saved together with the version read. */
import { type FormEvent, useEffect, useState } from 'react';
import type { Session } from '../../../api/assessment-sessions';
import { api, call } from '../../../api/session';
import { useI18n } from '../../../i18n';
import { HrError } from '../../hr/common';

export function CommissionEditor({
  orgId,
  session,
  onChange,
}: {
  orgId: string;
  session: Session;
  onChange: (s: Session) => void;
}) {
  const { t } = useI18n();
  const [members, setMembers] = useState(session.commission);
  const [error, setError] = useState<unknown>(null);
  const [saved, setSaved] = useState(false);
  const [busy, setBusy] = useState(false);
  const [dirty, setDirty] = useState(false);
  const stored = JSON.stringify(session.commission);
  // The page refreshes the session every few seconds: a change saved elsewhere shows unless this form is being edited.
  // biome-ignore lint/correctness/useExhaustiveDependencies: stored is the commission's value
  useEffect(() => {
    if (!dirty) setMembers(session.commission);
  }, [stored, dirty]);
  const set = (i: number, field: 'name' | 'role', value: string) => {
    setSaved(false);
    setDirty(true);
    setMembers((m) => m.map((x, j) => (j === i ? { ...x, [field]: value } : x)));
  };

  const save = async (e: FormEvent) => {
    e.preventDefault();
    setBusy(true);
    setError(null);
    try {
      const next = await call(
        api.PUT('/v1/orgs/{orgId}/assessment/sessions/{sessionId}/commission', {
          params: { path: { orgId, sessionId: session.id } },
          body: { version: session.version, members },
        }),
      );
      onChange(next);
      setDirty(false);
      setSaved(true);
    } catch (err) {
      setError(err);
    } finally {
      setBusy(false);
    }
  };

  return (
    <section aria-labelledby="sess-commission" className="hr-panel">
      <h2 id="sess-commission">{t('sess.commission')}</h2>
      <form onSubmit={(e) => void save(e)} data-testid="commission-form">
        {members.length === 0 && <p className="muted">{t('sess.commission.none')}</p>}
        <ol className="sess-commission">
          {members.map((m, i) => (
            // biome-ignore lint/suspicious/noArrayIndexKey: rows are edited in place and have no id of their own
            <li key={i} className="sess-inline">
              <label>
                {t('sess.commission.name')}
                <input
                  value={m.name}
                  onChange={(e) => set(i, 'name', e.target.value)}
                  required
                  minLength={2}
                  maxLength={200}
                />
              </label>
              <label>
                {t('sess.commission.role')}
                <input
                  value={m.role}
                  onChange={(e) => set(i, 'role', e.target.value)}
                  required
                  minLength={2}
                  maxLength={200}
                />
              </label>
              <button
                type="button"
                className="secondary small"
                aria-label={`${t('sess.commission.remove')}: ${m.name}`}
                onClick={() => {
                  setSaved(false);
                  setDirty(true);
                  setMembers((all) => all.filter((_, j) => j !== i));
                }}
              >
                ×
              </button>
            </li>
          ))}
        </ol>
        <p className="button-row sess-noprint">
          <button
            type="button"
            className="secondary"
            onClick={() => {
              setDirty(true);
              setMembers((all) => [...all, { name: '', role: '' }]);
            }}
            disabled={members.length >= 20}
          >
            {t('sess.commission.add')}
          </button>
          <button type="submit" disabled={busy}>
            {t('sess.save')}
          </button>
          {saved && (
            <span role="status" className="muted">
              {t('sess.saved')}
            </span>
          )}
        </p>
        {error !== null && <HrError error={error} words={{ conflict: 'sess.conflict' }} />}
      </form>
    </section>
  );
}
