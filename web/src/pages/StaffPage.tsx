/**
 * /orgs/:orgId/staff — the organisation's staff register for an HR officer or org-admin: search,
 * pages of people with their card, category (and whether it is stale) and attestation due date,
 * links to import, export (downloads that show an error instead of saving it), the attestation
 * schedule and the dashboard.
 */
import { type FormEvent, useState } from 'react';
import { isStale } from '../api/hr';
import { api, call, usePrivate } from '../api/session';
import { FormError } from '../components/account/common';
import { FileLink } from '../components/hr/FileLink';
import { RecomputeCategories } from '../components/hr/RecomputeCategories';
import { CategoryWord, HrFrame, IsoDate, WindowBadge } from '../components/hr/common';
import { Loading } from '../components/Status';
import { useTitle } from '../components/useTitle';
import { useI18n } from '../i18n';
import { Link } from '../router';

const PAGE = 25;

export default function StaffPage({ orgId }: { orgId: string }) {
  const { t } = useI18n();
  useTitle(t('hr.register.title'));
  return (
    <HrFrame orgId={orgId} titleId="staff-title" title={t('hr.register.title')} back="org">
      {() => <Register orgId={orgId} />}
    </HrFrame>
  );
}

function Register({ orgId }: { orgId: string }) {
  const { t, lang } = useI18n();
  const [text, setText] = useState('');
  const [query, setQuery] = useState('');
  const [offset, setOffset] = useState(0);
  const list = usePrivate(`${orgId}|${query}|${offset}|${lang}`, () =>
    call(
      api.GET('/v1/orgs/{orgId}/staff', {
        params: { path: { orgId }, query: { q: query || undefined, limit: PAGE, offset, lang } },
      }),
    ),
  );
  const submit = (event: FormEvent) => {
    event.preventDefault();
    setQuery(text.trim());
    setOffset(0);
  };
  const base = `/api/v1/orgs/${encodeURIComponent(orgId)}`;
  const data = list.data;
  return (
    <>
      <p className="button-row hr-actions hr-noprint">
        <Link className="button" href={`/orgs/${orgId}/staff/import`} data-testid="staff-import-link">
          {t('hr.import')}
        </Link>
        <FileLink
          className="button secondary"
          href={`${base}/staff-export?format=csv&lang=${lang}`}
          fileName="staff.csv"
          testId="export-csv"
        >
          {t('hr.exportCsv')}
        </FileLink>
        <FileLink
          className="button secondary"
          href={`${base}/staff-export?format=xlsx&lang=${lang}`}
          fileName="staff.xlsx"
          testId="export-xlsx"
        >
          {t('hr.exportXlsx')}
        </FileLink>
        <Link className="button secondary" href={`/orgs/${orgId}/attestation`} data-testid="schedule-link">
          {t('hr.scheduleLink')}
        </Link>
        <Link className="button secondary" href={`/orgs/${orgId}/staff/dashboard`} data-testid="dashboard-link">
          {t('hr.dash.title')}
        </Link>
      </p>
      <search className="hr-search hr-noprint">
        <form className="hr-search" onSubmit={submit}>
          <label htmlFor="staff-q">{t('hr.search')}</label>
          <input id="staff-q" type="search" value={text} onChange={(e) => setText(e.target.value)} />
          <button type="submit">{t('hr.searchButton')}</button>
        </form>
      </search>
      {data && data.total > 0 && (
        <RecomputeCategories
          orgId={orgId}
          stale={data.staff.filter((s) => isStale(s.category)).length}
          onDone={list.reload}
        />
      )}
      {list.error && <FormError error={list.error} />}
      {!data && !list.error && <Loading />}
      {data && data.total === 0 && <p className="notice">{query ? t('hr.noMatch') : t('hr.empty')}</p>}
      {data && data.total > 0 && (
        <>
          <div className="table-scroll hr-table-scroll">
            <table className="hr-table" data-testid="staff-table">
              <thead>
                <tr>
                  <th scope="col">{t('hr.th.personnelNo')}</th>
                  <th scope="col">{t('hr.th.name')}</th>
                  <th scope="col">{t('hr.th.card')}</th>
                  <th scope="col">{t('hr.th.category')}</th>
                  <th scope="col">{t('hr.th.due')}</th>
                  <th scope="col">{t('hr.th.status')}</th>
                </tr>
              </thead>
              <tbody>
                {data.staff.map((s) => (
                  <tr key={s.id} data-personnel-no={s.personnelNo}>
                    <td>{s.personnelNo}</td>
                    <td>
                      <Link href={`/orgs/${orgId}/staff/${s.id}`}>{s.fullName}</Link>
                    </td>
                    <td>
                      {s.position.cardCode} / {s.position.level}
                      {s.position.title && <div className="muted small">{s.position.title}</div>}
                    </td>
                    <td>
                      <CategoryWord category={s.category} />
                    </td>
                    <td>
                      <IsoDate iso={s.attestation.due} />
                    </td>
                    <td>
                      <WindowBadge window={s.attestation} />
                    </td>
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
          <nav className="hr-pager hr-noprint" aria-label={t('hr.register.title')}>
            <button
              type="button"
              className="secondary"
              disabled={offset === 0}
              onClick={() => setOffset(Math.max(0, offset - PAGE))}
            >
              {t('hr.prev')}
            </button>
            <span data-testid="staff-total">
              {t('hr.pageOf', {
                from: data.offset + 1,
                to: data.offset + data.staff.length,
                total: data.total,
              })}
            </span>
            <button
              type="button"
              className="secondary"
              disabled={offset + PAGE >= data.total}
              onClick={() => setOffset(offset + PAGE)}
            >
              {t('hr.next')}
            </button>
          </nav>
        </>
      )}
    </>
  );
}
