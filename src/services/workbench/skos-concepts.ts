/**
 * An edition's items as SKOS concepts: one index per edition (built once, kept with the edition)
 * from its item records, so an item's concept is a lookup. URLs are the public API's: an item is
 * `/api/v1/items/{id}` (ids are stable across editions), its scheme `/api/v1/editions/{id}`.
 */
import { AppError } from '../../domain/shared/errors.js';
import type { Edition } from '../../domain/standard/edition.js';
import { type ItemRecord, flattenEdition } from '../../domain/standard/item-tree.js';
import { itemUuid } from '../../storage/identity.js';
import type { ItemConcept, SchemeConcept } from './skos-schemas.js';

export type ConceptIndex = {
  scheme: SchemeConcept;
  items: Map<string, ItemRecord>;
  /** Card ids by `CODE/LEVEL`. */
  cards: Map<string, string>;
  children: Map<string, ItemRecord[]>;
  itemUrl: (id: string) => string;
  uuidOf: (id: string) => string;
};

const labelOf = (record: ItemRecord) => {
  if (!record.text) return null;
  const { kk, ru, en } = record.text;
  return { kk, ...(ru ? { ru } : {}), ...(en ? { en } : {}) };
};

export function conceptIndex(edition: Edition, publicUrl: string): ConceptIndex {
  const records = flattenEdition(edition);
  const items = new Map(records.map((r) => [r.id, r]));
  const children = new Map<string, ItemRecord[]>();
  for (const r of records) {
    if (r.parentId === null) continue;
    children.set(r.parentId, [...(children.get(r.parentId) ?? []), r]);
  }
  const standardId = edition.meta.standard.id;
  const itemUrl = (id: string) => `${publicUrl}/api/v1/items/${encodeURIComponent(id)}`;
  const { kk, ru, en } = edition.meta.standard.title;
  const scheme: SchemeConcept = {
    id: edition.meta.id,
    url: `${publicUrl}/api/v1/editions/${encodeURIComponent(edition.meta.id)}`,
    uuid: itemUuid(standardId, edition.meta.id),
    title: { kk, ...(ru ? { ru } : {}), ...(en ? { en } : {}) },
    order: { number: edition.meta.order.number, date: edition.meta.order.date },
    topConcepts: records
      .filter((r) => r.parentId === null)
      .map((r) => ({ id: r.id, url: itemUrl(r.id), kind: r.kind, label: labelOf(r) })),
  };
  const cards = new Map(edition.cards.map((c) => [`${c.code.value}/${c.level.value}`, c.id]));
  return { scheme, items, cards, children, itemUrl, uuidOf: (id) => itemUuid(standardId, id) };
}

export function conceptOf(index: ConceptIndex, id: string): ItemConcept {
  const record = index.items.get(id);
  if (!record) throw new AppError('not_found', `There is no item "${id}" in edition "${index.scheme.id}".`);
  const ref = (r: ItemRecord) => ({ id: r.id, url: index.itemUrl(r.id), kind: r.kind });
  const parent = record.parentId ? index.items.get(record.parentId) : undefined;
  const { order: _order, topConcepts: _top, ...scheme } = index.scheme;
  return {
    id: record.id,
    uuid: index.uuidOf(record.id),
    url: index.itemUrl(record.id),
    kind: record.kind,
    label: labelOf(record),
    broader: parent ? ref(parent) : null,
    narrower: (index.children.get(record.id) ?? []).map(ref),
    scheme,
  };
}

/** A card's concept, by its code and level. */
export function cardConceptOf(index: ConceptIndex, code: string, level: number): ItemConcept {
  const id = index.cards.get(`${code}/${level}`);
  if (!id) throw new AppError('not_found', `There is no card ${code}/${level} in edition "${index.scheme.id}".`);
  return conceptOf(index, id);
}

export const schemeOf = (index: ConceptIndex): SchemeConcept => index.scheme;
