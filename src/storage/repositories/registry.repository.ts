/**
 * Read queries of the registry over the items of an edition.
 */
import { sql } from 'kysely';
import type { ItemKind } from '../../domain/standard/item-tree.js';
import type { Executor, StoredItem } from './edition.repository.js';

type Row = {
  id: string;
  uuid: string;
  kind: string;
  parent_id: string | null;
  card_id: string | null;
  position: number;
  text_kk: string | null;
  text_ru: string | null;
  text_en: string | null;
  source_from: number | null;
  source_to: number | null;
  data: Record<string, unknown>;
  content_hash: string;
  deprecated: boolean;
  card_code: string | null;
  card_level: number | null;
  search_text: string;
};

export function toStoredItem(r: Row): StoredItem {
  return {
    id: r.id,
    uuid: r.uuid,
    kind: r.kind as ItemKind,
    parentId: r.parent_id,
    cardId: r.card_id,
    position: r.position,
    text:
      r.text_kk === null
        ? null
        : { kk: r.text_kk, ...(r.text_ru ? { ru: r.text_ru } : {}), ...(r.text_en ? { en: r.text_en } : {}) },
    source: r.source_from === null || r.source_to === null ? null : [r.source_from, r.source_to],
    data: r.data,
    contentHash: r.content_hash,
    deprecated: r.deprecated,
    card: r.card_code === null || r.card_level === null ? null : { code: r.card_code, level: r.card_level },
    searchText: r.search_text,
  };
}

const current = (ex: Executor, editionId: string) =>
  ex.selectFrom('item').selectAll().where('edition_id', '=', editionId).where('deprecated', '=', false);

export async function itemsOfKind(ex: Executor, editionId: string, kind: ItemKind): Promise<StoredItem[]> {
  const rows = await current(ex, editionId).where('kind', '=', kind).orderBy('position').execute();
  return rows.map(toStoredItem);
}

export async function cardRow(
  ex: Executor,
  editionId: string,
  code: string,
  level: number,
): Promise<StoredItem | undefined> {
  const row = await current(ex, editionId)
    .where('kind', '=', 'card')
    .where('card_code', '=', code)
    .where('card_level', '=', level)
    .executeTakeFirst();
  return row ? toStoredItem(row) : undefined;
}

/** A card and everything under it. */
export async function cardTree(ex: Executor, editionId: string, cardId: string): Promise<StoredItem[]> {
  const rows = await current(ex, editionId)
    .where((eb) => eb.or([eb('card_id', '=', cardId), eb('id', '=', cardId)]))
    .execute();
  return rows.map(toStoredItem);
}

export async function findItem(ex: Executor, editionId: string, id: string): Promise<StoredItem | undefined> {
  const row = await current(ex, editionId).where('id', '=', id).executeTakeFirst();
  return row ? toStoredItem(row) : undefined;
}

export async function itemsByIds(ex: Executor, editionId: string, ids: string[]): Promise<StoredItem[]> {
  if (ids.length === 0) return [];
  const rows = await current(ex, editionId).where('id', 'in', ids).execute();
  return rows.map(toStoredItem);
}

/**
 * Items of the same kind whose Kazakh text is the same once case, punctuation and spacing are
 * ignored: the same skill copied into another card.
 */
export async function sameText(ex: Executor, editionId: string, item: StoredItem): Promise<StoredItem[]> {
  if (!item.text) return [];
  const key = sql<string>`lower(regexp_replace(text_kk, '[^[:alnum:]]+', '', 'g'))`;
  const rows = await current(ex, editionId)
    .where('kind', '=', item.kind)
    .where('id', '<>', item.id)
    .where(key, '=', sql<string>`lower(regexp_replace(${item.text.kk}::text, '[^[:alnum:]]+', '', 'g'))`)
    .orderBy('id')
    .execute();
  return rows.map(toStoredItem);
}

/** How many items of each kind each card has. */
export async function countsByCard(ex: Executor, editionId: string): Promise<Map<string, Record<string, number>>> {
  const rows = await ex
    .selectFrom('item')
    .select(['card_id', 'kind', (eb) => eb.fn.countAll<string>().as('n')])
    .where('edition_id', '=', editionId)
    .where('deprecated', '=', false)
    .where('card_id', 'is not', null)
    .groupBy(['card_id', 'kind'])
    .execute();
  const out = new Map<string, Record<string, number>>();
  for (const r of rows) {
    if (!r.card_id) continue;
    const counts = out.get(r.card_id) ?? {};
    counts[r.kind] = Number(r.n);
    out.set(r.card_id, counts);
  }
  return out;
}
