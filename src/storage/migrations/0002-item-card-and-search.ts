/**
 * Denormalised card code and level on every item (a search hit or an item page names its card
 * without a join), and the analysed search text with a trigram index (typo-tolerant search).
 */
import { type Kysely, sql } from 'kysely';

export async function up(db: Kysely<unknown>): Promise<void> {
  await db.schema
    .alterTable('item')
    .addColumn('card_code', 'text')
    .addColumn('card_level', 'integer')
    .addColumn('search_text', 'text', (c) => c.notNull().defaultTo(''))
    .execute();
  await db.schema.createIndex('item_card_code_level_idx').on('item').columns(['card_code', 'card_level']).execute();
  await sql`create index item_search_trgm_idx on item using gin (search_text gin_trgm_ops)`.execute(db);
}

export async function down(db: Kysely<unknown>): Promise<void> {
  await db.schema.dropIndex('item_search_trgm_idx').execute();
  await db.schema.dropIndex('item_card_code_level_idx').execute();
  await db.schema
    .alterTable('item')
    .dropColumn('search_text')
    .dropColumn('card_level')
    .dropColumn('card_code')
    .execute();
}
