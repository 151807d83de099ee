/** An `item` row as the repositories hand it on: the item record plus its stored extras. */
import type { Selectable } from 'kysely';
import type { ItemKind } from '../../domain/standard/item-tree.js';
import type { ItemTable } from '../schema.js';
import type { StoredItem } from './edition.repository.js';

export function toStoredItem(r: Omit<Selectable<ItemTable>, 'edition_id' | 'updated_at'>): StoredItem {
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
