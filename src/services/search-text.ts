/**
 * What the search index stores for an item: the analysed words of its official text and its
 * translations (and, for a term, its definition), so one query finds it in any language.
 */
import type { ItemRecord } from '../domain/standard/item-tree.js';

export function searchTextOf(record: ItemRecord): string {
  const parts = [record.text?.kk, record.text?.ru, record.text?.en];
  if (record.kind === 'term') {
    const definition = record.data.definition as { kk?: string; ru?: string; en?: string } | undefined;
    parts.push(definition?.kk, definition?.ru, definition?.en);
  }
  return parts
    .filter((p): p is string => Boolean(p))
    .join(' ')
    .normalize('NFC')
    .toLowerCase()
    .replace(/\s+/g, ' ')
    .trim();
}
