/**
 * An exclusive lock on the embedded database's directory. PGlite does not notice a second
 * process opening the same directory: both write, their views diverge and data is lost. So the
 * first process writes its pid to a lock file and every other process is refused clearly.
 */
import { closeSync, mkdirSync, openSync, readFileSync, rmSync, writeSync } from 'node:fs';
import path from 'node:path';
import { AppError } from '../domain/shared/errors.js';

export type DataDirLock = { file: string; release: () => void };

function isAlive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    // EPERM: the process exists but belongs to someone else.
    return (error as NodeJS.ErrnoException).code === 'EPERM';
  }
}

/** Takes the lock or throws `data_dir_in_use`; a lock left by a dead process is taken over. */
export function lockDataDir(dataDir: string): DataDirLock {
  mkdirSync(path.dirname(dataDir), { recursive: true });
  const file = `${dataDir}.lock`;
  for (let attempt = 0; attempt < 2; attempt++) {
    try {
      const fd = openSync(file, 'wx');
      writeSync(fd, String(process.pid));
      closeSync(fd);
      let released = false;
      return {
        file,
        release: () => {
          if (released) return;
          released = true;
          rmSync(file, { force: true });
        },
      };
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code !== 'EEXIST') throw error;
      const holder = Number.parseInt(readFileSync(file, 'utf8'), 10);
      if (Number.isInteger(holder) && holder !== process.pid && isAlive(holder)) {
        throw new AppError(
          'data_dir_in_use',
          `The data directory ${dataDir} is in use by another Kasip process (pid ${holder}). Stop it, or set KASIP_DATA_DIR to another directory.`,
        );
      }
      if (holder === process.pid) {
        throw new AppError('data_dir_in_use', `The data directory ${dataDir} is already open in this process.`);
      }
      rmSync(file, { force: true }); // stale: its process is gone
    }
  }
  throw new AppError('data_dir_in_use', `Could not lock the data directory ${dataDir}.`);
}
