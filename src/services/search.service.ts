/**
 * Search over an edition: an in-memory index per edition, built from the stored items and
 * rebuilt when the edition changes (its revision is the cache key). Ranking happens in the app,
 * so both database engines give the same answers. The answers to recent queries are kept with
 * the index, so they go when it goes: the same query is ranked, highlighted and named once per
 * revision, and the HTTP layer then serialises and compresses that one value once too.
 */
import { AppError } from '../domain/shared/errors.js';
import { type KeptCache, createKeptCache } from '../domain/shared/kept-cache.js';
import { displayOfKey, type Lang } from '../domain/shared/localize.js';
import { kazakhAnalyzer } from '../domain/search/analyzer.js';
import {
  type GroupedHit,
  groupIdenticalTexts,
  type SearchGrouping,
  sameTextKey,
  ungrouped,
} from '../domain/search/group-hits.js';
import { highlight } from '../domain/search/highlight.js';
import { type HitType, SearchIndex, type SearchHit } from '../domain/search/search-index.js';
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

export type SearchServiceOptions = {
  /** How many answers are kept per edition (0: none; benchmarks measure the work itself). */
  keptAnswers?: number;
};

/** Enough for the queries people repeat (the popular ones and paging back and forth); an answer is
 * 2–20 kB and a ranked list up to a few hundred hits, so the bound is a few MB per edition at
 * most. With 0, nothing is kept (a cache of none keeps nothing). */
const KEPT_ANSWERS = 500;

type Indexed = {
  index: SearchIndex;
  /** Item id → the key its text is grouped by (as `sameTextKey` makes it), made once per item. */
  textKeys: Map<string, string>;
  /** `lang:id` → the hit's name in that language: read from the database once per item and language. */
  names: Map<string, Display>;
  reviews: TranslationReviews | null;
  /** A query's hits, ranked and grouped: shared by its pages and languages. */
  ranked: KeptCache<GroupedHit[]>;
  /** Whole answers (one page in one language). */
  answers: KeptCache<SearchAnswer>;
};

type Display = ReturnType<typeof displayOfKey>;

/** The names of a page's hits in `lang`: those not yet known are read in one query. */
async function namesOf(
  database: OpenDb,
  editionId: string,
  { reviews, names }: Pick<Indexed, 'reviews' | 'names'>,
  hits: readonly SearchHit[],
  lang: Lang,
): Promise<Display[]> {
  const keyOf = (id: string) => `${lang}\u0000${id}`;
  const unknown = hits.filter((h) => !names.has(keyOf(h.id)));
  const items = new Map(
    (
      await itemsByIds(
        database.db,
        editionId,
        unknown.map((h) => h.id),
      )
    ).map((item) => [item.id, item]),
  );
  for (const hit of unknown) {
    const item = items.get(hit.id);
    const text = item?.text ?? { kk: hit.text };
    names.set(keyOf(hit.id), displayOfKey(text, lang, reviews, item ? keyOfItemText(item) : hit.id));
  }
  return hits.map((h) => names.get(keyOf(h.id)) as Display);
}

/** Every hit of a query, ranked and grouped (the same for each of its pages and languages). */
function rankedHits(
  { index, textKeys, ranked }: Pick<Indexed, 'index' | 'textKeys' | 'ranked'>,
  q: string,
  query: SearchQuery,
): Promise<GroupedHit[]> {
  const keyOf = (hit: SearchHit) => {
    let key = textKeys.get(hit.id);
    if (key === undefined) {
      key = sameTextKey(hit);
      textKeys.set(hit.id, key);
    }
    return key;
  };
  const key = JSON.stringify([q, query.types ?? null, query.group ?? 'text']);
  return ranked.get(key, async () => {
    const hits = index.search(q, { limit: Number.MAX_SAFE_INTEGER, types: query.types });
    return query.group === 'none' ? ungrouped(hits) : groupIdenticalTexts(hits, keyOf);
  });
}

/** One page of hits, ranked, grouped, highlighted and named. */
async function answerPage(
  database: OpenDb,
  editionId: string,
  indexed: Omit<Indexed, 'answers'>,
  q: string,
  query: SearchQuery,
) {
  const { index } = indexed;
  const offset = query.offset ?? 0;
  // Every hit, ranked and grouped, so the total is known; only one page is highlighted and named.
  const all = await rankedHits(indexed, q, query);
  const page = all.slice(offset, offset + query.limit);
  const lang = query.lang ?? 'kk';
  const names = await namesOf(database, editionId, indexed, page, lang);
  return {
    edition: editionId,
    query: q,
    total: all.length,
    offset,
    limit: query.limit,
    hits: page.map(({ matched, ...hit }, k) => {
      const stems = new Set(matched);
      const name = names[k] as Display;
      return {
        ...hit,
        name,
        highlight: highlight(hit.text, stems, (w) => index.stemsOfWord(w, 'kk')),
        // The words of a Russian or English query are marked in the translation people read.
        nameHighlight: highlight(name.text, stems, (w) => index.stemsOfWord(w, name.lang)),
      };
    }),
  };
}

export type SearchAnswer = Awaited<ReturnType<typeof answerPage>>;

export function createSearchService(database: OpenDb, editions: EditionService, opts: SearchServiceOptions = {}) {
  const cache = new Map<string, { key: string } & Indexed>();
  const MAX_CACHED = 20;
  const keptAnswers = opts.keptAnswers ?? KEPT_ANSWERS;

  /** The index and the translations' review states, both of the edition's current revision. */
  async function indexFor(editionId: string): Promise<Indexed> {
    const key = await editions.revision(editionId);
    const cached = cache.get(editionId);
    if (cached && cached.key === key) return cached;
    const index = new SearchIndex(await searchDocuments(database.db, editionId), kazakhAnalyzer);
    const reviews = await editions.translationReviews(editionId);
    if (cache.size >= MAX_CACHED) cache.delete(cache.keys().next().value as string);
    const entry = {
      key,
      index,
      reviews,
      textKeys: new Map<string, string>(),
      names: new Map<string, Display>(),
      ranked: createKeptCache<GroupedHit[]>(keptAnswers),
      answers: createKeptCache<SearchAnswer>(keptAnswers),
    };
    cache.set(editionId, entry);
    return entry;
  }

  return {
    async search(query: SearchQuery) {
      const q = validateQuery(query.q);
      const editionId = await editions.resolveEditionId(query.edition);
      const indexed = await indexFor(editionId);
      const key = JSON.stringify([
        q,
        query.limit,
        query.offset ?? 0,
        query.types ?? null,
        query.lang ?? 'kk',
        query.group ?? 'text',
      ]);
      return indexed.answers.get(key, () => answerPage(database, editionId, indexed, q, query));
    },
  };
}

export type SearchService = ReturnType<typeof createSearchService>;
