/**
 * The engine matrix for database tests: PGlite always, PostgreSQL too when DATABASE_URL is
 * set. Each test file gets its own database (a fresh in-memory PGlite, or a new database on
 * the server that is dropped afterwards), so files can run in parallel.
 */
import { randomUUID } from 'node:crypto';
import pg from 'pg';
import { type OpenDb, openDb } from '../../src/storage/db.js';

export type TestEngine = 'pglite' | 'postgres';

// Read directly: tests decide their own matrix, the app reads the environment only in config.ts.
const serverUrl = process.env.DATABASE_URL;

/**
 * `KASIP_TEST_ENGINES=postgres` runs the matrix on the server alone: CI's second pass, after
 * `npm test` has run the same files on PGlite (running them there twice only cost time).
 */
const serverOnly = process.env.KASIP_TEST_ENGINES === 'postgres';

export const testEngines: TestEngine[] = !serverUrl ? ['pglite'] : serverOnly ? ['postgres'] : ['pglite', 'postgres'];

/**
 * True in CI's server-only pass: a test that always runs the embedded engine (a CLI or server
 * process with `DATABASE_URL` emptied) already ran in `npm test`, so it skips itself there
 * (`describe.skipIf(embeddedAlreadyRan)`).
 */
export const embeddedAlreadyRan = Boolean(serverUrl) && serverOnly;

async function adminQuery(sql: string): Promise<void> {
  const client = new pg.Client({ connectionString: serverUrl });
  await client.connect();
  try {
    await client.query(sql);
  } finally {
    await client.end();
  }
}

/** A new, empty UTF-8 database on the server, for a test that needs a URL of its own. */
export async function createServerDatabase(): Promise<{ url: string; drop: () => Promise<void> }> {
  if (!serverUrl) throw new Error('DATABASE_URL is not set');
  const name = `kasip_test_${randomUUID().replaceAll('-', '').slice(0, 16)}`;
  await adminQuery(
    `create database ${name} encoding 'UTF8' lc_collate 'C.UTF-8' lc_ctype 'C.UTF-8' template template0`,
  );
  const url = new URL(serverUrl);
  url.pathname = `/${name}`;
  return { url: url.toString(), drop: () => adminQuery(`drop database if exists ${name} with (force)`) };
}

/** Opens a fresh, migrated database on the engine; `close()` also drops a server database. */
export async function openTestDb(engine: TestEngine, { migrate = true } = {}): Promise<OpenDb> {
  if (engine === 'pglite') {
    const database = await openDb({ kind: 'memory' });
    if (migrate) await database.migrate();
    return database;
  }
  if (!serverUrl) throw new Error('DATABASE_URL is not set');
  const name = `kasip_test_${randomUUID().replaceAll('-', '').slice(0, 16)}`;
  await adminQuery(
    `create database ${name} encoding 'UTF8' lc_collate 'C.UTF-8' lc_ctype 'C.UTF-8' template template0`,
  );
  const url = new URL(serverUrl);
  url.pathname = `/${name}`;
  const database = await openDb({ kind: 'server', url: url.toString() });
  if (migrate) await database.migrate();
  return {
    ...database,
    close: async () => {
      await database.close();
      await adminQuery(`drop database if exists ${name} with (force)`);
    },
  };
}

export { serverUrl };
