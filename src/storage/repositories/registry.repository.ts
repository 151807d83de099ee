/**
 * Read queries of the registry over the items of an edition.
 */
import { sql } from 'kysely';
import type { ItemKind } from '../../domain/standard/item-tree.js';
import type { Executor, StoredItem } from './edition.repository.js';
import { toStoredItem } from './item-row.js';

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
