/**
 * Previous/next links under a page of search hits. Links, not buttons: the page number lives in
 * the URL, so a page of results can be bookmarked, shared and reached with Back.
 */
import { useI18n } from '../../i18n';
import { Link } from '../../router';
import './search.css';

export const SEARCH_PAGE_SIZE = 20;

/** The page asked for in the URL (`?page=3`), 1 when absent or not a positive whole number. */
export function pageFromSearch(search: string): number {
  const raw = new URLSearchParams(search).get('page') ?? '';
  const n = /^[0-9]{1,4}$/.test(raw) ? Number(raw) : 1;
  return Math.max(1, n);
}

/** `/search?q=…&page=n` (page 1 has no `page`, so the first page keeps its old address). */
export function searchHref(q: string, page: number): string {
  const params = new URLSearchParams({ q });
  if (page > 1) params.set('page', String(page));
  return `/search?${params.toString()}`;
}

export function SearchPager({ q, page, total }: { q: string; page: number; total: number }) {
  const { t } = useI18n();
  const pages = Math.max(1, Math.ceil(total / SEARCH_PAGE_SIZE));
  if (pages <= 1) return null;
  return (
    <nav className="search-pager" aria-label={t('search.pagesLabel')}>
      {page > 1 ? (
        <Link href={searchHref(q, page - 1)} rel="prev" className="button secondary" data-testid="search-prev">
          {t('search.prev')}
        </Link>
      ) : (
        <span className="search-pager-gap" />
      )}
      <span className="search-pager-where">{t('search.pageOf', { page, pages })}</span>
      {page < pages ? (
        <Link href={searchHref(q, page + 1)} rel="next" className="button secondary" data-testid="search-next">
          {t('search.next')}
        </Link>
      ) : (
        <span className="search-pager-gap" />
      )}
    </nav>
  );
}
