/**
 * Certificates as verifiable credentials: each organisation's issuer keys (kept, never deleted,
 * so that certificates signed by a retired key still verify), the issued credentials with their
 * place in the organisation's revocation status list, and the status lists themselves.
 */
import { type Kysely, sql } from 'kysely';

const STATEMENTS = [
  `create table issuer_key (
     org_id uuid not null references organisation(id) on delete cascade,
     id uuid not null,
     controller text not null,
     verification_method text not null unique,
     public_key_multibase text not null,
     secret_key_multibase text not null,
     created_at timestamptz not null default now(),
     retired_at timestamptz,
     primary key (org_id, id)
   )`,
  `create table status_list (
     org_id uuid not null references organisation(id) on delete cascade,
     id uuid not null,
     purpose text not null,
     size integer not null,
     next_index integer not null default 0,
     created_at timestamptz not null default now(),
     primary key (org_id, id)
   )`,
  `create table credential (
     id uuid primary key,
     org_id uuid not null references organisation(id) on delete cascade,
     number text not null unique,
     candidate_id uuid,
     holder_name text not null,
     card_code text not null,
     card_level integer not null,
     edition_id text not null,
     issued_at timestamptz not null,
     valid_until timestamptz not null,
     status_list_id uuid not null,
     status_index integer not null,
     document jsonb not null,
     revoked_at timestamptz,
     revocation_reason text,
     demo boolean not null default false,
     unique (status_list_id, status_index),
     foreign key (org_id, status_list_id) references status_list(org_id, id)
   )`,
  'create index credential_org on credential (org_id, issued_at)',
];

export async function up(db: Kysely<unknown>): Promise<void> {
  for (const statement of STATEMENTS) await sql.raw(statement).execute(db);
}

export async function down(db: Kysely<unknown>): Promise<void> {
  for (const table of ['credential', 'status_list', 'issuer_key'])
    await sql.raw(`drop table if exists ${table}`).execute(db);
}
