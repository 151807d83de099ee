import { existsSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { lockDataDir } from '../../src/storage/data-dir-lock.js';

const freshDir = () => path.join(mkdtempSync(path.join(tmpdir(), 'kasip-lock-')), 'pglite');

describe('data directory lock', () => {
  it('refuses a second holder with a clear error and frees the directory on release', () => {
    const dir = freshDir();
    const lock = lockDataDir(dir);
    expect(() => lockDataDir(dir)).toThrow(/already open in this process/);
    lock.release();
    expect(existsSync(lock.file)).toBe(false);
    lockDataDir(dir).release();
  });

  it('refuses a directory held by another living process', () => {
    const dir = freshDir();
    writeFileSync(`${dir}.lock`, String(process.ppid));
    expect(() => lockDataDir(dir)).toThrow(
      expect.objectContaining({ code: 'data_dir_in_use', message: expect.stringContaining(`pid ${process.ppid}`) }),
    );
  });

  it('takes over a lock left by a process that is gone', () => {
    const dir = freshDir();
    writeFileSync(`${dir}.lock`, '999999999');
    const lock = lockDataDir(dir);
    expect(lock.file).toBe(`${dir}.lock`);
    lock.release();
  });
});
