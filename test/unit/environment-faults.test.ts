/**
 * Faults of the machine (a directory that cannot be written, a read-only file system, a full
 * disk) are told apart from Kasip's own errors, whoever raised them, and the start-up probe of
 * the database's directory refuses such a directory, naming it, without leaving its probe file.
 */
import { chmodSync, mkdtempSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import * as fs from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { exitCodeFor } from '../../src/cli/exit-codes.js';
import { AppError } from '../../src/domain/shared/errors.js';
import { type ProbeFs, assertWritable, environmentFault, faultCodeOf } from '../../src/storage/environment-faults.js';
import { lockDataDir } from '../../src/storage/data-dir-lock.js';

const errno = (code: string, file?: string) =>
  Object.assign(new Error(`${code}: simulated`), { code, ...(file ? { path: file } : {}) });

describe('environment faults', () => {
  it('recognises the fault whoever raised it: Node, PGlite’s file system, PostgreSQL', () => {
    expect(faultCodeOf(errno('EACCES'))).toBe('EACCES');
    expect(faultCodeOf(errno('EROFS'))).toBe('EROFS');
    expect(faultCodeOf(errno('ENOSPC'))).toBe('ENOSPC');
    // Emscripten's ErrnoError carries WASI numbers: 69 is EROFS, 51 ENOSPC, 2 EACCES.
    const wasi = (n: number) => Object.assign(new Error('FS error'), { name: 'ErrnoError', errno: n });
    expect([69, 51, 2].map((n) => faultCodeOf(wasi(n)))).toEqual(['EROFS', 'ENOSPC', 'EACCES']);
    expect(faultCodeOf(Object.assign(new Error('could not extend file'), { code: '53100' }))).toBe('ENOSPC');
    expect(faultCodeOf(new Error('could not write to file "pg_wal/xlogtemp.1": No space left on device'))).toBe(
      'ENOSPC',
    );
    expect(faultCodeOf(new Error('could not create file "base/1/2": Read-only file system'))).toBe('EROFS');
    expect(faultCodeOf(new Error('wrapped', { cause: errno('EROFS') }))).toBe('EROFS');
  });

  it('leaves other errors alone, SQL’s own “permission denied” included', () => {
    expect(faultCodeOf(Object.assign(new Error('permission denied for table item'), { code: '42501' }))).toBe(
      undefined,
    );
    expect(faultCodeOf(errno('ENOENT'))).toBe(undefined);
    expect(faultCodeOf(new Error('Invalid string length'))).toBe(undefined);
    expect(environmentFault(new AppError('conflict', 'x'))).toBe(undefined);
  });

  it('names the data directory and the cause in one line, with exit code 5', () => {
    const fault = environmentFault(errno('EROFS', '/srv/kasip/pglite.lock.1.tmp'), '/srv/kasip');
    expect(fault?.code).toBe('data_dir_unusable');
    expect(fault?.message).toMatch(/^The data directory \/srv\/kasip is on a read-only file system \(EROFS\): .+\.$/);
    expect(fault?.message).not.toContain('\n');
    expect(exitCodeFor(fault?.code ?? 'internal_error')).toBe(5);
    // A file outside the data directory (an output file of the CLI) is named itself.
    expect(environmentFault(errno('ENOSPC', '/tmp/out.csv'), '/srv/kasip')?.message).toBe(
      'Cannot write /tmp/out.csv: it is on a full disk (no space left on device, ENOSPC).',
    );
  });

  it('refuses a directory whose probe write fails, and removes the probe file', () => {
    const dir = mkdtempSync(path.join(tmpdir(), 'kasip-probe-'));
    const full: ProbeFs = {
      ...fs,
      writeSync: () => {
        throw errno('ENOSPC');
      },
    };
    expect(() => assertWritable(dir, full)).toThrow(
      expect.objectContaining({
        code: 'data_dir_unusable',
        message: expect.stringMatching(new RegExp(`^The data directory ${dir} is on a full disk .*ENOSPC`)),
      }),
    );
    expect(readdirSync(dir)).toEqual([]);
    assertWritable(dir); // the real disk takes it
    expect(readdirSync(dir)).toEqual([]);
    rmSync(dir, { recursive: true });
  });

  it('refuses a read-only data directory (chmod 0o500) with exit-code-5 error and no lock left', (ctx) => {
    const root = mkdtempSync(path.join(tmpdir(), 'kasip-ro-'));
    chmodSync(root, 0o500);
    const stillWritable = () => {
      try {
        writeFileSync(path.join(root, 'probe'), '');
        rmSync(path.join(root, 'probe'));
        return true;
      } catch {
        return false;
      }
    };
    try {
      if (stillWritable()) {
        ctx.skip(
          'running as root (or with CAP_DAC_OVERRIDE): chmod does not stop writes; the fs-injected tests cover this',
        );
      }
      expect(() => lockDataDir(path.join(root, 'pglite'))).toThrow(
        expect.objectContaining({
          code: 'data_dir_unusable',
          message: expect.stringContaining(`${root} is not writable`),
        }),
      );
      expect(readdirSync(root)).toEqual([]);
    } finally {
      chmodSync(root, 0o700);
      rmSync(root, { recursive: true, force: true });
    }
  });
});
