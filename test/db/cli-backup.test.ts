/**
 * `kasip backup` and `kasip restore`, by a round trip through the real command on each engine:
 * data made, backed up, changed, restored with --force, and the data of the backup's moment is
 * back (the later change gone). A restore over existing data without --force, a damaged file
 * and a backup of a data directory a server holds are refused, and the data stays as it was.
 * Here and not under test/unit: CI runs this project with DATABASE_URL set, so the pg_dump and
 * pg_restore round trip runs there too.
 */
import { spawnSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { existsSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { Migrator, sql } from 'kysely';
import { describe, expect, it } from 'vitest';
import type { DbConfig } from '../../src/config.js';
import { createServices } from '../../src/services/index.js';
import { lockDataDir } from '../../src/storage/data-dir-lock.js';
import { knownMigrations, openDb } from '../../src/storage/db.js';
import { migrationProvider } from '../../src/storage/migrations/index.js';
import { toolConnection } from '../../src/storage/server-backup.js';
import { OPERATOR } from '../support/callers.js';
import { createServerDatabase, testEngines } from '../support/engines.js';
import { ROOT } from '../support/paths.js';

const PASSWORD = 'Қазақстан-2026 steppe';

/** pg_dump and pg_restore: on PATH, or in PG_BIN, or where Debian's postgresql-15 puts them. */
const pgBin = [process.env.PG_BIN, '/usr/lib/postgresql/15/bin'].find((d) => d && existsSync(path.join(d, 'pg_dump')));
const PATH = [pgBin, process.env.PATH].filter(Boolean).join(path.delimiter);

type Env = Record<string, string>;

function kasip(env: Env, args: string[], stdin = '') {
  const child = spawnSync(process.execPath, ['--import', 'tsx', 'src/cli/main.ts', ...args], {
    cwd: ROOT,
    env: { ...process.env, PATH, DATABASE_URL: '', ...env },
    input: stdin,
    encoding: 'utf8',
  });
  return { code: child.status, out: child.stdout, err: child.stderr };
}

async function withDb<T>(config: DbConfig, run: (db: Awaited<ReturnType<typeof openDb>>) => Promise<T>): Promise<T> {
  const database = await openDb(config);
  try {
    return await run(database);
  } finally {
    await database.close();
  }
}

async function addOrg(config: DbConfig, name: string): Promise<void> {
  await withDb(config, async (database) => {
    const services = createServices(database);
    await services.pipeline.execute(services.ops.orgs.create, { name, kind: 'education-provider' }, OPERATOR);
  });
}

const orgNames = (config: DbConfig) =>
  withDb(config, async ({ db }) => {
    const { rows } = await sql<{ name: string }>`select name from organisation order by name`.execute(db);
    return rows.map((r) => r.name);
  });

const operatorEvents = (config: DbConfig) =>
  withDb(config, async ({ db }) => {
    const { rows } = await sql<{ event: string; after: Record<string, unknown> }>`
      select event, after from audit_event where actor_kind = 'operator' and target_kind = 'database' order by seq`.execute(
      db,
    );
    return rows;
  });

function admins(env: Env): string[] {
  const listed = kasip(env, ['admin', 'list', '--json']);
  expect(listed.err).toBe('');
  return (JSON.parse(listed.out).admins as { email: string }[]).map((a) => a.email).sort();
}

function createAdmin(env: Env, email: string): void {
  const created = kasip(env, ['admin', 'create', '--email', email, '--password-stdin'], `${PASSWORD}\n`);
  expect(created.err).toBe('');
  expect(created.code).toBe(0);
}

/** The round trip both engines share; `damage` makes a bad copy of the good backup to refuse. */
async function roundTrip(env: Env, config: DbConfig, damage: (good: Buffer) => Buffer): Promise<void> {
  const dir = mkdtempSync(path.join(tmpdir(), 'kasip-backup-'));
  const file = path.join(dir, 'kasip.backup');
  createAdmin(env, 'first@example.kz');
  await addOrg(config, 'Алматы колледжі');

  const backup = kasip(env, ['backup', '--out', file]);
  expect(backup.err).toBe('');
  expect(backup.code).toBe(0);
  const sha256 = createHash('sha256').update(readFileSync(file)).digest('hex');
  expect(backup.out).toContain(`${sha256}  ${file}\n`);
  expect(backup.out).toMatch(/^Backed up .* to .* \(\d+(\.\d)? [kM]B\)\./);
  expect(existsSync(`${file}.tmp`)).toBe(false);
  expect(await operatorEvents(config)).toEqual([
    { event: 'database.backed-up', after: expect.objectContaining({ sha256, file }) },
  ]);

  // After the backup: a second admin and organisation that the restore must take away.
  createAdmin(env, 'later@example.kz');
  await addOrg(config, 'Later Centre');
  expect(admins(env)).toEqual(['first@example.kz', 'later@example.kz']);

  const refused = kasip(env, ['restore', '--in', file]);
  expect(refused.code).toBe(4);
  expect(refused.err).toMatch(/already (holds a database|has \d+ tables).*--force/);
  expect(admins(env)).toEqual(['first@example.kz', 'later@example.kz']);

  const restored = kasip(env, ['restore', '--in', file, '--force']);
  expect(restored.err).toBe('');
  expect(restored.code).toBe(0);
  expect(restored.out).toContain(`${sha256}  ${file}\n`);
  expect(admins(env)).toEqual(['first@example.kz']);
  expect(await orgNames(config)).toEqual(['Алматы колледжі']);
  // The backup's own event was written after the copy; the restore is in the restored trail.
  expect(await operatorEvents(config)).toEqual([
    { event: 'database.restored', after: expect.objectContaining({ sha256, file, migrated: [] }) },
  ]);

  // A damaged or foreign file is refused, with --force too, and the data stays.
  const bad = path.join(dir, 'damaged.backup');
  writeFileSync(bad, damage(readFileSync(file)));
  const damaged = kasip(env, ['restore', '--in', bad, '--force']);
  expect(damaged.code).toBe(2);
  expect(damaged.err).toMatch(/^kasip: The backup is damaged or incomplete/);
  writeFileSync(bad, 'not a backup at all');
  const foreign = kasip(env, ['restore', '--in', bad, '--force']);
  expect(foreign.code).toBe(2);
  expect(foreign.err).toMatch(/not a Kasip backup/);
  expect(admins(env)).toEqual(['first@example.kz']);
  expect(await orgNames(config)).toEqual(['Алматы колледжі']);

  const missing = kasip(env, ['restore', '--in', path.join(dir, 'nowhere.backup')]);
  expect(missing.code).toBe(3);
}

const cutInHalf = (good: Buffer) => good.subarray(0, Math.floor(good.length / 2));

describe.each(testEngines)('kasip backup and restore on %s', (engine) => {
  it('round-trips: the data of the backup comes back, later changes go, refusals keep the data', async () => {
    if (engine === 'pglite') {
      const dataDir = mkdtempSync(path.join(tmpdir(), 'kasip-data-'));
      const env = { KASIP_DATA_DIR: dataDir };
      const nothing = kasip(env, ['backup', '--out', path.join(dataDir, 'none.backup')]);
      expect(nothing.code).toBe(3);
      expect(nothing.err).toMatch(/no embedded database/);
      await roundTrip(env, { kind: 'embedded', dataDir: path.join(dataDir, 'pglite') }, cutInHalf);
      return;
    }
    const server = await createServerDatabase();
    try {
      await roundTrip({ DATABASE_URL: server.url }, { kind: 'server', url: server.url }, cutInHalf);
      const foreign = kasip({ DATABASE_URL: server.url }, ['restore', '--in', path.join(ROOT, 'package.json')]);
      expect(foreign.code).toBe(2);
      const out = path.join(mkdtempSync(path.join(tmpdir(), 'kasip-backup-')), 'none.backup');
      const noTools = kasip({ DATABASE_URL: server.url, PATH: '/nonexistent' }, ['backup', '--out', out]);
      expect(noTools.code).toBe(5);
      expect(noTools.err).toMatch(/pg_dump was not found on PATH/);
      expect(existsSync(out) || existsSync(`${out}.tmp`)).toBe(false);
    } finally {
      await server.drop();
    }
  }, 300_000);
});

describe('kasip backup of the embedded database', () => {
  it('is refused while a server holds the data directory, and says to stop it; so is a restore', async () => {
    const dataDir = mkdtempSync(path.join(tmpdir(), 'kasip-data-'));
    const env = { KASIP_DATA_DIR: dataDir };
    createAdmin(env, 'first@example.kz');
    const file = path.join(dataDir, 'kasip.backup');
    expect(kasip(env, ['backup', '--out', file]).code).toBe(0);
    const before = readFileSync(file);
    const held = lockDataDir(path.join(dataDir, 'pglite')); // as `kasip serve` holds it
    try {
      const refused = kasip(env, ['backup', '--out', file]);
      expect(refused.code).toBe(5);
      expect(refused.err).toMatch(/in use by another Kasip process \(pid \d+\)\. A backup needs .*stop the server/);
      expect(readFileSync(file).equals(before)).toBe(true);
      const restore = kasip(env, ['restore', '--in', file, '--force']);
      expect(restore.code).toBe(5);
      expect(restore.err).toMatch(/in use by another Kasip process/);
    } finally {
      held.release();
    }
    expect(admins(env)).toEqual(['first@example.kz']);
  }, 120_000);

  it('restores a backup of an older version into a new data directory and brings it up to date', async () => {
    const older = mkdtempSync(path.join(tmpdir(), 'kasip-data-'));
    const previous = knownMigrations.at(-2) ?? '';
    await withDb({ kind: 'embedded', dataDir: path.join(older, 'pglite') }, async ({ db }) => {
      const { error } = await new Migrator({ db, provider: migrationProvider }).migrateTo(previous);
      if (error) throw error;
    });
    const file = path.join(older, 'older.backup');
    expect(kasip({ KASIP_DATA_DIR: older }, ['backup', '--out', file]).code).toBe(0);

    const fresh = path.join(mkdtempSync(path.join(tmpdir(), 'kasip-data-')), 'new-machine');
    const restored = kasip({ KASIP_DATA_DIR: fresh }, ['restore', '--in', file, '--json']);
    expect(restored.err).toBe('');
    expect(restored.code).toBe(0);
    expect(JSON.parse(restored.out)).toMatchObject({ migrated: [knownMigrations.at(-1)] });
    const state = await withDb({ kind: 'embedded', dataDir: path.join(fresh, 'pglite') }, (d) => d.migrationState());
    expect(state.pending).toEqual([]);
  }, 120_000);

  it('passes the server password to pg_dump apart from the URL', () => {
    expect(toolConnection('postgres://kasip:p%40ss:w@db.example.kz:5432/kasip?sslmode=require')).toEqual({
      dbname: 'postgres://kasip@db.example.kz:5432/kasip?sslmode=require',
      password: 'p@ss:w',
    });
    expect(toolConnection('postgres://kasip@127.0.0.1/kasip').password).toBeUndefined();
  });
});
