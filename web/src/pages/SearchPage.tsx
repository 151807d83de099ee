import { apiUrl, useApi } from '../api/client';
import type { CardList, Display, SearchHit as Hit, HitType, SearchResult } from '../api/types';
import { SearchForm } from '../components/SearchForm';
import { SearchHit } from '../components/search/SearchHit';
import { pageFromSearch, SEARCH_PAGE_SIZE, SearchPager, searchHref } from '../components/search/SearchPager';
import { ErrorBox, Loading } from '../components/Status';
import { TranslatedSection } from '../components/TranslatedSection';
import { useTitle } from '../components/useTitle';
import { useI18n } from '../i18n';
import { Link, useLocation } from '../router';

const ORDER: HitType[] = ['card', 'profession', 'labourFunction', 'task', 'skill', 'knowledge', 'term'];

/**
 * The texts a group of hits shows: each hit's name and the names of the cards it is in. The
 * section's one "unofficial translation" mark stands for all of them (the texts inside leave out
 * their own), so the card names count too.
 */
function sectionTexts(hits: readonly Hit[], cardNames: ReadonlyMap<string, Display>): Display[] {
  const cards = new Set<string>();
  // A card hit's name is its card's name: not counted twice.
  for (const hit of hits.filter((h) => h.type !== 'card')) {
    for (const place of [hit, ...hit.alsoIn]) if (place.card) cards.add(`${place.card.code}/${place.card.level}`);
  }
  const names = [...cards].flatMap((key) => cardNames.get(key) ?? []);
  return [...hits.map((hit) => hit.name), ...names];
}

export default function SearchPage() {
  const { t, lang } = useI18n();
  const { search } = useLocation();
  const q = (new URLSearchParams(search).get('q') ?? '').trim();
  const page = pageFromSearch(search);
  useTitle(q ? `${q} — ${t('search.title')}` : t('search.title'));
  // One page of hits at a time; `total` says how many there are in all.
  const result = useApi<SearchResult>(
    q ? apiUrl('/search', { q, lang, limit: SEARCH_PAGE_SIZE, offset: (page - 1) * SEARCH_PAGE_SIZE }) : null,
  );
  // Card names, so a hit says which card it is in (one small request, cached).
  const cards = useApi<CardList>(q ? apiUrl('/cards', { lang, limit: 100 }) : null);
  const names = new Map(cards.data?.cards.map((c) => [`${c.code}/${c.level}`, c.name.display]));

  const groups = ORDER.map((type) => ({ type, hits: result.data?.hits.filter((h) => h.type === type) ?? [] })).filter(
    (g) => g.hits.length > 0,
  );

  return (
    <section aria-labelledby="search-title">
      <h1 id="search-title">{t('search.title')}</h1>
      <SearchForm key={q} initial={q} autoFocus={!q} />
      <p className="muted small">{t('search.hint')}</p>
      {!q && <p>{t('search.empty')}</p>}
      {result.loading && <Loading />}
      {result.error && <ErrorBox error={result.error} onRetry={result.retry} />}
      {result.data && (
        <>
          <p role="status" className="result-count" data-testid="search-count">
            {result.data.total === 0 ? t('search.none', { q }) : t('search.results', { q, n: result.data.total })}
            {result.data.hits.length > 0 && result.data.total > result.data.hits.length && (
              <>
                {' · '}
                <span className="muted" data-testid="search-range">
                  {t('search.range', {
                    from: result.data.offset + 1,
                    to: result.data.offset + result.data.hits.length,
                    total: result.data.total,
                  })}
                </span>
              </>
            )}
          </p>
          {result.data.hits.length === 0 && result.data.total > 0 && (
            <p>
              <Link href={searchHref(q, 1)}>{t('search.firstPage')}</Link>
            </p>
          )}
          {groups.length > 1 && (
            <ul className="inline-list group-jump">
              {groups.map((g) => (
                <li key={g.type}>
                  <a href={`#hits-${g.type}`}>
                    {t(`search.type.${g.type}`)} ({g.hits.length})
                  </a>
                </li>
              ))}
            </ul>
          )}
          {groups.map((g) => (
            <section key={g.type} aria-labelledby={`hits-${g.type}`} className="hit-group">
              <h2 id={`hits-${g.type}`} tabIndex={-1}>
                {t(`search.type.${g.type}`)} <span className="count">({g.hits.length})</span>
              </h2>
              <TranslatedSection texts={sectionTexts(g.hits, names)}>
                <ul className="hits">
                  {g.hits.map((hit) => (
                    <SearchHit key={`${hit.type}:${hit.id}`} hit={hit} cardNames={names} />
                  ))}
                </ul>
              </TranslatedSection>
            </section>
          ))}
          <SearchPager q={q} page={page} total={result.data.total} />
        </>
      )}
    </section>
  );
}
