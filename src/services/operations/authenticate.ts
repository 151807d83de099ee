/**
 * Turns the credentials a request carries (a session cookie with its CSRF token, or a bearer
 * API token) into an Actor. Expired sessions (idle or absolute) and tokens are refused; a
 * cookie-authenticated write without the session's CSRF token is refused.
 */
import type { AccountsConfig } from '../../config.js';
import type { Actor, Membership } from '../../domain/access/actor.js';
import type { OrgRole, PlatformRole, TokenScope } from '../../domain/access/roles.js';
import { AppError } from '../../domain/shared/errors.js';
import {
  deleteSession,
  findSession,
  findTokenBySecretHash,
  findUserById,
  membershipsOf,
  touchSession,
  touchToken,
} from '../../storage/repositories/account.repository.js';
import type { Executor } from '../../storage/repositories/edition.repository.js';
import { hashSecret, sameSecret } from '../secrets.js';

export type Credentials = {
  /** The session cookie's value. */
  session?: string | undefined;
  /** The X-CSRF-Token header. */
  csrf?: string | undefined;
  /** `Authorization: Bearer kst_…`. */
  bearer?: string | undefined;
  /** The CLI: the local operator. */
  operator?: boolean;
};

/** A session is touched at most this often, so reads do not write on every request. */
const TOUCH_EVERY_MS = 60_000;

const unauthenticated = (message: string) => new AppError('unauthenticated', message);

export async function authenticate(
  db: Executor,
  credentials: Credentials,
  opts: { writes: boolean; config: AccountsConfig; now: Date },
): Promise<Actor> {
  if (credentials.operator) return { kind: 'operator' };
  if (credentials.bearer) {
    const token = await findTokenBySecretHash(db, hashSecret(credentials.bearer));
    if (!token || token.revokedAt || token.expiresAt <= opts.now) {
      throw unauthenticated('The API token is unknown, expired or revoked.');
    }
    const user = await findUserById(db, token.userId);
    if (!user || user.status !== 'active') throw unauthenticated('The API token is unknown, expired or revoked.');
    if (!token.lastUsedAt || opts.now.getTime() - token.lastUsedAt.getTime() > TOUCH_EVERY_MS) {
      await touchToken(db, token.id, opts.now);
    }
    return {
      kind: 'token',
      tokenId: token.id,
      userId: user.id,
      platformRoles: user.platformRoles as PlatformRole[],
      memberships: (await membershipsOf(db, user.id)) as Membership[],
      scopes: token.scopes as TokenScope[],
    };
  }
  if (credentials.session) {
    const idHash = hashSecret(credentials.session);
    const session = await findSession(db, idHash);
    const idleLimit = opts.config.sessionIdleMinutes * 60_000;
    if (!session) throw unauthenticated('You are not signed in, or your session has ended.');
    if (session.expiresAt <= opts.now || opts.now.getTime() - session.lastSeenAt.getTime() > idleLimit) {
      await deleteSession(db, idHash);
      throw unauthenticated('Your session has expired; sign in again.');
    }
    if (opts.writes && !(credentials.csrf && sameSecret(credentials.csrf, session.csrfToken))) {
      throw new AppError(
        'forbidden',
        'This change needs the X-CSRF-Token header of your session (csrfToken from /me).',
      );
    }
    const user = await findUserById(db, session.userId);
    if (!user || user.status !== 'active') throw unauthenticated('You are not signed in, or your session has ended.');
    if (opts.now.getTime() - session.lastSeenAt.getTime() > TOUCH_EVERY_MS) await touchSession(db, idHash, opts.now);
    return {
      kind: 'user',
      userId: user.id,
      sessionId: idHash,
      platformRoles: user.platformRoles as PlatformRole[],
      memberships: (await membershipsOf(db, user.id)).map((m) => ({ orgId: m.orgId, roles: m.roles as OrgRole[] })),
    };
  }
  return { kind: 'anonymous' };
}
