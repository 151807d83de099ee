import { type ChildProcess, spawn } from 'node:child_process';
import { existsSync, mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { createInterface } from 'node:readline';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { lockDataDir, processStartTime } from '../../src/storage/data-dir-lock.js';

const freshDir = () => path.join(mkdtempSync(path.join(tmpdir(), 'kasip-lock-')), 'pglite');
const LOCK_MODULE = fileURLToPath(new URL('../../src/storage/data-dir-lock.ts', import.meta.url));
const onLinux = processStartTime(process.pid) !== undefined;

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

  it('takes over a lock left with its own pid by an earlier life (pid 1 again after a crash in a container)', () => {
    const dir = freshDir();
    writeFileSync(`${dir}.lock`, String(process.pid)); // as the crashed process left it
    lockDataDir(dir).release();
    writeFileSync(`${dir}.lock`, JSON.stringify({ pid: process.pid, start: '1' }));
    lockDataDir(dir).release();
  });

  it.skipIf(!onLinux)('tells the holder from an unrelated process that got its pid, by its start time', () => {
    const dir = freshDir();
    const parent = { pid: process.ppid, start: processStartTime(process.ppid) };
    writeFileSync(`${dir}.lock`, JSON.stringify(parent));
    expect(() => lockDataDir(dir)).toThrow(expect.objectContaining({ code: 'data_dir_in_use' }));
    writeFileSync(`${dir}.lock`, JSON.stringify({ ...parent, start: `${parent.start}0` }));
    const lock = lockDataDir(dir);
    expect(JSON.parse(readFileSync(lock.file, 'utf8'))).toMatchObject({
      pid: process.pid,
      start: processStartTime(process.pid),
    });
    lock.release();
  });

  it('takes over an empty lock file (a full disk at start left it)', () => {
    const dir = freshDir();
    writeFileSync(`${dir}.lock`, '');
    lockDataDir(dir).release();
  });

  it('gives a stale lock to exactly one of many processes racing for it', async () => {
    for (let round = 0; round < 3; round++) {
      const dir = freshDir();
      writeFileSync(`${dir}.lock`, '999999999');
      const outcomes = await race(dir, 6);
      expect(
        outcomes.filter((o) => o === 'held'),
        outcomes.join(' | '),
      ).toHaveLength(1);
      expect(outcomes.filter((o) => o !== 'held').every((o) => o.includes('in use'))).toBe(true);
      // Nothing is left behind but the lock itself.
      expect(readdirSync(path.dirname(dir))).toEqual(['pglite.lock']);
    }
  }, 60_000);
});

/**
 * Starts `n` processes that each try to take the lock at the same instant, and keep what they
 * got (so a holder stays alive) until every one has answered; their answers, in any order.
 */
async function race(dir: string, n: number): Promise<string[]> {
  const script = `
    import { createInterface } from 'node:readline';
    const { lockDataDir } = await import(${JSON.stringify(LOCK_MODULE)});
    console.log('ready');
    const lines = createInterface({ input: process.stdin });
    for await (const line of lines) {
      const at = Number(line);
      while (Date.now() < at) {}
      try { lockDataDir(${JSON.stringify(dir)}); console.log('held'); }
      catch (error) { console.log(String(error.message)); }
    }`;
  const children: ChildProcess[] = [];
  try {
    const racers = Array.from({ length: n }, () => {
      const child = spawn(process.execPath, ['--import', 'tsx', '--input-type=module', '-e', script], {
        stdio: ['pipe', 'pipe', 'inherit'],
      });
      children.push(child);
      const lines = createInterface({ input: child.stdout as NodeJS.ReadableStream })[Symbol.asyncIterator]();
      return { child, lines, ready: lines.next() };
    });
    await Promise.all(racers.map((r) => r.ready));
    const at = Date.now() + 200;
    for (const { child } of racers) child.stdin?.write(`${at}\n`);
    return await Promise.all(racers.map(async ({ lines }) => String((await lines.next()).value)));
  } finally {
    for (const child of children) child.kill();
  }
}
