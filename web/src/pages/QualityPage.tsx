/**
 * /quality?severity=error,warning&rule=ID — the quality checks of the current edition
 * (GET /api/v1/editions/current/quality): the findings by card and severity, each with its
 * message in the UI language, a link to the item on its card and to its lines in the official text.
 */
import { useId } from 'react';
import { apiUrl, useApi } from '../api/client';
import type { CardRef, CardSummary, QualityFinding, QualityReport, Severity } from '../api/types';
import { cardKey, useAllCards } from '../components/CardPicker';
import { SourceLink } from '../components/SourceLink';
import { ErrorBox, Loading } from '../components/Status';
import { Text } from '../components/Text';
import { useTitle } from '../components/useTitle';
import { splitMatch } from '../format';
import { type Lang, useI18n } from '../i18n';
import { Link, navigate, useLocation } from '../router';

export const SEVERITIES: Severity[] = ['error', 'warning', 'info'];
const FAMILIES = ['structure', 'codes', 'levels', 'duplication', 'hygiene', 'drift'] as const;
const SEVERITY_MARK: Record<Severity, string> = { error: '✖', warning: '▲', info: 'ℹ' };

/** Where a finding is shown in the app: the item on its card, a section of the card, or a term. */
export function findingHref(finding: QualityFinding): string | null {
  const { card, path, itemId } = finding.location;
  if (!card) return itemId?.startsWith('term-') ? `/terms#${itemId}` : null;
  const base = `/cards/${card.code}/${card.level}`;
  const cardId = `${card.code}.${card.level}`;
  if (itemId && itemId !== cardId) return `${base}#item-${itemId}`;
  const root = path.split(/[.[]/)[0] ?? '';
  const section: Record<string, string> = {
    personalCompetencies: 'personal-competencies',
    educationLevel: 'qualification',
    qualification: 'qualification',
    workingConditions: 'working-conditions',
    links: 'links',
    otherNames: 'other-names',
    qualificationLink: 'qualification-link',
    labourFunctions: 'labour-functions',
  };
  return section[root] ? `${base}#${section[root]}` : base;
}

const groupAnchor = (card: CardRef | null) => `q-${card ? cardKey(card).replace('/', '-') : 'edition'}`;

function findingKey(f: QualityFinding): string {
  const text = typeof f.message === 'string' ? f.message : f.message.kk;
  return `${f.rule}|${f.location.path}|${f.location.itemId ?? ''}|${text}`;
}

function messageOf(finding: QualityFinding, lang: Lang): { text: string; lang: Lang } {
  if (typeof finding.message === 'string') return { text: finding.message, lang: 'en' };
  return { text: finding.message[lang] || finding.message.kk, lang: finding.message[lang] ? lang : 'kk' };
}

type Filters = { severities: Severity[]; rule: string };

function readFilters(search: string): Filters {
  const params = new URLSearchParams(search);
  const sev = (params.get('severity') ?? '')
    .split(',')
    .filter((s): s is Severity => (SEVERITIES as string[]).includes(s));
  return { severities: sev.length ? sev : SEVERITIES, rule: params.get('rule') ?? '' };
}

function filtersHref(f: Filters): string {
  const params = new URLSearchParams();
  if (f.severities.length && f.severities.length < SEVERITIES.length) params.set('severity', f.severities.join(','));
  if (f.rule) params.set('rule', f.rule);
  const qs = params.toString().replace(/%2C/g, ',');
  return `/quality${qs ? `?${qs}` : ''}`;
}

export default function QualityPage() {
  const { t } = useI18n();
  useTitle(t('quality.title'));
  const { search } = useLocation();
  const filters = readFilters(search);
  const report = useApi<QualityReport>(apiUrl('/editions/current/quality'));
  const all = useAllCards();
  const apply = (change: Partial<Filters>) => navigate(filtersHref({ ...filters, ...change }), { replace: true });

  return (
    <section aria-labelledby="quality-title" className="tool-page">
      <h1 id="quality-title">{t('quality.title')}</h1>
      <p className="lead">{t('quality.lead')}</p>
      {report.loading && <Loading />}
      {report.error && <ErrorBox error={report.error} onRetry={report.retry} />}
      {report.data && <QualityView report={report.data} filters={filters} apply={apply} cards={all.cards ?? []} />}
    </section>
  );
}

function QualityView({
  report,
  filters,
  apply,
  cards,
}: {
  report: QualityReport;
  filters: Filters;
  apply: (change: Partial<Filters>) => void;
  cards: CardSummary[];
}) {
  const { t, lang } = useI18n();
  const ruleId = useId();
  const names = new Map(cards.map((c) => [cardKey(c), c]));
  const shown = report.findings.filter(
    (f) => filters.severities.includes(f.severity) && (!filters.rule || f.rule === filters.rule),
  );
  // By card, in the order the report gives (reading order); the edition-wide findings first.
  const groups = new Map<string, { card: CardRef | null; findings: QualityFinding[] }>();
  for (const f of shown) {
    const key = f.location.card ? cardKey(f.location.card) : '';
    const group = groups.get(key) ?? { card: f.location.card, findings: [] };
    group.findings.push(f);
    groups.set(key, group);
  }
  const ruleCount = (id: string) => {
    const c = report.summary.byRule[id];
    return c ? filters.severities.reduce((n, s) => n + c[s], 0) : 0;
  };
  const toggle = (s: Severity, on: boolean) => {
    const next = on ? [...filters.severities, s] : filters.severities.filter((x) => x !== s);
    apply({ severities: SEVERITIES.filter((x) => next.includes(x)) });
  };
  const filtered = filters.severities.length < SEVERITIES.length || filters.rule;

  return (
    <>
      <p className="muted small">
        {t('quality.edition', { edition: report.edition })} ·{' '}
        {t('quality.totals', {
          total: report.summary.total,
          error: report.summary.bySeverity.error,
          warning: report.summary.bySeverity.warning,
          info: report.summary.bySeverity.info,
        })}
      </p>
      <form className="filters" aria-label={t('quality.filters')} onSubmit={(e) => e.preventDefault()}>
        <fieldset className="severity-filter">
          <legend>{t('quality.severity')}</legend>
          {SEVERITIES.map((s) => (
            <label key={s} className="check-inline">
              <input
                type="checkbox"
                checked={filters.severities.includes(s)}
                onChange={(e) => toggle(s, e.target.checked)}
              />{' '}
              <span className={`sev sev-${s}`}>
                <span aria-hidden="true">{SEVERITY_MARK[s]}</span> {t(`quality.sev.${s}`)}
              </span>{' '}
              ({report.summary.bySeverity[s]})
            </label>
          ))}
        </fieldset>
        <div className="field field-wide">
          <label htmlFor={ruleId}>{t('quality.rule')}</label>
          <select id={ruleId} value={filters.rule} onChange={(e) => apply({ rule: e.target.value })}>
            <option value="">{t('quality.allRules')}</option>
            {FAMILIES.map((family) => {
              const rules = report.rules.filter((r) => r.family === family);
              if (rules.length === 0) return null;
              return (
                <optgroup key={family} label={t(`quality.family.${family}`)}>
                  {rules.map((r) => (
                    <option key={r.id} value={r.id}>
                      {r.name[lang]} ({ruleCount(r.id)})
                    </option>
                  ))}
                </optgroup>
              );
            })}
            {report.rules
              .filter((r) => !(FAMILIES as readonly string[]).includes(r.family))
              .map((r) => (
                <option key={r.id} value={r.id}>
                  {r.name[lang]} ({ruleCount(r.id)})
                </option>
              ))}
          </select>
        </div>
        {filtered && (
          <p className="field field-buttons">
            <button type="button" className="secondary" onClick={() => apply({ severities: SEVERITIES, rule: '' })}>
              {t('cards.reset')}
            </button>
          </p>
        )}
      </form>
      {filters.rule && <RuleDescription report={report} id={filters.rule} />}
      <p className="result-count" role="status" data-testid="quality-count">
        {t('quality.shown', { n: shown.length, total: report.findings.length })}
      </p>
      {shown.length === 0 && <p className="muted">{t('quality.none')}</p>}
      {groups.size > 1 && (
        <nav aria-label={t('quality.byCard')} className="quality-jump">
          <ul>
            {[...groups.values()].map((group) => {
              const key = group.card ? cardKey(group.card) : '';
              const summary = group.card ? names.get(key) : undefined;
              return (
                <li key={key || 'edition'}>
                  <a href={`#${groupAnchor(group.card)}`}>
                    {group.card ? (
                      <>
                        {summary ? <Text d={summary.name.display} /> : group.card.code}{' '}
                        <span className="card-ref">
                          ({group.card.code}, {t('common.level', { n: group.card.level })})
                        </span>
                      </>
                    ) : (
                      t('quality.wholeStandard')
                    )}
                  </a>{' '}
                  {SEVERITIES.map((s) => {
                    const n = group.findings.filter((f) => f.severity === s).length;
                    return n ? (
                      <span key={s} className={`sev sev-${s} sev-count`}>
                        <span aria-hidden="true">{SEVERITY_MARK[s]}</span>{' '}
                        <span className="visually-hidden">{t(`quality.sevPlural.${s}`)}:</span> {n}
                      </span>
                    ) : null;
                  })}
                </li>
              );
            })}
          </ul>
        </nav>
      )}
      {[...groups.values()].map((group) => (
        <CardGroup key={group.card ? cardKey(group.card) : 'edition'} group={group} names={names} />
      ))}
    </>
  );
}

function RuleDescription({ report, id }: { report: QualityReport; id: string }) {
  const { t, lang } = useI18n();
  const rule = report.rules.find((r) => r.id === id);
  if (!rule) return null;
  return (
    <p className="rule-description" data-testid="rule-description">
      <strong>{rule.name[lang]}</strong> (<code>{rule.id}</code>) ·{' '}
      {(FAMILIES as readonly string[]).includes(rule.family)
        ? t(`quality.family.${rule.family as (typeof FAMILIES)[number]}`)
        : rule.family}
      : {rule.explanation[lang]}
    </p>
  );
}

function CardGroup({
  group,
  names,
}: {
  group: { card: CardRef | null; findings: QualityFinding[] };
  names: Map<string, CardSummary>;
}) {
  const { t } = useI18n();
  const { card } = group;
  const summary = card ? names.get(cardKey(card)) : undefined;
  const id = groupAnchor(card);
  return (
    <section className="quality-group" aria-labelledby={id} data-testid="quality-group">
      <h2 id={id}>
        {card ? (
          <>
            <Link href={`/cards/${card.code}/${card.level}`}>
              {summary ? <Text d={summary.name.display} /> : card.code}
            </Link>{' '}
            <span className="card-ref">
              ({card.code}, {t('common.level', { n: card.level })})
            </span>
          </>
        ) : (
          t('quality.wholeStandard')
        )}{' '}
        <span className="count">· {group.findings.length}</span>
      </h2>
      {SEVERITIES.map((s) => {
        const findings = group.findings.filter((f) => f.severity === s);
        if (findings.length === 0) return null;
        return (
          <div key={s} className={`severity-block sev-block-${s}`}>
            <h3>
              <span className={`sev sev-${s}`}>
                <span aria-hidden="true">{SEVERITY_MARK[s]}</span> {t(`quality.sevPlural.${s}`)}
              </span>{' '}
              <span className="count">({findings.length})</span>
            </h3>
            <ul className="findings">
              {findings.map((f) => (
                <FindingView key={findingKey(f)} finding={f} />
              ))}
            </ul>
          </div>
        );
      })}
    </section>
  );
}

function FindingView({ finding }: { finding: QualityFinding }) {
  const { t, lang } = useI18n();
  const message = messageOf(finding, lang);
  const href = findingHref(finding);
  const evidence = finding.evidence?.text;
  const parts = evidence ? splitMatch(evidence, finding.evidence?.match) : null;
  const related = (finding.evidence as { related?: RelatedRef[] } | undefined)?.related ?? [];
  return (
    <li className="finding" data-testid="finding" data-rule={finding.rule}>
      <p className="finding-message" lang={message.lang}>
        {message.text}
      </p>
      {parts && (
        <blockquote className="evidence" lang="kk">
          {parts.before}
          {parts.hit && <mark>{parts.hit}</mark>}
          {parts.after}
        </blockquote>
      )}
      {related.length > 0 && (
        <ul className="related">
          {related.slice(0, 5).map((r) => {
            const rHref = findingHref({ ...finding, location: { card: r.card, path: r.path, itemId: r.itemId } });
            return (
              <li key={`${r.path}-${r.itemId ?? ''}-${r.card ? cardKey(r.card) : ''}`}>
                {t('quality.related')}{' '}
                {rHref ? (
                  <Link href={rHref}>
                    {r.card ? `${r.card.code}, ${t('common.level', { n: r.card.level })}` : (r.itemId ?? r.path)}
                    {r.itemId && r.card ? ` · ${r.itemId}` : ''}
                  </Link>
                ) : (
                  <code>{r.itemId ?? r.path}</code>
                )}{' '}
                {r.source && <SourceLink source={r.source} compact />}
              </li>
            );
          })}
        </ul>
      )}
      <p className="item-meta finding-meta">
        <code className="rule-id">{finding.rule}</code>
        {href && (
          <Link href={href} data-testid="finding-item-link">
            {finding.location.card ? t('quality.openOnCard') : t('quality.openTerm')}
          </Link>
        )}
        {finding.source && <SourceLink source={finding.source} />}
      </p>
    </li>
  );
}

type RelatedRef = {
  card: CardRef | null;
  path: string;
  itemId?: string;
  text?: string;
  source: { lines: [number, number] } | null;
};
