/**
 * Users, sessions, API tokens and login failures. Secrets arrive here already hashed.
 */
import { sql } from 'kysely';
import type { Executor } from './edition.repository.js';

export type UserRow = {
  id: string;
  email: string;
  displayName: string;
  passwordHash: string | null;
  platformRoles: string[];
  status: string;
  createdAt: Date;
};

const userColumns = ['id', 'email', 'display_name', 'password_hash', 'platform_roles', 'status', 'created_at'] as const;

function toUser(r: {
  id: string;
  email: string;
  display_name: string;
  password_hash: string | null;
  platform_roles: string[];
  status: string;
  created_at: Date;
}): UserRow {
  return {
    id: r.id,
    email: r.email,
    displayName: r.display_name,
    passwordHash: r.password_hash,
    platformRoles: r.platform_roles,
    status: r.status,
    createdAt: new Date(r.created_at),
  };
}

export async function findUserByEmail(ex: Executor, email: string): Promise<UserRow | undefined> {
  const row = await ex.selectFrom('user_account').select(userColumns).where('email', '=', email).executeTakeFirst();
  return row && toUser(row);
}

export async function findUserById(ex: Executor, id: string): Promise<UserRow | undefined> {
  const row = await ex.selectFrom('user_account').select(userColumns).where('id', '=', id).executeTakeFirst();
  return row && toUser(row);
}

export async function insertUser(
  ex: Executor,
  u: { id: string; email: string; displayName: string; passwordHash: string; platformRoles: string[] },
): Promise<void> {
  await ex
    .insertInto('user_account')
    .values({
      id: u.id,
      email: u.email,
      display_name: u.displayName,
      password_hash: u.passwordHash,
      platform_roles: u.platformRoles,
    })
    .execute();
}

export async function setPassword(ex: Executor, userId: string, passwordHash: string): Promise<void> {
  await ex.updateTable('user_account').set({ password_hash: passwordHash }).where('id', '=', userId).execute();
}

/** Replaces the account's platform roles (admin, methodologist). */
export async function setPlatformRoles(ex: Executor, userId: string, platformRoles: string[]): Promise<void> {
  await ex.updateTable('user_account').set({ platform_roles: platformRoles }).where('id', '=', userId).execute();
}

export async function countUsers(ex: Executor): Promise<number> {
  const row = await ex.selectFrom('user_account').select(sql<string>`count(*)`.as('n')).executeTakeFirstOrThrow();
  return Number(row.n);
}

/**
 * The active platform admins. `forUpdate` locks their rows, so two transactions that each
 * check "is someone else still admin?" before erasing one of them cannot both pass.
 */
export async function listPlatformAdmins(ex: Executor, opts: { forUpdate?: boolean } = {}): Promise<UserRow[]> {
  let query = ex
    .selectFrom('user_account')
    .select(userColumns)
    .where(sql<boolean>`${'admin'} = any(platform_roles)`)
    .where('status', '=', 'active')
    .orderBy('created_at')
    .orderBy('id');
  if (opts.forUpdate) query = query.forUpdate();
  return (await query.execute()).map(toUser);
}

/** Replaces what identifies a person and closes the account; the id stays so history still adds up. */
export async function pseudonymiseUser(
  ex: Executor,
  id: string,
  p: { email: string; displayName: string; at: Date },
): Promise<void> {
  await ex
    .updateTable('user_account')
    .set({
      email: p.email,
      display_name: p.displayName,
      password_hash: null,
      platform_roles: [],
      status: 'erased',
      erased_at: p.at,
    })
    .where('id', '=', id)
    .execute();
}

export async function deletePasswordResetsOf(ex: Executor, userId: string): Promise<void> {
  await ex.deleteFrom('password_reset').where('user_id', '=', userId).execute();
}

export async function membershipsOf(ex: Executor, userId: string): Promise<{ orgId: string; roles: string[] }[]> {
  const rows = await ex.selectFrom('membership').select(['org_id', 'roles']).where('user_id', '=', userId).execute();
  return rows.map((r) => ({ orgId: r.org_id, roles: r.roles }));
}

// --- sessions -------------------------------------------------------------------------------

export type SessionRow = {
  idHash: string;
  userId: string;
  csrfToken: string;
  createdAt: Date;
  lastSeenAt: Date;
  expiresAt: Date;
  userAgent: string | null;
};

export async function insertSession(ex: Executor, s: Omit<SessionRow, 'lastSeenAt'>): Promise<void> {
  await ex
    .insertInto('user_session')
    .values({
      id_hash: s.idHash,
      user_id: s.userId,
      csrf_token: s.csrfToken,
      created_at: s.createdAt,
      last_seen_at: s.createdAt,
      expires_at: s.expiresAt,
      user_agent: s.userAgent,
    })
    .execute();
}

export async function findSession(ex: Executor, idHash: string): Promise<SessionRow | undefined> {
  const r = await ex.selectFrom('user_session').selectAll().where('id_hash', '=', idHash).executeTakeFirst();
  if (!r) return undefined;
  return {
    idHash: r.id_hash,
    userId: r.user_id,
    csrfToken: r.csrf_token,
    createdAt: new Date(r.created_at),
    lastSeenAt: new Date(r.last_seen_at),
    expiresAt: new Date(r.expires_at),
    userAgent: r.user_agent,
  };
}

export async function listSessions(ex: Executor, userId: string): Promise<SessionRow[]> {
  const rows = await ex
    .selectFrom('user_session')
    .selectAll()
    .where('user_id', '=', userId)
    .orderBy('created_at', 'desc')
    .execute();
  return rows.map((r) => ({
    idHash: r.id_hash,
    userId: r.user_id,
    csrfToken: r.csrf_token,
    createdAt: new Date(r.created_at),
    lastSeenAt: new Date(r.last_seen_at),
    expiresAt: new Date(r.expires_at),
    userAgent: r.user_agent,
  }));
}

export async function touchSession(ex: Executor, idHash: string, at: Date): Promise<void> {
  await ex.updateTable('user_session').set({ last_seen_at: at }).where('id_hash', '=', idHash).execute();
}

export async function deleteSession(ex: Executor, idHash: string): Promise<void> {
  await ex.deleteFrom('user_session').where('id_hash', '=', idHash).execute();
}

export async function deleteSessionsOf(ex: Executor, userId: string): Promise<number> {
  const result = await ex.deleteFrom('user_session').where('user_id', '=', userId).executeTakeFirst();
  return Number(result.numDeletedRows);
}

// --- API tokens -----------------------------------------------------------------------------

export type TokenRow = {
  id: string;
  userId: string;
  name: string;
  scopes: string[];
  createdAt: Date;
  expiresAt: Date;
  lastUsedAt: Date | null;
  revokedAt: Date | null;
};

function toToken(r: {
  id: string;
  user_id: string;
  name: string;
  scopes: string[];
  created_at: Date;
  expires_at: Date;
  last_used_at: Date | null;
  revoked_at: Date | null;
}): TokenRow {
  return {
    id: r.id,
    userId: r.user_id,
    name: r.name,
    scopes: r.scopes,
    createdAt: new Date(r.created_at),
    expiresAt: new Date(r.expires_at),
    lastUsedAt: r.last_used_at ? new Date(r.last_used_at) : null,
    revokedAt: r.revoked_at ? new Date(r.revoked_at) : null,
  };
}

const tokenColumns = [
  'id',
  'user_id',
  'name',
  'scopes',
  'created_at',
  'expires_at',
  'last_used_at',
  'revoked_at',
] as const;

export async function insertToken(
  ex: Executor,
  t: Omit<TokenRow, 'lastUsedAt' | 'revokedAt'> & { secretHash: string },
) {
  await ex
    .insertInto('api_token')
    .values({
      id: t.id,
      user_id: t.userId,
      name: t.name,
      secret_hash: t.secretHash,
      scopes: t.scopes,
      created_at: t.createdAt,
      expires_at: t.expiresAt,
    })
    .execute();
}

export async function findTokenBySecretHash(ex: Executor, secretHash: string): Promise<TokenRow | undefined> {
  const r = await ex
    .selectFrom('api_token')
    .select(tokenColumns)
    .where('secret_hash', '=', secretHash)
    .executeTakeFirst();
  return r && toToken(r);
}

export async function listTokens(ex: Executor, userId: string): Promise<TokenRow[]> {
  const rows = await ex
    .selectFrom('api_token')
    .select(tokenColumns)
    .where('user_id', '=', userId)
    .orderBy('created_at', 'desc')
    .execute();
  return rows.map(toToken);
}

export async function revokeToken(ex: Executor, userId: string, id: string, at: Date): Promise<boolean> {
  const result = await ex
    .updateTable('api_token')
    .set({ revoked_at: at })
    .where('id', '=', id)
    .where('user_id', '=', userId)
    .where('revoked_at', 'is', null)
    .executeTakeFirst();
  return Number(result.numUpdatedRows) > 0;
}

export async function revokeTokensOf(ex: Executor, userId: string, at: Date): Promise<number> {
  const result = await ex
    .updateTable('api_token')
    .set({ revoked_at: at })
    .where('user_id', '=', userId)
    .where('revoked_at', 'is', null)
    .executeTakeFirst();
  return Number(result.numUpdatedRows);
}

export async function touchToken(ex: Executor, id: string, at: Date): Promise<void> {
  await ex.updateTable('api_token').set({ last_used_at: at }).where('id', '=', id).execute();
}

// --- login failures (rate limits shared by every node) ---------------------------------------

export async function recordLoginFailure(ex: Executor, keys: string[], at: Date): Promise<void> {
  if (keys.length === 0) return;
  await ex
    .insertInto('login_failure')
    .values(keys.map((key) => ({ key, at })))
    .execute();
}

export async function countLoginFailures(
  ex: Executor,
  key: string,
  since: Date,
): Promise<{ n: number; oldest: Date | null }> {
  const row = await ex
    .selectFrom('login_failure')
    .select([sql<string>`count(*)`.as('n'), sql<Date | null>`min(at)`.as('oldest')])
    .where('key', '=', key)
    .where('at', '>', since)
    .executeTakeFirstOrThrow();
  return { n: Number(row.n), oldest: row.oldest ? new Date(row.oldest) : null };
}

export async function clearLoginFailures(ex: Executor, key: string): Promise<void> {
  await ex.deleteFrom('login_failure').where('key', '=', key).execute();
}

export async function pruneLoginFailures(ex: Executor, before: Date): Promise<void> {
  await ex.deleteFrom('login_failure').where('at', '<', before).execute();
}
