/**
 * /orgs/:orgId/staff/dashboard — the organisation's staff at a glance: how many people, their
 * categories by card and level, attestations overdue and coming due, skill coverage as a heat map
 * (one table per card: people against that card's labour functions), and development plans.
 * Downloads as XLSX and PDF; the page itself prints.
 */
import type { HrDashboard } from '../api/hr';
import { api, call, usePrivate } from '../api/session';
import { FileLink } from '../components/hr/FileLink';
import { HrError, HrFrame } from '../components/hr/common';
import { Loading } from '../components/Status';
import { useTitle } from '../components/useTitle';
import { formatPercent } from '../format';
import { type Translate, useI18n } from '../i18n';
import type { MessageKey } from '../i18n/kk';
import { Link } from '../router';

export default function StaffDashboardPage({ orgId }: { orgId: string }) {
  const { t } = useI18n();
  useTitle(t('hr.dash.title'));
  return (
    <HrFrame orgId={orgId} titleId="dash-title" title={t('hr.dash.title')}>
      {() => <Dashboard orgId={orgId} />}
    </HrFrame>
  );
}

const CATEGORY_COLUMNS = [
  'higher',
  'first',
  'second',
  'none',
  'not-met',
  'no-requirements',
  'no-card',
  'not-computed',
] as const satisfies readonly (keyof HrDashboard['categories'][number]['counts'])[];

const categoryWord = (t: Translate, key: (typeof CATEGORY_COLUMNS)[number]): string => {
  if (key === 'higher' || key === 'first' || key === 'second' || key === 'none') return t(`form.category.${key}`);
  if (key === 'not-computed') return t('hr.noCategory');
  return t(`hr.catStatus.${key}`);
};

/** The heat map's steps: the lower bound of each, with its word. */
export const COVERAGE_STEPS = [
  { from: 0, key: 'hr.dash.step0' },
  { from: 25, key: 'hr.dash.step1' },
  { from: 50, key: 'hr.dash.step2' },
  { from: 75, key: 'hr.dash.step3' },
] as const satisfies readonly { from: number; key: MessageKey }[];

export function coverageStep(percent: number | null): number | null {
  if (percent === null) return null;
  let step = 0;
  COVERAGE_STEPS.forEach((s, i) => {
    if (percent >= s.from) step = i;
  });
  return step;
}

function Dashboard({ orgId }: { orgId: string }) {
  const { t, lang } = useI18n();
  // The JSON answer (the same path also answers files, hence the narrowing).
  const dash = usePrivate(
    `dashboard|${orgId}|${lang}`,
    async () =>
      (await call(
        api.GET('/v1/orgs/{orgId}/hr-dashboard', { params: { path: { orgId }, query: { lang } } }),
      )) as HrDashboard,
  );
  const base = `/api/v1/orgs/${encodeURIComponent(orgId)}/hr-dashboard`;
  const data = dash.data;
  return (
    <>
      <p className="button-row hr-actions hr-noprint">
        <FileLink
          className="button secondary"
          href={`${base}?format=xlsx&lang=${lang}`}
          fileName="hr-dashboard.xlsx"
          testId="dash-xlsx"
        >
          {t('hr.dash.xlsx')}
        </FileLink>
        <FileLink
          className="button secondary"
          href={`${base}?format=pdf&lang=${lang}`}
          fileName="hr-dashboard.pdf"
          testId="dash-pdf"
        >
          {t('hr.dash.pdf')}
        </FileLink>
        <button type="button" className="secondary" onClick={() => window.print()}>
          {t('hr.dash.print')}
        </button>
      </p>
      {dash.error && <HrError error={dash.error} />}
      {!data && !dash.error && <Loading />}
      {data && <DashboardBody orgId={orgId} data={data} />}
    </>
  );
}

function DashboardBody({ orgId, data }: { orgId: string; data: HrDashboard }) {
  const { t } = useI18n();
  const byCard = new Map<string, HrDashboard['coverage']>();
  for (const row of data.coverage) byCard.set(row.card, [...(byCard.get(row.card) ?? []), row]);
  const due = data.attestations;
  const plans = data.plans;
  return (
    <div data-testid="dashboard">
      <p className="muted">{t('hr.sched.today', { date: data.today })}</p>
      <dl className="hr-counts" data-testid="dash-counts">
        <div className="hr-count">
          <dt>{t('hr.dash.staffTotal')}</dt>
          <dd data-testid="dash-staff-total">{data.staffTotal}</dd>
        </div>
      </dl>

      <section aria-labelledby="dash-cat" className="hr-panel">
        <h2 id="dash-cat">{t('hr.dash.categories')}</h2>
        {data.categories.length === 0 ? (
          <p className="muted">{t('hr.empty')}</p>
        ) : (
          <div className="table-scroll hr-table-scroll">
            <table className="hr-table hr-num-table" data-testid="dash-categories">
              <thead>
                <tr>
                  <th scope="col">{t('hr.th.card')}</th>
                  {CATEGORY_COLUMNS.map((c) => (
                    <th scope="col" key={c}>
                      {categoryWord(t, c)}
                    </th>
                  ))}
                </tr>
              </thead>
              <tbody>
                {data.categories.map((row) => (
                  <tr key={`${row.cardCode}/${row.level}`}>
                    <th scope="row">
                      {row.cardCode} / {row.level}
                    </th>
                    {CATEGORY_COLUMNS.map((c) => (
                      <td key={c} data-category={c}>
                        {row.counts[c]}
                      </td>
                    ))}
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
        )}
      </section>

      <section aria-labelledby="dash-att" className="hr-panel">
        <h2 id="dash-att">{t('hr.dash.attestations')}</h2>
        <dl className="hr-counts" data-testid="dash-attestations">
          <div className="hr-count hr-count-reject">
            <dt>{t('hr.sched.overdue')}</dt>
            <dd data-testid="dash-overdue">{due.overdue}</dd>
          </div>
          {(['d30', 'd60', 'd90'] as const).map((k) => (
            <div className="hr-count" key={k}>
              <dt>{t('hr.sched.days', { days: Number(k.slice(1)) })}</dt>
              <dd data-testid={`dash-${k}`}>{due[k]}</dd>
            </div>
          ))}
          <div className="hr-count">
            <dt>{t('hr.sched.onLeave')}</dt>
            <dd data-testid="dash-on-leave">{due.onLeave}</dd>
          </div>
        </dl>
        <p className="hr-noprint">
          <Link href={`/orgs/${orgId}/attestation`}>{t('hr.scheduleLink')}</Link>
        </p>
      </section>

      <section aria-labelledby="dash-cov" className="hr-panel">
        <h2 id="dash-cov">{t('hr.dash.coverage')}</h2>
        <p className="muted">{t('hr.dash.coverageHint')}</p>
        <CoverageLegend />
        {byCard.size === 0 ? (
          <p className="muted">{t('hr.dash.coverageNone')}</p>
        ) : (
          [...byCard.entries()].map(([card, rows]) => <Heatmap key={card} orgId={orgId} card={card} rows={rows} />)
        )}
      </section>

      <section aria-labelledby="dash-plans" className="hr-panel">
        <h2 id="dash-plans">{t('hr.dash.plans')}</h2>
        <dl className="hr-counts" data-testid="dash-plans">
          <div className="hr-count">
            <dt>{t('hr.dash.plansActive')}</dt>
            <dd data-testid="dash-plans-active">{plans.active}</dd>
          </div>
          <div className="hr-count">
            <dt>{t('hr.dash.plansCompleted')}</dt>
            <dd data-testid="dash-plans-completed">{plans.completed}</dd>
          </div>
          <div className="hr-count">
            <dt>{t('hr.dash.itemsDone')}</dt>
            <dd data-testid="dash-items">{t('hr.dash.ofTotal', { done: plans.itemsDone, total: plans.itemsTotal })}</dd>
          </div>
        </dl>
      </section>
    </div>
  );
}

function CoverageLegend() {
  const { t } = useI18n();
  return (
    <div className="hr-legend" data-testid="coverage-legend">
      <p id="coverage-legend-title" className="small">
        {t('hr.dash.legend')}
      </p>
      <ul aria-labelledby="coverage-legend-title">
        {COVERAGE_STEPS.map((s, i) => (
          <li key={s.key}>
            <span className={`hr-swatch hr-cov-${i}`} aria-hidden="true" /> {t(s.key)}
          </li>
        ))}
        <li>
          <span className="hr-swatch hr-cov-none" aria-hidden="true" /> — {t('hr.dash.notRated')}
        </li>
      </ul>
    </div>
  );
}

function Heatmap({ orgId, card, rows }: { orgId: string; card: string; rows: HrDashboard['coverage'] }) {
  const { t, lang } = useI18n();
  // People on the same card share its labour functions; the first row names them.
  const functions = rows[0]?.functions ?? [];
  const [code, level] = card.split('/');
  return (
    <div className="table-scroll hr-table-scroll hr-heatmap-wrap">
      <table className="hr-table hr-heatmap" data-testid="heatmap" data-card={card}>
        <caption>{t('hr.dash.heatCaption', { code: code ?? card, level: level ?? '' })}</caption>
        <thead>
          <tr>
            <th scope="col">{t('hr.th.name')}</th>
            {functions.map((f) => (
              <th scope="col" key={f.id} className="hr-heat-head">
                {f.name}
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {rows.map((row) => (
            <tr key={row.staffId}>
              <th scope="row">
                <Link href={`/orgs/${orgId}/staff/${row.staffId}`}>{row.fullName}</Link>
              </th>
              {functions.map((f) => {
                const percent = row.functions.find((x) => x.id === f.id)?.percent ?? null;
                const step = coverageStep(percent);
                return (
                  <td
                    key={f.id}
                    className={`hr-heat hr-cov-${step ?? 'none'}`}
                    data-percent={percent ?? ''}
                    title={percent === null ? t('hr.dash.notRated') : formatPercent(percent, lang)}
                  >
                    {percent === null ? (
                      <>
                        <span aria-hidden="true">—</span>
                        <span className="visually-hidden">{t('hr.dash.notRated')}</span>
                      </>
                    ) : (
                      formatPercent(percent, lang)
                    )}
                  </td>
                );
              })}
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
