/**
 * The probe found that a read-only data directory, a read-only `pglite/` and a full disk at start
 * ended `kasip serve` (and every command opening the database) with exit 70 "unexpected error",
 * and that the full disk left an empty file behind. Now each is exit 5 with one line naming the
 * directory and the cause, and nothing is left behind. The faults are injected into `node:fs`:
 * tests may run as root, for whom chmod stops nothing, and no test can fill the disk.
 */
import { mkdirSync, mkdtempSync, readdirSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { runCli } from '../../src/cli/main.js';

/** Which fault the next writes meet: of the lock's files (`*.tmp`), or of the probe in `pglite/`. */
const inject = vi.hoisted(() => ({
  lockFiles: undefined as string | undefined,
  probe: undefined as string | undefined,
}));

vi.mock('node:fs', async (importOriginal) => {
  const real = await importOriginal<typeof import('node:fs')>();
  const fault = (code: string, file: string) =>
    Object.assign(new Error(`${code}: simulated, open '${file}'`), { code, path: file });
  return {
    ...real,
    writeFileSync: ((file, data, options) => {
      if (inject.lockFiles && String(file).endsWith('.tmp')) {
        // As a full disk does: the file is created, then its bytes are refused.
        if (inject.lockFiles === 'ENOSPC') real.writeFileSync(file, '', { flag: 'wx' });
        throw fault(inject.lockFiles, String(file));
      }
      return real.writeFileSync(file, data, options);
    }) as typeof real.writeFileSync,
    openSync: ((file, flags, mode) => {
      if (inject.probe && String(file).includes('.kasip-write-probe-')) throw fault(inject.probe, String(file));
      return real.openSync(file, flags, mode);
    }) as typeof real.openSync,
  };
});

async function run(args: string[]): Promise<{ code: number; err: string }> {
  let err = '';
  const code = await runCli(args, { err: (s) => (err += s) });
  return { code, err };
}

describe('environment faults at start', () => {
  let dir: string;
  beforeEach(() => {
    dir = mkdtempSync(path.join(tmpdir(), 'kasip-env-'));
    vi.stubEnv('KASIP_DATA_DIR', dir);
    vi.stubEnv('DATABASE_URL', undefined);
    vi.stubEnv('DATABASE_REPLICA_URL', undefined);
  });
  afterEach(() => {
    inject.lockFiles = undefined;
    inject.probe = undefined;
    vi.unstubAllEnvs();
  });

  it('a full disk: exit 5, one line naming the directory and ENOSPC, and no file left behind', async () => {
    inject.lockFiles = 'ENOSPC';
    const { code, err } = await run(['migrate']);
    expect(code).toBe(5);
    expect(err).toMatch(
      new RegExp(
        `^kasip: The data directory ${dir} is on a full disk \\(no space left on device, ENOSPC\\): [^\\n]+\\n$`,
      ),
    );
    expect(readdirSync(dir)).toEqual([]);
  });

  it('a read-only data directory: exit 5 naming it and EROFS', async () => {
    inject.lockFiles = 'EROFS';
    const { code, err } = await run(['serve', '--port', '0']);
    expect(code).toBe(5);
    expect(err).toMatch(new RegExp(`^kasip: The data directory ${dir} is on a read-only file system \\(EROFS\\)`));
    expect(err.trim().split('\n')).toHaveLength(1);
    expect(readdirSync(dir)).toEqual([]);
  });

  it('a read-only pglite/: exit 5 naming it and EACCES, and the lock is released', async () => {
    const pglite = path.join(dir, 'pglite');
    mkdirSync(pglite);
    inject.probe = 'EACCES';
    const { code, err } = await run(['load']);
    expect(code).toBe(5);
    expect(err).toMatch(new RegExp(`^kasip: The data directory ${pglite} is not writable by this user .*EACCES`));
    expect(readdirSync(dir)).toEqual(['pglite']);
    expect(readdirSync(pglite)).toEqual([]);
  });
});
