import { type FormEvent, useEffect, useState } from 'react';
import { apiUrl, useApi } from '../api/client';
import type { CardList, Professions } from '../api/types';
import { ErrorBox, Loading } from '../components/Status';
import { Text } from '../components/Text';
import { TranslatedSection } from '../components/TranslatedSection';
import { useTitle } from '../components/useTitle';
import { sortByText } from '../format';
import { useI18n } from '../i18n';
import { Link, navigate, useLocation } from '../router';

const PAGE_SIZE = 20;
const LEVELS = [1, 2, 3, 4, 5, 6, 7, 8];

type Filters = { level: string; profession: string; text: string; cursor: string };

function cardsHref(filters: Filters): string {
  const query = new URLSearchParams();
  for (const [key, value] of Object.entries(filters)) if (value) query.set(key, value);
  const qs = query.toString();
  return `/cards${qs ? `?${qs}` : ''}`;
}

export default function CardsPage() {
  const { t, lang } = useI18n();
  useTitle(t('cards.title'));
  const { search } = useLocation();
  const params = new URLSearchParams(search);
  const filters: Filters = {
    level: params.get('level') ?? '',
    profession: params.get('profession') ?? '',
    text: params.get('text') ?? '',
    cursor: params.get('cursor') ?? '',
  };
  const [text, setText] = useState(filters.text);
  useEffect(() => setText(filters.text), [filters.text]);
  // Cursors of the pages before this one, so "previous page" can go back without the server.
  const [earlier, setEarlier] = useState<string[]>([]);

  const professions = useApi<Professions>(apiUrl('/professions', { lang }));
  const list = useApi<CardList>(
    apiUrl('/cards', {
      lang,
      level: filters.level,
      profession: filters.profession,
      text: filters.text,
      cursor: filters.cursor,
      limit: PAGE_SIZE,
    }),
  );

  const apply = (change: Partial<Filters>) => {
    setEarlier([]);
    navigate(cardsHref({ ...filters, ...change, cursor: '' }), { replace: true });
  };
  const submit = (event: FormEvent) => {
    event.preventDefault();
    apply({ text: text.trim() });
  };
  const filtered = filters.level || filters.profession || filters.text;

  return (
    <section aria-labelledby="cards-title">
      <h1 id="cards-title">{t('cards.title')}</h1>
      <p className="lead">{t('cards.lead')}</p>

      <form className="filters" onSubmit={submit} aria-label={t('cards.filters')}>
        <div className="field">
          <label htmlFor="filter-level">{t('cards.level')}</label>
          <select id="filter-level" value={filters.level} onChange={(e) => apply({ level: e.target.value })}>
            <option value="">{t('cards.anyLevel')}</option>
            {LEVELS.map((n) => (
              <option key={n} value={String(n)}>
                {t('common.sqfLevel', { n })}
              </option>
            ))}
          </select>
        </div>
        <div className="field field-wide">
          <label htmlFor="filter-profession">{t('cards.profession')}</label>
          <select
            id="filter-profession"
            value={filters.profession}
            onChange={(e) => apply({ profession: e.target.value })}
          >
            <option value="">{t('cards.anyProfession')}</option>
            {/* In the page's alphabet: Russian names in Russian order, Kazakh in Kazakh. */}
            {sortByText(professions.data?.professions ?? [], (p) => p.name.display.text, lang).map((p) => (
              <option key={p.id} value={p.id} lang={p.name.display.lang}>
                {p.name.display.text}
                {p.hasCard ? '' : ` (${t('common.noCard')})`}
              </option>
            ))}
          </select>
        </div>
        <div className="field field-wide">
          <label htmlFor="filter-text">{t('cards.text')}</label>
          <input
            id="filter-text"
            type="search"
            value={text}
            maxLength={200}
            onChange={(e) => setText(e.target.value)}
            placeholder="2635-3-001, психолог…"
          />
        </div>
        <div className="field field-buttons">
          <button type="submit">{t('cards.apply')}</button>
          {filtered && (
            <button type="button" className="secondary" onClick={() => apply({ level: '', profession: '', text: '' })}>
              {t('cards.reset')}
            </button>
          )}
        </div>
      </form>

      {list.loading && <Loading />}
      {list.error && <ErrorBox error={list.error} onRetry={list.retry} />}
      {list.data && (
        <>
          <p role="status" className="result-count">
            {list.data.total === 0 ? t('cards.none') : t('cards.total', { n: list.data.total })}
          </p>
          <TranslatedSection
            texts={list.data.cards.flatMap((card) => [
              card.name.display,
              ...(card.profession ? [card.profession.name] : []),
            ])}
          >
            <ul className="card-list">
              {list.data.cards.map((card) => (
                <li key={card.id}>
                  <Link href={`/cards/${card.code}/${card.level}`} className="card-link">
                    <Text d={card.name.display} kk={card.name.kk} className="card-name" />
                  </Link>
                  <p className="card-meta">
                    <span className="code">{card.code}</span>
                    <span className="level-badge">{t('common.sqfLevel', { n: card.level })}</span>
                  </p>
                  {card.profession && (
                    <p className="card-profession">
                      {t('card.profession')}: <Text d={card.profession.name} />
                    </p>
                  )}
                  <p className="muted small">
                    {t('cards.counts', {
                      f: card.counts.labourFunctions,
                      t: card.counts.tasks,
                      s: card.counts.skills,
                      k: card.counts.knowledge,
                    })}
                  </p>
                </li>
              ))}
            </ul>
          </TranslatedSection>
          {(list.data.nextCursor || filters.cursor) && (
            <nav className="pagination" aria-label={t('cards.pages')}>
              {filters.cursor && (
                <Link
                  href={cardsHref({ ...filters, cursor: earlier[earlier.length - 1] ?? '' })}
                  onClick={() => setEarlier((e) => e.slice(0, -1))}
                >
                  ← {t('cards.prev')}
                </Link>
              )}
              {!(filters.cursor && earlier.length === 0) && <span>{t('cards.page', { n: earlier.length + 1 })}</span>}
              {list.data.nextCursor && (
                <Link
                  href={cardsHref({ ...filters, cursor: list.data.nextCursor })}
                  onClick={() => setEarlier((e) => [...e, filters.cursor])}
                >
                  {t('cards.next')} →
                </Link>
              )}
            </nav>
          )}
        </>
      )}
    </section>
  );
}
