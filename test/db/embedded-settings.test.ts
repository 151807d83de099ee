/**
 * The embedded engine starts with the memory settings of embedded-settings.ts: PGlite's memory
 * never shrinks, so a larger default here is resident for the life of the process (issue 17,
 * bench/memory.ts). Embedded only: a server database keeps its administrator's settings.
 */
import { sql } from 'kysely';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type OpenDb, openDb } from '../../src/storage/db.js';
import { EMBEDDED_SETTINGS } from '../../src/storage/embedded-settings.js';

describe('the embedded engine’s memory settings', () => {
  let database: OpenDb;
  beforeAll(async () => {
    database = await openDb({ kind: 'memory' });
  });
  afterAll(async () => {
    await database?.close();
  });

  it('keeps shared_buffers at 32 MB, not PGlite’s 128 MB, and wal_buffers follows it', async () => {
    const show = async (name: string) =>
      (await sql<Record<string, string>>`show ${sql.raw(name)}`.execute(database.db)).rows[0]?.[name];
    expect(EMBEDDED_SETTINGS.shared_buffers).toBe('32MB');
    expect(await show('shared_buffers')).toBe('32MB');
    expect(await show('wal_buffers')).toBe('1MB');
  });

  it('keeps PGlite’s own start parameters (single user, search_path public)', async () => {
    const { rows } = await sql<{ search_path: string }>`show search_path`.execute(database.db);
    expect(rows[0]?.search_path).toBe('public');
  });
});
