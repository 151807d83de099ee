import { apiUrl, useApi } from '../api/client';
import type { CardList, Display, HitType, SearchHit, SearchResult } from '../api/types';
import { ItemId } from '../components/ItemId';
import { SearchForm } from '../components/SearchForm';
import { ErrorBox, Loading } from '../components/Status';
import { Text } from '../components/Text';
import { useTitle } from '../components/useTitle';
import { safeHighlight } from '../format';
import { useI18n } from '../i18n';
import { Link, useLocation } from '../router';

const ORDER: HitType[] = ['card', 'profession', 'labourFunction', 'task', 'skill', 'knowledge', 'term'];

/** Where a hit opens: its card at the item, a profession's cards, a term in the list. */
export function hitHref(hit: SearchHit): string {
  if (hit.type === 'card' && hit.card) return `/cards/${hit.card.code}/${hit.card.level}`;
  if (hit.card) return `/cards/${hit.card.code}/${hit.card.level}#item-${hit.id}`;
  if (hit.type === 'profession') return `/cards?profession=${encodeURIComponent(hit.id)}`;
  if (hit.type === 'term') return `/terms#${hit.id}`;
  return '/cards';
}

export default function SearchPage() {
  const { t, lang } = useI18n();
  const { search } = useLocation();
  const q = (new URLSearchParams(search).get('q') ?? '').trim();
  useTitle(q ? `${q} — ${t('search.title')}` : t('search.title'));
  const result = useApi<SearchResult>(q ? apiUrl('/search', { q, limit: 100 }) : null);
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
          <p role="status" className="result-count">
            {result.data.hits.length === 0
              ? t('search.none', { q })
              : t('search.results', { q, n: result.data.hits.length })}
          </p>
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
              <ul className="hits">
                {g.hits.map((hit) => (
                  <Hit
                    key={`${hit.type}:${hit.id}`}
                    hit={hit}
                    cardName={hit.card ? names.get(`${hit.card.code}/${hit.card.level}`) : undefined}
                  />
                ))}
              </ul>
            </section>
          ))}
        </>
      )}
    </section>
  );
}

function Hit({ hit, cardName }: { hit: SearchHit; cardName?: Display }) {
  const { t } = useI18n();
  const html = safeHighlight(hit.highlight);
  return (
    <li className="hit" data-hit-type={hit.type}>
      <Link href={hitHref(hit)} className="hit-link" lang="kk">
        {html === null ? (
          hit.text
        ) : (
          // The server HTML-escapes the text and adds only <mark>; safeHighlight checks that.
          // biome-ignore lint/security/noDangerouslySetInnerHtml: escaped by the server, checked above
          <span dangerouslySetInnerHTML={{ __html: html }} />
        )}
      </Link>
      <p className="hit-meta">
        {hit.card && hit.type !== 'card' && (
          <span>
            {cardName && (
              <>
                <Text d={cardName} />
                {' · '}
              </>
            )}
            {t('search.inCard', { code: hit.card.code, level: hit.card.level })}
          </span>
        )}
        {hit.card && hit.type === 'card' && <span>{t('common.sqfLevel', { n: hit.card.level })}</span>}
        <ItemId id={hit.id} />
      </p>
    </li>
  );
}
