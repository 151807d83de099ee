/**
 * /changes?from=A&to=B — what changed from one edition to another (GET /api/v1/editions/{a}/diff/{b}):
 * the summary in plain language, then the changes by kind — reworded ones with the word-level
 * diff (inserted and deleted words marked by more than colour), moved ones from → to.
 * Without ?from/&to: the newest edition and the one it supersedes. With one edition there is
 * nothing to compare: the page names it and tells what a comparison will show (OneEdition).
 */
import { type FormEvent, type ReactNode, useEffect, useId, useState } from 'react';
import { apiUrl, useApi } from '../api/client';
import type { ChangeKind, DiffLocation, EditionChange, EditionDiff, EditionListEntry } from '../api/types';
import { NoEdition, OneEdition } from '../components/changes/OneEdition';
import { ErrorBox, Loading } from '../components/Status';
import { WordDiff } from '../components/WordDiff';
import { useTitle } from '../components/useTitle';
import { formatDate } from '../format';
import { type Lang, type Translate, useI18n } from '../i18n';
import type { MessageKey } from '../i18n/kk';
import { Link, navigate, useLocation } from '../router';

const KIND_ORDER: ChangeKind[] = [
  'added',
  'removed',
  'reworded',
  'moved',
  'levelChanged',
  'codeChanged',
  'requirementChanged',
  'renumbered',
  'attributesChanged',
  'metadataChanged',
];

const ITEM_KINDS = new Set([
  'edition',
  'card',
  'profession',
  'term',
  'labourFunction',
  'task',
  'skill',
  'knowledge',
  'qualificationRule',
  'qualificationGroup',
  'otherName',
  'link',
  'qualificationLink',
]);

/** The default pair: the newest edition and the one before it of the same standard (else the next newest). */
export function defaultPair(editions: EditionListEntry[]): { from: string; to: string } | null {
  const newest = editions[0];
  if (!newest || editions.length < 2) return null;
  const before =
    editions.find((e) => e.id !== newest.id && e.standardId === newest.standardId) ??
    editions.find((e) => e.id !== newest.id);
  return before ? { from: before.id, to: newest.id } : null;
}

function editionLabel(e: EditionListEntry, t: Translate, lang: Lang): string {
  const status = statusLabel(e.status, t);
  return `${e.id} — ${t('changes.order', { number: e.order.number, date: formatDate(e.order.date ?? e.orderDate, lang) })} (${status})`;
}

function statusLabel(status: string, t: Translate): string {
  return status === 'in-force' || status === 'superseded' || status === 'draft'
    ? t(`changes.status.${status}`)
    : status;
}

export default function ChangesPage() {
  const { t } = useI18n();
  useTitle(t('changes.title'));
  const { search } = useLocation();
  const params = new URLSearchParams(search);
  const editions = useApi<{ editions: EditionListEntry[] }>(apiUrl('/editions'));
  const list = editions.data?.editions ?? [];
  const fallback = defaultPair(list);
  const explicit = params.has('from') && params.has('to');
  const from = explicit ? (params.get('from') ?? '') : (fallback?.from ?? '');
  const to = explicit ? (params.get('to') ?? '') : (fallback?.to ?? '');
  const valid = /^[0-9a-z][0-9a-z.-]*$/;
  const canCompare = !!from && !!to && valid.test(from) && valid.test(to);
  const diff = useApi<EditionDiff>(canCompare ? apiUrl(`/editions/${from}/diff/${to}`) : null);

  // The default pair follows the newest edition's own word: the edition it says it supersedes.
  const supersedes = diff.data?.to.supersedes;
  useEffect(() => {
    if (explicit || !supersedes || supersedes === from || !list.some((e) => e.id === supersedes)) return;
    navigate(`/changes?from=${supersedes}&to=${to}`, { replace: true });
  }, [explicit, supersedes, from, to, list]);

  return (
    <section aria-labelledby="changes-title" className="tool-page">
      <h1 id="changes-title">{t('changes.title')}</h1>
      <p className="lead">{t('changes.lead')}</p>
      {editions.loading && <Loading />}
      {editions.error && <ErrorBox error={editions.error} onRetry={editions.retry} />}
      {editions.data && list.length === 0 && <NoEdition />}
      {editions.data && list.length === 1 && list[0] && <OneEdition edition={list[0]} />}
      {editions.data && list.length >= 2 && <PairForm editions={list} from={from} to={to} />}
      {diff.loading && <Loading />}
      {diff.error && <ErrorBox error={diff.error} onRetry={diff.error.status === 404 ? undefined : diff.retry} />}
      {diff.data && <DiffView diff={diff.data} editions={list} />}
    </section>
  );
}

function PairForm({ editions, from, to }: { editions: EditionListEntry[]; from: string; to: string }) {
  const { t, lang } = useI18n();
  const fromId = useId();
  const toId = useId();
  const [draft, setDraft] = useState({ from, to });
  useEffect(() => setDraft({ from, to }), [from, to]);
  const submit = (event: FormEvent) => {
    event.preventDefault();
    navigate(`/changes?from=${draft.from}&to=${draft.to}`);
  };
  const options = editions.map((e) => (
    <option key={e.id} value={e.id}>
      {editionLabel(e, t, lang)}
    </option>
  ));
  return (
    <form className="tool-form" onSubmit={submit} aria-label={t('changes.formLabel')}>
      <div className="form-row">
        <div className="field field-wide">
          <label htmlFor={fromId}>{t('changes.from')}</label>
          <select id={fromId} value={draft.from} onChange={(e) => setDraft({ ...draft, from: e.target.value })}>
            {options}
          </select>
        </div>
        <div className="field field-wide">
          <label htmlFor={toId}>{t('changes.to')}</label>
          <select id={toId} value={draft.to} onChange={(e) => setDraft({ ...draft, to: e.target.value })}>
            {options}
          </select>
        </div>
      </div>
      <p className="form-actions">
        <button type="submit">{t('changes.submit')}</button>
        <button type="button" className="secondary" onClick={() => setDraft({ from: draft.to, to: draft.from })}>
          ⇅ {t('career.swap')}
        </button>
      </p>
    </form>
  );
}

function DiffView({ diff, editions }: { diff: EditionDiff; editions: EditionListEntry[] }) {
  const { t, lang } = useI18n();
  const [headline, ...rest] = diff.summary[lang];
  const current = editions.find((e) => e.current)?.id;
  const byKind = KIND_ORDER.map((kind) => ({ kind, changes: diff.changes.filter((c) => c.kind === kind) })).filter(
    (g) => g.changes.length > 0,
  );
  return (
    <div className="diff" data-testid="diff">
      <section aria-labelledby="diff-summary" className="diff-summary" data-testid="diff-summary">
        <h2 id="diff-summary">{t('changes.summary')}</h2>
        {headline && <p lang={lang}>{headline}</p>}
        {rest.length > 0 && (
          <ul lang={lang}>
            {rest.map((line) => (
              <li key={line}>{line}</li>
            ))}
          </ul>
        )}
        {diff.changes.length === 0 && <p>{t('changes.nothing')}</p>}
        {byKind.length > 0 && (
          <nav aria-label={t('changes.jump')}>
            <ul className="inline-list kind-jump">
              {byKind.map((g) => (
                <li key={g.kind}>
                  <a href={`#ch-${g.kind}`}>
                    {t(`changes.kind.${g.kind}`)} ({g.changes.length})
                  </a>
                </li>
              ))}
            </ul>
          </nav>
        )}
      </section>
      {byKind.some((g) => g.changes.some((c) => c.words)) && (
        <p className="diff-legend muted small">
          {t('changes.legend')} <ins>{t('changes.legendIns')}</ins> · <del>{t('changes.legendDel')}</del>
        </p>
      )}
      {byKind.map((g) => (
        <section
          key={g.kind}
          id={`ch-${g.kind}`}
          aria-labelledby={`ch-${g.kind}-title`}
          className="change-group"
          tabIndex={-1}
        >
          <h2 id={`ch-${g.kind}-title`}>
            {t(`changes.kind.${g.kind}`)} <span className="count">({g.changes.length})</span>
          </h2>
          <ul className="changes">
            {g.changes.map((c) => (
              <ChangeView
                key={`${c.kind}|${c.from?.id ?? ''}|${c.to?.id ?? ''}|${c.field ?? ''}|${c.message.en}`}
                change={c}
                diff={diff}
                current={current}
              />
            ))}
          </ul>
        </section>
      ))}
    </div>
  );
}

function itemKindLabel(kind: string, t: Translate): string {
  return ITEM_KINDS.has(kind) ? t(`changes.item.${kind}` as MessageKey) : kind;
}

function value(v: unknown): string {
  if (v === null || v === undefined || v === '') return '—';
  if (Array.isArray(v)) {
    return v
      .map((x) =>
        x && typeof x === 'object' && 'code' in x && 'level' in x
          ? `${(x as { code: string }).code}/${(x as { level: number }).level}`
          : typeof x === 'object'
            ? JSON.stringify(x)
            : String(x),
      )
      .join(', ');
  }
  return typeof v === 'object' ? JSON.stringify(v) : String(v);
}

function Where({ loc, edition, current }: { loc: NonNullable<DiffLocation>; edition: string; current?: string }) {
  const { t } = useI18n();
  const parts: ReactNode[] = [];
  if (loc.card) {
    const label = `${loc.card.code}, ${t('common.level', { n: loc.card.level })}`;
    parts.push(
      edition === current ? (
        <Link
          key="card"
          href={`/cards/${loc.card.code}/${loc.card.level}${loc.kind === 'card' ? '' : `#item-${loc.id}`}`}
        >
          {label}
        </Link>
      ) : (
        <span key="card">{label}</span>
      ),
    );
  }
  if (loc.path) parts.push(<code key="path">{loc.path}</code>);
  if (loc.lines) {
    const [a, b] = loc.lines;
    const lines = a === b ? t('common.sourceLine', { from: a }) : t('common.sourceLines', { from: a, to: b });
    parts.push(
      <Link key="lines" className="source-link" href={`/source?edition=${edition}#L${a}${a === b ? '' : `-L${b}`}`}>
        {lines}
      </Link>,
    );
  }
  return (
    <span className="where">
      <span className="edition-id">{edition}</span>
      {parts.map((p, i) => (
        <span key={String(i)}>
          {' · '}
          {p}
        </span>
      ))}
    </span>
  );
}

function ChangeView({ change, diff, current }: { change: EditionChange; diff: EditionDiff; current?: string }) {
  const { t, lang } = useI18n();
  const { from, to } = change;
  const showFields = change.fields && change.fields.length > 0 && change.kind !== 'moved';
  return (
    <li className={`change change-${change.kind}`} data-testid="change" data-kind={change.kind}>
      <p className="change-head">
        <span className="kind-label">{itemKindLabel(change.itemKind, t)}</span>{' '}
        <span lang={lang}>{change.message[lang]}</span>
      </p>
      {change.words && change.words.length > 0 && <WordDiff words={change.words} />}
      {change.kind === 'added' && to?.text && <blockquote lang="kk">{to.text}</blockquote>}
      {change.kind === 'removed' && from?.text && <blockquote lang="kk">{from.text}</blockquote>}
      {showFields && (
        <dl className="field-changes">
          {change.fields?.map((f) => (
            <div key={f.field}>
              <dt>
                <code>{f.field}</code>
              </dt>
              <dd>
                <span className="old-value">{value(f.from)}</span> <span aria-hidden="true">→</span>
                <span className="visually-hidden">{t('career.toWord')}</span>{' '}
                <span className="new-value">{value(f.to)}</span>
              </dd>
            </div>
          ))}
        </dl>
      )}
      {change.kind === 'moved' && change.movedTo && (
        <p className="muted small">{t(`changes.movedTo.${change.movedTo}`)}</p>
      )}
      <dl className="change-where">
        {from && (
          <div>
            <dt>{change.kind === 'moved' ? t('changes.movedFrom') : t('changes.was')}</dt>
            <dd>
              <Where loc={from} edition={diff.from.id} current={current} />
            </dd>
          </div>
        )}
        {to && (
          <div>
            <dt>{change.kind === 'moved' ? t('changes.movedToLabel') : t('changes.now')}</dt>
            <dd>
              <Where loc={to} edition={diff.to.id} current={current} />
            </dd>
          </div>
        )}
      </dl>
    </li>
  );
}
