/**
 * Editions of standards: load one (idempotently, in one transaction), list them, read one
 * back whole, export it. Loading never deletes: items that left the edition are deprecated.
 */
import { AppError } from '../domain/shared/errors.js';
import type { Edition } from '../domain/standard/edition.js';
import { type ExportDocument, toExportDocument } from '../domain/standard/export-document.js';
import { checkText, collectSourcedTexts } from '../domain/standard/fidelity.js';
import { type InvariantIssue, checkInvariants } from '../domain/standard/invariants.js';
import { assembleEdition, flattenEdition } from '../domain/standard/item-tree.js';
import { type EditionMeta, editionSchema } from '../domain/standard/schemas.js';
import { type TranslationReviews, reviewsOfEdition } from '../domain/standard/translations.js';
import { searchTextOf } from './search-text.js';
import { type CacheEvent, notifyCacheEvent } from '../storage/cache-events.js';
import type { OpenDb } from '../storage/db.js';
import { contentHash, itemUuid } from '../storage/identity.js';
import * as repo from '../storage/repositories/edition.repository.js';

export type LoadReport = {
  edition: string;
  created: boolean;
  metadataChanged: boolean;
  items: { inserted: number; updated: number; unchanged: number; deprecated: number; total: number };
  /** Defects of the data that do not stop loading (they are the quality checks' business). */
  warnings: InvariantIssue[];
  /** Texts that do not match their source lines (should be none for a reviewed edition). */
  fidelityProblems: number;
};

export type EditionSummary = {
  id: string;
  /** The order and its provisions (purpose, uses) as loaded. */
  order: EditionMeta['order'];
  provisions: EditionMeta['provisions'];
  uuid: string;
  standardId: string;
  status: EditionMeta['status'];
  orderDate: string;
  title: EditionMeta['standard']['title'];
  loadedAt: string;
  current: boolean;
  /** Items by kind. */
  counts: Record<string, number>;
};

export type StandardSummary = {
  id: string;
  title: EditionMeta['standard']['title'];
  editions: Pick<EditionSummary, 'id' | 'status' | 'orderDate' | 'current'>[];
};

/**
 * How long a process trusts its list of editions when it cannot hear other processes' loads (the
 * embedded database, a lost LISTEN connection, or reads from a replica that may lag behind the
 * notification). A load in this process clears the list at once; others see it within this time.
 * It keeps a database round trip off every read request.
 */
export const EDITIONS_TTL_MS = 1000;

/**
 * How long the list is trusted while the cache-event listener is live: every load, anywhere,
 * clears it through NOTIFY, so the TTL is only a safety net.
 */
export const EDITIONS_LISTENED_TTL_MS = 60_000;

export type EditionServiceOptions = {
  /** The list's TTL now (it depends on whether notifications are arriving); EDITIONS_TTL_MS by default. */
  listTtlMs?: () => number;
  /** This service set's name in the cache notifications it sends (see CacheEvent.origin). */
  origin?: string;
};

/**
 * The current edition: of the PRIMARY standard (the one loaded first), the newest in force, else
 * its newest. Other standards (a new one published from the workbench, say) are read by id:
 * publishing a later-dated standard must not replace Order 262 on every page. Rows come newest
 * order first.
 */
export function pickCurrentEdition(rows: readonly repo.EditionRow[]): string | undefined {
  let primary: repo.EditionRow | undefined;
  for (const r of rows) {
    const earlier =
      !primary ||
      r.standardCreatedAt.getTime() < primary.standardCreatedAt.getTime() ||
      (r.standardCreatedAt.getTime() === primary.standardCreatedAt.getTime() && r.standardId < primary.standardId);
    if (earlier) primary = r;
  }
  if (!primary) return undefined;
  const own = rows.filter((r) => r.standardId === primary.standardId);
  return (own.find((r) => r.status === 'in-force') ?? own[0])?.id;
}

/** An edition checked and flattened for writing (`prepareEdition`), as `writeEdition` takes it. */
export type PreparedEdition = {
  edition: Edition;
  standardId: string;
  records: repo.StoredItem[];
  metaHash: string;
  /** The review state of the edition's translations, limited to its translated texts; null: none given. */
  translationReviews: TranslationReviews | null;
  issues: InvariantIssue[];
  fidelityProblems: number;
};

/**
 * Checks an edition (its invariants' errors refuse it) and flattens it into stored records with
 * their hashes and search texts: the pure half of loading, shared by `load` and publishing.
 */
export function prepareEdition(edition: Edition): PreparedEdition {
  const issues = checkInvariants(edition);
  const errors = issues.filter((i) => i.severity === 'error');
  if (errors.length > 0) {
    throw new AppError(
      'invalid_data_file',
      `Edition "${edition.meta.id}" cannot be loaded: ${errors.length} problem(s).`,
      errors.map((e) => ({ path: e.path, message: e.message })),
    );
  }
  const lines = edition.sourceText.split('\n');
  const fidelityProblems = collectSourcedTexts({
    meta: edition.meta,
    terms: edition.terms,
    professions: edition.professions,
    cards: edition.cards,
  }).flatMap((t) => checkText(lines, t)).length;

  const standardId = edition.meta.standard.id;
  const cardKeys = new Map(edition.cards.map((c) => [c.id, { code: c.code.value, level: c.level.value }]));
  const records = flattenEdition(edition).map((r) => {
    const searchText = searchTextOf(r);
    const card = (r.cardId ? cardKeys.get(r.cardId) : cardKeys.get(r.id)) ?? null;
    // The hash covers the analysed text too, so a better analyser re-indexes items on the next load.
    const hash = contentHash({ ...r, searchText });
    return { ...r, uuid: itemUuid(standardId, r.id), deprecated: false, card, searchText, contentHash: hash };
  });
  const translationReviews = edition.translationReviews ? reviewsOfEdition(edition, edition.translationReviews) : null;
  // The reviews are part of the row's hash, so marking a text reviewed and loading again saves it.
  const metaHash = contentHash({
    meta: edition.meta,
    sourceText: edition.sourceText,
    ...(translationReviews ? { translationReviews } : {}),
  });
  return { edition, standardId, records, metaHash, translationReviews, issues, fidelityProblems };
}

/**
 * The writing half of loading, through the caller's executor: `load` runs it in its own
 * transaction, publishing a draft inside the publish operation's, so the new edition, the
 * superseded base and the published draft commit together or not at all.
 */
export async function writeEdition(ex: repo.Executor, prepared: PreparedEdition): Promise<LoadReport> {
  const { edition, standardId, records, metaHash, translationReviews, issues, fidelityProblems } = prepared;
  await repo.upsertStandard(ex, standardId, edition.meta.standard.title);
  const existing = await repo.findEdition(ex, edition.meta.id);
  const metadataChanged = !existing || existing.contentHash !== metaHash;
  if (metadataChanged) {
    await repo.saveEdition(
      ex,
      {
        id: edition.meta.id,
        uuid: itemUuid(standardId, edition.meta.id),
        standardId,
        status: edition.meta.status,
        orderDate: edition.meta.order.date,
        meta: edition.meta as unknown as Record<string, unknown>,
        contentHash: metaHash,
        sourceText: edition.sourceText,
        translationReviews,
      },
      Boolean(existing),
    );
  }
  const known = await repo.itemHashes(ex, edition.meta.id);
  const toInsert = records.filter((r) => !known.has(r.id));
  const toUpdate = records.filter((r) => {
    const k = known.get(r.id);
    return k !== undefined && (k.contentHash !== r.contentHash || k.deprecated);
  });
  const present = new Set(records.map((r) => r.id));
  const toDeprecate = [...known].filter(([id, k]) => !present.has(id) && !k.deprecated).map(([id]) => id);
  await repo.insertItems(ex, edition.meta.id, toInsert);
  for (const item of toUpdate) await repo.updateItem(ex, edition.meta.id, item);
  await repo.deprecateItems(ex, edition.meta.id, toDeprecate);
  if (!metadataChanged && toInsert.length + toUpdate.length + toDeprecate.length > 0) {
    await repo.touchEdition(ex, edition.meta.id);
  }
  return {
    edition: edition.meta.id,
    created: !existing,
    metadataChanged,
    items: {
      inserted: toInsert.length,
      updated: toUpdate.length,
      unchanged: records.length - toInsert.length - toUpdate.length,
      deprecated: toDeprecate.length,
      total: records.length,
    },
    warnings: issues.filter((i) => i.severity === 'warning'),
    fidelityProblems,
  };
}

export function createEditionService(database: OpenDb, opts: EditionServiceOptions = {}) {
  const { db } = database;
  const listTtlMs = opts.listTtlMs ?? (() => EDITIONS_TTL_MS);
  let cached: { at: number; rows: Promise<repo.EditionRow[]> } | undefined;
  const subscribers: ((event: CacheEvent | undefined) => void)[] = [];
  /** The review state of each edition's translations, by edition id (small: one state per text). */
  const reviewsCache = new Map<string, Promise<TranslationReviews | null>>();

  /**
   * An edition changed (here, or in another process as NOTIFY said; `undefined`: anything may
   * have changed): drop the list and tell every cache built on the edition's data.
   */
  function changed(event: CacheEvent | undefined): void {
    cached = undefined;
    if (event) reviewsCache.delete(event.id);
    else reviewsCache.clear();
    for (const subscriber of subscribers) subscriber(event);
  }

  function editionRows(): Promise<repo.EditionRow[]> {
    const now = Date.now();
    if (!cached || now - cached.at > listTtlMs()) {
      const rows = repo.listEditions(db);
      cached = { at: now, rows };
      rows.catch(() => {
        cached = undefined;
      });
    }
    return cached.rows;
  }

  async function summaries(): Promise<EditionSummary[]> {
    const rows = await editionRows();
    const current = pickCurrentEdition(rows);
    return Promise.all(
      rows.map(async (r) => {
        const meta = editionSchema.parse(r.meta);
        return {
          id: r.id,
          order: meta.order,
          provisions: meta.provisions,
          uuid: r.uuid,
          standardId: r.standardId,
          status: meta.status,
          orderDate: r.orderDate,
          title: meta.standard.title,
          loadedAt: r.loadedAt.toISOString(),
          current: r.id === current,
          counts: await repo.countItemsByKind(db, r.id),
        };
      }),
    );
  }

  /** The edition used when none is named: the newest one in force, else the newest. */
  async function resolveEditionId(id?: string): Promise<string> {
    const rows = await editionRows();
    if (id === undefined) {
      const current = pickCurrentEdition(rows);
      if (!current) throw new AppError('not_found', 'No edition is loaded yet; run `kasip load`.');
      return current;
    }
    if (!rows.some((r) => r.id === id)) {
      throw new AppError(
        'not_found',
        `There is no edition "${id}". Known editions: ${rows.map((r) => r.id).join(', ') || 'none'}.`,
      );
    }
    return id;
  }

  async function readEdition(id?: string): Promise<Edition> {
    const editionId = await resolveEditionId(id);
    const row = await repo.findEdition(db, editionId);
    const sourceText = await repo.readSourceText(db, editionId);
    if (!row || sourceText === undefined) throw new AppError('not_found', `There is no edition "${editionId}".`);
    const items = await repo.listItems(db, editionId);
    const reviews = await repo.readTranslationReviews(db, editionId);
    const edition = assembleEdition(editionSchema.parse(row.meta), sourceText, items);
    return reviews ? { ...edition, translationReviews: reviews } : edition;
  }

  /** `load`'s transaction: an edition is loaded whole or not at all. */
  function loadInTransaction(prepared: PreparedEdition): Promise<LoadReport> {
    return db.transaction().execute(async (trx) => {
      // Queued now, delivered by PostgreSQL on commit only: other processes drop their caches.
      await queueChange(trx, prepared.edition.meta.id);
      return writeEdition(trx, prepared);
    });
  }

  /**
   * Queues the cache notification for an edition written in the transaction `ex` (PostgreSQL
   * delivers it on commit only; the embedded engine has no other process to tell).
   */
  async function queueChange(ex: repo.Executor, id: string): Promise<void> {
    if (database.engine === 'postgres') await notifyCacheEvent(ex, { kind: 'edition', id, origin: opts.origin });
  }

  return {
    list: summaries,
    resolveEditionId,
    changed,
    /** Runs `handler` whenever an edition changes (see `changed`); caches keyed by edition subscribe. */
    onChange(handler: (event: CacheEvent | undefined) => void): void {
      subscribers.push(handler);
    },
    queueChange,
    read: readEdition,
    /** The review state of an edition's translations (null: loaded without any), kept until the edition changes. */
    translationReviews(id: string): Promise<TranslationReviews | null> {
      let reviews = reviewsCache.get(id);
      if (!reviews) {
        const read = repo.readTranslationReviews(db, id);
        reviews = read;
        reviewsCache.set(id, read);
        read.catch(() => {
          if (reviewsCache.get(id) === read) reviewsCache.delete(id);
        });
      }
      return reviews;
    },

    /** One edition's summary; without an id, the current edition's. */
    async summary(id?: string): Promise<EditionSummary> {
      const editionId = await resolveEditionId(id);
      const found = (await summaries()).find((e) => e.id === editionId);
      if (!found) throw new AppError('not_found', `There is no edition "${editionId}".`);
      return found;
    },

    /** Every standard loaded, with its editions (newest order first). */
    async standards(): Promise<StandardSummary[]> {
      const all = await summaries();
      const byStandard = new Map<string, EditionSummary[]>();
      for (const e of all) byStandard.set(e.standardId, [...(byStandard.get(e.standardId) ?? []), e]);
      return [...byStandard].flatMap(([id, own]) =>
        own[0]
          ? [
              {
                id,
                title: own[0].title,
                editions: own.map((e) => ({ id: e.id, status: e.status, orderDate: e.orderDate, current: e.current })),
              },
            ]
          : [],
      );
    },

    /**
     * Loads an edition. Loading the same data twice changes nothing; a changed item is updated,
     * a new one inserted, a vanished one deprecated: all in one transaction, or nothing.
     */
    async load(edition: Edition): Promise<LoadReport> {
      const prepared = prepareEdition(edition);
      try {
        return await loadInTransaction(prepared);
      } finally {
        // After the commit (or rollback), so no read re-caches the old list.
        changed({ kind: 'edition', id: edition.meta.id });
      }
    },

    /**
     * A key that changes whenever the edition's data changes (every load that changes it touches
     * `loaded_at`): derived data — rendered cards, search indexes — is cached under it.
     */
    async revision(id: string): Promise<string> {
      const row = (await editionRows()).find((r) => r.id === id);
      return row ? `${row.id}:${row.contentHash}:${row.loadedAt.toISOString()}` : `${id}:unknown`;
    },

    async export(id?: string): Promise<ExportDocument> {
      const edition = await readEdition(id);
      return toExportDocument(edition, (itemId) => itemUuid(edition.meta.standard.id, itemId));
    },

    /** The official text an edition's source lines point into. */
    async sourceText(id?: string): Promise<{ edition: string; text: string }> {
      const editionId = await resolveEditionId(id);
      return { edition: editionId, text: (await repo.readSourceText(db, editionId)) ?? '' };
    },

    async isEmpty(): Promise<boolean> {
      return (await editionRows()).length === 0;
    },
  };
}

export type EditionService = ReturnType<typeof createEditionService>;
