/** Consents to the processing of personal data, with their purpose (Law No. 94-V, art. 7–8). */
import type { Executor } from './edition.repository.js';

export async function insertConsent(ex: Executor, c: { userId: string; purpose: string }): Promise<void> {
  await ex.insertInto('consent').values({ id: crypto.randomUUID(), user_id: c.userId, purpose: c.purpose }).execute();
}

export async function listConsents(ex: Executor, userId: string) {
  const rows = await ex.selectFrom('consent').selectAll().where('user_id', '=', userId).orderBy('given_at').execute();
  return rows.map((r) => ({
    purpose: r.purpose,
    givenAt: new Date(r.given_at).toISOString(),
    withdrawnAt: r.withdrawn_at ? new Date(r.withdrawn_at).toISOString() : null,
  }));
}

/** Erasure withdraws every consent still in force; the rows stay as the record that it was given. */
export async function withdrawConsentsOf(ex: Executor, userId: string, at: Date): Promise<void> {
  await ex
    .updateTable('consent')
    .set({ withdrawn_at: at })
    .where('user_id', '=', userId)
    .where('withdrawn_at', 'is', null)
    .execute();
}
