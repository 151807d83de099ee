/**
 * A staged staff import's plan is kept gzipped in a bytea column instead of as jsonb (issue 17,
 * memory). The plan of a 20,000-row list is about 15 MB of JSON; PostgreSQL's jsonb input
 * builds a tree of the whole document before it stores it, and on the embedded engine that
 * grew PGlite's WebAssembly memory by about 200 MB, which a WebAssembly.Memory never gives back
 * (bench/memory.ts). The gzipped bytes (about 4 MB) go in and out as they are. Only the
 * application reads the plan, whole, so nothing is lost by the column not being jsonb. Plans
 * stored before this migration stay in `plan` and are read from there.
 */
import { type Kysely, sql } from 'kysely';

export async function up(db: Kysely<unknown>): Promise<void> {
  await sql`alter table staff_import add column plan_gzip bytea`.execute(db);
  await sql`alter table staff_import alter column plan drop not null`.execute(db);
}

export async function down(db: Kysely<unknown>): Promise<void> {
  // A plan kept only gzipped cannot be committed after going back: such previews are dropped.
  await sql`delete from staff_import where plan is null`.execute(db);
  await sql`alter table staff_import alter column plan set not null`.execute(db);
  await sql`alter table staff_import drop column if exists plan_gzip`.execute(db);
}
