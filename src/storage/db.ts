/**
 * One way to open the database for both engines: embedded PGlite (default, zero set-up) or a
 * PostgreSQL server (DATABASE_URL). Both go through Kysely's PostgresDialect and a pg Pool, so
 * no other module branches on the engine.
 */
import { PGlite } from '@electric-sql/pglite';
import { pg_trgm } from '@electric-sql/pglite/contrib/pg_trgm';
import { createPgConfig } from '@electric-sql/pglite/node-postgres';
import { Kysely, Migrator, PostgresDialect, sql } from 'kysely';
import pg from 'pg';
import type { DbConfig } from '../config.js';
import { AppError } from '../domain/shared/errors.js';
import { type CacheEventHandlers, type CacheEventListener, listenForCacheEvents } from './cache-events.js';
import { type DataDirLock, lockDataDir } from './data-dir-lock.js';
import { embeddedStartParams } from './embedded-settings.js';
import { migrationProvider, migrations } from './migrations/index.js';
import { recoverInterruptedRestore } from './restore-journal.js';
import type { Database } from './schema.js';

// A calendar date (HR's dates: position taken, attestation due) stays the `YYYY-MM-DD` it was
// stored as; pg's default turns it into a Date at local midnight, a day off east of Greenwich.
pg.types.setTypeParser(pg.types.builtins.DATE, (value) => value);

export type Engine = 'pglite' | 'postgres';
export type Db = Kysely<Database>;

export type MigrationState = { applied: string[]; pending: string[] };

export type OpenDb = {
  db: Db;
  engine: Engine;
  /** The server's version string, e.g. "PostgreSQL 15.18". */
  version: () => Promise<string>;
  migrate: () => Promise<MigrationState>;
  migrationState: () => Promise<MigrationState>;
  /**
   * Hears other processes' cache events (a server database only: the embedded one has a single
   * process, which invalidates its caches itself). The listener is ended by `close()`.
   */
  listenCacheEvents: (handlers: CacheEventHandlers) => CacheEventListener | undefined;
  /** Closes the pool and any cache-event listener. */
  close: () => Promise<void>;
  /**
   * The embedded database only: a consistent copy of its data directory, a gzipped tarball
   * (see embedded-backup.ts). Undefined for a server database, which pg_dump copies.
   */
  snapshot?: () => Promise<Uint8Array>;
};

/** PGlite keeps one connection; a pool of one makes concurrent queries queue instead of colliding. */
async function openEmbedded(
  dataDir: string | undefined,
): Promise<{ db: Db; close: () => Promise<void>; snapshot: () => Promise<Uint8Array> }> {
  let lock: DataDirLock | undefined;
  if (dataDir) lock = lockDataDir(dataDir);
  try {
    // Before PGlite creates anything: a restore killed between its renames left no data
    // directory, and PGlite would make a new empty database where the operator's belongs.
    if (dataDir) recoverInterruptedRestore(dataDir);
    const pglite = await PGlite.create(dataDir ?? 'memory://', {
      extensions: { pg_trgm },
      startParams: embeddedStartParams(),
    });
    const pool = new pg.Pool({ ...(createPgConfig(pglite) as unknown as pg.PoolConfig), max: 1 });
    const db = new Kysely<Database>({ dialect: new PostgresDialect({ pool }) });
    return {
      db,
      close: async () => {
        await db.destroy();
        await pglite.close();
        lock?.release();
      },
      snapshot: async () => {
        // PGlite runs one query at a time, so no transaction is half-way while the files are
        // read; the checkpoint writes every page out, so the copy needs no WAL replay to open.
        await pglite.exec('checkpoint');
        const tarball = await pglite.dumpDataDir('gzip');
        return new Uint8Array(await tarball.arrayBuffer());
      },
    };
  } catch (error) {
    lock?.release();
    throw error;
  }
}

/**
 * pg_trgm and lower() silently ignore Cyrillic in a database whose ctype is not UTF-8, which
 * breaks Kazakh search without an error; refuse such a database at start.
 */
async function assertUtf8Ctype(db: Db): Promise<void> {
  const { rows } = await sql<{ ctype: string; encoding: string }>`
    select datctype as ctype, pg_encoding_to_char(encoding) as encoding
    from pg_database where datname = current_database()`.execute(db);
  const row = rows[0];
  const ctypeOk = row && /utf-?8/i.test(row.ctype);
  if (!row || !ctypeOk || row.encoding !== 'UTF8') {
    throw new AppError(
      'unsupported_database',
      `The database must use UTF-8 (encoding ${row?.encoding ?? '?'}, ctype ${row?.ctype ?? '?'}): with a non-UTF-8 ctype PostgreSQL cannot lower-case or search Kazakh text. Create it with: createdb -E UTF8 --locale=C.UTF-8 --template=template0 NAME`,
    );
  }
}

function serverPool(url: string, connectionTimeoutMillis: number): Db {
  const pool = new pg.Pool({ connectionString: url, max: 10, connectionTimeoutMillis });
  // An idle client's network error must not crash the process; the next query reports it.
  pool.on('error', () => {});
  return new Kysely<Database>({ dialect: new PostgresDialect({ pool }) });
}

async function openServer(
  url: string,
): Promise<{ db: Db; close: () => Promise<void>; snapshot?: () => Promise<Uint8Array> }> {
  const db = serverPool(url, 10_000);
  try {
    await assertUtf8Ctype(db);
  } catch (error) {
    await db.destroy();
    if (error instanceof AppError) throw error;
    const reason = error instanceof Error ? error.message : String(error);
    throw new AppError('database_unavailable', `Cannot connect to the PostgreSQL server: ${reason}`);
  }
  return { db, close: () => db.destroy() };
}

/** PostgreSQL's SQLSTATE for a relation that does not exist. */
const UNDEFINED_TABLE = '42P01';

export async function openDb(config: DbConfig): Promise<OpenDb> {
  const engine: Engine = config.kind === 'server' ? 'postgres' : 'pglite';
  const { db, close, snapshot } =
    config.kind === 'server'
      ? await openServer(config.url)
      : await openEmbedded(config.kind === 'embedded' ? config.dataDir : undefined);
  const migrator = new Migrator({ db, provider: migrationProvider });
  const listeners = new Set<CacheEventListener>();

  /**
   * Which migrations ran: one read of Kysely's own table. `Migrator.getMigrations()` says the same
   * but introspects the catalogue first (~12 ms on PGlite), and the health check asks on every call.
   * Before the first migration the table does not exist: every migration is pending.
   */
  const migrationState = async (): Promise<MigrationState> => {
    let ran = new Set<string>();
    try {
      const { rows } = await sql<{ name: string }>`select name from kysely_migration`.execute(db);
      ran = new Set(rows.map((r) => r.name));
    } catch (error) {
      if ((error as { code?: unknown }).code !== UNDEFINED_TABLE) throw error;
    }
    const names = Object.keys(migrations).sort();
    return { applied: names.filter((n) => ran.has(n)), pending: names.filter((n) => !ran.has(n)) };
  };

  return {
    db,
    engine,
    version: async () => {
      const { rows } = await sql<{ v: string }>`select version() as v`.execute(db);
      return (rows[0]?.v ?? '').split(/ on | \(|,/)[0] ?? '';
    },
    migrate: async () => {
      const { error } = await migrator.migrateToLatest();
      if (error) throw error instanceof Error ? error : new Error(String(error));
      return migrationState();
    },
    migrationState,
    listenCacheEvents: (handlers) => {
      if (config.kind !== 'server') return undefined;
      const listener = listenForCacheEvents(config.url, handlers);
      listeners.add(listener);
      return listener;
    },
    close: async () => {
      await Promise.all([...listeners].map((l) => l.close()));
      await close();
    },
    ...(snapshot ? { snapshot } : {}),
  };
}

/**
 * A streaming replica (DATABASE_REPLICA_URL), for public reads only. Opened without a round trip:
 * an unreachable replica must not stop the start, the reads fall back to the primary. It is a
 * copy of the primary, so its encoding was checked there; it is never migrated (it is read-only).
 */
export function openReplicaDb(url: string): OpenDb {
  // A short connect timeout: a request waits this long before it falls back to the primary.
  const db = serverPool(url, 2000);
  const readOnly = () => Promise.reject(new Error('the read replica is read-only; migrate the primary'));
  return {
    db,
    engine: 'postgres',
    version: async () => {
      const { rows } = await sql<{ v: string }>`select version() as v`.execute(db);
      return (rows[0]?.v ?? '').split(/ on | \(|,/)[0] ?? '';
    },
    migrate: readOnly,
    migrationState: readOnly,
    listenCacheEvents: () => undefined,
    close: () => db.destroy(),
  };
}

/**
 * Whether an error means the server could not be reached or cannot serve now (connection refused
 * or cut, a replica still starting, a query cancelled by replay): the caller may retry elsewhere.
 */
export function isUnreachable(error: unknown): boolean {
  if (!(error instanceof Error)) return false;
  const code = (error as { code?: unknown }).code;
  if (typeof code === 'string') {
    if (/^(ECONNREFUSED|ECONNRESET|ETIMEDOUT|EHOSTUNREACH|ENETUNREACH|ENOTFOUND|EPIPE|EAI_AGAIN)$/.test(code))
      return true;
    // 08: connection exception; 57P0x: shutting down / cannot connect now; 40001 on a standby: conflict with recovery.
    if (/^(08|57P0[1-4]|40001)/.test(code)) return true;
  }
  return /Connection terminated|timeout exceeded when trying to connect|Client has encountered a connection error/i.test(
    error.message,
  );
}

export const knownMigrations = Object.keys(migrations);
