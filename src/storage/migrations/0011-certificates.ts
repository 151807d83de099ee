/**
 * Certificates: each status list remembers the issuer key it was started under. With a
 * `did:key` issuer the DID changes when the key is rotated, and a verifier requires the status
 * list and the credential to have the same issuer; so the list of the old key keeps being signed
 * by that key, and new certificates go to a new list. Null: sign with the organisation's current
 * key (a `did:web` issuer, whose DID survives rotation). And the next certificate number of a
 * year is read with a prefix scan of the numbers, which `text_pattern_ops` serves in any collation.
 */
import { type Kysely, sql } from 'kysely';

export async function up(db: Kysely<unknown>): Promise<void> {
  await sql`alter table status_list add column issuer_key_id uuid`.execute(db);
  await sql`create index credential_number_pattern on credential (number text_pattern_ops)`.execute(db);
}

export async function down(db: Kysely<unknown>): Promise<void> {
  await sql`drop index if exists credential_number_pattern`.execute(db);
  await sql`alter table status_list drop column if exists issuer_key_id`.execute(db);
}
