/**
 * /changes?from=A&to=B — what changed from one edition to another (GET /api/v1/editions/{a}/diff/{b}):
 * the summary in plain language, then the changes by kind — reworded ones with the word-level
 * diff (inserted and deleted words marked by more than colour), moved ones from → to.
 * Without ?from/&to: the newest edition that has an earlier one of its standard, against that
 * one (default-pair.ts). With one edition there is nothing to compare: the page names it and
 * tells what a comparison will show (OneEdition); with several standards of one edition each, it
 * says so.
 */
import { type FormEvent, useEffect, useId, useState } from 'react';
import { apiUrl, useApi } from '../api/client';
import { api, call, usePrivate } from '../api/session';
import type { EditionDiff, EditionListEntry } from '../api/types';
import { defaultPair } from '../components/changes/default-pair';
import { DiffView } from '../components/changes/DiffView';
import { NoEdition, OneEdition } from '../components/changes/OneEdition';
import { ErrorBox, Loading } from '../components/Status';
import { useTitle } from '../components/useTitle';
import { formatDate } from '../format';
import { type Lang, type Translate, useI18n } from '../i18n';
import { navigate, useLocation } from '../router';

/**
 * The list of editions is read past every cache (the typed client asks with no-store): an
 * edition published from the workbench a minute ago must be here, while the public answer may
 * sit in the browser's HTTP cache for a minute and in the app's memory for the whole visit.
 */
const readEditions = () => call(api.GET('/v1/editions')) as Promise<{ editions: EditionListEntry[] }>;

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
  const editions = usePrivate('editions', readEditions);
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
      {!editions.data && !editions.error && <Loading />}
      {editions.error && <ErrorBox error={editions.error} onRetry={editions.reload} />}
      {editions.data && list.length === 0 && <NoEdition />}
      {editions.data && list.length === 1 && list[0] && <OneEdition edition={list[0]} />}
      {editions.data && list.length >= 2 && !fallback && !explicit && (
        <p className="notice" role="status" data-testid="one-edition-each">
          {t('wbr.changesPage.oneEach', { count: list.length })}
        </p>
      )}
      {editions.data && list.length >= 2 && (fallback || explicit) && <PairForm editions={list} from={from} to={to} />}
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
