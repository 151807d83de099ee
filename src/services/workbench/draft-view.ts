/**
 * A draft as the API answers it (`draftSchema`): its row, its counts against the base edition,
 * open comments, whether its texts still cite the official text, and what the signed-in
 * methodologist may do now. The workflow operations answer it after each step too.
 */
import type { z } from 'zod';
import { type Actor, userIdOf } from '../../domain/access/actor.js';
import { type ItemKind, childListsOf } from '../../domain/standard/item-tree.js';
import type { DraftItem } from '../../domain/workbench/draft.js';
import { draftPermissions } from '../../domain/workbench/draft-permissions.js';
import { fieldsOf } from '../../domain/workbench/item-fields.js';
import { itemState, stateCounts } from '../../domain/workbench/item-state.js';
import { openComments } from '../../storage/repositories/draft-comment.repository.js';
import {
  type DraftRow,
  type StoredDraftItem,
  editionItemTexts,
  listDraftItems,
} from '../../storage/repositories/draft.repository.js';
import type { Executor } from '../../storage/repositories/edition.repository.js';
import { draftItemHash, materialiseRow } from './draft-core.js';
import type { draftItemSchema, draftSchema } from './draft-schemas.js';

export type DraftView = z.output<typeof draftSchema>;

/** `items`: the draft's items when the caller has them already (saves reading them again). */
export async function draftView(
  ex: Executor,
  row: DraftRow,
  actor: Actor,
  items?: readonly StoredDraftItem[],
): Promise<DraftView> {
  const all = items ?? (await listDraftItems(ex, row.id));
  const open = (await openComments(ex, row.id)).length;
  const materialised = materialiseRow(row, all);
  return {
    id: row.id,
    standardId: row.standardId,
    title: row.title,
    baseEditionId: row.baseEditionId,
    origin: row.origin as DraftView['origin'],
    status: row.status,
    revision: row.revision,
    createdBy: row.createdBy,
    createdAt: row.createdAt.toISOString(),
    updatedAt: row.updatedAt.toISOString(),
    submittedBy: row.submittedBy,
    approvedBy: row.approvedBy,
    publishedBy: row.publishedBy,
    publishedAt: row.publishedAt?.toISOString() ?? null,
    publishedEditionId: row.publishedEditionId,
    counts: stateCounts(all, draftItemHash),
    openComments: open,
    source: { mode: materialised.mode, unmatchedTexts: materialised.unmatchedTexts },
    can: draftPermissions(
      {
        status: row.status,
        createdBy: row.createdBy?.id ?? null,
        submittedBy: row.submittedBy?.id ?? null,
        openComments: open,
      },
      userIdOf(actor),
    ),
  };
}

export type DraftItemView = z.output<typeof draftItemSchema>;

/** Items in the order the edition prints them: terms, professions, then each card's tree. */
export function treeOrder<T extends DraftItem>(items: readonly T[]): T[] {
  const children = new Map<string | null, T[]>();
  for (const item of items) {
    const list = children.get(item.parentId) ?? [];
    list.push(item);
    children.set(item.parentId, list);
  }
  const out: T[] = [];
  const kindOrder = (parentKind: ItemKind | null): ItemKind[] =>
    parentKind === null ? ['term', 'profession', 'card'] : childListsOf(parentKind).map((l) => l.kind);
  const visit = (parentId: string | null, parentKind: ItemKind | null) => {
    const mine = children.get(parentId) ?? [];
    for (const kind of kindOrder(parentKind)) {
      for (const item of mine.filter((c) => c.kind === kind).sort((a, b) => a.position - b.position)) {
        out.push(item);
        visit(item.id, item.kind);
      }
    }
  };
  visit(null, null);
  // Items whose parent is not among `items` (one card's subtree asked for alone) keep their order.
  if (out.length < items.length) {
    const placed = new Set(out.map((i) => i.id));
    for (const item of items) {
      if (placed.has(item.id)) continue;
      if (item.parentId !== null && items.some((p) => p.id === item.parentId)) continue;
      out.push(item);
      placed.add(item.id);
      visit(item.id, item.kind);
    }
  }
  return out;
}

/** Items as the API answers them: fields, state, the base's text of changed ones, open comments. */
export async function draftItemsView(
  ex: Executor,
  row: DraftRow,
  items: readonly StoredDraftItem[],
): Promise<DraftItemView[]> {
  const comments = new Map<string, number>();
  for (const c of await openComments(ex, row.id)) {
    if (c.itemId !== null) comments.set(c.itemId, (comments.get(c.itemId) ?? 0) + 1);
  }
  const states = new Map(items.map((item) => [item.id, itemState(item, draftItemHash)]));
  const changed = items.filter((item) => states.get(item.id) === 'changed').map((item) => item.id);
  const baseTexts = row.baseEditionId ? await editionItemTexts(ex, row.baseEditionId, changed) : new Map();
  return treeOrder(items).map((item) => ({
    id: item.id,
    kind: item.kind,
    parentId: item.parentId,
    cardId: item.cardId,
    position: item.position,
    text: item.text,
    fields: fieldsOf(item.kind, item.data),
    deprecated: item.deprecated,
    revision: item.revision,
    state: states.get(item.id) ?? 'unchanged',
    baseText: baseTexts.get(item.id) ?? null,
    openComments: comments.get(item.id) ?? 0,
  }));
}
