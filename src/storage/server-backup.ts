/**
 * Backups of a PostgreSQL server database with PostgreSQL's own tools: `pg_dump --format=custom`
 * and `pg_restore`. They must be on PATH, of the server's major version or newer (Debian's
 * /usr/bin wrappers pick the right one).
 *
 * The password never reaches a command line, where `ps` shows it to every local user: the tools
 * get the URL without it as `--dbname` and the password in PGPASSWORD, which only the owner of
 * the process can read.
 */
import { spawn } from 'node:child_process';
import { sql } from 'kysely';
import { toolEnvironment } from '../config.js';
import { AppError } from '../domain/shared/errors.js';
import type { Db } from './db.js';

type Tool = 'pg_dump' | 'pg_restore';

/** The URL for libpq without its password, and the password apart. */
export function toolConnection(url: string): { dbname: string; password: string | undefined } {
  const parsed = new URL(url);
  const password = parsed.password ? decodeURIComponent(parsed.password) : undefined;
  parsed.password = '';
  return { dbname: parsed.toString(), password };
}

const redact = (text: string, password: string | undefined) => (password ? text.replaceAll(password, '***') : text);

/** What pg_restore says of a file that is cut short, damaged, or not an archive it can read. */
const BAD_ARCHIVE = /input file|not a valid archive|unsupported version|corrupt|unexpected end/i;

/** Runs a tool to the end; a missing tool or a failure is one clear error with its last words. */
function run(tool: Tool, args: string[], url: string): Promise<void> {
  const { dbname, password } = toolConnection(url);
  // --no-password: fail, never wait for a prompt nobody answers.
  const env = toolEnvironment(password !== undefined ? { PGPASSWORD: password } : {});
  return new Promise((resolve, reject) => {
    const child = spawn(tool, ['--no-password', ...args, '--dbname', dbname], {
      env,
      stdio: ['ignore', 'ignore', 'pipe'],
    });
    let stderr = '';
    child.stderr.setEncoding('utf8');
    child.stderr.on('data', (chunk: string) => {
      stderr = (stderr + chunk).slice(-4000);
    });
    child.on('error', (error: NodeJS.ErrnoException) => {
      if (error.code === 'ENOENT') {
        reject(
          new AppError(
            'database_unavailable',
            `${tool} was not found on PATH. Install PostgreSQL's client tools of the server's major version or newer (Debian: apt-get install postgresql-client-15) and run again.`,
          ),
        );
      } else reject(error);
    });
    child.on('close', (code, signal) => {
      if (code === 0) return resolve();
      const said = redact(stderr.trim().split('\n').slice(-5).join(' | '), password) || 'no message';
      const how = signal ?? `exit ${code}`;
      if (tool === 'pg_restore' && BAD_ARCHIVE.test(stderr)) {
        const message = `The backup is damaged or incomplete (${said}); the database was left as it was.`;
        reject(new AppError('invalid_data_file', message));
      } else if (tool === 'pg_restore') {
        // --single-transaction: whatever failed, nothing of the archive was committed.
        reject(
          new AppError('database_unavailable', `pg_restore failed (${how}): ${said}; the database was left as it was.`),
        );
      } else reject(new AppError('database_unavailable', `${tool} failed (${how}): ${said}`));
    });
  });
}

/** Writes the whole database to `file` in pg_dump's custom format (compressed, for pg_restore). */
export function dumpServer(url: string, file: string): Promise<void> {
  return run('pg_dump', ['--format=custom', '--file', file], url);
}

/**
 * Restores a pg_dump archive over the database: each object of the archive is dropped and
 * made anew. One transaction, so a failure half-way leaves the database as it was.
 */
export function restoreServer(url: string, file: string): Promise<void> {
  return run(
    'pg_restore',
    ['--clean', '--if-exists', '--no-owner', '--single-transaction', '--exit-on-error', file],
    url,
  );
}

/** How many tables the database has outside PostgreSQL's own schemas. */
export async function countTables(db: Db): Promise<number> {
  const { rows } = await sql<{ n: string }>`
    select count(*) as n from pg_tables
    where schemaname not in ('pg_catalog', 'information_schema')`.execute(db);
  return Number(rows[0]?.n ?? 0);
}
