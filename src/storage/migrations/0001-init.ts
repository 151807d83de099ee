/**
 * The first schema. PostgreSQL 15 SQL only (PGlite is 18, the server may be 15).
 * Items are keyed by (edition_id, id): small catalogue tables that become reference tables
 * on a distributed Postgres.
 */
import { type Kysely, sql } from 'kysely';

export async function up(db: Kysely<unknown>): Promise<void> {
  await sql`create extension if not exists pg_trgm`.execute(db);
  await db.schema
    .createTable('standard')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('title', 'jsonb', (c) => c.notNull())
    .addColumn('created_at', 'timestamptz', (c) => c.notNull().defaultTo(sql`now()`))
    .execute();
  await db.schema
    .createTable('edition')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('uuid', 'uuid', (c) => c.notNull().unique())
    .addColumn('standard_id', 'text', (c) => c.notNull().references('standard.id'))
    .addColumn('status', 'text', (c) => c.notNull())
    .addColumn('order_date', 'date', (c) => c.notNull())
    .addColumn('meta', 'jsonb', (c) => c.notNull())
    .addColumn('source_text', 'text', (c) => c.notNull())
    .addColumn('content_hash', 'text', (c) => c.notNull())
    .addColumn('loaded_at', 'timestamptz', (c) => c.notNull().defaultTo(sql`now()`))
    .execute();
  await db.schema
    .createTable('item')
    .addColumn('edition_id', 'text', (c) => c.notNull().references('edition.id').onDelete('cascade'))
    .addColumn('id', 'text', (c) => c.notNull())
    .addColumn('uuid', 'uuid', (c) => c.notNull())
    .addColumn('kind', 'text', (c) => c.notNull())
    .addColumn('parent_id', 'text')
    .addColumn('card_id', 'text')
    .addColumn('position', 'integer', (c) => c.notNull())
    .addColumn('text_kk', 'text')
    .addColumn('text_ru', 'text')
    .addColumn('text_en', 'text')
    .addColumn('source_from', 'integer')
    .addColumn('source_to', 'integer')
    .addColumn('data', 'jsonb', (c) => c.notNull())
    .addColumn('content_hash', 'text', (c) => c.notNull())
    .addColumn('deprecated', 'boolean', (c) => c.notNull().defaultTo(false))
    .addColumn('updated_at', 'timestamptz', (c) => c.notNull().defaultTo(sql`now()`))
    .addPrimaryKeyConstraint('item_pk', ['edition_id', 'id'])
    .execute();
  await db.schema.createIndex('item_kind_idx').on('item').columns(['edition_id', 'kind']).execute();
  await db.schema.createIndex('item_card_idx').on('item').columns(['edition_id', 'card_id']).execute();
  await db.schema.createIndex('item_uuid_idx').on('item').column('uuid').execute();
}

export async function down(db: Kysely<unknown>): Promise<void> {
  await db.schema.dropTable('item').execute();
  await db.schema.dropTable('edition').execute();
  await db.schema.dropTable('standard').execute();
}
