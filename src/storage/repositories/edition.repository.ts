/**
 * Rows of editions and their items. Functions take the executor (a Kysely instance or a
 * transaction) as their first argument: with PGlite's single connection, a repository that
 * used `db` inside a service's transaction would deadlock.
 */
import type { Kysely, Transaction } from 'kysely';
import type { ItemRecord } from '../../domain/standard/item-tree.js';
import { type TranslationReviews, translationReviewsSchema } from '../../domain/standard/translations.js';
import type { Database } from '../schema.js';
import { toStoredItem } from './item-row.js';

export type Executor = Kysely<Database> | Transaction<Database>;

export type EditionRow = {
  id: string;
  uuid: string;
  standardId: string;
  status: string;
  orderDate: string;
  meta: Record<string, unknown>;
  contentHash: string;
  loadedAt: Date;
  /** When the edition's standard was first loaded: the first standard is the primary one. */
  standardCreatedAt: Date;
};

export type StoredItem = ItemRecord & {
  uuid: string;
  contentHash: string;
  deprecated: boolean;
  /** The card the item belongs to (for a card, itself); null for terms and professions. */
  card: { code: string; level: number } | null;
  searchText: string;
};

export async function upsertStandard(ex: Executor, id: string, title: Record<string, unknown>): Promise<void> {
  await ex
    .insertInto('standard')
    .values({ id, title: JSON.stringify(title) as never })
    .onConflict((oc) => oc.column('id').doUpdateSet({ title: JSON.stringify(title) as never }))
    .execute();
}

function toEditionRow(r: {
  id: string;
  uuid: string;
  standard_id: string;
  status: string;
  order_date: string | Date;
  meta: Record<string, unknown>;
  content_hash: string;
  loaded_at: Date;
  standard_created_at: Date | string;
}): EditionRow {
  const orderDate =
    r.order_date instanceof Date ? r.order_date.toISOString().slice(0, 10) : String(r.order_date).slice(0, 10);
  return {
    id: r.id,
    uuid: r.uuid,
    standardId: r.standard_id,
    status: r.status,
    orderDate,
    meta: r.meta,
    contentHash: r.content_hash,
    loadedAt: r.loaded_at,
    standardCreatedAt: new Date(r.standard_created_at),
  };
}

const editionColumns = [
  'edition.id',
  'edition.uuid',
  'edition.standard_id',
  'edition.status',
  'edition.order_date',
  'edition.meta',
  'edition.content_hash',
  'edition.loaded_at',
  'standard.created_at as standard_created_at',
] as const;

function selectEditions(ex: Executor) {
  return ex.selectFrom('edition').innerJoin('standard', 'standard.id', 'edition.standard_id').select(editionColumns);
}

export async function findEdition(ex: Executor, id: string): Promise<EditionRow | undefined> {
  const row = await selectEditions(ex).where('edition.id', '=', id).executeTakeFirst();
  return row ? toEditionRow(row) : undefined;
}

/** Editions, newest order first. */
export async function listEditions(ex: Executor): Promise<EditionRow[]> {
  const rows = await selectEditions(ex).orderBy('edition.order_date', 'desc').orderBy('edition.id').execute();
  return rows.map(toEditionRow);
}

/**
 * Marks an edition superseded by a newer one: its status column and its metadata's status, so
 * every reader (lists, the current-edition rule, exports) sees it. Its items and text stay.
 */
export async function supersedeEdition(ex: Executor, id: string, meta: Record<string, unknown>): Promise<void> {
  await ex
    .updateTable('edition')
    .set({
      status: 'superseded',
      meta: JSON.stringify({ ...meta, status: 'superseded' }) as never,
      loaded_at: new Date(),
    })
    .where('id', '=', id)
    .execute();
}

/** The review state of the edition's translations (null: the edition was loaded without any). */
export async function readTranslationReviews(ex: Executor, editionId: string): Promise<TranslationReviews | null> {
  const row = await ex
    .selectFrom('edition')
    .select('translation_reviews')
    .where('id', '=', editionId)
    .executeTakeFirst();
  return parseTranslationReviews(row?.translation_reviews ?? null);
}

/** A stored review map read back, keeping only the languages and states the domain knows. */
export function parseTranslationReviews(raw: unknown): TranslationReviews | null {
  if (raw === null || raw === undefined) return null;
  const parsed = translationReviewsSchema.safeParse(typeof raw === 'string' ? JSON.parse(raw) : raw);
  return parsed.success ? parsed.data : null;
}

export async function readSourceText(ex: Executor, editionId: string): Promise<string | undefined> {
  const row = await ex.selectFrom('edition').select('source_text').where('id', '=', editionId).executeTakeFirst();
  return row?.source_text;
}

export async function saveEdition(
  ex: Executor,
  row: Omit<EditionRow, 'loadedAt' | 'standardCreatedAt'> & {
    sourceText: string;
    translationReviews: TranslationReviews | null;
  },
  exists: boolean,
): Promise<void> {
  const values = {
    translation_reviews: row.translationReviews === null ? null : JSON.stringify(row.translationReviews),
    uuid: row.uuid,
    standard_id: row.standardId,
    status: row.status,
    order_date: row.orderDate,
    meta: JSON.stringify(row.meta) as never,
    source_text: row.sourceText,
    content_hash: row.contentHash,
    loaded_at: new Date(),
  };
  if (exists) await ex.updateTable('edition').set(values).where('id', '=', row.id).execute();
  else
    await ex
      .insertInto('edition')
      .values({ id: row.id, ...values })
      .execute();
}

export async function itemHashes(
  ex: Executor,
  editionId: string,
): Promise<Map<string, { contentHash: string; deprecated: boolean }>> {
  const rows = await ex
    .selectFrom('item')
    .select(['id', 'content_hash', 'deprecated'])
    .where('edition_id', '=', editionId)
    .execute();
  return new Map(rows.map((r) => [r.id, { contentHash: r.content_hash, deprecated: r.deprecated }]));
}

function toColumns(editionId: string, item: StoredItem) {
  return {
    edition_id: editionId,
    id: item.id,
    uuid: item.uuid,
    kind: item.kind,
    parent_id: item.parentId,
    card_id: item.cardId,
    position: item.position,
    text_kk: item.text?.kk ?? null,
    text_ru: item.text?.ru ?? null,
    text_en: item.text?.en ?? null,
    source_from: item.source?.[0] ?? null,
    source_to: item.source?.[1] ?? null,
    data: JSON.stringify(item.data) as never,
    content_hash: item.contentHash,
    deprecated: false,
    card_code: item.card?.code ?? null,
    card_level: item.card?.level ?? null,
    search_text: item.searchText,
    updated_at: new Date(),
  };
}

/** Inserts in batches: one statement per few hundred rows keeps parameters under PostgreSQL's limit. */
export async function insertItems(ex: Executor, editionId: string, items: StoredItem[]): Promise<void> {
  for (let i = 0; i < items.length; i += 500) {
    const batch = items.slice(i, i + 500).map((item) => toColumns(editionId, item));
    if (batch.length > 0) await ex.insertInto('item').values(batch).execute();
  }
}

export async function updateItem(ex: Executor, editionId: string, item: StoredItem): Promise<void> {
  const { edition_id: _e, id: _i, ...set } = toColumns(editionId, item);
  await ex.updateTable('item').set(set).where('edition_id', '=', editionId).where('id', '=', item.id).execute();
}

/** Items that left the edition are deprecated, never deleted: ids and UUIDs stay resolvable. */
export async function deprecateItems(ex: Executor, editionId: string, ids: string[]): Promise<void> {
  for (let i = 0; i < ids.length; i += 500) {
    const batch = ids.slice(i, i + 500);
    await ex
      .updateTable('item')
      .set({ deprecated: true, updated_at: new Date() })
      .where('edition_id', '=', editionId)
      .where('id', 'in', batch)
      .execute();
  }
}

/** The edition's current (not deprecated) items. */
export async function listItems(ex: Executor, editionId: string): Promise<StoredItem[]> {
  const rows = await ex
    .selectFrom('item')
    .selectAll()
    .where('edition_id', '=', editionId)
    .where('deprecated', '=', false)
    .execute();
  return rows.map(toStoredItem);
}

export async function countItemsByKind(ex: Executor, editionId: string): Promise<Record<string, number>> {
  const rows = await ex
    .selectFrom('item')
    .select(['kind', (eb) => eb.fn.countAll<string>().as('n')])
    .where('edition_id', '=', editionId)
    .where('deprecated', '=', false)
    .groupBy('kind')
    .execute();
  return Object.fromEntries(rows.map((r) => [r.kind, Number(r.n)]));
}

/** Marks the edition as changed now (caches of derived data, like search indexes, key on it). */
export async function touchEdition(ex: Executor, id: string): Promise<void> {
  await ex.updateTable('edition').set({ loaded_at: new Date() }).where('id', '=', id).execute();
}
