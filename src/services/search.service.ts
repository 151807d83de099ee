/**
 * Search over an edition: an in-memory index per edition, built from the stored items and
 * rebuilt when the edition changes (its content hash and item count are the cache key). Ranking
 * happens in the app, so both database engines give the same answers.
 */
import { AppError } from '../domain/shared/errors.js';
import { kazakhAnalyzer } from '../domain/search/analyzer.js';
import { highlight } from '../domain/search/highlight.js';
import { HIT_TYPES, type HitType, SearchIndex } from '../domain/search/search-index.js';
import type { OpenDb } from '../storage/db.js';
import { searchDocuments } from '../storage/repositories/search.repository.js';
import type { EditionService } from './edition.service.js';

export type SearchQuery = { q: string; limit: number; types?: HitType[] | undefined; edition?: string | undefined };

export const MAX_QUERY_LENGTH = 200;
/** Control characters other than tab and line breaks (which count as spaces). */
const CONTROL = /[^\P{Cc}\t\n\r]/u;

/** Checks a query the same way for the API and the CLI; throws validation_failed naming `q`. */
export function validateQuery(q: string): string {
  const trimmed = q.trim();
  const fail = (message: string) => new AppError('validation_failed', message, [{ path: 'query.q', message }]);
  if (trimmed.length === 0) throw fail('the query is empty');
  if ([...q].length > MAX_QUERY_LENGTH) throw fail(`the query is longer than ${MAX_QUERY_LENGTH} characters`);
  if (CONTROL.test(q)) throw fail('the query contains control characters');
  return trimmed;
}

export function createSearchService(database: OpenDb, editions: EditionService) {
  const cache = new Map<string, { key: string; index: SearchIndex }>();
  const MAX_CACHED = 20;

  async function indexFor(editionId: string): Promise<SearchIndex> {
    const key = await editions.revision(editionId);
    const cached = cache.get(editionId);
    if (cached && cached.key === key) return cached.index;
    const index = new SearchIndex(await searchDocuments(database.db, editionId), kazakhAnalyzer);
    if (cache.size >= MAX_CACHED) cache.delete(cache.keys().next().value as string);
    cache.set(editionId, { key, index });
    return index;
  }

  return {
    async search(query: SearchQuery) {
      const q = validateQuery(query.q);
      const editionId = await editions.resolveEditionId(query.edition);
      const index = await indexFor(editionId);
      const hits = index.search(q, { limit: query.limit, types: query.types });
      return {
        edition: editionId,
        query: q,
        hits: hits.map(({ matched, ...hit }) => ({
          ...hit,
          highlight: highlight(hit.text, new Set(matched), (w) => kazakhAnalyzer.document(w, 'kk')),
        })),
      };
    },
  };
}

export { HIT_TYPES };
export type SearchService = ReturnType<typeof createSearchService>;
