/**
 * An exclusive lock on the embedded database's directory. PGlite does not notice a second
 * process opening the same directory: both write, their views diverge and data is lost. So the
 * first process writes who it is to a lock file and every other process is refused clearly.
 *
 * Who it is: the pid alone is not enough. After a crash a container restarts Kasip as pid 1
 * again, and an unrelated process may get the dead holder's pid; either would make a pid-only
 * lock refuse forever. So the lock records the pid with the process's start time (Linux:
 * field 22 of /proc/<pid>/stat) and the boot id; a lock whose process is not alive with that
 * start time, on this boot, is stale.
 *
 * Taking it must be atomic, or two processes racing can both believe they hold it:
 * - a free lock is taken by writing a temp file whole and `link()`ing it to the lock's name,
 *   which fails when the name exists, so the lock is never seen empty or half-written;
 * - a stale lock is taken over by `rename()` of a fresh temp file over it, but only by the one
 *   contender that first creates (again with `link()`) a claim file named after the stale
 *   contents; a claim whose owner died is skipped to the next one. The claim holder checks
 *   the lock still has the stale contents before renaming, so a lock taken over meanwhile is
 *   never replaced.
 */
import { createHash, randomUUID } from 'node:crypto';
import { linkSync, mkdirSync, readFileSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { AppError } from '../domain/shared/errors.js';
import { assertWritable, environmentFault } from './environment-faults.js';

export type DataDirLock = { file: string; release: () => void };

type Holder = { pid: number; start?: string; boot?: string; nonce?: string };

/** Claims of one stale lock tried before giving up (each skipped one belongs to a dead process). */
const MAX_CLAIMS = 16;

/** Looks at the lock this many times while other contenders are taking it (10 ms apart). */
const MAX_ATTEMPTS = 100;

const pause = (ms: number) => Atomics.wait(new Int32Array(new SharedArrayBuffer(4)), 0, 0, ms);

/** Lock files held by this process, with their contents: "already open" is known, not guessed from the pid. */
const heldHere = new Map<string, string>();

const readText = (file: string): string | undefined => {
  try {
    return readFileSync(file, 'utf8');
  } catch {
    return undefined;
  }
};

/** The start time of a process in clock ticks since boot (Linux), or undefined elsewhere. */
export function processStartTime(pid: number): string | undefined {
  const stat = readText(`/proc/${pid}/stat`);
  if (!stat) return undefined;
  // Field 2 (the command) is in parentheses and may contain spaces: count from the last ')'.
  const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
  return fields[19]; // field 22; fields[0] is field 3
}

const bootId = (): string | undefined => readText('/proc/sys/kernel/random/boot_id')?.trim() || undefined;

function isAlive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    // EPERM: the process exists but belongs to someone else.
    return (error as NodeJS.ErrnoException).code === 'EPERM';
  }
}

/** What this process writes: unique per lock taken, so stale contents name one taking. */
function ownHolder(): Holder {
  const start = processStartTime(process.pid);
  const boot = bootId();
  return { pid: process.pid, ...(start ? { start } : {}), ...(boot ? { boot } : {}), nonce: randomUUID() };
}

/** A lock file's holder; earlier versions wrote the bare pid. Unreadable contents: undefined. */
function parseHolder(text: string): Holder | undefined {
  if (/^\d+$/.test(text.trim())) return { pid: Number(text.trim()) };
  try {
    const value = JSON.parse(text) as Holder;
    return Number.isInteger(value.pid) && value.pid > 0 ? value : undefined;
  } catch {
    return undefined;
  }
}

/** Whether the process that wrote these contents still runs (this very process included). */
function holderIsLive(file: string, text: string, holder: Holder | undefined): boolean {
  if (!holder) return false; // empty or garbage, e.g. left by a full disk: no one holds it
  if (holder.boot && bootId() && holder.boot !== bootId()) return false;
  // The same pid as ours is this process only if it took this lock; else a previous life.
  if (holder.pid === process.pid) return heldHere.get(file) === text;
  if (!isAlive(holder.pid)) return false;
  const start = holder.start ? processStartTime(holder.pid) : undefined;
  return !(start && start !== holder.start); // another process reusing the pid
}

/**
 * Writes a whole file under a unique temporary name beside `file`. On a full disk the file is
 * created but its contents are refused: it is removed again, so nothing empty is left behind.
 */
function writeTemp(file: string, text: string): string {
  const temp = `${file}.${process.pid}.${randomUUID()}.tmp`;
  try {
    writeFileSync(temp, text, { flag: 'wx' });
  } catch (error) {
    rmSync(temp, { force: true });
    throw error;
  }
  return temp;
}

/** Creates `file` with `text` unless it exists; never leaves it empty or partial. */
function createExclusive(file: string, text: string): boolean {
  const temp = writeTemp(file, text);
  try {
    linkSync(temp, file);
    return true;
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'EEXIST') return false;
    throw error;
  } finally {
    rmSync(temp, { force: true });
  }
}

/**
 * Replaces the stale contents `stale` of `file` by `text`, if this process wins the claim on
 * them; false when another live contender has it, or the lock changed meanwhile.
 */
function takeOver(file: string, stale: string, text: string): boolean {
  const tag = createHash('sha256').update(stale).digest('hex').slice(0, 16);
  const claim = (k: number) => `${file}.${tag}.${k}.claim`;
  for (let k = 0; k < MAX_CLAIMS; k++) {
    if (!createExclusive(claim(k), text)) {
      const owner = readText(claim(k)) ?? '';
      if (holderIsLive(claim(k), owner, parseHolder(owner))) return false; // someone else is taking it
      continue; // that contender died mid-way: the next claim
    }
    try {
      if (readText(file) !== stale) return false; // taken over or released since it was read
      const temp = writeTemp(file, text);
      try {
        renameSync(temp, file);
      } catch (error) {
        rmSync(temp, { force: true });
        throw error;
      }
      return true;
    } finally {
      for (let j = 0; j <= k; j++) rmSync(claim(j), { force: true });
    }
  }
  return false;
}

function held(file: string, text: string): DataDirLock {
  heldHere.set(file, text);
  let released = false;
  return {
    file,
    release: () => {
      if (released) return;
      released = true;
      heldHere.delete(file);
      // Never remove a lock that is no longer ours.
      if (readText(file) === text) rmSync(file, { force: true });
    },
  };
}

/**
 * Takes the lock or throws `data_dir_in_use`; a lock left by a process that is gone is taken over.
 * A directory the database could not be written to (permissions, a read-only file system, a full
 * disk) is refused as `data_dir_unusable`, naming it, and leaves no lock behind: the database's
 * own directory is probed too, since a lock beside a read-only database protects nothing.
 */
export function lockDataDir(dataDir: string): DataDirLock {
  const parent = path.dirname(dataDir);
  let lock: DataDirLock;
  try {
    mkdirSync(parent, { recursive: true });
    lock = takeLock(dataDir);
  } catch (error) {
    throw environmentFault(error, parent) ?? error;
  }
  try {
    assertWritable(dataDir);
  } catch (error) {
    lock.release();
    throw error;
  }
  return lock;
}

function takeLock(dataDir: string): DataDirLock {
  const file = `${dataDir}.lock`;
  const text = JSON.stringify(ownHolder());
  for (let attempt = 0; attempt < MAX_ATTEMPTS; attempt++) {
    if (attempt > 0) pause(10); // another contender is mid-way: let it finish, then look again
    if (createExclusive(file, text)) return held(file, text);
    const current = readText(file);
    if (current === undefined) continue; // released in between: try again
    const holder = parseHolder(current);
    if (holderIsLive(file, current, holder)) {
      if (holder?.pid === process.pid) {
        throw new AppError('data_dir_in_use', `The data directory ${dataDir} is already open in this process.`);
      }
      throw new AppError(
        'data_dir_in_use',
        `The data directory ${dataDir} is in use by another Kasip process (pid ${holder?.pid}). Stop it, or set KASIP_DATA_DIR to another directory.`,
      );
    }
    if (takeOver(file, current, text)) return held(file, text);
  }
  const holder = parseHolder(readText(file) ?? '');
  throw new AppError(
    'data_dir_in_use',
    `Could not lock the data directory ${dataDir}${holder ? ` (pid ${holder.pid} took it)` : ''}; try again.`,
  );
}
