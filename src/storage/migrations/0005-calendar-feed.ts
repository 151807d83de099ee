/**
 * Calendar feeds: a secret address an HR officer gives their calendar application, which cannot
 * sign in. Only the secret's SHA-256 is stored; a feed belongs to one person in one organisation
 * and dies with their right to read the register (checked on every fetch) or when revoked.
 */
import { type Kysely, sql } from 'kysely';

const STATEMENTS = [
  `create table calendar_feed (
     org_id uuid not null references organisation(id) on delete cascade,
     id uuid not null,
     user_id uuid not null references user_account(id) on delete cascade,
     secret_hash text not null unique,
     lang text not null,
     created_at timestamptz not null default now(),
     last_used_at timestamptz,
     revoked_at timestamptz,
     primary key (org_id, id)
   )`,
];

export async function up(db: Kysely<unknown>): Promise<void> {
  for (const statement of STATEMENTS) await sql.raw(statement).execute(db);
}

export async function down(db: Kysely<unknown>): Promise<void> {
  await sql.raw('drop table if exists calendar_feed').execute(db);
}
