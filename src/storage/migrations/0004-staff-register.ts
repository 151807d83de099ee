/**
 * The HR staff register: people on an organisation's staff, their stored categories,
 * attestations and commissions, development plans, and staged imports. PostgreSQL 15 SQL, one
 * statement per call. Every table is keyed by `org_id` first and every foreign key between them
 * includes it, so the tables can be distributed by organisation (Citus) without a change.
 * Personal data lives in `record` (jsonb) and named columns only where a query needs them.
 */
import { type Kysely, sql } from 'kysely';

const STATEMENTS = [
  `create table staff_member (
     org_id uuid not null references organisation(id) on delete cascade,
     id uuid not null,
     personnel_no text not null,
     full_name text not null,
     card_code text not null,
     card_level integer not null,
     record jsonb not null,
     user_id uuid references user_account(id) on delete set null,
     version integer not null default 1,
     created_at timestamptz not null default now(),
     updated_at timestamptz not null default now(),
     primary key (org_id, id),
     unique (org_id, personnel_no)
   )`,
  `create index staff_member_user_idx on staff_member (user_id) where user_id is not null`,
  `create table staff_category (
     org_id uuid not null,
     staff_id uuid not null,
     computed_at timestamptz not null,
     as_of date not null,
     edition_id text not null,
     card_code text not null,
     card_level integer not null,
     rules_hash text not null,
     status text not null,
     category text,
     result jsonb not null,
     primary key (org_id, staff_id),
     foreign key (org_id, staff_id) references staff_member(org_id, id) on delete cascade
   )`,
  `create table attestation_policy (
     org_id uuid primary key references organisation(id) on delete cascade,
     policy jsonb not null,
     updated_at timestamptz not null default now()
   )`,
  `create table commission (
     org_id uuid not null references organisation(id) on delete cascade,
     id uuid not null,
     name text not null,
     chair text not null,
     secretary text,
     members jsonb not null,
     version integer not null default 1,
     created_at timestamptz not null default now(),
     primary key (org_id, id)
   )`,
  `create table attestation (
     org_id uuid not null,
     id uuid not null,
     staff_id uuid not null,
     commission_id uuid,
     protocol_no text,
     scheduled_on date not null,
     stage text not null,
     testing jsonb,
     interview jsonb,
     decision jsonb,
     appeal jsonb,
     decided_on date,
     category text,
     valid_until date,
     version integer not null default 1,
     created_at timestamptz not null default now(),
     updated_at timestamptz not null default now(),
     primary key (org_id, id),
     foreign key (org_id, staff_id) references staff_member(org_id, id) on delete cascade,
     foreign key (org_id, commission_id) references commission(org_id, id)
   )`,
  `create index attestation_staff_idx on attestation (org_id, staff_id, scheduled_on)`,
  `create table development_plan (
     org_id uuid not null,
     id uuid not null,
     staff_id uuid not null,
     title text not null,
     target_code text not null,
     target_level integer not null,
     edition_id text not null,
     basis jsonb not null,
     status text not null,
     version integer not null default 1,
     created_by uuid,
     created_at timestamptz not null default now(),
     updated_at timestamptz not null default now(),
     primary key (org_id, id),
     foreign key (org_id, staff_id) references staff_member(org_id, id) on delete cascade
   )`,
  `create index development_plan_staff_idx on development_plan (org_id, staff_id)`,
  `create table development_plan_item (
     org_id uuid not null,
     plan_id uuid not null,
     id uuid not null,
     position integer not null,
     title text not null,
     kind text not null,
     item_ids text[] not null,
     provider text,
     hours integer,
     due_on date,
     status text not null,
     completed_on date,
     primary key (org_id, id),
     foreign key (org_id, plan_id) references development_plan(org_id, id) on delete cascade
   )`,
  `create index development_plan_item_plan_idx on development_plan_item (org_id, plan_id, position)`,
  `create table staff_import (
     org_id uuid not null references organisation(id) on delete cascade,
     id uuid not null,
     created_by uuid,
     created_at timestamptz not null default now(),
     file_name text not null,
     status text not null,
     plan jsonb not null,
     summary jsonb not null,
     committed_at timestamptz,
     primary key (org_id, id)
   )`,
  `create table staff_mapping (
     org_id uuid not null references organisation(id) on delete cascade,
     id uuid not null,
     name text not null,
     mapping jsonb not null,
     created_at timestamptz not null default now(),
     primary key (org_id, id),
     unique (org_id, name)
   )`,
];

export async function up(db: Kysely<unknown>): Promise<void> {
  for (const statement of STATEMENTS) await sql.raw(statement).execute(db);
}

export async function down(db: Kysely<unknown>): Promise<void> {
  for (const table of [
    'staff_mapping',
    'staff_import',
    'development_plan_item',
    'development_plan',
    'attestation',
    'commission',
    'attestation_policy',
    'staff_category',
    'staff_member',
  ]) {
    await sql.raw(`drop table if exists ${table}`).execute(db);
  }
}
