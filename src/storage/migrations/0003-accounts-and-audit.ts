/**
 * Accounts, organisations, roles and the audit trail. PostgreSQL 15 SQL, one statement per
 * call (PGlite's extended protocol refuses several). Secrets (session ids, token secrets,
 * invitation and reset links) are stored only as SHA-256 hashes. Per-organisation tables carry
 * `org_id` so they can be distributed by it later.
 */
import { type Kysely, sql } from 'kysely';

const STATEMENTS = [
  `create table user_account (
     id uuid primary key,
     email text not null unique,
     display_name text not null,
     password_hash text,
     platform_roles text[] not null default '{}',
     status text not null default 'active',
     created_at timestamptz not null default now(),
     erased_at timestamptz
   )`,
  `create table user_session (
     id_hash text primary key,
     user_id uuid not null references user_account(id) on delete cascade,
     csrf_token text not null,
     created_at timestamptz not null default now(),
     last_seen_at timestamptz not null default now(),
     expires_at timestamptz not null,
     user_agent text
   )`,
  `create index user_session_user_idx on user_session (user_id)`,
  `create table api_token (
     id uuid primary key,
     user_id uuid not null references user_account(id) on delete cascade,
     name text not null,
     secret_hash text not null unique,
     scopes text[] not null,
     created_at timestamptz not null default now(),
     expires_at timestamptz not null,
     last_used_at timestamptz,
     revoked_at timestamptz
   )`,
  `create table organisation (
     id uuid primary key,
     name text not null,
     kind text not null,
     bin text,
     created_at timestamptz not null default now()
   )`,
  `create table membership (
     org_id uuid not null references organisation(id) on delete cascade,
     user_id uuid not null references user_account(id) on delete cascade,
     roles text[] not null,
     created_at timestamptz not null default now(),
     primary key (org_id, user_id)
   )`,
  `create index membership_user_idx on membership (user_id)`,
  `create table invitation (
     id uuid primary key,
     org_id uuid not null references organisation(id) on delete cascade,
     email text not null,
     roles text[] not null,
     token_hash text not null unique,
     created_by uuid references user_account(id) on delete set null,
     created_at timestamptz not null default now(),
     expires_at timestamptz not null,
     accepted_at timestamptz,
     accepted_by uuid references user_account(id) on delete set null,
     revoked_at timestamptz
   )`,
  `create table password_reset (
     token_hash text primary key,
     user_id uuid not null references user_account(id) on delete cascade,
     created_at timestamptz not null default now(),
     expires_at timestamptz not null,
     used_at timestamptz
   )`,
  `create table consent (
     id uuid primary key,
     user_id uuid not null references user_account(id) on delete cascade,
     purpose text not null,
     given_at timestamptz not null default now(),
     withdrawn_at timestamptz
   )`,
  `create table login_failure (
     key text not null,
     at timestamptz not null default now()
   )`,
  `create index login_failure_key_at_idx on login_failure (key, at)`,
  `create table audit_event (
     seq bigint generated always as identity primary key,
     id uuid not null unique,
     at timestamptz not null default now(),
     actor_kind text not null,
     actor_user_id uuid,
     actor_token_id uuid,
     operation text not null,
     event text not null,
     org_id uuid,
     subject_user_id uuid,
     target_kind text not null,
     target_id text not null,
     before jsonb,
     after jsonb,
     request_id text
   )`,
  `create index audit_event_org_idx on audit_event (org_id, seq)`,
  `create index audit_event_subject_idx on audit_event (subject_user_id)`,
  // Append-only, whatever the code does: the database itself refuses to change history.
  `create function audit_event_refuse_change() returns trigger language plpgsql as $$
   begin
     raise exception 'audit_event is append-only: % is refused', tg_op using errcode = '42501';
   end $$`,
  `create trigger audit_event_no_update before update or delete on audit_event
     for each row execute function audit_event_refuse_change()`,
  `create trigger audit_event_no_truncate before truncate on audit_event
     for each statement execute function audit_event_refuse_change()`,
];

export async function up(db: Kysely<unknown>): Promise<void> {
  for (const statement of STATEMENTS) await sql.raw(statement).execute(db);
}

export async function down(db: Kysely<unknown>): Promise<void> {
  for (const table of [
    'audit_event',
    'login_failure',
    'consent',
    'password_reset',
    'invitation',
    'membership',
    'organisation',
    'api_token',
    'user_session',
    'user_account',
  ]) {
    await sql.raw(`drop table if exists ${table}`).execute(db);
  }
  await sql.raw('drop function if exists audit_event_refuse_change()').execute(db);
}
