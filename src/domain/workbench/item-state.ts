/**
 * How a draft's item stands against the edition the draft started from. What is compared is
 * what the item says and where it hangs (kind, parent, own data), not its position among its
 * siblings: moving one item up a list renumbers its neighbours, and they have not changed.
 * The hash itself is storage's (`contentHash`); the domain says what goes into it.
 */
import type { ItemRecord } from '../standard/item-tree.js';
import type { DraftItem, ItemState } from './draft.js';

/** The part of an item its hash covers (the draft's `base_hash` and the item's hash now). */
export const hashedPart = (item: Pick<ItemRecord, 'kind' | 'parentId' | 'data'>) => ({
  kind: item.kind,
  parentId: item.parentId,
  data: item.data,
});

type Stateful = Pick<DraftItem, 'kind' | 'parentId' | 'data' | 'deprecated' | 'baseHash'>;

/** `hash` is the hash of the item's `hashedPart` now. */
export function itemState(item: Stateful, hash: (item: Stateful) => string): ItemState {
  if (item.deprecated) return 'deprecated';
  if (item.baseHash === null) return 'new';
  return hash(item) === item.baseHash ? 'unchanged' : 'changed';
}

/** The counts a draft shows: current items, and the new, changed and deprecated ones. */
export function stateCounts(items: readonly DraftItem[], hash: (item: Stateful) => string) {
  const counts = { items: 0, new: 0, changed: 0, deprecated: 0 };
  for (const item of items) {
    const state = itemState(item, hash);
    if (state !== 'deprecated') counts.items += 1;
    if (state !== 'unchanged') counts[state] += 1;
  }
  return counts;
}
