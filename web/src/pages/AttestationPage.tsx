/**
 * /orgs/:orgId/attestation — the attestation schedule: who is overdue, who is due within 30, 60
 * or 90 days, who is on leave (each linking to the person); the commissions and a form to add
 * one; the organisation's attestation numbers; the calendar file and subscriptions.
 */
import { type FormEvent, useState } from 'react';
import type { AttestationPolicy, ScheduleEntry } from '../api/hr';
import { api, call, usePrivate } from '../api/session';
import { FormError } from '../components/account/common';
import { CalendarFeeds } from '../components/hr/CalendarFeeds';
import { FileLink } from '../components/hr/FileLink';
import { HrFrame, IsoDate, WindowBadge } from '../components/hr/common';
import { Loading } from '../components/Status';
import { useTitle } from '../components/useTitle';
import { useI18n } from '../i18n';
import { Link } from '../router';

export default function AttestationPage({ orgId }: { orgId: string }) {
  const { t } = useI18n();
  useTitle(t('hr.sched.title'));
  return (
    <HrFrame orgId={orgId} titleId="sched-title" title={t('hr.sched.title')}>
      {() => (
        <>
          <ScheduleView orgId={orgId} />
          <CalendarFeeds orgId={orgId} />
          <Commissions orgId={orgId} />
          <Policy orgId={orgId} />
        </>
      )}
    </HrFrame>
  );
}

function ScheduleView({ orgId }: { orgId: string }) {
  const { t, lang } = useI18n();
  const [within, setWithin] = useState<30 | 60 | 90>(90);
  const schedule = usePrivate(`${orgId}|${within}`, () =>
    call(api.GET('/v1/orgs/{orgId}/attestation-schedule', { params: { path: { orgId }, query: { within } } })),
  );
  const data = schedule.data;
  return (
    <section aria-labelledby="sched-lists" data-testid="schedule">
      <h2 id="sched-lists" className="visually-hidden">
        {t('hr.sched.title')}
      </h2>
      <p className="button-row hr-noprint">
        <label htmlFor="sched-within">{t('hr.sched.within')}</label>
        <select id="sched-within" value={within} onChange={(e) => setWithin(Number(e.target.value) as 30 | 60 | 90)}>
          {([30, 60, 90] as const).map((d) => (
            <option key={d} value={d}>
              {t('hr.sched.days', { days: d })}
            </option>
          ))}
        </select>
        <FileLink
          className="button secondary"
          href={`/api/v1/orgs/${encodeURIComponent(orgId)}/attestation-calendar?lang=${lang}`}
          fileName="attestations.ics"
          testId="calendar-link"
        >
          {t('hr.ics')}
        </FileLink>
      </p>
      {schedule.error && <FormError error={schedule.error} />}
      {!data && !schedule.error && <Loading />}
      {data && (
        <>
          <p className="muted">{t('hr.sched.today', { date: data.today })}</p>
          <dl className="hr-counts" data-testid="schedule-counts">
            <div className="hr-count hr-count-reject">
              <dt>{t('hr.sched.overdue')}</dt>
              <dd>{data.counts.overdue}</dd>
            </div>
            {([30, 60, 90] as const).map((d) => (
              <div key={d} className="hr-count">
                <dt>{t('hr.sched.days', { days: d })}</dt>
                <dd>{data.counts[`d${d}`]}</dd>
              </div>
            ))}
            <div className="hr-count">
              <dt>{t('hr.sched.onLeave')}</dt>
              <dd>{data.counts.onLeave}</dd>
            </div>
          </dl>
          <EntryList orgId={orgId} title={t('hr.sched.overdue')} entries={data.overdue} testId="sched-overdue" />
          <EntryList
            orgId={orgId}
            title={`${t('hr.sched.due')} (${t('hr.sched.days', { days: within })})`}
            entries={data.due}
            testId="sched-due"
          />
          <EntryList orgId={orgId} title={t('hr.sched.onLeave')} entries={data.onLeave} testId="sched-leave" />
        </>
      )}
    </section>
  );
}

function EntryList({
  orgId,
  title,
  entries,
  testId,
}: {
  orgId: string;
  title: string;
  entries: ScheduleEntry[];
  testId: string;
}) {
  const { t } = useI18n();
  return (
    <section className="hr-panel" data-testid={testId}>
      <h3>
        {title} ({entries.length})
      </h3>
      {entries.length === 0 ? (
        <p className="muted">{t('hr.sched.none')}</p>
      ) : (
        <ul className="hr-list">
          {entries.map((e) => (
            <li key={e.staffId}>
              <Link href={`/orgs/${orgId}/staff/${e.staffId}`}>{e.fullName}</Link>{' '}
              <span className="muted">
                {e.personnelNo} · {e.position.cardCode}/{e.position.level} ·{' '}
              </span>
              <IsoDate iso={e.window.due} /> <WindowBadge window={e.window} />
              {e.open && <span className="muted"> · {t('hr.sched.open', { date: e.open.scheduledOn })}</span>}
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}

function Commissions({ orgId }: { orgId: string }) {
  const { t } = useI18n();
  const list = usePrivate(`commissions|${orgId}`, () =>
    call(api.GET('/v1/orgs/{orgId}/commissions', { params: { path: { orgId } } })),
  );
  const [name, setName] = useState('');
  const [chair, setChair] = useState('');
  const [members, setMembers] = useState('');
  const [secretary, setSecretary] = useState('');
  const [error, setError] = useState<unknown>(null);
  const [saved, setSaved] = useState(false);
  const submit = async (event: FormEvent) => {
    event.preventDefault();
    setError(null);
    setSaved(false);
    try {
      await call(
        api.POST('/v1/orgs/{orgId}/commissions', {
          params: { path: { orgId } },
          body: {
            commission: {
              name: name.trim(),
              chair: chair.trim(),
              secretary: secretary.trim() || null,
              members: members
                .split('\n')
                .map((m) => m.trim())
                .filter(Boolean),
            },
          },
        }),
      );
      setName('');
      setChair('');
      setMembers('');
      setSecretary('');
      setSaved(true);
      list.reload();
    } catch (e) {
      setError(e);
    }
  };
  return (
    <section aria-labelledby="comm-title" className="hr-panel" data-testid="commissions">
      <h2 id="comm-title">{t('hr.comm.heading')}</h2>
      {list.error && <FormError error={list.error} />}
      {list.data && list.data.commissions.length === 0 && <p className="muted">{t('hr.comm.none')}</p>}
      <ul className="hr-list">
        {list.data?.commissions.map((c) => (
          <li key={c.id}>
            <strong>{c.name}</strong> — {t('hr.comm.chair')}: {c.chair}; {c.members.join(', ')}
            {c.secretary && (
              <>
                ; {t('hr.comm.secretary')}: {c.secretary}
              </>
            )}
          </li>
        ))}
      </ul>
      <form className="hr-step hr-noprint" onSubmit={submit} data-testid="commission-form">
        <h3>{t('hr.comm.add')}</h3>
        <div className="hr-grid">
          <div className="hr-field">
            <label htmlFor="comm-name">{t('hr.comm.name')}</label>
            <input id="comm-name" value={name} onChange={(e) => setName(e.target.value)} required minLength={2} />
          </div>
          <div className="hr-field">
            <label htmlFor="comm-chair">{t('hr.comm.chair')}</label>
            <input id="comm-chair" value={chair} onChange={(e) => setChair(e.target.value)} required minLength={2} />
          </div>
          <div className="hr-field">
            <label htmlFor="comm-members">{t('hr.comm.members')}</label>
            <textarea
              id="comm-members"
              value={members}
              onChange={(e) => setMembers(e.target.value)}
              rows={3}
              required
            />
          </div>
          <div className="hr-field">
            <label htmlFor="comm-secretary">{t('hr.comm.secretary')}</label>
            <input id="comm-secretary" value={secretary} onChange={(e) => setSecretary(e.target.value)} />
          </div>
        </div>
        {error !== null && <FormError error={error} />}
        {saved && (
          <p className="notice" role="status">
            {t('hr.comm.added')}
          </p>
        )}
        <button type="submit">{t('hr.comm.add')}</button>
      </form>
    </section>
  );
}

const POLICY_FIELDS = [
  'everyYears',
  'minMonthsInPosition',
  'minMonthsAfterChildCareLeave',
  'categoryValidYears',
  'passPercent',
  'dueSoonDays',
] as const;

function Policy({ orgId }: { orgId: string }) {
  const { t } = useI18n();
  const policy = usePrivate(`policy|${orgId}`, () =>
    call(api.GET('/v1/orgs/{orgId}/attestation-policy', { params: { path: { orgId } } })),
  );
  return (
    <section aria-labelledby="policy-title" className="hr-panel">
      <h2 id="policy-title">{t('hr.policy.heading')}</h2>
      {policy.error && <FormError error={policy.error} />}
      {!policy.data && !policy.error && <Loading />}
      {policy.data && <PolicyForm orgId={orgId} policy={policy.data} onSaved={policy.reload} />}
    </section>
  );
}

function PolicyForm({ orgId, policy, onSaved }: { orgId: string; policy: AttestationPolicy; onSaved: () => void }) {
  const { t } = useI18n();
  const [values, setValues] = useState<AttestationPolicy>(policy);
  const [error, setError] = useState<unknown>(null);
  const [saved, setSaved] = useState(false);
  const submit = async (event: FormEvent) => {
    event.preventDefault();
    setError(null);
    setSaved(false);
    try {
      await call(
        api.PUT('/v1/orgs/{orgId}/attestation-policy', { params: { path: { orgId } }, body: { policy: values } }),
      );
      setSaved(true);
      onSaved();
    } catch (e) {
      setError(e);
    }
  };
  return (
    <form className="hr-step" onSubmit={submit}>
      <div className="hr-grid">
        {POLICY_FIELDS.map((f) => (
          <div className="hr-field" key={f}>
            <label htmlFor={`policy-${f}`}>{t(`hr.policy.${f}`)}</label>
            <input
              id={`policy-${f}`}
              type="number"
              min={0}
              value={values[f]}
              onChange={(e) => setValues((v) => ({ ...v, [f]: Number(e.target.value) }))}
              required
            />
          </div>
        ))}
      </div>
      {error !== null && <FormError error={error} />}
      {saved && (
        <p className="notice" role="status">
          {t('hr.saved')}
        </p>
      )}
      <button type="submit" className="hr-noprint">
        {t('hr.policy.save')}
      </button>
    </form>
  );
}
