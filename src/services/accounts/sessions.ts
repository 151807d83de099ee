/** Starting a session: a fresh random id (never reused across a login), its CSRF token, its expiry. */
import type { AccountsConfig } from '../../config.js';
import { insertSession } from '../../storage/repositories/account.repository.js';
import type { Executor } from '../../storage/repositories/edition.repository.js';
import { hashSecret, newSecret } from '../secrets.js';

export async function startSession(
  db: Executor,
  userId: string,
  opts: { config: AccountsConfig; now: Date; userAgent?: string | undefined },
): Promise<{ secret: string; csrfToken: string; expiresAt: Date }> {
  const secret = newSecret();
  const csrfToken = newSecret();
  const expiresAt = new Date(opts.now.getTime() + opts.config.sessionMaxHours * 3_600_000);
  await insertSession(db, {
    idHash: hashSecret(secret),
    userId,
    csrfToken,
    createdAt: opts.now,
    expiresAt,
    userAgent: opts.userAgent?.slice(0, 300) ?? null,
  });
  return { secret, csrfToken, expiresAt };
}
