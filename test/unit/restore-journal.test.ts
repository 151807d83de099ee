/**
 * The file side of the restore recovery (src/storage/restore-journal.ts) on plain directories, no
 * database: the journal is written whole, the plan is carried out on the disk and said in one
 * line, and a journal it cannot trust stops the open with nothing touched.
 */
import { existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { journalPath, recoverInterruptedRestore, writeRestoreJournal } from '../../src/storage/restore-journal.js';

/** A parent folder with directories that each hold a file naming them. */
function scene(dirs: string[]): string {
  const parent = mkdtempSync(path.join(tmpdir(), 'kasip-restore-journal-'));
  for (const dir of dirs) {
    mkdirSync(path.join(parent, dir));
    writeFileSync(path.join(parent, dir, 'which'), dir);
  }
  return parent;
}

const journal = { staging: 'pglite.restoring-7', previous: 'pglite.replaced-7', startedAt: 'now', pid: 7 };

describe('recoverInterruptedRestore on the disk', () => {
  it('between the renames: the staging directory becomes the data directory, the rest goes, one line says so', () => {
    const parent = scene(['pglite.restoring-7', 'pglite.replaced-7', 'pglite.restoring-3']);
    const dataDir = path.join(parent, 'pglite');
    writeRestoreJournal(dataDir, journal);
    expect(JSON.parse(readFileSync(journalPath(dataDir), 'utf8'))).toEqual(journal);
    const lines: string[] = [];
    expect(recoverInterruptedRestore(dataDir, (line) => lines.push(line))).toBe('finished');
    expect(readdirSync(parent)).toEqual(['pglite']);
    expect(readFileSync(path.join(dataDir, 'which'), 'utf8')).toBe('pglite.restoring-7');
    expect(lines).toEqual([
      `kasip: ${dataDir}: a restore was interrupted after its backup was ready (journal found); finished it: the restored database is in place, the one it replaced removed (removed pglite.replaced-7, pglite.restoring-3).`,
    ]);
    // Done once: the next open finds nothing and says nothing.
    expect(recoverInterruptedRestore(dataDir, (line) => lines.push(line))).toBe('none');
    expect(lines).toHaveLength(1);
  });

  it('no journal: a staging leftover is removed and the data directory is not touched', () => {
    const parent = scene(['pglite', 'pglite.restoring-9']);
    const dataDir = path.join(parent, 'pglite');
    expect(recoverInterruptedRestore(dataDir, () => {})).toBe('staging-removed');
    expect(readdirSync(parent)).toEqual(['pglite']);
    expect(readFileSync(path.join(dataDir, 'which'), 'utf8')).toBe('pglite');
  });

  it('a journal it cannot trust: data_dir_unusable, naming the journal, and nothing is touched', () => {
    const parent = scene(['pglite.restoring-7', 'pglite.replaced-7']);
    const dataDir = path.join(parent, 'pglite');
    writeFileSync(journalPath(dataDir), JSON.stringify({ ...journal, previous: '..' }));
    expect(() => recoverInterruptedRestore(dataDir, () => {})).toThrow(
      expect.objectContaining({
        code: 'data_dir_unusable',
        message: expect.stringContaining('pglite.restore.json, unreadable'),
      }),
    );
    expect(readdirSync(parent).sort()).toEqual(['pglite.replaced-7', 'pglite.restore.json', 'pglite.restoring-7']);
  });

  it('a data directory whose parent does not exist yet: nothing to recover', () => {
    const dataDir = path.join(tmpdir(), `kasip-no-such-parent-${process.pid}`, 'pglite');
    expect(recoverInterruptedRestore(dataDir, () => {})).toBe('none');
    expect(existsSync(path.dirname(dataDir))).toBe(false);
  });
});
