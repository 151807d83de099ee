/**
 * Backup files of the embedded database, and restoring one. A backup is PGlite's own
 * `dumpDataDir('gzip')` (see `OpenDb.snapshot`): the data directory as a gzipped tarball, which
 * opens only in the same PostgreSQL major version. pg_dump's SQL from PGlite (PostgreSQL 18)
 * does not load into a PostgreSQL 15 server, so moving between engines is the JSON export's job.
 *
 * A restore must never leave the operator with less than before: the snapshot is loaded into a
 * new directory beside the data directory, migrated and opened there, and only then swapped in
 * by two renames. Any failure before the swap leaves the old directory as it was. A kill (or
 * power loss) is covered by the restore journal (restore-journal.ts), written once the staging
 * database is complete: from then on the next open finishes the restore; before it, the next
 * open removes the staging directory.
 */
import { existsSync, readdirSync, renameSync, rmSync } from 'node:fs';
import path from 'node:path';
import { gunzipSync } from 'node:zlib';
import { PGlite } from '@electric-sql/pglite';
import { pg_trgm } from '@electric-sql/pglite/contrib/pg_trgm';
import { AppError } from '../domain/shared/errors.js';
import { lockDataDir } from './data-dir-lock.js';
import { embeddedStartParams } from './embedded-settings.js';
import { type OpenDb, openDb } from './db.js';
import { faultPoint } from './fault-points.js';
import {
  fsyncPath,
  fsyncTree,
  journalPath,
  recoverInterruptedRestore,
  removeRestoreJournal,
  writeRestoreJournal,
} from './restore-journal.js';
import { previousName, stagingName } from './restore-recovery-plan.js';

export type BackupKind = 'embedded' | 'server' | 'unknown';

/** What made a file: gzip is PGlite's tarball, "PGDMP" opens pg_dump's custom format. */
export function backupKindOf(bytes: Uint8Array): BackupKind {
  if (bytes[0] === 0x1f && bytes[1] === 0x8b) return 'embedded';
  if (Buffer.from(bytes.subarray(0, 5)).toString('latin1') === 'PGDMP') return 'server';
  return 'unknown';
}

/**
 * Whether a directory exists and holds anything: an empty one is no database to lose. A restore
 * journal beside it counts too: the directory may be renamed away by a restore killed part-way,
 * and the next open (restore-journal.ts) puts a database back in its place.
 */
export function hasData(dir: string): boolean {
  return (existsSync(dir) && readdirSync(dir).length > 0) || existsSync(journalPath(dir));
}

const text = (block: Uint8Array, from: number, length: number) =>
  Buffer.from(block.subarray(from, from + length))
    .toString('utf8')
    .replace(/\0.*$/s, '');

/** The files of a tar archive (ustar headers, as PGlite writes them), by name. */
function tarEntries(tar: Uint8Array): Map<string, Uint8Array> {
  const entries = new Map<string, Uint8Array>();
  for (let at = 0; at + 512 <= tar.length; ) {
    const header = tar.subarray(at, at + 512);
    const name = text(header, 0, 100);
    if (name === '') break; // the two zero blocks that end an archive
    const size = Number.parseInt(text(header, 124, 12).trim() || '0', 8);
    if (!Number.isFinite(size) || size < 0 || at + 512 + size > tar.length) {
      throw new Error(`the archive is cut or damaged at ${name}`);
    }
    const prefix = text(header, 345, 155);
    const full = (prefix ? `${prefix}/${name}` : name).replace(/^(\.?\/)+/, '');
    entries.set(full, tar.subarray(at + 512, at + 512 + size));
    at += 512 + Math.ceil(size / 512) * 512;
  }
  return entries;
}

export type Snapshot = { tar: Uint8Array; postgresMajor: string };

/**
 * Checks a backup file before anything is touched: gzip (whose checksum catches a damaged or
 * cut file), a tar archive, and a PostgreSQL data directory inside. Refused: `invalid_data_file`.
 */
export function readSnapshot(bytes: Uint8Array): Snapshot {
  const kind = backupKindOf(bytes);
  if (kind === 'server') {
    throw new AppError(
      'invalid_data_file',
      'This is a pg_dump archive, a backup of a PostgreSQL server: restore it with DATABASE_URL set to that server.',
    );
  }
  if (kind !== 'embedded') {
    throw new AppError('invalid_data_file', 'This is not a Kasip backup: it is not a gzipped PGlite data directory.');
  }
  let tar: Uint8Array;
  let entries: Map<string, Uint8Array>;
  try {
    tar = gunzipSync(bytes);
    entries = tarEntries(tar);
  } catch (error) {
    const reason = error instanceof Error ? error.message : String(error);
    throw new AppError('invalid_data_file', `The backup is damaged or incomplete (${reason}).`);
  }
  const version = entries.get('PG_VERSION');
  if (!version || !entries.has('global/pg_control')) {
    throw new AppError('invalid_data_file', 'The backup holds no PostgreSQL data directory (no PG_VERSION).');
  }
  return { tar, postgresMajor: Buffer.from(version).toString('utf8').trim() };
}

/** Creates a database in `dir` (new or empty) from a snapshot, and closes it again. */
async function loadInto(dir: string, snapshot: Snapshot): Promise<void> {
  const loadDataDir = new Blob([new Uint8Array(snapshot.tar)], { type: 'application/x-tar' });
  // The same buffers as every other open (embedded-settings.ts): PGlite's memory never shrinks.
  const pglite = await PGlite.create(dir, { loadDataDir, extensions: { pg_trgm }, startParams: embeddedStartParams() });
  await pglite.close();
}

/**
 * Puts `restored` in the place of `dataDir`. The journal goes first, so a kill from here on is
 * finished by the next open; a failure that throws here is undone here instead (the old
 * directory back, the journal removed), and the restore reports it.
 */
async function swapIn(dataDir: string, restored: string): Promise<void> {
  const parent = path.dirname(dataDir);
  const previous = path.join(parent, previousName(path.basename(dataDir), process.pid));
  await fsyncTree(restored);
  writeRestoreJournal(dataDir, {
    staging: path.basename(restored),
    previous: path.basename(previous),
    startedAt: new Date().toISOString(),
    pid: process.pid,
  });
  const hadPrevious = existsSync(dataDir);
  if (hadPrevious) renameSync(dataDir, previous);
  faultPoint('restore-between-renames');
  try {
    renameSync(restored, dataDir);
  } catch (error) {
    if (hadPrevious) renameSync(previous, dataDir);
    removeRestoreJournal(dataDir);
    throw error;
  }
  fsyncPath(parent); // the restored directory is on disk under its name before the old one goes
  if (hadPrevious) rmSync(previous, { recursive: true, force: true });
  removeRestoreJournal(dataDir);
}

export type RestoreOptions = {
  /** Replace a data directory that already holds a database. */
  force: boolean;
  /** Runs on the restored database before it is swapped in (migrate, check, audit); may throw. */
  prepare: (database: OpenDb) => Promise<void>;
};

/**
 * Restores a snapshot into the embedded data directory, holding its lock throughout, so no
 * server can have it open. Refuses to replace existing data without `force`.
 */
export async function restoreEmbedded(dataDir: string, snapshot: Snapshot, opts: RestoreOptions): Promise<void> {
  const lock = lockDataDir(dataDir);
  const staging = path.join(path.dirname(dataDir), stagingName(path.basename(dataDir), process.pid));
  try {
    recoverInterruptedRestore(dataDir);
    if (hasData(dataDir) && !opts.force) {
      throw new AppError(
        'conflict',
        `${dataDir} already holds a database; restoring replaces it. Back it up first, then run again with --force.`,
      );
    }
    rmSync(staging, { recursive: true, force: true });
    try {
      await loadInto(staging, snapshot);
      const database = await openDb({ kind: 'embedded', dataDir: staging });
      faultPoint('restore-during-staging');
      try {
        await opts.prepare(database);
      } finally {
        await database.close();
      }
    } catch (error) {
      if (error instanceof AppError && error.code !== 'internal_error') throw error;
      const reason = error instanceof Error ? error.message : String(error);
      throw new AppError(
        'invalid_data_file',
        `The backup (PostgreSQL ${snapshot.postgresMajor}) does not open as a Kasip database: ${reason}. ${dataDir} was left as it was.`,
      );
    }
    await swapIn(dataDir, staging);
  } finally {
    rmSync(staging, { recursive: true, force: true });
    lock.release();
  }
}
