/**
 * Instruments: who reviewed a test item or practical task, and when. A reviewed instrument is
 * the only kind a session draws or a specification counts, so the review is a decision someone
 * answers for; it is kept beside the row rather than only in the audit trail so that the item
 * bank can show it without reading the trail.
 */
import { type Kysely, sql } from 'kysely';

const TABLES = ['assessment_item', 'practical_task'];

export async function up(db: Kysely<unknown>): Promise<void> {
  for (const table of TABLES) {
    await sql.raw(`alter table ${table} add column reviewed_by uuid`).execute(db);
    await sql.raw(`alter table ${table} add column reviewed_at timestamptz`).execute(db);
  }
}

export async function down(db: Kysely<unknown>): Promise<void> {
  for (const table of TABLES) {
    await sql.raw(`alter table ${table} drop column if exists reviewed_at`).execute(db);
    await sql.raw(`alter table ${table} drop column if exists reviewed_by`).execute(db);
  }
}
