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

/** A list with room left, signed by this key (null: by the current key), locked for the caller's transaction. */
export async function findOpenStatusList(ex: Executor, orgId: string, issuerKeyId: string | null) {
  let query = ex
    .selectFrom('status_list')
    .selectAll()
    .where('org_id', '=', orgId)
    .where('purpose', '=', 'revocation')
    .where(sql<boolean>`next_index < size`);
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

/** Takes the list's next place; the row lock held from findOpenStatusList keeps two issues apart. */
export async function takeStatusIndex(ex: Executor, orgId: string, id: string): Promise<number> {
  const row = await ex
    .updateTable('status_list')
    .set({ next_index: sql`next_index + 1` })
    .where('org_id', '=', orgId)
    .where('id', '=', id)
    .returning('next_index')
    .executeTakeFirstOrThrow();
  return row.next_index - 1;
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
