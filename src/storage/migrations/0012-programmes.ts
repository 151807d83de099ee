/**
 * Programmes: one row per programme holding its whole document (validated by the domain's
 * schema), every saved version kept as a revision (a programme is versioned: any revision can be
 * shown and restored), and two side tables rewritten on each save, so that "which programmes are
 * built on this card" and "which programmes link this item" (the edition impact of the
 * workbench) are index lookups rather than scans of every document.
 */
import { type Kysely, sql } from 'kysely';

const STATEMENTS = [
  `create table programme (
     org_id uuid not null references organisation(id) on delete cascade,
     id uuid not null,
     title text not null,
     type text not null,
     lang text not null,
     status text not null default 'draft',
     content jsonb not null,
     version integer not null default 1,
     demo boolean not null default false,
     created_by uuid,
     created_at timestamptz not null default now(),
     updated_at timestamptz not null default now(),
     finalised_at timestamptz,
     primary key (org_id, id)
   )`,
  `create table programme_revision (
     org_id uuid not null,
     programme_id uuid not null,
     version integer not null,
     status text not null,
     content jsonb not null,
     summary jsonb not null default '[]',
     saved_by uuid,
     saved_at timestamptz not null default now(),
     primary key (org_id, programme_id, version),
     foreign key (org_id, programme_id) references programme(org_id, id) on delete cascade
   )`,
  `create table programme_card (
     org_id uuid not null,
     programme_id uuid not null,
     card_code text not null,
     card_level integer not null,
     edition_id text not null,
     primary key (org_id, programme_id, card_code, card_level),
     foreign key (org_id, programme_id) references programme(org_id, id) on delete cascade
   )`,
  'create index programme_card_by_card on programme_card (card_code, card_level)',
  `create table programme_link (
     org_id uuid not null,
     programme_id uuid not null,
     item_id text not null,
     primary key (org_id, programme_id, item_id),
     foreign key (org_id, programme_id) references programme(org_id, id) on delete cascade
   )`,
  'create index programme_link_by_item on programme_link (item_id)',
];

export async function up(db: Kysely<unknown>): Promise<void> {
  for (const statement of STATEMENTS) await sql.raw(statement).execute(db);
}

export async function down(db: Kysely<unknown>): Promise<void> {
  for (const table of ['programme_link', 'programme_card', 'programme_revision', 'programme'])
    await sql.raw(`drop table if exists ${table}`).execute(db);
}
