/**
 * Search over an edition: an in-memory index per edition, built from the stored items and
 * rebuilt when the edition changes (its content hash and item count are the cache key). Ranking
 * happens in the app, so both database engines give the same answers.
 */
import { AppError } from '../domain/shared/errors.js';
import { displayOfKey, type Lang } from '../domain/shared/localize.js';
import { kazakhAnalyzer } from '../domain/search/analyzer.js';
import { groupIdenticalTexts, type SearchGrouping, ungrouped } from '../domain/search/group-hits.js';
import { highlight } from '../domain/search/highlight.js';
import { type HitType, SearchIndex } from '../domain/search/search-index.js';
import { type TranslationReviews, keyOfItemText } from '../domain/standard/translations.js';
import type { OpenDb } from '../storage/db.js';
import { itemsByIds } from '../storage/repositories/registry.repository.js';
import { searchDocuments } from '../storage/repositories/search.repository.js';
import type { EditionService } from './edition.service.js';
import { queryProblem } from './registry/schemas/search.js';

export type SearchQuery = {
  q: string;
  limit: number;
  /** How many of the best hits to skip (a later page). */
  offset?: number | undefined;
  types?: HitType[] | undefined;
  edition?: string | undefined;
  /** The language of each hit's `name` (Kazakh when absent). */
  lang?: Lang | undefined;
  /** `text` (the default): a text printed in several cards is one hit naming the others
   * (`alsoIn`); `none`: every item on its own. */
  group?: SearchGrouping | undefined;
};

/**
 * Checks a query (the operation's input schema checks it first, with the same function) and
 * trims it; throws validation_failed naming `q`.
 */
function validateQuery(q: string): string {
  const problem = queryProblem(q);
  if (problem) throw new AppError('validation_failed', problem, [{ path: 'q', message: problem }]);
  return q.trim();
}

type Indexed = { index: SearchIndex; reviews: TranslationReviews | null };

export function createSearchService(database: OpenDb, editions: EditionService) {
  const cache = new Map<string, { key: string } & Indexed>();
  const MAX_CACHED = 20;

  /** The index and the translations' review states, both of the edition's current revision. */
  async function indexFor(editionId: string): Promise<Indexed> {
    const key = await editions.revision(editionId);
    const cached = cache.get(editionId);
    if (cached && cached.key === key) return cached;
    const index = new SearchIndex(await searchDocuments(database.db, editionId), kazakhAnalyzer);
    const reviews = await editions.translationReviews(editionId);
    if (cache.size >= MAX_CACHED) cache.delete(cache.keys().next().value as string);
    const entry = { key, index, reviews };
    cache.set(editionId, entry);
    return entry;
  }

  return {
    async search(query: SearchQuery) {
      const q = validateQuery(query.q);
      const editionId = await editions.resolveEditionId(query.edition);
      const { index, reviews } = await indexFor(editionId);
      const offset = query.offset ?? 0;
      // Every hit, ranked and grouped, so the total is known; only one page is highlighted and named.
      const ranked = index.search(q, { limit: Number.MAX_SAFE_INTEGER, types: query.types });
      const all = query.group === 'none' ? ungrouped(ranked) : groupIdenticalTexts(ranked);
      const page = all.slice(offset, offset + query.limit);
      const items = new Map(
        (
          await itemsByIds(
            database.db,
            editionId,
            page.map((h) => h.id),
          )
        ).map((item) => [item.id, item]),
      );
      const lang = query.lang ?? 'kk';
      return {
        edition: editionId,
        query: q,
        total: all.length,
        offset,
        limit: query.limit,
        hits: page.map(({ matched, ...hit }) => {
          const stems = new Set(matched);
          const item = items.get(hit.id);
          const name = displayOfKey(item?.text ?? { kk: hit.text }, lang, reviews, item ? keyOfItemText(item) : hit.id);
          return {
            ...hit,
            name,
            highlight: highlight(hit.text, stems, (w) => kazakhAnalyzer.document(w, 'kk')),
            // The words of a Russian or English query are marked in the translation people read.
            nameHighlight: highlight(name.text, stems, (w) => kazakhAnalyzer.document(w, name.lang)),
          };
        }),
      };
    },
  };
}

export type SearchService = ReturnType<typeof createSearchService>;
