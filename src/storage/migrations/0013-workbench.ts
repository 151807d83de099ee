/**
 * The methodologists' workbench: draft editions, their items (the same flat records as
 * published items, each with a revision for conflicts and the base edition's hash to tell
 * what changed), and review comments. A published draft stays, read-only, as the record of
 * how the edition was made; nothing here is ever deleted.
 */
import { type Kysely, sql } from 'kysely';

const STATEMENTS = [
  `create table draft_edition (
     id uuid primary key,
     standard_id text not null,
     title jsonb not null,
     base_edition_id text,
     status text not null default 'draft',
     meta jsonb not null,
     official_text text,
     revision integer not null default 1,
     created_by uuid,
     created_at timestamptz not null default now(),
     updated_at timestamptz not null default now(),
     submitted_by uuid,
     submitted_at timestamptz,
     approved_by uuid,
     approved_at timestamptz,
     published_by uuid,
     published_at timestamptz,
     published_edition_id text,
     origin text not null default 'edition'
   )`,
  'create index draft_edition_by_status on draft_edition (status, updated_at)',
  `create table draft_item (
     draft_id uuid not null references draft_edition(id) on delete cascade,
     id text not null,
     kind text not null,
     parent_id text,
     card_id text,
     position integer not null,
     data jsonb not null,
     deprecated boolean not null default false,
     revision integer not null default 1,
     base_hash text,
     updated_by uuid,
     updated_at timestamptz not null default now(),
     primary key (draft_id, id)
   )`,
  'create index draft_item_by_parent on draft_item (draft_id, parent_id)',
  `create table draft_comment (
     id uuid primary key,
     draft_id uuid not null references draft_edition(id) on delete cascade,
     item_id text,
     body text not null,
     author_id uuid,
     created_at timestamptz not null default now(),
     resolved_by uuid,
     resolved_at timestamptz
   )`,
  'create index draft_comment_by_draft on draft_comment (draft_id, created_at)',
];

export async function up(db: Kysely<unknown>): Promise<void> {
  for (const statement of STATEMENTS) await sql.raw(statement).execute(db);
}

export async function down(db: Kysely<unknown>): Promise<void> {
  for (const table of ['draft_comment', 'draft_item', 'draft_edition']) {
    await sql.raw(`drop table if exists ${table}`).execute(db);
  }
}
