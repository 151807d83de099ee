/**
 * Each organisation's revocation status lists. A list holds no bits of its own: a place is
 * revoked when the credential given that place is, so the bitstring is made from the
 * credentials when the list is served and can never disagree with them.
 */
import { sql } from 'kysely';
import type { Executor } from './edition.repository.js';

export type StatusListRow = {
  orgId: string;
  id: string;
  purpose: string;
  size: number;
  nextIndex: number;
  issuerKeyId: string | null;
  createdAt: Date;
};

type Raw = {
  org_id: string;
  id: string;
  purpose: string;
  size: number;
  next_index: number;
  issuer_key_id: string | null;
  created_at: Date;
};

const toRow = (r: Raw): StatusListRow => ({
  orgId: r.org_id,
  id: r.id,
  purpose: r.purpose,
  size: r.size,
  nextIndex: r.next_index,
  issuerKeyId: r.issuer_key_id,
  createdAt: new Date(r.created_at),
});

export async function findStatusList(ex: Executor, orgId: string, id: string): Promise<StatusListRow | undefined> {
  const row = await ex
    .selectFrom('status_list')
    .selectAll()
    .where('org_id', '=', orgId)
    .where('id', '=', id)
    .executeTakeFirst();
  return row && toRow(row);
}

/**
 * A list still at most half full, signed by this key (null: by the current key), locked for the
 * caller's transaction. Places are drawn at random, so `next_index` no longer names the next
 * place: it counts the places given out, and a list stops taking new ones at half its size so a
 * random draw still finds a free place in a few tries.
 */
export async function findOpenStatusList(ex: Executor, orgId: string, issuerKeyId: string | null) {
  let query = ex
    .selectFrom('status_list')
    .selectAll()
    .where('org_id', '=', orgId)
    .where('purpose', '=', 'revocation')
    .where(sql<boolean>`next_index * 2 < size`);
  query =
    issuerKeyId === null ? query.where('issuer_key_id', 'is', null) : query.where('issuer_key_id', '=', issuerKeyId);
  const row = await query.orderBy('created_at').forUpdate().executeTakeFirst();
  return row && toRow(row);
}

export async function insertStatusList(ex: Executor, list: Omit<StatusListRow, 'nextIndex'>): Promise<void> {
  await ex
    .insertInto('status_list')
    .values({
      org_id: list.orgId,
      id: list.id,
      purpose: list.purpose,
      size: list.size,
      issuer_key_id: list.issuerKeyId,
      created_at: list.createdAt,
    })
    .execute();
}

/** Whether a credential already holds this place of the list (the unique (status_list_id, status_index) pair). */
export async function isStatusIndexTaken(ex: Executor, listId: string, index: number): Promise<boolean> {
  const row = await ex
    .selectFrom('credential')
    .select('id')
    .where('status_list_id', '=', listId)
    .where('status_index', '=', index)
    .executeTakeFirst();
  return row !== undefined;
}

/** Counts one more place given out (`next_index` is that count now, not a position). */
export async function countTakenPlace(ex: Executor, orgId: string, id: string): Promise<void> {
  await ex
    .updateTable('status_list')
    .set({ next_index: sql`next_index + 1` })
    .where('org_id', '=', orgId)
    .where('id', '=', id)
    .execute();
}

/** The places of the list's revoked credentials. */
export async function revokedIndexes(ex: Executor, orgId: string, listId: string): Promise<number[]> {
  const rows = await ex
    .selectFrom('credential')
    .select('status_index')
    .where('org_id', '=', orgId)
    .where('status_list_id', '=', listId)
    .where('revoked_at', 'is not', null)
    .execute();
  return rows.map((r) => r.status_index);
}
