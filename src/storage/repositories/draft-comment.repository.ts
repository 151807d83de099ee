/**
 * Review comments on a draft edition (table draft_comment): on the draft as a whole or on one
 * of its items. Comments are never deleted; resolving one records who resolved it and when,
 * so the review stays readable after publishing.
 */
import { randomUUID } from 'node:crypto';
import type { Executor } from './edition.repository.js';

export type CommentRow = {
  id: string;
  draftId: string;
  itemId: string | null;
  body: string;
  author: { id: string; name: string } | null;
  createdAt: Date;
  resolvedBy: { id: string; name: string } | null;
  resolvedAt: Date | null;
};

function person(id: string | null, name: string | null): { id: string; name: string } | null {
  return id === null ? null : { id, name: name ?? '' };
}

function selectComments(ex: Executor) {
  return ex
    .selectFrom('draft_comment as c')
    .leftJoin('user_account as a', 'a.id', 'c.author_id')
    .leftJoin('user_account as r', 'r.id', 'c.resolved_by')
    .select([
      'c.id',
      'c.draft_id',
      'c.item_id',
      'c.body',
      'c.author_id',
      'a.display_name as author_name',
      'c.created_at',
      'c.resolved_by',
      'r.display_name as resolver_name',
      'c.resolved_at',
    ]);
}

type Selected = Awaited<ReturnType<ReturnType<typeof selectComments>['execute']>>[number];

function toRow(r: Selected): CommentRow {
  return {
    id: r.id,
    draftId: r.draft_id,
    itemId: r.item_id,
    body: r.body,
    author: person(r.author_id, r.author_name),
    createdAt: new Date(r.created_at),
    resolvedBy: person(r.resolved_by, r.resolver_name),
    resolvedAt: r.resolved_at === null ? null : new Date(r.resolved_at),
  };
}

/** The draft's comments, oldest first; `openOnly` leaves out resolved ones. */
export async function listComments(ex: Executor, draftId: string, openOnly = false): Promise<CommentRow[]> {
  let q = selectComments(ex).where('c.draft_id', '=', draftId);
  if (openOnly) q = q.where('c.resolved_at', 'is', null);
  const rows = await q.orderBy('c.created_at').orderBy('c.id').execute();
  return rows.map(toRow);
}

export async function findComment(ex: Executor, draftId: string, id: string): Promise<CommentRow | undefined> {
  const row = await selectComments(ex).where('c.draft_id', '=', draftId).where('c.id', '=', id).executeTakeFirst();
  return row ? toRow(row) : undefined;
}

export async function insertComment(
  ex: Executor,
  c: { draftId: string; itemId: string | null; body: string; authorId: string | null; now: Date },
): Promise<string> {
  const id = randomUUID();
  await ex
    .insertInto('draft_comment')
    .values({
      id,
      draft_id: c.draftId,
      item_id: c.itemId,
      body: c.body,
      author_id: c.authorId,
      created_at: c.now,
    })
    .execute();
  return id;
}

/** Resolves an open comment; a resolved one stays as it was (resolving twice is harmless). */
export async function resolveComment(
  ex: Executor,
  draftId: string,
  id: string,
  by: string | null,
  now: Date,
): Promise<void> {
  await ex
    .updateTable('draft_comment')
    .set({ resolved_by: by, resolved_at: now })
    .where('draft_id', '=', draftId)
    .where('id', '=', id)
    .where('resolved_at', 'is', null)
    .execute();
}

/** Unresolved comments of the draft, as (id, item) pairs: approval waits until there are none. */
export async function openComments(ex: Executor, draftId: string): Promise<{ id: string; itemId: string | null }[]> {
  const rows = await ex
    .selectFrom('draft_comment')
    .select(['id', 'item_id'])
    .where('draft_id', '=', draftId)
    .where('resolved_at', 'is', null)
    .orderBy('created_at')
    .execute();
  return rows.map((r) => ({ id: r.id, itemId: r.item_id }));
}
