/**
 * The review state of an edition's unofficial translations (issue 15): per language, per text
 * key, `machine-draft` or `reviewed` (src/domain/standard/translations.ts). One JSON column on
 * the edition row, not per item: a key may address a field of an item (`term-2#definition`),
 * readers want the whole map at once, and the item rows' hashes stay those of the texts. Drafts
 * keep the map of the edition they started from, so publishing carries it on. Null: no
 * translations were loaded with the edition.
 */
import { type Kysely, sql } from 'kysely';

export async function up(db: Kysely<unknown>): Promise<void> {
  await sql`alter table edition add column translation_reviews jsonb`.execute(db);
  await sql`alter table draft_edition add column translation_reviews jsonb`.execute(db);
}

export async function down(db: Kysely<unknown>): Promise<void> {
  await sql`alter table draft_edition drop column if exists translation_reviews`.execute(db);
  await sql`alter table edition drop column if exists translation_reviews`.execute(db);
}
