/**
 * A real `kasip restore` of the embedded database killed with SIGKILL (a test-only fault point,
 * KASIP_FAULT_POINT, see src/storage/fault-points.ts) at its two dangerous moments, and the data
 * directory opened again in this process:
 * - between the two renames, when the data directory does not exist: the open finishes the
 *   restore (the backup's marker row is there, the later one gone) instead of making a new empty
 *   database, and says so on stderr;
 * - during staging: the old data is intact and the staging directory is removed.
 * Each time nothing is left beside the data directory (no staging, replaced or journal) and the
 * lock is free. Embedded engine only: a server database restores with pg_restore, in one transaction.
 */
import { spawnSync } from 'node:child_process';
import { randomUUID } from 'node:crypto';
import { mkdirSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { sql } from 'kysely';
import { afterAll, afterEach, describe, expect, it, vi } from 'vitest';
import { lockDataDir } from '../../src/storage/data-dir-lock.js';
import { type OpenDb, openDb } from '../../src/storage/db.js';
import { embeddedAlreadyRan } from '../support/engines.js';
import { ROOT } from '../support/paths.js';

// Named here, made by the test (a skipped run leaves nothing): the backup beside KASIP_DATA_DIR, not in it.
const parent = path.join(tmpdir(), `kasip-restore-kill-${process.pid}-${randomUUID()}`);
const kasipDataDir = path.join(parent, 'kasip'); // KASIP_DATA_DIR; the database is its pglite/
const dataDir = path.join(kasipDataDir, 'pglite');
const backupFile = path.join(parent, 'kasip.backup');

async function withDb<T>(run: (database: OpenDb) => Promise<T>): Promise<T> {
  const database = await openDb({ kind: 'embedded', dataDir });
  try {
    return await run(database);
  } finally {
    await database.close();
  }
}

/** The marker rows and the operator's audit events, read in one open (each open of PGlite costs a second or more). */
const contents = () =>
  withDb(async ({ db }) => {
    const markers = await sql<{ label: string }>`select label from restore_marker order by label`.execute(db);
    const events = await sql<{ event: string }>`select event from audit_event where actor_kind = 'operator'`.execute(
      db,
    );
    return { markers: markers.rows.map((r) => r.label), events: events.rows.map((r) => r.event) };
  });

/** `kasip restore --force` in a child that kills itself at `point`. */
function restoreKilledAt(point: string) {
  const child = spawnSync(
    process.execPath,
    ['--import', 'tsx', 'src/cli/main.ts', 'restore', '--in', backupFile, '--force'],
    {
      cwd: ROOT,
      env: { ...process.env, DATABASE_URL: '', KASIP_DATA_DIR: kasipDataDir, KASIP_FAULT_POINT: point },
      encoding: 'utf8',
    },
  );
  return { signal: child.signal, err: child.stderr };
}

/** Nothing beside the data directory but itself: no staging, replaced, journal or lock file. */
const beside = () => readdirSync(kasipDataDir).sort();

// Always the embedded engine (DATABASE_URL emptied): CI's server-only pass would only repeat it.
describe.skipIf(embeddedAlreadyRan)('kasip restore killed with SIGKILL (embedded)', () => {
  afterEach(() => {
    vi.restoreAllMocks();
  });

  afterAll(() => {
    rmSync(parent, { recursive: true, force: true });
  });

  it('during staging: the old data is intact; between the renames: the next open finishes the restore', {
    timeout: 180_000,
  }, async () => {
    mkdirSync(kasipDataDir, { recursive: true });
    // A database with a marker row, backed up; then a row only the live database has.
    await withDb(async (database) => {
      await database.migrate();
      await sql`create table restore_marker (label text primary key)`.execute(database.db);
      await sql`insert into restore_marker values ('in the backup')`.execute(database.db);
      const snapshot = database.snapshot;
      if (!snapshot) throw new Error('no snapshot');
      writeFileSync(backupFile, await snapshot());
      await sql`insert into restore_marker values ('after the backup')`.execute(database.db);
    });

    const staging = restoreKilledAt('restore-during-staging');
    expect(staging.signal, staging.err).toBe('SIGKILL');
    expect(beside().some((name) => name.startsWith('pglite.restoring-'))).toBe(true);
    const said = vi.spyOn(process.stderr, 'write').mockImplementation(() => true);
    expect(await contents()).toEqual({ markers: ['after the backup', 'in the backup'], events: [] });
    expect(said.mock.calls.map(([line]) => String(line))).toEqual([
      expect.stringMatching(/pglite: removed what a restore interrupted before its backup was ready left behind/),
    ]);
    said.mockRestore();
    expect(beside()).toEqual(['pglite']);

    const between = restoreKilledAt('restore-between-renames');
    expect(between.signal, between.err).toBe('SIGKILL');
    // The moment the fault is about: no data directory, the two copies and the journal beside it.
    expect(beside()).toEqual([
      'pglite.lock',
      expect.stringMatching(/^pglite\.replaced-\d+$/),
      'pglite.restore.json',
      expect.stringMatching(/^pglite\.restoring-\d+$/),
    ]);
    const told = vi.spyOn(process.stderr, 'write').mockImplementation(() => true);
    // The restore's own audit event is in the restored database: it was prepared before the kill.
    expect(await contents()).toEqual({ markers: ['in the backup'], events: ['database.restored'] });
    expect(told.mock.calls.map(([line]) => String(line))).toEqual([
      expect.stringMatching(
        /pglite: a restore was interrupted after its backup was ready \(journal found\); finished it/,
      ),
    ]);
    told.mockRestore();
    expect(beside()).toEqual(['pglite']);
    // The lock is free: another taker gets it at once.
    lockDataDir(dataDir).release();
  });
});
