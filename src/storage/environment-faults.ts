/**
 * Faults of the machine rather than of Kasip: a data directory this user may not write, one on a
 * read-only file system, a full disk. An operator must read which directory and what is wrong in
 * one line and get exit 5 (environment), not "unexpected error" (exit 70) with a stack, so every
 * such error is recognised here, wherever it was raised: Node's file calls (the lock, the probe
 * below), PGlite's file system (Emscripten reports WASI errno numbers, not Node's names) and
 * PostgreSQL itself (SQLSTATE 53100, or its `could not … file "…": No space left on device`).
 */
import * as nodeFs from 'node:fs';
import { randomUUID } from 'node:crypto';
import path from 'node:path';
import { AppError } from '../domain/shared/errors.js';

export type FaultCode = 'EACCES' | 'EPERM' | 'EROFS' | 'ENOSPC' | 'EDQUOT';

const CAUSE: Record<FaultCode, string> = {
  EACCES: 'is not writable by this user (permission denied, EACCES)',
  EPERM: 'is not writable by this user (operation not permitted, EPERM)',
  EROFS: 'is on a read-only file system (EROFS)',
  ENOSPC: 'is on a full disk (no space left on device, ENOSPC)',
  EDQUOT: 'is over its disk quota (EDQUOT)',
};

const REMEDY: Record<FaultCode, string> = {
  EACCES: 'give the user running Kasip write access to it, or set KASIP_DATA_DIR to a writable directory',
  EPERM: 'give the user running Kasip write access to it, or set KASIP_DATA_DIR to a writable directory',
  EROFS: 'mount it read-write, or set KASIP_DATA_DIR to a writable directory',
  ENOSPC: 'free some space, or set KASIP_DATA_DIR to a disk with room',
  EDQUOT: 'raise the quota or free some space, or set KASIP_DATA_DIR to another disk',
};

/** Emscripten's errno numbers (the WASI ones), as PGlite's file system throws them. */
const WASI_ERRNO: Record<number, FaultCode> = { 2: 'EACCES', 19: 'EDQUOT', 51: 'ENOSPC', 63: 'EPERM', 69: 'EROFS' };

/**
 * PostgreSQL's text for a failed file call ends in the C library's message after a colon. Only
 * that form: "permission denied for table x" is a privilege error of SQL (42501), not the disk's.
 */
const STRERROR: [RegExp, FaultCode][] = [
  [/: Permission denied\b/, 'EACCES'],
  [/: Operation not permitted\b/, 'EPERM'],
  [/: Read-only file system\b/, 'EROFS'],
  [/: No space left on device\b/, 'ENOSPC'],
  [/: Disk quota exceeded\b/, 'EDQUOT'],
];

const isFaultCode = (value: unknown): value is FaultCode => typeof value === 'string' && value in CAUSE;

/** The fault behind an error (its `cause` chain included), or undefined for any other error. */
export function faultCodeOf(error: unknown, depth = 0): FaultCode | undefined {
  if (!error || typeof error !== 'object' || depth > 5) return undefined;
  const e = error as { code?: unknown; errno?: unknown; name?: unknown; message?: unknown; cause?: unknown };
  if (isFaultCode(e.code)) return e.code;
  if (e.code === '53100') return 'ENOSPC'; // disk_full
  if (e.name === 'ErrnoError' && typeof e.errno === 'number' && WASI_ERRNO[e.errno]) return WASI_ERRNO[e.errno];
  if (typeof e.message === 'string') {
    const found = STRERROR.find(([pattern]) => pattern.test(e.message as string));
    if (found) return found[1];
  }
  return faultCodeOf(e.cause, depth + 1);
}

const isInside = (file: string, dir: string) => {
  const rel = path.relative(dir, file);
  return !rel.startsWith('..') && !path.isAbsolute(rel);
};

/**
 * The error as `data_dir_unusable`, or undefined when it is not a fault of the machine. It names
 * `dataDir` unless the error names a file elsewhere (an output file of the CLI), which it names.
 */
export function environmentFault(error: unknown, dataDir?: string): AppError | undefined {
  if (error instanceof AppError) return undefined;
  const code = faultCodeOf(error);
  if (!code) return undefined;
  const file = (error as { path?: unknown }).path;
  if (typeof file === 'string' && !(dataDir && isInside(path.resolve(file), path.resolve(dataDir)))) {
    return new AppError('data_dir_unusable', `Cannot write ${file}: it ${CAUSE[code]}.`);
  }
  if (dataDir)
    return new AppError('data_dir_unusable', `The data directory ${dataDir} ${CAUSE[code]}: ${REMEDY[code]}.`);
  return new AppError('data_dir_unusable', `The database’s storage ${CAUSE[code]}.`);
}

export type ProbeFs = Pick<
  typeof nodeFs,
  'existsSync' | 'openSync' | 'writeSync' | 'fsyncSync' | 'closeSync' | 'rmSync'
>;

/** Enough to need a block of its own, so a full disk refuses it (an empty file may still fit). */
const PROBE_BYTES = 4096;

/**
 * Writes, syncs and removes a small file in `dir`, so a directory that cannot take the
 * database's files is refused at start with a clear reason instead of failing inside PGlite
 * (or, worse, at the first write a user makes). A directory that does not exist yet is left to
 * be created. The probe file is removed whether or not the write succeeded.
 */
export function assertWritable(dir: string, fs: ProbeFs = nodeFs): void {
  if (!fs.existsSync(dir)) return;
  const probe = path.join(dir, `.kasip-write-probe-${process.pid}-${randomUUID()}`);
  let fd: number | undefined;
  try {
    fd = fs.openSync(probe, 'wx');
    fs.writeSync(fd, new Uint8Array(PROBE_BYTES));
    fs.fsyncSync(fd);
  } catch (error) {
    throw environmentFault(error, dir) ?? error;
  } finally {
    try {
      if (fd !== undefined) fs.closeSync(fd);
    } finally {
      fs.rmSync(probe, { force: true });
    }
  }
}
