/**
 * /orgs/:orgId/audit (org-admins) and /audit (platform admins: every event) — the audit trail,
 * newest first, filtered by dates and event, a page at a time ("load more" follows nextCursor),
 * and the same selection as a CSV or JSON file.
 */
import { type FormEvent, useEffect, useId, useState } from 'react';
import { type AuditEvent, type AuditList, api, call, download, usePrivate } from '../api/session';
import { AUDIT_EVENTS, AuditTable, eventName } from '../components/account/AuditTable';
import { FormError, SignedIn } from '../components/account/common';
import { Loading } from '../components/Status';
import { useTitle } from '../components/useTitle';
import { useI18n } from '../i18n';
import { Link } from '../router';

type Filters = { from: string; to: string; event: string };
type Selection = Partial<Filters>;

const LIMIT = 50;
const NO_FILTERS: Filters = { from: '', to: '', event: '' };

export default function AuditPage({ orgId }: { orgId?: string }) {
  const { t } = useI18n();
  return (
    <section aria-labelledby="audit-title" className="account-page audit-page">
      <SignedIn>{() => (orgId ? <OrgAudit orgId={orgId} /> : <Trail title={t('audit.allTitle')} />)}</SignedIn>
    </section>
  );
}

function OrgAudit({ orgId }: { orgId: string }) {
  const { t } = useI18n();
  const org = usePrivate(orgId, () => call(api.GET('/v1/orgs/{orgId}', { params: { path: { orgId } } })));
  return (
    <>
      <p className="back">
        <Link href={`/orgs/${orgId}`}>← {org.data?.name ?? t('org.title')}</Link>
      </p>
      {org.error ? (
        <FormError error={org.error} />
      ) : (
        <Trail title={t('audit.title')} subtitle={org.data?.name} orgId={orgId} />
      )}
    </>
  );
}

/** The filters that are filled in. */
function selection(filters: Filters): Selection {
  const chosen: Selection = {};
  for (const key of Object.keys(filters) as (keyof Filters)[]) {
    const value = filters[key].trim();
    if (value) chosen[key] = value;
  }
  return chosen;
}

/** A page of an organisation's trail, or of all of it (platform admins). */
function listPage(
  orgId: string | undefined,
  query: Selection & { limit: number; cursor?: string },
): Promise<AuditList> {
  return orgId
    ? call(api.GET('/v1/orgs/{orgId}/audit', { params: { path: { orgId }, query } }))
    : call(api.GET('/v1/audit', { params: { query } }));
}

function Trail({ title, subtitle, orgId }: { title: string; subtitle?: string; orgId?: string }) {
  const { t } = useI18n();
  useTitle(subtitle ? `${title}: ${subtitle}` : title);
  const [filters, setFilters] = useState<Filters>(NO_FILTERS);
  const [events, setEvents] = useState<AuditEvent[]>([]);
  const [cursor, setCursor] = useState<string | null>(null);
  const [loaded, setLoaded] = useState(false);
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<unknown>(null);

  const load = async (applied: Filters, after: string | null) => {
    setBusy(true);
    setError(null);
    try {
      const page = await listPage(orgId, { ...selection(applied), limit: LIMIT, ...(after ? { cursor: after } : {}) });
      setEvents((old) => (after ? [...old, ...page.events] : page.events));
      setCursor(page.nextCursor);
      setLoaded(true);
    } catch (err) {
      setError(err);
    } finally {
      setBusy(false);
    }
  };
  // biome-ignore lint/correctness/useExhaustiveDependencies: a new trail starts from its first page
  useEffect(() => {
    setEvents([]);
    setCursor(null);
    setLoaded(false);
    void load(NO_FILTERS, null);
  }, [orgId]);

  const exportAs = (format: 'csv' | 'json') => async () => {
    setError(null);
    try {
      const base = orgId ? `/v1/orgs/${encodeURIComponent(orgId)}/audit` : '/v1/audit';
      const query = new URLSearchParams({ ...selection(filters), format });
      await download(`/api${base}/export?${query}`, `kasip-audit.${format}`);
    } catch (err) {
      setError(err);
    }
  };
  return (
    <>
      <h1 id="audit-title">
        {title}
        {subtitle && <span className="muted">: {subtitle}</span>}
      </h1>
      <FilterForm filters={filters} onChange={setFilters} onApply={() => void load(filters, null)} busy={busy} />
      <p className="button-row">
        <button type="button" className="secondary small" onClick={exportAs('csv')}>
          {t('audit.downloadCsv')}
        </button>
        <button type="button" className="secondary small" onClick={exportAs('json')}>
          {t('audit.downloadJson')}
        </button>
      </p>
      {error ? <FormError error={error} words={{ validation_failed: 'audit.filterInvalid' }} /> : null}
      {!loaded && !error && <Loading />}
      {loaded && events.length === 0 && <p className="muted">{t('audit.none')}</p>}
      {events.length > 0 && <AuditTable events={events} />}
      {cursor && (
        <p className="button-row">
          <button type="button" className="secondary" disabled={busy} onClick={() => void load(filters, cursor)}>
            {t('audit.more')}
          </button>
        </p>
      )}
    </>
  );
}

type FilterProps = { filters: Filters; onChange: (f: Filters) => void; onApply: () => void; busy: boolean };

function FilterForm({ filters, onChange, onApply, busy }: FilterProps) {
  const { t } = useI18n();
  const id = useId();
  const submit = (event: FormEvent) => {
    event.preventDefault();
    onApply();
  };
  const date = (key: 'from' | 'to', label: string) => (
    <div className="field">
      <label htmlFor={`${id}-${key}`}>{label}</label>
      <input
        id={`${id}-${key}`}
        type="date"
        value={filters[key]}
        onChange={(e) => onChange({ ...filters, [key]: e.target.value })}
      />
    </div>
  );
  return (
    <form className="filters audit-filters" onSubmit={submit} aria-label={t('audit.filters')}>
      {date('from', t('audit.from'))}
      {date('to', t('audit.to'))}
      <div className="field">
        <label htmlFor={`${id}-event`}>{t('audit.eventFilter')}</label>
        <select
          id={`${id}-event`}
          value={filters.event}
          onChange={(e) => onChange({ ...filters, event: e.target.value })}
        >
          <option value="">{t('audit.anyEvent')}</option>
          {AUDIT_EVENTS.map((event) => (
            <option key={event} value={event}>
              {eventName(t, event)}
            </option>
          ))}
        </select>
      </div>
      <button type="submit" disabled={busy}>
        {t('audit.apply')}
      </button>
    </form>
  );
}
