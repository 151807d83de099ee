/** Single-use password-reset links; the link's secret arrives here already hashed. */
import type { Executor } from './edition.repository.js';

export type PasswordResetRow = { tokenHash: string; userId: string; expiresAt: Date; usedAt: Date | null };

export async function insertPasswordReset(
  ex: Executor,
  r: { tokenHash: string; userId: string; expiresAt: Date },
): Promise<void> {
  await ex
    .insertInto('password_reset')
    .values({ token_hash: r.tokenHash, user_id: r.userId, expires_at: r.expiresAt })
    .execute();
}

export async function findPasswordReset(ex: Executor, tokenHash: string): Promise<PasswordResetRow | undefined> {
  const row = await ex
    .selectFrom('password_reset')
    .select(['token_hash', 'user_id', 'expires_at', 'used_at'])
    .where('token_hash', '=', tokenHash)
    .executeTakeFirst();
  return (
    row && {
      tokenHash: row.token_hash,
      userId: row.user_id,
      expiresAt: new Date(row.expires_at),
      usedAt: row.used_at ? new Date(row.used_at) : null,
    }
  );
}

/** Marks the link used; false when it was used already (two tabs racing), so only one wins. */
export async function usePasswordReset(ex: Executor, tokenHash: string, at: Date): Promise<boolean> {
  const result = await ex
    .updateTable('password_reset')
    .set({ used_at: at })
    .where('token_hash', '=', tokenHash)
    .where('used_at', 'is', null)
    .executeTakeFirst();
  return Number(result.numUpdatedRows) === 1;
}

/** A new link replaces the user's earlier unused ones: only the latest handed-over link works. */
export async function retirePasswordResetsOf(ex: Executor, userId: string, at: Date): Promise<void> {
  await ex
    .updateTable('password_reset')
    .set({ used_at: at })
    .where('user_id', '=', userId)
    .where('used_at', 'is', null)
    .execute();
}
