/** Calendar feeds: stored by the hash of their secret address, never the address itself. */
import type { Executor } from './edition.repository.js';

export type FeedRow = {
  orgId: string;
  id: string;
  userId: string;
  lang: string;
  createdAt: Date;
  lastUsedAt: Date | null;
  revokedAt: Date | null;
};

const COLUMNS = ['org_id', 'id', 'user_id', 'lang', 'created_at', 'last_used_at', 'revoked_at'] as const;
type Raw = {
  org_id: string;
  id: string;
  user_id: string;
  lang: string;
  created_at: Date;
  last_used_at: Date | null;
  revoked_at: Date | null;
};
const toRow = (r: Raw): FeedRow => ({
  orgId: r.org_id,
  id: r.id,
  userId: r.user_id,
  lang: r.lang,
  createdAt: new Date(r.created_at),
  lastUsedAt: r.last_used_at ? new Date(r.last_used_at) : null,
  revokedAt: r.revoked_at ? new Date(r.revoked_at) : null,
});

export async function insertFeed(
  ex: Executor,
  f: { orgId: string; id: string; userId: string; secretHash: string; lang: string; at: Date },
): Promise<FeedRow> {
  const r = await ex
    .insertInto('calendar_feed')
    .values({ org_id: f.orgId, id: f.id, user_id: f.userId, secret_hash: f.secretHash, lang: f.lang, created_at: f.at })
    .returning(COLUMNS)
    .executeTakeFirstOrThrow();
  return toRow(r);
}

export async function feedsOf(ex: Executor, orgId: string, userId: string): Promise<FeedRow[]> {
  const rows = await ex
    .selectFrom('calendar_feed')
    .select(COLUMNS)
    .where('org_id', '=', orgId)
    .where('user_id', '=', userId)
    .orderBy('created_at', 'desc')
    .execute();
  return rows.map(toRow);
}

export async function feedBySecretHash(ex: Executor, secretHash: string): Promise<FeedRow | undefined> {
  const r = await ex
    .selectFrom('calendar_feed')
    .select(COLUMNS)
    .where('secret_hash', '=', secretHash)
    .executeTakeFirst();
  return r && toRow(r);
}

export async function revokeFeed(ex: Executor, orgId: string, id: string, userId: string, at: Date): Promise<boolean> {
  const r = await ex
    .updateTable('calendar_feed')
    .set({ revoked_at: at })
    .where('org_id', '=', orgId)
    .where('id', '=', id)
    .where('user_id', '=', userId)
    .where('revoked_at', 'is', null)
    .executeTakeFirst();
  return Number(r.numUpdatedRows) > 0;
}

/** When a calendar application last fetched the feed: shown to its owner, so a forgotten one stands out. */
export async function touchFeed(ex: Executor, orgId: string, id: string, at: Date): Promise<void> {
  await ex
    .updateTable('calendar_feed')
    .set({ last_used_at: at })
    .where('org_id', '=', orgId)
    .where('id', '=', id)
    .execute();
}
