/**
 * Denormalised card code and level on every item (a search hit or an item page names its card
 * without a join), and the analysed search text for SQL users. Search itself ranks in the app
 * (the same on every engine), so no trigram index is kept: it cost a quarter of the load rate.
 */
import type { Kysely } from 'kysely';

export async function up(db: Kysely<unknown>): Promise<void> {
  await db.schema
    .alterTable('item')
    .addColumn('card_code', 'text')
    .addColumn('card_level', 'integer')
    .addColumn('search_text', 'text', (c) => c.notNull().defaultTo(''))
    .execute();
  await db.schema.createIndex('item_card_code_level_idx').on('item').columns(['card_code', 'card_level']).execute();
}

export async function down(db: Kysely<unknown>): Promise<void> {
  await db.schema.dropIndex('item_card_code_level_idx').execute();
  await db.schema
    .alterTable('item')
    .dropColumn('search_text')
    .dropColumn('card_level')
    .dropColumn('card_code')
    .execute();
}
