/**
 * `kasip backup --out FILE` and `kasip restore --in FILE [--force]`: the operator's copies of the
 * database. The embedded database is copied whole by PGlite while this process holds the data
 * directory's lock (so no server writes meanwhile); a server database goes through pg_dump and
 * pg_restore. A backup file appears under its name only when complete (written as FILE.tmp, then
 * renamed), so a killed backup never passes for a good one.
 *
 * Both are recorded in the audit trail as the operator's events: a backup in the database it
 * copied (after the copy, with the file's SHA-256), a restore in the restored database, where
 * it survives. The repository is used directly because these are not operations any HTTP
 * caller may run: they act on the database files, outside the pipeline's transaction.
 */
import { createHash, randomUUID } from 'node:crypto';
import { createReadStream } from 'node:fs';
import { chmod, open, readFile, rename, rm, stat } from 'node:fs/promises';
import path from 'node:path';
import { Command } from 'commander';
import { type DbConfig, describeDb, loadConfig } from '../../config.js';
import { AppError } from '../../domain/shared/errors.js';
import { type Db, type OpenDb, openDb } from '../../storage/db.js';
import { backupKindOf, hasData, readSnapshot, restoreEmbedded } from '../../storage/embedded-backup.js';
import { appendAuditEvent } from '../../storage/repositories/audit.repository.js';
import { countTables, dumpServer, restoreServer } from '../../storage/server-backup.js';

type FileFacts = { file: string; bytes: number; sha256: string };

async function sha256Of(file: string): Promise<string> {
  const hash = createHash('sha256');
  for await (const chunk of createReadStream(file)) hash.update(chunk as Buffer);
  return hash.digest('hex');
}

/** `write` fills the temp path; it is flushed to disk, hashed, and only then named `file`. */
async function writeWhole(file: string, write: (temp: string) => Promise<void>): Promise<FileFacts> {
  const temp = `${file}.tmp`;
  await rm(temp, { force: true });
  try {
    await write(temp);
    await chmod(temp, 0o600); // it holds personal data: for its owner's eyes only
    const handle = await open(temp, 'r+');
    try {
      await handle.sync();
    } finally {
      await handle.close();
    }
    const facts = { file, bytes: (await stat(temp)).size, sha256: await sha256Of(temp) };
    await rename(temp, file);
    return facts;
  } catch (error) {
    await rm(temp, { force: true });
    throw error;
  }
}

/** Appends the operator's event; a database too old to have the audit trail only gets a warning. */
async function recordOperatorEvent(db: Db, operation: string, event: string, after: Record<string, unknown>) {
  try {
    await appendAuditEvent(db, {
      actorKind: 'operator',
      actorUserId: null,
      actorTokenId: null,
      operation,
      event,
      orgId: null,
      subjectUserId: null,
      targetKind: 'database',
      targetId: String(after.engine),
      before: null,
      after,
      requestId: randomUUID(),
    });
  } catch (error) {
    const reason = error instanceof Error ? error.message : String(error);
    process.stderr.write(`kasip: warning: ${event} not recorded in the audit trail (${reason}).\n`);
  }
}

const size = (bytes: number) =>
  bytes >= 1024 * 1024 ? `${(bytes / 1024 / 1024).toFixed(1)} MB` : `${Math.max(1, Math.round(bytes / 1024))} kB`;

function report(facts: FileFacts, verb: string, json: boolean | undefined, extra: Record<string, unknown>): void {
  if (json) {
    process.stdout.write(`${JSON.stringify({ ...extra, ...facts })}\n`);
    return;
  }
  process.stdout.write(`${verb} ${facts.file} (${size(facts.bytes)}).\n${facts.sha256}  ${facts.file}\n`);
}

async function backupEmbedded(config: Extract<DbConfig, { kind: 'embedded' }>, file: string): Promise<FileFacts> {
  const dataDir = config.dataDir;
  if (!hasData(dataDir)) {
    throw new AppError('not_found', `There is no embedded database in ${dataDir} to back up (check KASIP_DATA_DIR).`);
  }
  let database: OpenDb;
  try {
    database = await openDb(config);
  } catch (error) {
    if (!(error instanceof AppError && error.code === 'data_dir_in_use')) throw error;
    throw new AppError(
      'data_dir_in_use',
      `${error.message.replace(/ Stop it, or set KASIP_DATA_DIR.*$/, '')} A backup needs the data directory to itself: stop the server and run kasip backup again. A database that must stay up while it is copied belongs on a PostgreSQL server (DATABASE_URL), where kasip backup uses pg_dump.`,
    );
  }
  try {
    const snapshot = database.snapshot;
    if (!snapshot) throw new Error('the embedded database cannot make a snapshot');
    const bytes = await snapshot();
    const facts = await writeWhole(file, async (temp) => {
      const handle = await open(temp, 'wx', 0o600);
      try {
        await handle.writeFile(bytes);
      } finally {
        await handle.close();
      }
    });
    await recordOperatorEvent(database.db, 'cli.backup', 'database.backed-up', { engine: 'pglite', ...facts });
    return facts;
  } finally {
    await database.close();
  }
}

async function backupServer(url: string, file: string): Promise<FileFacts> {
  const facts = await writeWhole(file, (temp) => dumpServer(url, temp));
  const database = await openDb({ kind: 'server', url });
  try {
    await recordOperatorEvent(database.db, 'cli.backup', 'database.backed-up', { engine: 'postgres', ...facts });
  } finally {
    await database.close();
  }
  return facts;
}

export function backupCommand(): Command {
  return new Command('backup')
    .description('Write a backup of the database to a file (embedded: run while the server is stopped)')
    .requiredOption('--out <file>', 'the backup file to write (replaced only once the new one is complete)')
    .option('--json', 'print the result as JSON')
    .action(async (opts: { out: string; json?: boolean }) => {
      const config = loadConfig();
      const file = path.resolve(opts.out);
      const folder = await stat(path.dirname(file)).catch(() => undefined);
      if (!folder?.isDirectory()) throw new AppError('not_found', `The folder ${path.dirname(file)} does not exist.`);
      const facts =
        config.db.kind === 'server'
          ? await backupServer(config.db.url, file)
          : config.db.kind === 'embedded'
            ? await backupEmbedded(config.db, file)
            : undefined;
      if (!facts) throw new AppError('validation_failed', 'An in-memory database has nothing to back up.');
      report(facts, `Backed up ${describeDb(config.db)} to`, opts.json, { engine: config.db.kind });
    });
}

/** Brings the restored database up to date and leaves the restore in its audit trail. */
async function prepareRestored(database: OpenDb, facts: FileFacts, engine: string): Promise<string[]> {
  const before = await database.migrationState();
  const after = await database.migrate();
  const ran = after.applied.filter((m) => !before.applied.includes(m));
  await recordOperatorEvent(database.db, 'cli.restore', 'database.restored', { engine, ...facts, migrated: ran });
  return ran;
}

async function restoreToServer(url: string, facts: FileFacts, force: boolean): Promise<string[]> {
  const database = await openDb({ kind: 'server', url });
  try {
    const tables = await countTables(database.db);
    if (tables > 0 && !force) {
      throw new AppError(
        'conflict',
        `The database already has ${tables} tables; restoring replaces them. Back it up first, then run again with --force.`,
      );
    }
  } finally {
    await database.close();
  }
  await restoreServer(url, facts.file);
  const restored = await openDb({ kind: 'server', url });
  try {
    return await prepareRestored(restored, facts, 'postgres');
  } finally {
    await restored.close();
  }
}

export function restoreCommand(): Command {
  return new Command('restore')
    .description('Replace the database by a backup made with kasip backup (run while the server is stopped)')
    .requiredOption('--in <file>', 'the backup file')
    .option('--force', 'replace a database that already holds data')
    .option('--json', 'print the result as JSON')
    .action(async (opts: { in: string; force?: boolean; json?: boolean }) => {
      const config = loadConfig();
      const file = path.resolve(opts.in);
      const bytes = await readFile(file).catch((error: NodeJS.ErrnoException) => {
        throw new AppError('not_found', `Cannot read the backup ${file}: ${error.code ?? error.message}.`);
      });
      const facts = { file, bytes: bytes.length, sha256: createHash('sha256').update(bytes).digest('hex') };
      let migrated: string[] = [];
      if (config.db.kind === 'server') {
        const kind = backupKindOf(bytes);
        if (kind !== 'server') {
          throw new AppError(
            'invalid_data_file',
            kind === 'embedded'
              ? 'This is a backup of the embedded database (PGlite); it restores only without DATABASE_URL. To move the editions to a server, use kasip export and kasip load.'
              : 'This is not a Kasip backup: a server backup is a pg_dump archive (custom format).',
          );
        }
        migrated = await restoreToServer(config.db.url, facts, Boolean(opts.force));
      } else if (config.db.kind === 'embedded') {
        const snapshot = readSnapshot(bytes);
        await restoreEmbedded(config.db.dataDir, snapshot, {
          force: Boolean(opts.force),
          prepare: async (database) => {
            migrated = await prepareRestored(database, facts, 'pglite');
          },
        });
      } else {
        throw new AppError('validation_failed', 'An in-memory database cannot be restored into.');
      }
      const note = migrated.length ? `; migrated ${migrated.join(', ')}` : '';
      report(facts, `Restored ${describeDb(config.db)} from`, opts.json, { engine: config.db.kind, migrated });
      if (!opts.json && note) process.stdout.write(`The backup was from an older version${note}.\n`);
    });
}
